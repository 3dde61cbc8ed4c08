package anim

import (
	"math"
	"slices"
	"testing"
	"time"
)

// The default routine: setups 12+8+12+10 s and 6+8+6+5 breaths of 10 s.
const defaultRoutineDuration = 292 * time.Second

func TestDefaultRoutineLayout(t *testing.T) {
	tl := NewTimeline(DefaultRoutine())
	if got := tl.Duration(); got != defaultRoutineDuration {
		t.Errorf("Duration() = %v; want %v", got, defaultRoutineDuration)
	}
	if got, want := tl.Stretches(), AllStretches; !slices.Equal(got, want) {
		t.Errorf("Stretches() = %v; want %v", got, want)
	}
	if got, want := tl.TotalBreaths(), 25; got != want {
		t.Errorf("TotalBreaths() = %d; want %d", got, want)
	}
	starts := []time.Duration{0, 72 * time.Second, 160 * time.Second, 232 * time.Second}
	for i, want := range starts {
		if got := tl.StretchStart(i); got != want {
			t.Errorf("StretchStart(%d) = %v; want %v", i, got, want)
		}
		if got, want := tl.BreathingStart(i), want+SetupDuration(AllStretches[i]); got != want {
			t.Errorf("BreathingStart(%d) = %v; want %v", i, got, want)
		}
		if got, want := tl.BreathsOf(i), DefaultBreaths(AllStretches[i]); got != want {
			t.Errorf("BreathsOf(%d) = %d; want %d", i, got, want)
		}
	}
	for _, tt := range []struct {
		i    int
		want time.Duration
	}{{-1, 0}, {4, defaultRoutineDuration}, {99, defaultRoutineDuration}} {
		if got := tl.StretchStart(tt.i); got != tt.want {
			t.Errorf("StretchStart(%d) = %v; want %v", tt.i, got, tt.want)
		}
	}
	if tl.BreathsOf(4) != 0 || tl.SetupOf(-1) != 0 || tl.Stretch(4) != "" {
		t.Errorf("out-of-range accessors: BreathsOf(4)=%d SetupOf(-1)=%v Stretch(4)=%q; want zero values",
			tl.BreathsOf(4), tl.SetupOf(-1), tl.Stretch(4))
	}
}

func TestSetupAndBreathsPerStretch(t *testing.T) {
	for _, id := range AllStretches {
		if d := SetupDuration(id); d < 8*time.Second || d > 12*time.Second {
			t.Errorf("SetupDuration(%s) = %v; want 8-12 s", id, d)
		}
		if n := DefaultBreaths(id); n < 5 || n > 8 {
			t.Errorf("DefaultBreaths(%s) = %d; want 5-8", id, n)
		}
	}
	if SetupDuration(CatCow) <= SetupDuration(ShoulderBladeSqueeze) || SetupDuration(CatCow) <= SetupDuration(UpperBackExtension) {
		t.Errorf("getting onto the floor for Cat-Cow (%v) should take longer than sitting (%v, %v)",
			SetupDuration(CatCow), SetupDuration(ShoulderBladeSqueeze), SetupDuration(UpperBackExtension))
	}
}

// atTests give the full State at chosen times of the default routine
// (calm 4-0-6-0).
var atTests = []struct {
	t    time.Duration
	want State
}{
	// Setup of the first stretch.
	{0, State{T: 0, Count: 4, ID: CatCow, Segment: Setup, Breaths: 6, Phase: Rest, PhaseLeft: 12 * time.Second}},
	{6 * time.Second, State{T: secondsD(6), Count: 4, ID: CatCow, Segment: Setup, SetupFraction: 0.5, Breaths: 6,
		Phase: Rest, PhaseFraction: 0.5, PhaseLeft: secondsD(6), Progress: 6.0 / 292}},
	// Breathing: inhale, exhale, next breath.
	{12 * time.Second, State{T: secondsD(12), Count: 4, ID: CatCow, Segment: Breathing, SetupFraction: 1, Breaths: 6,
		Phase: Inhale, PhaseLeft: secondsD(4), Progress: 12.0 / 292}},
	{14 * time.Second, State{T: secondsD(14), Count: 4, ID: CatCow, Segment: Breathing, SetupFraction: 1, Breaths: 6,
		Phase: Inhale, PhaseFraction: 0.5, PhaseLeft: secondsD(2), Amount: 0.5, Progress: 14.0 / 292}},
	{16 * time.Second, State{T: secondsD(16), Count: 4, ID: CatCow, Segment: Breathing, SetupFraction: 1, Breaths: 6,
		Phase: Exhale, PhaseLeft: secondsD(6), Amount: 1, Progress: 16.0 / 292}},
	{25 * time.Second, State{T: secondsD(25), Count: 4, ID: CatCow, Segment: Breathing, SetupFraction: 1, Breath: 1, Breaths: 6,
		Phase: Inhale, PhaseFraction: 0.75, PhaseLeft: secondsD(1), Amount: EaseInOutSine(0.75), Progress: 25.0 / 292}},
	// Last instant of Cat-Cow, then Shoulder Blade Squeeze begins.
	{72*time.Second - 1, State{T: 72*time.Second - 1, Count: 4, ID: CatCow, Segment: Breathing, SetupFraction: 1, Breath: 5, Breaths: 6,
		Phase: Exhale, PhaseFraction: float64(6*time.Second-1) / float64(6*time.Second), PhaseLeft: 1,
		Amount: 1 - EaseInOutSine(float64(6*time.Second-1)/float64(6*time.Second)), Progress: float64(72*time.Second-1) / float64(292*time.Second)}},
	{72 * time.Second, State{T: secondsD(72), Index: 1, Count: 4, ID: ShoulderBladeSqueeze, PreviousID: CatCow, Segment: Setup, Breaths: 8,
		Phase: Rest, PhaseLeft: secondsD(8), Progress: 72.0 / 292}},
	// The end, and beyond.
	{defaultRoutineDuration, State{T: defaultRoutineDuration, Index: 3, Count: 4, ID: UpperBackExtension, PreviousID: ChildsPose,
		Segment: Breathing, SetupFraction: 1, Breath: 4, Breaths: 5, Phase: Exhale, PhaseFraction: 1, Progress: 1, Ended: true}},
	{time.Hour, State{T: defaultRoutineDuration, Index: 3, Count: 4, ID: UpperBackExtension, PreviousID: ChildsPose,
		Segment: Breathing, SetupFraction: 1, Breath: 4, Breaths: 5, Phase: Exhale, PhaseFraction: 1, Progress: 1, Ended: true}},
	// Before the start.
	{-time.Second, State{T: 0, Count: 4, ID: CatCow, Segment: Setup, Breaths: 6, Phase: Rest, PhaseLeft: 12 * time.Second}},
}

func TestAt(t *testing.T) {
	tl := NewTimeline(DefaultRoutine())
	for _, tt := range atTests {
		if got := tl.At(tt.t); !statesClose(got, tt.want) {
			t.Errorf("At(%v) =\n\t%+v\nwant\n\t%+v", tt.t, got, tt.want)
		}
	}
}

// statesClose compares states exactly except for float fields, which may
// differ by rounding.
func statesClose(a, b State) bool {
	close := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	fa, fb := a, b
	fa.SetupFraction, fa.PhaseFraction, fa.Amount, fa.Progress = 0, 0, 0, 0
	fb.SetupFraction, fb.PhaseFraction, fb.Amount, fb.Progress = 0, 0, 0, 0
	return fa == fb && close(a.SetupFraction, b.SetupFraction) && close(a.PhaseFraction, b.PhaseFraction) &&
		close(a.Amount, b.Amount) && close(a.Progress, b.Progress)
}

// With box breathing every phase is visited: the hold is full, the rest
// empty, and the end state is in the rest.
func TestAtBoxBreathing(t *testing.T) {
	tl := NewTimeline(Routine{Stretches: []StretchID{ShoulderBladeSqueeze}, Pattern: PatternBox, Breaths: 2})
	if got, want := tl.Duration(), 8*time.Second+2*16*time.Second; got != want {
		t.Fatalf("Duration() = %v; want %v", got, want)
	}
	for _, tt := range []struct {
		t      time.Duration
		phase  Phase
		breath int
		amount float64
	}{
		{secondsD(8), Inhale, 0, 0},
		{secondsD(10), Inhale, 0, 0.5},
		{secondsD(12), Hold, 0, 1},
		{secondsD(15), Hold, 0, 1},
		{secondsD(16), Exhale, 0, 1},
		{secondsD(18), Exhale, 0, 0.5},
		{secondsD(20), Rest, 0, 0},
		{secondsD(24), Inhale, 1, 0},
		{secondsD(39.5), Rest, 1, 0},
		{secondsD(40), Rest, 1, 0}, // ended, in the last phase
	} {
		s := tl.At(tt.t)
		if s.Phase != tt.phase || s.Breath != tt.breath || math.Abs(s.Amount-tt.amount) > 1e-9 {
			t.Errorf("At(%v) = phase %v, breath %d, amount %v; want %v, %d, %v", tt.t, s.Phase, s.Breath, s.Amount, tt.phase, tt.breath, tt.amount)
		}
	}
}

// A zero-length hold is never the current phase.
func TestAtSkipsZeroPhases(t *testing.T) {
	tl := NewTimeline(Routine{Stretches: []StretchID{CatCow}, Pattern: patternOf(2, 0, 2, 0), Breaths: 3})
	for t0 := time.Duration(0); t0 <= tl.Duration(); t0 += 10 * time.Millisecond {
		if s := tl.At(t0); s.Phase == Hold || (s.Segment == Breathing && s.Phase == Rest) {
			t.Fatalf("At(%v).Phase = %v in a pattern without holds", t0, s.Phase)
		}
	}
}

var newTimelineNormalizesTests = []struct {
	name string
	r    Routine
	want Routine // what it must lay out like
}{
	{"zero routine", Routine{}, DefaultRoutine()},
	{"unknown ids dropped", Routine{Stretches: []StretchID{"yoga", ChildsPose, ""}, Pattern: PatternCalm},
		Routine{Stretches: []StretchID{ChildsPose}, Pattern: PatternCalm}},
	{"invalid pattern", Routine{Stretches: []StretchID{CatCow}, Pattern: patternOf(1, 0, 6, 0)},
		Routine{Stretches: []StretchID{CatCow}, Pattern: DefaultPattern}},
	{"breaths too many", Routine{Stretches: []StretchID{CatCow}, Pattern: PatternBox, Breaths: 21},
		Routine{Stretches: []StretchID{CatCow}, Pattern: PatternBox}},
	{"breaths negative", Routine{Stretches: []StretchID{CatCow}, Pattern: PatternBox, Breaths: -3},
		Routine{Stretches: []StretchID{CatCow}, Pattern: PatternBox}},
}

func TestNewTimelineNormalizes(t *testing.T) {
	for _, tt := range newTimelineNormalizesTests {
		got, want := NewTimeline(tt.r), NewTimeline(tt.want)
		if got.Duration() != want.Duration() || !slices.Equal(got.Stretches(), want.Stretches()) || got.Pattern() != want.Pattern() ||
			got.TotalBreaths() != want.TotalBreaths() {
			t.Errorf("%s: NewTimeline(%+v) = %v %v %v %d breaths; want %v %v %v %d breaths", tt.name, tt.r,
				got.Duration(), got.Stretches(), got.Pattern(), got.TotalBreaths(),
				want.Duration(), want.Stretches(), want.Pattern(), want.TotalBreaths())
		}
	}
	// The routine's own breaths count, when in range, overrides the defaults.
	if got := NewTimeline(Routine{Pattern: PatternCalm, Breaths: 3}).TotalBreaths(); got != 12 {
		t.Errorf("TotalBreaths() with Breaths 3 = %d; want 12", got)
	}
}

var nextPreviousTests = []struct {
	t              time.Duration
	next, previous time.Duration
}{
	{0, 72 * time.Second, 0},
	{2 * time.Second, 72 * time.Second, 0},
	{50 * time.Second, 72 * time.Second, 0},
	{72 * time.Second, 160 * time.Second, 0},                  // just began: go to the one before
	{75 * time.Second, 160 * time.Second, 0},                  // within the grace
	{75*time.Second + 1, 160 * time.Second, 72 * time.Second}, // past it: restart this one
	{240 * time.Second, defaultRoutineDuration, 232 * time.Second},
	{defaultRoutineDuration, defaultRoutineDuration, 232 * time.Second},
}

func TestNextPreviousStart(t *testing.T) {
	tl := NewTimeline(DefaultRoutine())
	for _, tt := range nextPreviousTests {
		if got := tl.NextStart(tt.t); got != tt.next {
			t.Errorf("NextStart(%v) = %v; want %v", tt.t, got, tt.next)
		}
		if got := tl.PreviousStart(tt.t); got != tt.previous {
			t.Errorf("PreviousStart(%v) = %v; want %v", tt.t, got, tt.previous)
		}
	}
}
