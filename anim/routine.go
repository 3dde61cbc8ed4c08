package anim

import "slices"

// Routine is what to do: which stretches in which order, the breath pattern,
// and how many breaths each stretch lasts.
type Routine struct {
	// Stretches in the order they are done. Unknown ids are dropped by
	// NewTimeline; an empty list means AllStretches.
	Stretches []StretchID
	// Pattern paces every breath. NewTimeline replaces an invalid pattern
	// (one that fails Pattern.Validate, or the zero Pattern) by DefaultPattern.
	Pattern Pattern
	// Breaths per stretch; 0 means each stretch's own DefaultBreaths. Values
	// outside 1-20 are treated as 0.
	Breaths int
}

// DefaultRoutine is every stretch in the article's order, breathing with
// DefaultPattern, each for its own default number of breaths.
func DefaultRoutine() Routine {
	return Routine{Stretches: slices.Clone(AllStretches), Pattern: DefaultPattern}
}
