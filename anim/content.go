package anim

import "slices"

// StretchText is what the visitor reads and hears about one stretch, in one
// language.
type StretchText struct {
	// Title is the stretch's name, such as "Cat-Cow".
	Title string
	// Summary is one line saying where and how the stretch is done.
	Summary string
	// Steps are the complete instructions, in order.
	Steps []string
	// InhaleCue, HoldCue, ExhaleCue and RestCue are the short live cues for
	// each phase of a breath, such as "Inhale into Cow: belly down, chest up".
	InhaleCue, HoldCue, ExhaleCue, RestCue string
	// Easier is an easier variation of the stretch.
	Easier string
	// Avoid says what not to do.
	Avoid string
}

// Cue returns the live cue for phase p of a breath in this stretch.
func (st StretchText) Cue(p Phase) string {
	switch p {
	case Inhale:
		return st.InhaleCue
	case Hold:
		return st.HoldCue
	case Exhale:
		return st.ExhaleCue
	case Rest:
		return st.RestCue
	}
	return ""
}

// StretchContent returns the text of stretch id in lang; an unsupported
// lang gives English and an unknown id the zero StretchText. The Steps slice
// is the caller's own copy.
func StretchContent(id StretchID, lang Lang) StretchText {
	i := textIndex(id)
	if i < 0 {
		return StretchText{}
	}
	st := stretchTextEN[i]
	if lang == Spanish {
		st = stretchTextES[i]
	}
	st.Steps = slices.Clone(st.Steps)
	return st
}

// The rows of the text tables (stretchTextEN, stretchTextES): arrays rather
// than maps, so they are static data instead of code run at start-up.
const (
	catCowText = iota
	shoulderBladeSqueezeText
	childsPoseText
	upperBackExtensionText
	numStretchTexts
)

// textIndex returns the row of stretch id in the text tables, or -1 for an
// unknown id.
func textIndex(id StretchID) int {
	switch id {
	case CatCow:
		return catCowText
	case ShoulderBladeSqueeze:
		return shoulderBladeSqueezeText
	case ChildsPose:
		return childsPoseText
	case UpperBackExtension:
		return upperBackExtensionText
	}
	return -1
}
