package figure

import "math"

// Mat extent along the floor: from just behind where the kneeling feet
// lie to past the fingertips in Child's Pose. Standing, the figure stands
// at its back end.
const (
	matStart = 6.0
	matEnd   = matStart + 156
	matThick = 1.6
)

// drawMat appends the exercise mat lying on the floor. As it fades in
// (alpha rising from 0 to 1) it also unrolls forward from its back end,
// and it rolls up as it fades out, so that what is drawn grows and shrinks
// smoothly for the camera to follow.
func drawMat(d *DisplayList, pal *palette, alpha float64) {
	c := faded(pal.mat, alpha)
	if alpha <= 0 || c.A == 0 {
		return
	}
	p := d.begin()
	r := matThick / 2
	p.moveTo(Vec{matStart + r, -r})
	p.lineTo(Vec{matStart + r + (matEnd-matStart-matThick)*min(alpha, 1), -r})
	p.stroke(c, matThick)
}

// chairParts are the chair's pieces as rectangles in world coordinates:
// seat, front leg, back leg and post, backrest, and the stretcher between
// the legs. They are drawn as thick round-capped strokes along their long
// axes, so each is a rectangle with rounded ends.
var chairParts = struct {
	seat, front, back, rest, rail Rect
}{
	seat:  Rect{Vec{seatBack - 1.5, seatY}, Vec{seatFront, seatY + 3.5}},
	front: Rect{Vec{seatFront - 4.5, seatY + 2}, Vec{seatFront - 1.5, 0}},
	back:  Rect{Vec{seatBack - 1.5, backrestTop}, Vec{seatBack + 1.5, 0}},
	rest:  Rect{Vec{seatBack - 1.5, backrestTop}, Vec{backrestFront + 1.5, backrestTop + 13}},
	rail:  Rect{Vec{seatBack, -17}, Vec{seatFront - 3, -15}},
}

// farChairShift is how far the chair's far legs appear offset from the
// near ones.
var farChairShift = Vec{3, -1.5}

// barTo draws rectangle r as a round-capped stroke along its long axis
// (the caller strokes with the rectangle's short side as the width).
func barTo(p *pen, r Rect, shift Vec) {
	if r.W() >= r.H() {
		k := r.H() / 2
		y := (r.Min.Y+r.Max.Y)/2 + shift.Y
		p.moveTo(Vec{r.Min.X + k + shift.X, y})
		p.lineTo(Vec{r.Max.X - k + shift.X, y})
		return
	}
	k := r.W() / 2
	x := (r.Min.X+r.Max.X)/2 + shift.X
	p.moveTo(Vec{x, r.Min.Y + k + shift.Y})
	p.lineTo(Vec{x, r.Max.Y - k + shift.Y})
}

// drawChair appends the chair behind the figure.
func drawChair(d *DisplayList, pal *palette, alpha float64) {
	if alpha <= 0 {
		return
	}
	c := chairParts
	p := d.begin()
	barTo(&p, c.front, farChairShift)
	barTo(&p, c.back, farChairShift)
	p.stroke(faded(pal.woodFar, alpha), c.back.W())
	p = d.begin()
	barTo(&p, c.rail, Vec{})
	p.stroke(faded(pal.woodEdge, alpha), c.rail.H())
	p = d.begin()
	barTo(&p, c.front, Vec{})
	barTo(&p, c.back, Vec{})
	p.stroke(faded(pal.woodEdge, alpha), c.back.W())
	p = d.begin()
	barTo(&p, c.rest, Vec{})
	p.stroke(faded(pal.woodEdge, alpha), c.rest.W())
	p = d.begin()
	barTo(&p, c.seat, Vec{})
	p.stroke(faded(pal.wood, alpha), c.seat.H())
}

// drawShadow appends a soft shadow on the floor under the body.
func drawShadow(d *DisplayList, b *body, pal *palette) {
	lo, hi := math.Inf(1), math.Inf(-1)
	add := func(p Vec, r float64) {
		lo = math.Min(lo, p.X-r)
		hi = math.Max(hi, p.X+r)
	}
	for s := 0; s < 2; s++ {
		add(b.heelPoint(s), 0)
		add(b.toePoint(s), 0)
		add(b.legs[s].knee, 4)
		add(b.arms[s].wrist, 3)
	}
	add(b.hip, 12)
	add(b.spine[5], 8)
	c := (lo + hi) / 2
	rx := (hi-lo)/2 + 6
	d.ellipse(Vec{c, 0}, rx, 3, pal.shadow)
}
