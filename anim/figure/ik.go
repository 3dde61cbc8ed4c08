package figure

import "math"

// ikSoft is the softening distance (cm) of nearly straight chains.
const ikSoft = 0.8

// twoBone solves a two-bone chain in the side-view plane: a bone of length
// l1 from a, then one of length l2, whose end should reach target. It
// returns the frame angles of the two bones (see frameAngle). bend picks the
// side the middle joint goes to: +1 puts it clockwise of the line from a to
// target as seen on screen (an elbow behind a hanging arm), -1 the other way
// (a knee in front of a standing leg). A target out of reach is approached
// as closely as the chain allows, so the end may fall short; ok reports
// whether it was reached.
func twoBone(a, target Vec, l1, l2, bend float64) (th1, th2 float64, ok bool) {
	d := target.Sub(a)
	dist := d.Len()
	ok = true
	lo, hi := math.Abs(l1-l2)+1e-6, l1+l2-1e-6
	// Soft IK: within ikSoft of full stretch the chain straightens
	// gradually, falling a little short of the target, so that the middle
	// joint never snaps straight.
	if soft := hi - ikSoft; dist > soft {
		dist = soft + ikSoft*(1-math.Exp(-(dist-soft)/ikSoft))
		ok = false
	} else if dist < lo {
		dist, ok = lo, false
	}
	base := frameAngle(d)
	cosA := (l1*l1 + dist*dist - l2*l2) / (2 * l1 * dist)
	turn := math.Acos(math.Max(-1, math.Min(1, cosA)))
	th1 = base + bend*turn
	mid := toWorld(a, th1, Vec{0, l1})
	end := toWorld(a, base, Vec{0, dist})
	th2 = frameAngle(end.Sub(mid))
	// Keep th2 on the same branch as th1 so joint angles do not wrap.
	for th2-th1 > math.Pi {
		th2 -= 2 * math.Pi
	}
	for th1-th2 > math.Pi {
		th2 += 2 * math.Pi
	}
	return th1, th2, ok
}

// reachArm sets side's shoulder and elbow so that its wrist lands on
// target, keeping the arm's spread, then turns the wrist so the hand lies at
// frame angle hand (NaN: in line with the forearm). The elbow bends
// backwards, as elbows do.
func (p *pose) reachArm(b *body, side int, target Vec, hand float64) {
	a := &b.arms[side]
	th1, th2, _ := twoBone(a.shoulder, target, upperArmLen*a.upperScale, forearmLen*a.foreScale, +1)
	chest := b.chest()
	p.j[armJoint(side, aShoulder)] = wrapNear(chest-th1, deg(80))
	p.j[armJoint(side, aElbow)] = wrapNear(th1-th2, deg(70))
	if math.IsNaN(hand) {
		hand = th2
	}
	p.j[armJoint(side, aWrist)] = wrapNear(th2-hand, 0)
}

// wrapNear returns the angle equal to x modulo 2π that is nearest ref.
func wrapNear(x, ref float64) float64 {
	return ref + math.Remainder(x-ref, 2*math.Pi)
}

// reachLeg sets side's hip and knee so that its ankle lands on target, then
// turns the ankle so the foot lies at frame angle foot. The knee bends
// forwards.
func (p *pose) reachLeg(b *body, side int, target Vec, foot float64) {
	th1, th2, _ := twoBone(b.hip, target, thighLen, shinLen, -1)
	p.j[legJoint(side, lHip)] = wrapNear(b.pelvis-th1, deg(45))
	p.j[legJoint(side, lKnee)] = wrapNear(th2-th1, deg(70))
	p.j[legJoint(side, lAnkle)] = wrapNear(th2-foot, 0)
}

// reachForehead bends the neck and head so that the forehead rests on
// target, choosing the bend that keeps the neck closest to straight.
func (p *pose) reachForehead(b *body, target Vec) {
	l2 := forehead.Len() * headScale
	chest := b.chest()
	best := math.Inf(1)
	var neck, head float64
	for _, bend := range [2]float64{+1, -1} {
		// twoBone treats bones as hanging (local +y); the neck points up
		// (local -y), so its frame angle is off by π, and the head "bone"
		// points at the forehead.
		th1, th2, _ := twoBone(b.spine[5], target, neckLen, l2, bend)
		n := th1 - math.Pi
		h := th2 - frameAngle(forehead)
		for n-chest > math.Pi {
			n -= 2 * math.Pi
		}
		for chest-n > math.Pi {
			n += 2 * math.Pi
		}
		for h-n > math.Pi {
			h -= 2 * math.Pi
		}
		for n-h > math.Pi {
			h += 2 * math.Pi
		}
		if c := math.Abs(n-chest) + math.Abs(h-n); c < best {
			best, neck, head = c, n, h
		}
	}
	p.j[jNeck] = neck - chest
	p.j[jHead] = head - neck
}

// swingPelvis tips the pelvis, and the spine with it, about the hip joint
// so that the shoulder lies at distance reach from target, as when the arms
// hold the chest up on planted hands while the back rounds or arches: the
// pelvis tucks or tilts to make room. Of the two solutions it takes the
// smaller turn; if none exists it leaves p alone. The thighs keep their
// direction, so call it before placing the legs.
func (p *pose) swingPelvis(target Vec, reach float64) {
	b := p.fk()
	c := b.hip
	v := b.arms[near].shoulder.Sub(c)
	r := v.Len()
	w := target.Sub(c)
	dw := w.Len()
	// The shoulder moves on the circle |x-c| = r; we want |x-target| = reach.
	cosG := (r*r + dw*dw - reach*reach) / (2 * r * dw)
	if cosG < -1 || cosG > 1 {
		return
	}
	g := math.Acos(cosG)
	base := math.Atan2(w.Y, w.X)
	cur := math.Atan2(v.Y, v.X)
	best := math.Inf(1)
	for _, s := range [2]float64{+1, -1} {
		d := math.Remainder(base+s*g-cur, 2*math.Pi)
		if math.Abs(d) < math.Abs(best) {
			best = d
		}
	}
	// A positive screen rotation (y down) is clockwise, the same sense as
	// the frame angles, so the turn adds directly.
	p.j[jPelvis] += best
}
