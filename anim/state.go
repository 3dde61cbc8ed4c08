package anim

import "time"

// Segment is the part of a stretch the routine is in.
type Segment int

const (
	// Setup is the get-into-position segment at the start of each stretch:
	// the figure moves into the stretch while the visitor reads the steps.
	Setup Segment = iota
	// Breathing is the run of guided breaths that follows Setup.
	Breathing
)

// String returns "setup" or "breathing".
func (s Segment) String() string {
	if s == Setup {
		return "setup"
	}
	return "breathing"
}

// Phase is one part of a breath. Its String form is the name used in the
// breathphase event.
type Phase int

const (
	// Inhale fills the lungs: the breath amount rises from 0 to 1.
	Inhale Phase = iota
	// Hold keeps the lungs full after an inhale.
	Hold
	// Exhale empties the lungs: the breath amount falls from 1 to 0.
	Exhale
	// Rest keeps the lungs empty after an exhale.
	Rest
)

// String returns "inhale", "hold", "exhale" or "rest".
func (p Phase) String() string {
	switch p {
	case Inhale:
		return "inhale"
	case Hold:
		return "hold"
	case Exhale:
		return "exhale"
	case Rest:
		return "rest"
	}
	return "unknown"
}

// State is the whole state of the routine at one routine time. It is a plain
// value: two States can be compared to find the events between them.
type State struct {
	// T is the routine time this state is for, clamped to [0, Duration].
	T time.Duration
	// Index is the position of the current stretch in the routine (0-based).
	Index int
	// Count is the number of stretches in the routine.
	Count int
	// ID is the current stretch.
	ID StretchID
	// PreviousID is the stretch before the current one, or "" for the first
	// stretch, whose setup starts from standing.
	PreviousID StretchID
	// Segment is Setup or Breathing.
	Segment Segment
	// SetupFraction is how far through the setup segment the routine is, in
	// [0,1]; it is 1 during Breathing.
	SetupFraction float64
	// Breath is the 0-based index of the current breath (0 during Setup).
	Breath int
	// Breaths is the number of breaths of the current stretch.
	Breaths int
	// Phase is the current phase of the breath (Rest during Setup).
	Phase Phase
	// PhaseFraction is how far through the current phase, in [0,1). During
	// Setup it is how far through Setup (equal to SetupFraction); in the
	// Ended state it is 1, since the last phase is complete.
	PhaseFraction float64
	// PhaseLeft is the time left in the current phase (or in Setup).
	PhaseLeft time.Duration
	// Amount is the eased breath amount in [0,1]: 0 is empty lungs, 1 full.
	// It is 0 during Setup.
	Amount float64
	// Progress is the overall progress through the routine, in [0,1].
	Progress float64
	// Ended reports whether the routine is over (T == Duration).
	Ended bool
}
