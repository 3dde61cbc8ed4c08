package figure

import "math"

// contactKind names a body point that can be planted.
type contactKind uint8

const (
	contactSit      contactKind = iota // sitting bone on the seat
	contactKnee                        // knee on the mat
	contactFoot                        // a point of the foot on the floor
	contactHand                        // palm on the mat
	contactForehead                    // forehead on the mat
)

// contact is a body point held at a world position between two keys.
type contact struct {
	kind   contactKind
	side   int
	inFoot Vec // a foot contact's point in the foot frame
	target Vec
}

// plantTolerance is how close (cm) a point must be in two keys, and to the
// floor or seat, to count as planted.
const plantTolerance = 0.3

// footPoints are the points a foot can stand on: sole (heel and ball),
// tip of the big toe, front of the toes (tucked under, kneeling), or
// instep (kneeling).
var footPoints = [...]Vec{heel, ballOfFoot, toe, toeTop, instep}

// sharedContacts returns the contacts that keys a and b share.
func sharedContacts(a, b *pose) []contact {
	ba, bb := a.fk(), b.fk()
	var cs []contact
	same := func(p, q Vec) bool { return p.Sub(q).Len() < plantTolerance }
	onFloor := func(p Vec, lift float64) bool { return math.Abs(p.Y+lift) < 1.5 }
	if s, t := ba.sitPoint(), bb.sitPoint(); same(s, t) && math.Abs(s.Y-seatY) < 1 {
		cs = append(cs, contact{kind: contactSit, target: s})
	}
	for s := 0; s < 2; s++ {
		if k, m := ba.legs[s].knee, bb.legs[s].knee; same(k, m) && math.Abs(k.Y-kneeY) < 1 {
			cs = append(cs, contact{kind: contactKnee, side: s, target: k})
		}
	}
	for s := 0; s < 2; s++ {
		sa, ca := math.Sincos(ba.legs[s].foot)
		sb, cb := math.Sincos(bb.legs[s].foot)
		for _, fp := range footPoints {
			pa := ba.legs[s].ankle.Add(fp.rotSC(sa, ca))
			pb := bb.legs[s].ankle.Add(fp.rotSC(sb, cb))
			if same(pa, pb) && onFloor(pa, 0) {
				cs = append(cs, contact{kind: contactFoot, side: s, inFoot: fp, target: pa})
				break
			}
		}
		if pa, pb := ba.palm(s), bb.palm(s); same(pa, pb) && pa.Y > -6 {
			cs = append(cs, contact{kind: contactHand, side: s, target: pa})
		}
	}
	if fa, fb := ba.foreheadPoint(), bb.foreheadPoint(); same(fa, fb) && onFloor(fa, 0) {
		cs = append(cs, contact{kind: contactForehead, target: fa})
	}
	return cs
}

// sameContacts reports whether a and b hold the same body points.
func sameContacts(a, b []contact) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].kind != b[i].kind || a[i].side != b[i].side || a[i].inFoot != b[i].inFoot {
			return false
		}
	}
	return true
}

// hold moves p so that each contact in cs is at its target: the root for
// a sitting bone or knee, IK for feet, hands and forehead. The toes of a
// leg whose knee is held turn about the knee to reach theirs (see
// tuckedFoot).
func (p *pose) hold(cs []contact) {
	if len(cs) == 0 {
		return
	}
	b := p.fk()
	var kneeHeld [2]bool
	for _, c := range cs {
		switch c.kind {
		case contactSit:
			p.root = p.root.Add(c.target.Sub(b.sitPoint()))
			b = p.fk()
		case contactKnee:
			p.root = p.root.Add(c.target.Sub(b.legs[c.side].knee))
			b = p.fk()
			kneeHeld[c.side] = true
		}
	}
	// Hands planted ahead of the shoulders hold the chest up: if the
	// shoulders drift out of reach, tip the pelvis and spine about the hips
	// to bring them back rather than snapping the elbows straight.
	for _, c := range cs {
		if c.kind == contactHand && c.side == near {
			wrist := c.target.Sub(handPalm.rot(b.arms[near].hand))
			if b.arms[near].shoulder.Sub(wrist).Len() > armReach {
				p.swingPelvis(wrist, armReach)
				b = p.fk()
			}
		}
	}
	for _, c := range cs {
		switch c.kind {
		case contactFoot:
			l := &b.legs[c.side]
			if kneeHeld[c.side] && c.inFoot == toeTop {
				shin, foot := tuckedFoot(l.knee, c.target)
				p.setLeg(c.side, l.thigh, shin, foot)
				continue
			}
			p.reachLeg(&b, c.side, c.target.Sub(c.inFoot.rot(l.foot)), l.foot)
		case contactHand:
			hand := b.arms[c.side].hand
			p.reachArm(&b, c.side, c.target.Sub(handPalm.rot(hand)), hand)
		case contactForehead:
			p.reachForehead(&b, c.target)
		}
	}
}

// lowestPoint returns the largest y (the lowest point) of the body's
// outline, approximately: the feet, knees, hands, head and seat.
func (b *body) lowestPoint() float64 {
	y := math.Inf(-1)
	for s := 0; s < 2; s++ {
		l := &b.legs[s]
		sin, cos := math.Sincos(l.foot)
		for _, fp := range footShape {
			y = math.Max(y, l.ankle.Add(fp.rotSC(sin, cos)).Y)
		}
		// Round caps bulge 1% past their radius (see capK).
		y = math.Max(y, l.knee.Y+thighStations[len(thighStations)-1].left*1.01)
		a := &b.arms[s]
		sin, cos = math.Sincos(a.hand)
		for _, hp := range handShape {
			y = math.Max(y, a.wrist.Add(Vec{hp.X, hp.Y * a.foreScale}.rotSC(sin, cos)).Y)
		}
		y = math.Max(y, a.elbow.Y+upperStations[len(upperStations)-1].left*1.01)
	}
	sin, cos := math.Sincos(b.head)
	for _, hp := range headShape {
		y = math.Max(y, b.headPivot.Add(hp.Scale(headScale).rotSC(sin, cos)).Y)
	}
	for _, hp := range hairShape {
		y = math.Max(y, b.headPivot.Add(hp.Scale(headScale).rotSC(sin, cos)).Y)
	}
	sin, cos = math.Sincos(b.pelvis)
	for _, sp := range seatBottom {
		y = math.Max(y, b.hip.Add(sp.rotSC(sin, cos)).Y)
	}
	return y
}

// liftAboveFloor raises p so that no part of it is below the floor.
func (p *pose) liftAboveFloor() {
	b := p.fk()
	if y := b.lowestPoint(); y > 0 {
		p.root.Y -= y
	}
}
