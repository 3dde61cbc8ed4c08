package anim

import "math"

// EaseInOutSine maps x in [0,1] onto [0,1] along half a cosine wave: it
// starts and ends at rest and is fastest in the middle, the way a calm breath
// fills and empties the lungs. It is monotonic, EaseInOutSine(0) == 0,
// EaseInOutSine(1) == 1 and EaseInOutSine(1-x) == 1-EaseInOutSine(x).
// x outside [0,1], and NaN, are clamped (NaN to 0).
func EaseInOutSine(x float64) float64 {
	if !(x > 0) {
		return 0
	}
	if x >= 1 {
		return 1
	}
	return (1 - math.Cos(math.Pi*x)) / 2
}

// BreathAmount is the eased amount of air in the lungs, in [0,1], at
// fraction f of phase p: it rises from 0 to 1 over the inhale, stays 1 on
// the hold, falls from 1 to 0 over the exhale and stays 0 on the rest.
func BreathAmount(p Phase, f float64) float64 {
	switch p {
	case Inhale:
		return EaseInOutSine(f)
	case Hold:
		return 1
	case Exhale:
		return 1 - EaseInOutSine(f)
	}
	return 0
}
