package figure

import "math"

// capK is how far out the corners of a hexagon lie from the circle it
// encloses (1/cos 30°); a closed quadratic B-spline through the midpoints
// of such a hexagon's edges stays within 1% of the circle.
const capK = 1.1547005

// midpoint returns the midpoint of a and b.
func midpoint(a, b Vec) Vec { return Vec{(a.X + b.X) / 2, (a.Y + b.Y) / 2} }

// spline draws the closed quadratic B-spline whose control polygon is c:
// a smooth curve through the midpoints of c's edges, tangent to them. It is
// wound clockwise on screen whatever the order of c.
func (p *pen) spline(c []Vec) {
	n := len(c)
	if n < 3 {
		return
	}
	step, i0 := 1, 0
	if signedArea(c) < 0 {
		step, i0 = -1, n-1
	}
	get := func(k int) Vec { return c[((i0+step*k)%n+n)%n] }
	p.moveTo(midpoint(get(-1), get(0)))
	for k := 0; k < n; k++ {
		p.quadTo(get(k), midpoint(get(k), get(k+1)))
	}
	p.close()
}

// signedArea is twice the signed area of polygon c, positive when it winds
// clockwise on screen (y down).
func signedArea(c []Vec) float64 {
	s := 0.0
	for i := range c {
		a, b := c[i], c[(i+1)%len(c)]
		s += a.X*b.Y - b.X*a.Y
	}
	return s
}

// capPoly appends the three hexagon corners that round off the end of a
// limb at centre c, radius r: out points away from the limb, from is the
// unit normal of the side the outline arrives along.
func capPoly(dst []Vec, c, out, from Vec, r float64) []Vec {
	for _, angle := range [3]float64{60, 0, -60} {
		s, co := math.Sincos(angle * math.Pi / 180)
		dst = append(dst, c.Add(out.Scale(co*r*capK)).Add(from.Scale(s*r*capK)))
	}
	return dst
}

// station is one cross-section of a limb: at fraction t along the bone,
// the outline lies left and right of the bone (as seen travelling from its
// start to its end).
type station struct{ t, left, right float64 }

// capKind is how a limb outline ends.
type capKind uint8

const (
	capRound  capKind = iota // a round end (a joint, fingertips)
	capHem                   // a square cut with crisp corners (a sleeve or trouser hem)
	capHidden                // a plain end that another shape covers
)

// limbPolyEnds appends the control polygon of a limb from a to b whose
// outline passes through the stations, with the start and end caps chosen.
func limbPolyEnds(dst []Vec, a, b Vec, stations []station, start, end capKind) []Vec {
	d := b.Sub(a)
	l := d.Len()
	if l < 1e-9 {
		d = Vec{0, 1}
	} else {
		d = d.Scale(1 / l)
	}
	left := Vec{d.Y, -d.X}
	right := left.Scale(-1)
	first, last := stations[0], stations[len(stations)-1]
	if start == capHem {
		dst = append(dst, a.Lerp(b, first.t).Add(left.Scale(first.left)))
	}
	for _, s := range stations {
		dst = append(dst, a.Lerp(b, s.t).Add(left.Scale(s.left)))
	}
	switch end {
	case capRound:
		r := (last.left + last.right) / 2
		c := a.Lerp(b, last.t).Add(left.Scale((last.left - last.right) / 2))
		dst = capPoly(dst, c, d, left, r)
	case capHem:
		dst = append(dst, dst[len(dst)-1], a.Lerp(b, last.t).Add(right.Scale(last.right)))
	}
	for i := len(stations) - 1; i >= 0; i-- {
		s := stations[i]
		dst = append(dst, a.Lerp(b, s.t).Add(right.Scale(s.right)))
	}
	switch start {
	case capRound:
		r := (first.left + first.right) / 2
		c := a.Lerp(b, first.t).Add(left.Scale((first.left - first.right) / 2))
		dst = capPoly(dst, c, d.Scale(-1), right, r)
	case capHem:
		dst = append(dst, dst[len(dst)-1])
	}
	return dst
}

// taper returns the stations of a plain tapered capsule.
func taper(dst []station, r0, r1 float64) []station {
	return append(dst[:0], station{0, r0, r0}, station{1, r1, r1})
}

// appendToWorld maps the points c, given in the frame at origin o and angle
// th, to the world, appending them to dst.
func appendToWorld(dst []Vec, o Vec, th float64, c ...Vec) []Vec {
	s, co := math.Sincos(th)
	for _, p := range c {
		dst = append(dst, o.Add(p.rotSC(s, co)))
	}
	return dst
}
