package anim

import (
	"math"
	"sort"
	"time"
)

// Timeline is a Routine laid out in time: each stretch is a get-into-position
// Setup segment followed by its breaths, one after another. It is immutable
// and safe for concurrent use. Seeking is calling At with another time.
type Timeline struct {
	pattern Pattern
	spans   []stretchSpan
	total   time.Duration
	breaths int
}

// stretchSpan is one stretch of a Timeline: Setup runs over
// [start, breathingStart), its breaths over [breathingStart, end).
type stretchSpan struct {
	id                         StretchID
	start, breathingStart, end time.Duration
	breaths                    int
}

// NewTimeline lays out r. Unknown stretch ids are dropped and an empty list
// becomes AllStretches; an invalid pattern becomes DefaultPattern; Breaths
// outside 1-20 means each stretch's DefaultBreaths. Each stretch lasts
// SetupDuration(id) plus its breaths times Pattern.Cycle().
func NewTimeline(r Routine) *Timeline {
	tl := &Timeline{pattern: r.Pattern}
	if tl.pattern.Validate() != nil {
		tl.pattern = DefaultPattern
	}
	ids := make([]StretchID, 0, len(r.Stretches))
	for _, id := range r.Stretches {
		if id.Valid() {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		ids = AllStretches
	}
	var t time.Duration
	for _, id := range ids {
		n := r.Breaths
		if n < MinBreaths || n > MaxBreaths {
			n = DefaultBreaths(id)
		}
		sp := stretchSpan{id: id, start: t, breathingStart: t + SetupDuration(id), breaths: n}
		sp.end = sp.breathingStart + time.Duration(n)*tl.pattern.Cycle()
		tl.spans = append(tl.spans, sp)
		tl.breaths += n
		t = sp.end
	}
	tl.total = t
	return tl
}

// Duration is the exact length of the routine: the sum of every stretch's
// setup and breaths.
func (tl *Timeline) Duration() time.Duration { return tl.total }

// Count is the number of stretches.
func (tl *Timeline) Count() int { return len(tl.spans) }

// Pattern is the breath pattern every breath follows.
func (tl *Timeline) Pattern() Pattern { return tl.pattern }

// Stretches returns the stretch ids in order (a new slice each call).
func (tl *Timeline) Stretches() []StretchID {
	ids := make([]StretchID, len(tl.spans))
	for i, sp := range tl.spans {
		ids[i] = sp.id
	}
	return ids
}

// TotalBreaths is the number of breaths in the whole routine.
func (tl *Timeline) TotalBreaths() int { return tl.breaths }

// Stretch returns the id of stretch i, or "" if i is out of range.
func (tl *Timeline) Stretch(i int) StretchID {
	if i < 0 || i >= len(tl.spans) {
		return ""
	}
	return tl.spans[i].id
}

// StretchStart is the time stretch i begins (its Setup). It is 0 for i < 0
// and Duration() for i >= Count(), so next from the last stretch ends the
// routine.
func (tl *Timeline) StretchStart(i int) time.Duration {
	switch {
	case i < 0:
		return 0
	case i >= len(tl.spans):
		return tl.total
	}
	return tl.spans[i].start
}

// BreathingStart is the time the first breath of stretch i begins, that is
// the end of its Setup (clamped like StretchStart).
func (tl *Timeline) BreathingStart(i int) time.Duration {
	switch {
	case i < 0:
		return tl.BreathingStart(0)
	case i >= len(tl.spans):
		return tl.total
	}
	return tl.spans[i].breathingStart
}

// BreathsOf is the number of breaths of stretch i, or 0 if out of range.
func (tl *Timeline) BreathsOf(i int) int {
	if i < 0 || i >= len(tl.spans) {
		return 0
	}
	return tl.spans[i].breaths
}

// SetupOf is the length of the Setup segment of stretch i, or 0 if out of
// range.
func (tl *Timeline) SetupOf(i int) time.Duration {
	if i < 0 || i >= len(tl.spans) {
		return 0
	}
	return tl.spans[i].breathingStart - tl.spans[i].start
}

// PreviousGrace is how far into a stretch "previous" still goes to the
// stretch before rather than back to the start of the current one, as on a
// music player.
const PreviousGrace = 3 * time.Second

// NextStart is where "next stretch" goes from time t: the start of the
// stretch after the one at t, or Duration() from the last stretch.
func (tl *Timeline) NextStart(t time.Duration) time.Duration {
	return tl.StretchStart(tl.At(t).Index + 1)
}

// PreviousStart is where "previous stretch" goes from time t: the start of
// the current stretch, or of the one before it when t is within
// PreviousGrace of the current stretch's start (0 for the first stretch).
func (tl *Timeline) PreviousStart(t time.Duration) time.Duration {
	s := tl.At(t)
	if s.T-tl.StretchStart(s.Index) > PreviousGrace {
		return tl.StretchStart(s.Index)
	}
	return tl.StretchStart(s.Index - 1)
}

// At returns the whole State of the routine at time t, which is clamped to
// [0, Duration()]. Intervals are half-open: a boundary instant belongs to
// what starts there, and At(Duration()) is the Ended state, still on the
// last stretch and its last breath, in its last non-empty phase, finished
// (PhaseFraction 1, PhaseLeft 0).
func (tl *Timeline) At(t time.Duration) State {
	t = min(max(t, 0), tl.total)
	s := State{T: t, Count: len(tl.spans), Progress: 1}
	if tl.total > 0 {
		s.Progress = float64(t) / float64(tl.total)
	}
	i := sort.Search(len(tl.spans), func(i int) bool { return tl.spans[i].end > t })
	ended := i == len(tl.spans)
	if ended {
		i--
	}
	sp := tl.spans[i]
	s.Index, s.ID, s.Breaths = i, sp.id, sp.breaths
	if i > 0 {
		s.PreviousID = tl.spans[i-1].id
	}
	if ended {
		s.Segment, s.SetupFraction = Breathing, 1
		s.Breath = sp.breaths - 1
		s.Phase = Exhale
		if tl.pattern.Rest > 0 {
			s.Phase = Rest
		}
		s.PhaseFraction = 1
		s.Amount = BreathAmount(s.Phase, 1)
		s.Ended = true
		return s
	}
	if t < sp.breathingStart {
		s.Segment = Setup
		s.SetupFraction = durationFraction(t-sp.start, sp.breathingStart-sp.start)
		s.Phase = Rest
		s.PhaseFraction = s.SetupFraction
		s.PhaseLeft = sp.breathingStart - t
		return s
	}
	s.Segment, s.SetupFraction = Breathing, 1
	cycle := tl.pattern.Cycle()
	u := t - sp.breathingStart
	s.Breath = int(u / cycle)
	within := u % cycle
	for ph := Inhale; ph <= Rest; ph++ {
		d := tl.pattern.Phase(ph)
		if within < d {
			s.Phase = ph
			s.PhaseFraction = durationFraction(within, d)
			s.PhaseLeft = d - within
			break
		}
		within -= d
	}
	s.Amount = BreathAmount(s.Phase, s.PhaseFraction)
	return s
}

// durationFraction returns part/whole for 0 <= part < whole, kept below 1
// even where float64 rounding would reach it.
func durationFraction(part, whole time.Duration) float64 {
	f := float64(part) / float64(whole)
	if f >= 1 {
		return math.Nextafter(1, 0)
	}
	return f
}
