package figure

import "math"

// The torso is one silhouette swept along the pelvis and the spine, split
// by the shirt's hem into trousers below and shirt above. Each station is a
// centre point in a segment frame with the distances to the back and the
// front of the body.
type torsoStation struct {
	c           Vec // centre, in the station's frame
	back, front float64
}

// Stations in the pelvis frame (origin at the hip joint): the seat and the
// hem.
var (
	seatStation = torsoStation{Vec{-1.5, 3.5}, 13.2, 10}
	hemStation  = torsoStation{Vec{-1.5, -4}, 13.2, 12.2}
)

// spineWidth are the distances from the spine line to the back and to the
// front of the body at each spine joint, lumbosacral (0) to C7 (5).
var spineWidth = [6]struct{ back, front float64 }{
	{9.5, 12.5}, {7.2, 11.2}, {7, 12.2}, {7.6, 15}, {7.4, 14.6}, {5.4, 10.5},
}

// seatBottom closes the bottom of the torso, in the pelvis frame, from the
// front to the back.
var seatBottom = []Vec{{6, 9.6}, {-2, 10}, {-9.5, 10}}

// sitBone is the point of the seat that rests on a chair (the ischial
// tuberosities and their padding), relative to the hip joint in the pelvis
// frame: the lowest point of the trousers' outline when sitting tall.
var sitBone = func() Vec {
	c := []Vec{seatStation.c.Add(Vec{seatStation.front, 0})}
	c = append(c, seatBottom...)
	c = append(c, seatStation.c.Add(Vec{-seatStation.back, 0}))
	best, low := Vec{}, -1e9
	sin, cos := math.Sincos(deg(2))
	for i := 1; i < len(c)-1; i++ {
		a, m, b := midpoint(c[i-1], c[i]), c[i], midpoint(c[i], c[i+1])
		for k := 0; k <= 8; k++ {
			t := float64(k) / 8
			q := a.Lerp(m, t).Lerp(m.Lerp(b, t), t)
			if y := q.rotSC(sin, cos).Y; y > low {
				best, low = q, y
			}
		}
	}
	return best
}()

// shoulderCap closes the top of the torso around the neck, in the frame of
// the upper thoracic segment at C7, from the back to the front.
var shoulderCap = []Vec{{-4, -5}, {2.5, -7}, {9.5, -3}}

// spineFront returns the unit vector pointing forward from spine joint i.
func (b *body) spineFront(i int) Vec {
	var th float64
	switch {
	case i <= 0:
		th = b.spineAng[0]
	case i >= 5:
		th = b.spineAng[4]
	default:
		th = (b.spineAng[i-1] + b.spineAng[i]) / 2
	}
	s, c := math.Sincos(th)
	return Vec{c, s}
}

// spineAt returns the point a fraction t along spine segment i and the
// forward unit vector there.
func (b *body) spineAt(i int, t float64) (Vec, Vec) {
	p := b.spine[i].Lerp(b.spine[i+1], t)
	f := b.spineFront(i).Lerp(b.spineFront(i+1), t)
	return p, f.Scale(1 / f.Len())
}

// pelvisSide returns the back and front silhouette points of a pelvis
// station.
func (b *body) pelvisSide(s torsoStation) (back, front Vec) {
	back = toWorld(b.hip, b.pelvis, s.c.Add(Vec{-s.back, 0}))
	front = toWorld(b.hip, b.pelvis, s.c.Add(Vec{s.front, 0}))
	return
}

// spineSide returns the back and front silhouette points at spine joint i.
func (b *body) spineSide(i int) (back, front Vec) {
	f := b.spineFront(i)
	return b.spine[i].Sub(f.Scale(spineWidth[i].back)), b.spine[i].Add(f.Scale(spineWidth[i].front))
}

// drawTorso appends the neck, the trousers and the shirt.
func drawTorso(d *DisplayList, b *body, pal *palette) {
	chest := b.chest()
	// Neck, from inside the collar to inside the head.
	p := d.begin()
	d.tmp = limbPolyEnds(d.tmp[:0], toWorld(b.spine[5], chest, Vec{2.5, 2}), toWorld(b.headPivot, b.head, Vec{1.5, -1.5}),
		taper(d.stations, 6, 5.6), capHidden, capHidden)
	p.spline(d.tmp)
	p.fill(pal.skin)

	seatB, seatF := b.pelvisSide(seatStation)
	hemB, hemF := b.pelvisSide(hemStation)
	s0B, s0F := b.spineSide(0)
	s1B, s1F := b.spineSide(1)

	// Trousers: front from above the hem, round the seat, up the back.
	p = d.begin()
	d.tmp = append(d.tmp[:0], s0F, hemF, seatF)
	d.tmp = appendToWorld(d.tmp, b.hip, b.pelvis, seatBottom...)
	d.tmp = append(d.tmp, seatB, hemB, s0B)
	p.spline(d.tmp)
	p.fill(pal.trousers)
	drawThigh(d, b, near, pal.legNear)

	// Shirt: from the hem up the back, over the shoulders, down the front.
	// Doubled hem points make crisp corners.
	p = d.begin()
	d.tmp = append(d.tmp[:0], hemB, hemB, s1B)
	for i := 2; i <= 5; i++ {
		bk, _ := b.spineSide(i)
		d.tmp = append(d.tmp, bk)
	}
	d.tmp = appendToWorld(d.tmp, b.spine[5], chest, shoulderCap...)
	for i := 5; i >= 2; i-- {
		_, fr := b.spineSide(i)
		d.tmp = append(d.tmp, fr)
	}
	d.tmp = append(d.tmp, s1F, hemF, hemF)
	p.spline(d.tmp)
	p.fill(pal.top)
}
