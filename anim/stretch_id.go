package anim

// StretchID names one of the four stretches. The ids are part of the embed
// contract (the stretches attribute and the stretchchange event).
type StretchID string

// The four stretches, in the article's order.
const (
	CatCow               StretchID = "cat-cow"
	ShoulderBladeSqueeze StretchID = "shoulder-blade-squeeze"
	ChildsPose           StretchID = "childs-pose"
	UpperBackExtension   StretchID = "upper-back-extension"
)

// AllStretches lists every stretch in the article's order, which is also the
// default routine.
var AllStretches = []StretchID{CatCow, ShoulderBladeSqueeze, ChildsPose, UpperBackExtension}

// Valid reports whether id is one of the four known stretches.
func (id StretchID) Valid() bool {
	for _, k := range AllStretches {
		if id == k {
			return true
		}
	}
	return false
}
