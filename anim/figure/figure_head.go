package figure

import "math"

// The head in the head frame: origin at the skull base (head pivot), face
// towards +x, upright at frame angle 0. Shapes are control polygons of
// closed quadratic B-splines.
var (
	headShape = []Vec{
		{1.5, -17.6}, {9.2, -15.6}, {12, -10.5}, {12.2, -6.4}, {14.6, -3},
		{11.6, -1.5}, {12.2, 0.6}, {11.6, 4.4}, {9.2, 6.4}, {3.5, 4.6},
		{-1, 1.2}, {-6.5, 0.8}, {-9.4, -6.5}, {-6.8, -15},
	}
	hairShape = []Vec{
		{1.2, -19}, {9.6, -17.8}, {13.4, -12.6}, {10.2, -10.6}, {6.4, -11.6},
		{3.2, -9.8}, {1.9, -6.9}, {-1.4, -5.6}, {-3.2, -1.6}, {-7.2, 0},
		{-10.6, -6.4}, {-9.2, -15.6},
	}
	earShape = []Vec{{0.9, -7.5}, {3.3, -5.6}, {2.6, -1.6}, {-0.6, -3.4}}
	eyeAt    = Vec{8.9, -5.9}
	browAt   = [3]Vec{{7.1, -8.3}, {8.9, -9.1}, {10.4, -8.5}}
	mouthAt  = [3]Vec{{9.9, 0.4}, {10.7, 1.6}, {11.7, 1.3}}
	cheekAt  = Vec{7.6, -2.2}
)

// forehead is the point of the head that rests on the mat in Child's Pose,
// in the head frame before headScale: the lowest point of the head's and
// hair's outline with the head at its Child's Pose angle.
var forehead = headLowest(deg((childLow.head + childHigh.head) / 2))

// headLowest returns the lowest point, in the head frame, of the head and
// hair outlines when the head frame has angle th.
func headLowest(th float64) Vec {
	best, low := Vec{}, -1e9
	sin, cos := math.Sincos(th)
	for _, shape := range [][]Vec{headShape, hairShape} {
		n := len(shape)
		for i := range shape {
			a, c, b := midpoint(shape[(i+n-1)%n], shape[i]), shape[i], midpoint(shape[i], shape[(i+1)%n])
			for k := 0; k <= 8; k++ {
				t := float64(k) / 8
				q := a.Lerp(c, t).Lerp(c.Lerp(b, t), t)
				if y := q.rotSC(sin, cos).Y; y > low {
					best, low = q, y
				}
			}
		}
	}
	return best
}

// headScale enlarges the head a little beyond life size, for a friendlier
// figure.
const headScale = 1.1

// drawHead appends the head: skin, ear, hair, eye, brow, mouth and cheek.
func drawHead(d *DisplayList, b *body, pal *palette) {
	o, th := b.headPivot, b.head
	// headPoint maps a point of the head frame, before headScale, to the
	// world; appendHead appends the world points of shape to dst.
	sin, cos := math.Sincos(th)
	headPoint := func(v Vec) Vec { return o.Add(v.Scale(headScale).rotSC(sin, cos)) }
	appendHead := func(dst, shape []Vec) []Vec {
		for _, v := range shape {
			dst = append(dst, headPoint(v))
		}
		return dst
	}
	p := d.begin()
	d.tmp = appendHead(d.tmp[:0], headShape)
	p.spline(d.tmp)
	p.fill(pal.skin)

	// The face's features fade as the forehead comes down to rest on the
	// mat (Child's Pose), where seen side-on they would read upside down.
	low := math.Inf(-1)
	for _, v := range headShape {
		low = math.Max(low, headPoint(v).Y)
	}
	face := smoothstep(ramp(-low, 1.5, 6))
	d.circle(headPoint(cheekAt), 2.1, faded(pal.cheek, face))

	p = d.begin()
	d.tmp = appendHead(d.tmp[:0], hairShape)
	p.spline(d.tmp)
	p.fill(pal.hair)

	p = d.begin()
	d.tmp = appendHead(d.tmp[:0], earShape)
	p.spline(d.tmp)
	p.fill(pal.skinShade)

	d.circle(headPoint(eyeAt), 0.95, faded(pal.feature, face))
	p = d.begin()
	p.moveTo(headPoint(browAt[0]))
	p.quadTo(headPoint(browAt[1]), headPoint(browAt[2]))
	p.moveTo(headPoint(mouthAt[0]))
	p.quadTo(headPoint(mouthAt[1]), headPoint(mouthAt[2]))
	p.stroke(faded(pal.feature, face), 0.6)
}
