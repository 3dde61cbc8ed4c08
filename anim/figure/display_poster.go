package figure

import "github.com/immerse-massage/stretch/anim"

// PosterState returns the state whose scene is stretch id's poster: its
// most recognisable moment. Cat-Cow shows Cat, the rounded back; the
// Shoulder Blade Squeeze and the Upper Back Extension show the full
// squeeze and the full extension; Child's Pose shows mid-breath.
func PosterState(id anim.StretchID) anim.State {
	a := 0.5
	switch id {
	case anim.CatCow:
		a = 0
	case anim.ShoulderBladeSqueeze, anim.UpperBackExtension:
		a = 1
	}
	return anim.State{ID: id, Segment: anim.Breathing, SetupFraction: 1, Amount: a}
}
