package anim

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// Property checks over many random routines, with fixed seeds so a failure
// is reproducible.

const propertyRoutines = 300

// randomPattern is a valid pattern, with empty holds half of the time.
func randomPattern(r *rand.Rand) Pattern {
	step := func(lo, hi time.Duration) time.Duration {
		return lo + time.Duration(r.IntN(int((hi-lo)/PatternStep)+1))*PatternStep
	}
	p := Pattern{Inhale: step(MinInhale, MaxInhale), Exhale: step(MinExhale, MaxExhale)}
	if r.IntN(2) == 0 {
		p.Hold = step(MinHold, MaxHold)
	}
	if r.IntN(2) == 0 {
		p.Rest = step(MinHold, MaxHold)
	}
	return p
}

// randomRoutine is 1 to 6 stretches (repeats allowed, as a Routine allows
// them), a random valid pattern and 0 (defaults) or 1-20 breaths.
func randomRoutine(r *rand.Rand) Routine {
	ids := make([]StretchID, 1+r.IntN(6))
	for i := range ids {
		ids[i] = AllStretches[r.IntN(len(AllStretches))]
	}
	breaths := 0
	if r.IntN(3) > 0 {
		breaths = MinBreaths + r.IntN(MaxBreaths)
	}
	return Routine{Stretches: ids, Pattern: randomPattern(r), Breaths: breaths}
}

// nonZeroPhases is how many phases of p have a length.
func nonZeroPhases(p Pattern) int {
	n := 0
	for ph := Inhale; ph <= Rest; ph++ {
		if p.Phase(ph) > 0 {
			n++
		}
	}
	return n
}

// Walking the routine segment by segment, each time jumping by PhaseLeft,
// visits every setup and every non-empty phase once and lands exactly on
// Duration().
func TestPropertyPhasesAddUpToDuration(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range propertyRoutines {
		rt := randomRoutine(r)
		tl := NewTimeline(rt)
		var want time.Duration
		segments := 0
		for i := range tl.Count() {
			want += SetupDuration(tl.Stretch(i)) + time.Duration(tl.BreathsOf(i))*rt.Pattern.Cycle()
			segments += 1 + tl.BreathsOf(i)*nonZeroPhases(rt.Pattern)
		}
		if tl.Duration() != want {
			t.Fatalf("%+v: Duration() = %v; want %v", rt, tl.Duration(), want)
		}
		var at time.Duration
		steps := 0
		for s := tl.At(0); !s.Ended; s = tl.At(at) {
			if s.PhaseLeft <= 0 {
				t.Fatalf("%+v: At(%v).PhaseLeft = %v; want > 0 before the end", rt, at, s.PhaseLeft)
			}
			at += s.PhaseLeft
			steps++
		}
		if at != tl.Duration() || steps != segments {
			t.Fatalf("%+v: walking by PhaseLeft took %d steps to %v; want %d steps to %v", rt, steps, at, segments, tl.Duration())
		}
		for i := range tl.Count() - 1 {
			if got, want := tl.StretchStart(i+1)-tl.StretchStart(i), tl.SetupOf(i)+time.Duration(tl.BreathsOf(i))*rt.Pattern.Cycle(); got != want {
				t.Fatalf("%+v: stretch %d lasts %v; want %v", rt, i, got, want)
			}
		}
	}
}

// sampleTimes returns sorted times over [-1s, Duration()+1s]: random ones
// plus every stretch and breath boundary and the instants either side.
func sampleTimes(r *rand.Rand, tl *Timeline) []time.Duration {
	ts := []time.Duration{-time.Second, 0, tl.Duration() - 1, tl.Duration(), tl.Duration() + 1, tl.Duration() + time.Second}
	for i := range tl.Count() {
		for _, b := range []time.Duration{tl.StretchStart(i), tl.BreathingStart(i)} {
			ts = append(ts, b-1, b, b+1)
		}
	}
	for range 400 {
		ts = append(ts, time.Duration(r.Int64N(int64(tl.Duration()))))
	}
	slices.Sort(ts)
	return ts
}

func TestPropertyStateMonotonicAndInRange(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range propertyRoutines {
		rt := randomRoutine(r)
		tl := NewTimeline(rt)
		var prev State
		for k, at := range sampleTimes(r, tl) {
			s := tl.At(at)
			checkStateInRange(t, tl, at, s)
			if k > 0 {
				if s.T < prev.T || s.Index < prev.Index || s.Progress < prev.Progress {
					t.Fatalf("%+v: At(%v) = T %v, Index %d, Progress %v; went back from T %v, Index %d, Progress %v",
						rt, at, s.T, s.Index, s.Progress, prev.T, prev.Index, prev.Progress)
				}
				if s.Index == prev.Index && (s.Breath < prev.Breath || s.Segment < prev.Segment) {
					t.Fatalf("%+v: At(%v) = breath %d %v; went back from breath %d %v in the same stretch",
						rt, at, s.Breath, s.Segment, prev.Breath, prev.Segment)
				}
			}
			prev = s
		}
	}
}

func checkStateInRange(t *testing.T, tl *Timeline, at time.Duration, s State) {
	t.Helper()
	in01 := func(x float64) bool { return x >= 0 && x <= 1 }
	wantT := min(max(at, 0), tl.Duration())
	switch {
	case s.T != wantT:
		t.Fatalf("At(%v).T = %v; want %v", at, s.T, wantT)
	case s.Count != tl.Count() || s.Index < 0 || s.Index >= s.Count || s.ID != tl.Stretch(s.Index):
		t.Fatalf("At(%v) = index %d of %d, %s; want a stretch of the timeline", at, s.Index, s.Count, s.ID)
	case s.PreviousID != tl.Stretch(s.Index-1):
		t.Fatalf("At(%v).PreviousID = %q; want %q", at, s.PreviousID, tl.Stretch(s.Index-1))
	case s.Breaths != tl.BreathsOf(s.Index) || s.Breath < 0 || s.Breath >= s.Breaths:
		t.Fatalf("At(%v) = breath %d of %d; want 0 <= breath < %d", at, s.Breath, s.Breaths, tl.BreathsOf(s.Index))
	case s.Ended != (s.T == tl.Duration()):
		t.Fatalf("At(%v).Ended = %v at T %v of %v", at, s.Ended, s.T, tl.Duration())
	case !in01(s.SetupFraction) || !in01(s.Amount) || !in01(s.Progress) || !in01(s.PhaseFraction):
		t.Fatalf("At(%v) has a fraction outside [0,1]: %+v", at, s)
	case s.PhaseFraction == 1 && !s.Ended:
		t.Fatalf("At(%v).PhaseFraction = 1 before the end", at)
	case tl.Pattern().Phase(s.Phase) == 0 && s.Segment == Breathing:
		t.Fatalf("At(%v) is in the empty phase %v", at, s.Phase)
	case s.Segment == Setup && (s.Phase != Rest || s.Amount != 0 || s.Breath != 0 || s.SetupFraction >= 1):
		t.Fatalf("At(%v) in Setup = %+v; want Rest, no breath, SetupFraction < 1", at, s)
	case s.Segment == Breathing && s.SetupFraction != 1:
		t.Fatalf("At(%v).SetupFraction = %v while breathing; want 1", at, s.SetupFraction)
	case s.Amount != BreathAmount(s.Phase, s.PhaseFraction) && s.Segment == Breathing:
		t.Fatalf("At(%v).Amount = %v; want BreathAmount(%v, %v)", at, s.Amount, s.Phase, s.PhaseFraction)
	}
}

// The breath amount is continuous: no jump at any boundary, as the figure
// must not snap.
func TestPropertyAmountContinuous(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range propertyRoutines / 3 {
		rt := randomRoutine(r)
		tl := NewTimeline(rt)
		for _, e := range tl.Events(State{}, tl.At(tl.Duration())) {
			before, after := tl.At(e.At-time.Microsecond), tl.At(e.At)
			if math.Abs(before.Amount-after.Amount) > 1e-6 {
				t.Fatalf("%+v: Amount jumps at %v (%v): %v -> %v", rt, e.At, e.Kind, before.Amount, after.Amount)
			}
		}
	}
}

func TestPropertyClampsAtEnds(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range propertyRoutines {
		tl := NewTimeline(randomRoutine(r))
		end := tl.At(tl.Duration())
		if !end.Ended || end.Progress != 1 || end.PhaseLeft != 0 || end.Index != tl.Count()-1 || end.Breath != end.Breaths-1 {
			t.Fatalf("At(Duration()) = %+v; want the ended state of the last breath", end)
		}
		if tl.At(tl.Duration() - 1).Ended {
			t.Fatalf("At(Duration()-1ns) is ended")
		}
		beyond := time.Duration(r.Int64N(int64(time.Hour))) + 1
		if got := tl.At(tl.Duration() + beyond); got != end {
			t.Fatalf("At(Duration()+%v) = %+v; want %+v", beyond, got, end)
		}
		if got, want := tl.At(-beyond), tl.At(0); got != want {
			t.Fatalf("At(-%v) = %+v; want At(0) = %+v", beyond, got, want)
		}
		if got := tl.At(math.MinInt64); got != tl.At(0) {
			t.Fatalf("At(MinInt64) = %+v; want At(0)", got)
		}
		if got := tl.At(math.MaxInt64); got != end {
			t.Fatalf("At(MaxInt64) = %+v; want the end", got)
		}
	}
}

// The events of one big step equal those of many small steps covering it,
// whatever the step sizes: the playing loop fires each event once, in order,
// at any frame rate.
func TestPropertyEventsBigStepEqualsSmallSteps(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range propertyRoutines {
		rt := randomRoutine(r)
		tl := NewTimeline(rt)
		// From "before the start" to past the end, in steps of up to ~20 s,
		// sometimes tiny, sometimes exactly on boundaries.
		var small []Event
		prev, at := State{}, time.Duration(0)
		for !prev.Ended {
			cur := tl.At(at)
			small = append(small, tl.Events(prev, cur)...)
			prev = cur
			switch r.IntN(4) {
			case 0:
				at += time.Duration(r.Int64N(int64(time.Millisecond)))
			case 1:
				at = tl.At(at).T + tl.At(at).PhaseLeft // exactly the next boundary
			default:
				at += time.Duration(r.Int64N(int64(20 * time.Second)))
			}
		}
		big := tl.Events(State{}, tl.At(tl.Duration()))
		if !slices.Equal(eventStrings(small), eventStrings(big)) {
			t.Fatalf("%+v: small steps gave %d events, one step %d:\n%q\n%q", rt, len(small), len(big), eventStrings(small), eventStrings(big))
		}
		checkEventSequence(t, tl, rt, big)

		// A random window, in one and in several steps.
		a, b := time.Duration(r.Int64N(int64(tl.Duration()))), time.Duration(r.Int64N(int64(tl.Duration())))
		a, b = min(a, b), max(a, b)
		mid := a + (b-a)/3
		parts := append(tl.Events(tl.At(a), tl.At(mid)), tl.Events(tl.At(mid), tl.At(b))...)
		if whole := tl.Events(tl.At(a), tl.At(b)); !slices.Equal(eventStrings(parts), eventStrings(whole)) {
			t.Fatalf("%+v: events in (%v,%v] differ when split at %v:\n%q\n%q", rt, a, b, mid, eventStrings(parts), eventStrings(whole))
		}
	}
}

// checkEventSequence checks the events of a whole routine: one
// StretchChanged per stretch, one PhaseChanged per non-empty phase of every
// breath and none for an empty one, Ended last, times strictly increasing,
// each with the state at its instant.
func checkEventSequence(t *testing.T, tl *Timeline, rt Routine, evs []Event) {
	t.Helper()
	want := 1 + tl.Count() + tl.TotalBreaths()*nonZeroPhases(rt.Pattern)
	if len(evs) != want {
		t.Fatalf("%+v: %d events; want %d", rt, len(evs), want)
	}
	if last := evs[len(evs)-1]; last.Kind != Ended || last.At != tl.Duration() || !last.State.Ended {
		t.Fatalf("%+v: last event %v; want ended at %v", rt, last, tl.Duration())
	}
	stretches := 0
	for k, e := range evs {
		if k > 0 && e.At <= evs[k-1].At {
			t.Fatalf("%+v: event %v does not come after %v", rt, e, evs[k-1])
		}
		if e.State != tl.At(e.At) {
			t.Fatalf("%+v: event %v carries a state other than At(%v)", rt, e, e.At)
		}
		switch e.Kind {
		case StretchChanged:
			if e.State.Index != stretches || e.State.Segment != Setup || e.At != tl.StretchStart(stretches) {
				t.Fatalf("%+v: event %v; want stretch %d starting at %v", rt, e, stretches, tl.StretchStart(stretches))
			}
			stretches++
		case PhaseChanged:
			if e.State.Segment != Breathing || e.State.PhaseFraction != 0 || rt.Pattern.Phase(e.State.Phase) == 0 {
				t.Fatalf("%+v: event %v is not the start of a non-empty phase: %+v", rt, e, e.State)
			}
			if prev := tl.At(e.At - 1); prev.Phase == e.State.Phase && prev.Segment == Breathing {
				t.Fatalf("%+v: event %v: the phase did not change", rt, e)
			}
		}
	}
}

// A backward step reports only where it lands: at most one StretchChanged
// and one PhaseChanged, at the new time.
func TestPropertyBackwardSeek(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range propertyRoutines {
		tl := NewTimeline(randomRoutine(r))
		b := 1 + time.Duration(r.Int64N(int64(tl.Duration())))
		a := time.Duration(r.Int64N(int64(b)))
		prev, cur := tl.At(b), tl.At(a)
		evs := tl.Events(prev, cur)
		var kinds []EventKind
		for _, e := range evs {
			if e.At != a || e.State != cur {
				t.Fatalf("seek %v -> %v: event %v not at the landing state", b, a, e)
			}
			kinds = append(kinds, e.Kind)
		}
		var want []EventKind
		if cur.Index != prev.Index {
			want = append(want, StretchChanged)
		}
		if cur.Segment == Breathing && (cur.Index != prev.Index || cur.Breath != prev.Breath || cur.Phase != prev.Phase || prev.Ended) {
			want = append(want, PhaseChanged)
		}
		if !slices.Equal(kinds, want) {
			t.Fatalf("seek %v -> %v: kinds %v; want %v", b, a, kinds, want)
		}
	}
}
