package figure

import (
	"math"

	"github.com/immerse-massage/stretch/anim"
)

// Limb cross-sections, centimetres either side of the bone ("left" is the
// front of a hanging limb).
var (
	thighStations = []station{{0, 8.3, 8.3}, {0.5, 7.2, 7.0}, {1, 5.4, 5.4}}
	shinStations  = []station{{0, 5.3, 5.3}, {0.3, 4.5, 6.0}, {0.75, 3.9, 4.1}, {0.93, 4.2, 4.2}}
	ankleStations = []station{{0.75, 3.1, 3.3}, {1, 3.0, 3.0}}
	upperStations = []station{{0, 5.2, 5.2}, {1, 3.8, 3.8}}
	foreStations  = []station{{0, 3.5, 3.5}, {0.35, 3.7, 4.0}, {0.78, 3.1, 3.2}}
	wristStations = []station{{0.7, 2.6, 2.6}, {1, 2.4, 2.4}}
)

// footShape is the outline of the foot in the foot frame (origin at the
// ankle, toes towards +x, sole at y = ankleHeight), as a control polygon.
var footShape = []Vec{
	{-4.5, -3.2}, {3.8, -3.4}, {9, -0.6}, {17.5, 2.6}, {20.6, 4.4},
	{19.6, ankleHeight}, {13, ankleHeight}, {0, ankleHeight}, {-6.6, ankleHeight}, {-7.6, 3.6}, {-6.5, 0.5},
}

// handShape is the outline of the hand in the hand frame (origin at the
// wrist, fingers towards +y, thumb side towards +x), as a control polygon.
var handShape = []Vec{
	{-2.3, -0.5}, {2.2, -0.5}, {3.3, 3}, {4.4, 5.8}, {3.1, 7.6},
	{2.6, 14.6}, {1.4, 17.4}, {-1.2, 17.4}, {-2.5, 14}, {-2.9, 4.8},
}

// drawLeg appends side's whole leg: thigh, then foot and shin.
func drawLeg(d *DisplayList, b *body, side int, cloth, skin anim.Color) {
	drawThigh(d, b, side, cloth)
	drawShin(d, b, side, cloth, skin)
}

// drawThigh appends side's thigh. The near thigh goes under the shirt, so
// that the shirt's hem drapes over the top of it.
func drawThigh(d *DisplayList, b *body, side int, cloth anim.Color) {
	l := &b.legs[side]
	// The far thigh's top is always behind the seat of the trousers.
	start := capRound
	if side == far {
		start = capHidden
	}
	p := d.begin()
	d.tmp = limbPolyEnds(d.tmp[:0], l.hip, l.knee, thighStations, start, capRound)
	p.spline(d.tmp)
	p.fill(cloth)
}

// drawShin appends side's foot (skin) and trouser leg below the knee.
func drawShin(d *DisplayList, b *body, side int, cloth, skin anim.Color) {
	l := &b.legs[side]
	p := d.begin()
	d.tmp = appendToWorld(d.tmp[:0], l.ankle, l.foot, footShape...)
	p.spline(d.tmp)
	d.tmp = limbPolyEnds(d.tmp[:0], l.knee, l.ankle, ankleStations, capHidden, capHidden)
	p.spline(d.tmp)
	p.fill(skin)

	p = d.begin()
	d.tmp = limbPolyEnds(d.tmp[:0], l.knee, l.ankle, shinStations, capHidden, capHem)
	p.spline(d.tmp)
	p.fill(cloth)
}

// drawArm appends side's hand and wrist (skin) and long sleeve (cloth).
func drawArm(d *DisplayList, b *body, side int, skin, cloth anim.Color) {
	a := &b.arms[side]
	p := d.begin()
	d.tmp = d.tmp[:0]
	sin, cos := math.Sincos(a.hand)
	for _, v := range handShape {
		// A hand turned out of the side-view plane with its forearm is
		// foreshortened with it.
		d.tmp = append(d.tmp, a.wrist.Add(Vec{v.X, v.Y * a.foreScale}.rotSC(sin, cos)))
	}
	p.spline(d.tmp)
	d.tmp = limbPolyEnds(d.tmp[:0], a.elbow, a.wrist, wristStations, capHidden, capHidden)
	p.spline(d.tmp)
	p.fill(skin)

	p = d.begin()
	d.tmp = limbPolyEnds(d.tmp[:0], a.shoulder, a.elbow, upperStations, capRound, capRound)
	p.spline(d.tmp)
	d.tmp = limbPolyEnds(d.tmp[:0], a.elbow, a.wrist, foreStations, capHidden, capHem)
	p.spline(d.tmp)
	p.fill(cloth)
}
