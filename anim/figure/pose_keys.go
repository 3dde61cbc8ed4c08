package figure

import "math"

// Hub postures that the get-into-position moves pass through between the
// stretches: stepping forward and lowering onto one knee, kneeling,
// sitting on the heels, sitting down.
//
// Getting down onto the mat from standing, the figure steps forward with
// the near foot into a lunge, lowers the far knee to the mat behind it
// (a half-kneel, hands on the front thigh), then lifts the near foot and
// swings it back under the body to bring the near knee down beside the
// far one, kneeling tall; getting up is the same in reverse. The far foot
// never leaves the spot where standing put it: it rises onto the tip of
// its big toe, then rolls onto the front of its toes as they tuck under
// the kneeling leg, whose knee lands at kneeX, a shin and a foot ahead.

// ballOfFoot is the ball of the foot, on the sole, in the foot frame.
var ballOfFoot = Vec{14, ankleHeight}

// toeTop is the front of the toes in the foot frame, the foot outline's
// furthest point: what rests on the mat when the toes are tucked under,
// the foot past upright behind a kneeling leg.
var toeTop = footShape[4]

// onToesFoot is the foot frame angle at which the tip of the big toe and
// the front of the toes are both at mat level: rising onto its toes, the
// foot pivots on the tip of the big toe up to this angle, then on the
// front of the toes.
var onToesFoot = math.Atan2(toe.Y-toeTop.Y, toeTop.X-toe.X)

// tuckedToe is where the far foot's big toe stays as the figure steps
// forward into a lunge: where standing puts it. tuckedTop is where the
// front of its toes then stays as the figure kneels with the toes tucked
// under.
var tuckedToe, tuckedTop = func() (Vec, Vec) {
	p := standPose()
	b := p.fk()
	t := b.toePoint(far)
	return t, t.Add(toeTop.Sub(toe).rot(onToesFoot))
}()

// tuckedFoot returns the frame angles of the shin and the foot of a leg
// kneeling on knee (the knee joint) with its toes tucked under, the front
// of the toes at at: the foot stands on end behind the knee.
func tuckedFoot(knee, at Vec) (shin, foot float64) {
	// As the foot turns further onto its toes (foot grows) the ankle swings
	// towards the knee: find where it is one shin length away.
	ankle := func(foot float64) Vec { return at.Sub(toeTop.rot(foot)) }
	lo, hi := onToesFoot, deg(170)
	for i := 0; i < 60; i++ {
		mid := (lo + hi) / 2
		if ankle(mid).Sub(knee).Len() > shinLen {
			lo = mid
		} else {
			hi = mid
		}
	}
	foot = (lo + hi) / 2
	return frameAngle(ankle(foot).Sub(knee)), foot
}

// setLeg sets side's hip, knee and ankle so that its thigh, shin and foot
// have the frame angles thigh, shin and foot. It needs the pelvis angle.
func (p *pose) setLeg(side int, thigh, shin, foot float64) {
	p.j[legJoint(side, lHip)] = p.j[jPelvis] - thigh
	p.j[legJoint(side, lKnee)] = shin - thigh
	p.j[legJoint(side, lAnkle)] = shin - foot
}

// onToes places side's foot so that the tip of its big toe is at
// tuckedToe with the foot at frame angle foot (the heel raised, at most
// onToesFoot), reaching the leg to it.
func (p *pose) onToes(side int, foot float64) {
	b := p.fk()
	p.reachLeg(&b, side, tuckedToe.Sub(toe.rot(foot)), foot)
}

// handsOnThigh rests both palms on top of the near thigh, fingers along it,
// the near hand nearer the knee.
func (p *pose) handsOnThigh() {
	b := p.fk()
	l := &b.legs[near]
	along := l.knee.Sub(l.hip)
	hand := frameAngle(along)
	up := Vec{1, 0}.rot(l.thigh) // the front of the thigh, its top when raised
	for s, at := range [2]float64{0.72, 0.5} {
		palm := l.hip.Add(along.Scale(at)).Add(up.Scale(9))
		p.reachArm(&b, s, palm.Sub(handPalm.rot(hand)), hand)
	}
}

// frontFootX is where the near ankle lands as the figure steps forward to
// kneel: just under the front knee when the far knee is down.
var frontFootX = halfKneelHip().X + 40

// halfKneelThigh is the far (kneeling) thigh's frame angle in the
// half-kneel: the hips a little ahead of the knee.
var halfKneelThigh = deg(6)

// halfKneelHip returns the hip joint in the half-kneel.
func halfKneelHip() Vec { return Vec{kneeX, kneeY}.Sub(Vec{0, thighLen}.rot(halfKneelThigh)) }

// standReadyPose stands where standPose does, feet in the same places,
// with the knees soft, as the figure passes through standing between the
// chair and the mat: a held foot then needs no leg straighter than inverse
// kinematics reaches, so that the legs do not jump as the feet that are
// held change over.
func standReadyPose() pose {
	s := standPose()
	sb := s.fk()
	var p pose
	spineKey{pelvis: 4, spine: [5]float64{4, -5, -5, 5, 8}, neck: 16, head: 2}.apply(&p)
	p.root = s.root.Add(Vec{-2, 1.6})
	b := p.fk()
	p.reachLeg(&b, near, sb.legs[near].ankle, sb.legs[near].foot)
	p.reachLeg(&b, far, sb.legs[far].ankle, sb.legs[far].foot)
	p.hangArms(-6, 2, 18)
	return p
}

// stepPose is the near foot's step forward from standing, in the air:
// the near knee raised, the far heel lifting as the weight goes forward.
func stepPose() pose {
	var p pose
	spineKey{pelvis: 5, spine: [5]float64{4, -4, -4, 5, 7}, neck: 18, head: 4}.apply(&p)
	p.root = Vec{26, -88}
	p.onToes(far, deg(16))
	th := deg(-50)
	p.setLeg(near, th, th+deg(78), th+deg(70))
	p.hangArms(-20, 12, 24)
	return p
}

// lungePose has stepped forward: the near foot flat on the mat ahead, the
// far heel up behind, both knees bent, hands on the front thigh.
func lungePose() pose {
	var p pose
	spineKey{pelvis: 12, spine: [5]float64{5, -2, -2, 4, 6}, neck: 26, head: 10}.apply(&p)
	p.root = Vec{frontFootX - 42, -61}
	p.onToes(far, onToesFoot)
	b := p.fk()
	p.reachLeg(&b, near, Vec{frontFootX, -ankleHeight}, footFlat)
	p.handsOnThigh()
	return p
}

// halfKneelPose kneels on the far knee, the near foot planted ahead with
// the shin upright, hands on the front thigh.
func halfKneelPose() pose {
	var p pose
	spineKey{pelvis: 8, spine: [5]float64{5, -3, -3, 4, 6}, neck: 22, head: 6}.apply(&p)
	p.root = halfKneelHip()
	shin, foot := tuckedFoot(Vec{kneeX, kneeY}, tuckedTop)
	p.setLeg(far, halfKneelThigh, shin, foot)
	b := p.fk()
	p.reachLeg(&b, near, Vec{frontFootX, -ankleHeight}, footFlat)
	p.handsOnThigh()
	return p
}

// kneelLiftPose lifts the near foot off the mat in front of the
// half-kneel, the knee bending and the toes drawn up to clear the mat.
func kneelLiftPose() pose {
	p := halfKneelPose() // the hands stay where they were
	th, shin := deg(-100), deg(-100+138)
	p.setLeg(near, th, shin, shin)
	return p
}

// kneelSwingPose is between the half-kneel and kneeling on both knees:
// the near foot has left the mat in front, the knee bending deep so that
// the foot clears the mat as it swings back under the body and the near
// knee comes down beside the far one.
func kneelSwingPose() pose {
	var p pose
	spineKey{pelvis: 10, spine: [5]float64{4, -3, -3, 4, 6}, neck: 26, head: 10}.apply(&p)
	p.root = halfKneelHip()
	shin, foot := tuckedFoot(Vec{kneeX, kneeY}, tuckedTop)
	p.setLeg(far, halfKneelThigh, shin, foot)
	th, shin := deg(-55), deg(-55+155)
	p.setLeg(near, th, shin, shin+deg(25))
	// The arms halfway from the front thigh to hanging at the sides.
	a, b := halfKneelPose(), kneelTallPose()
	for j := jArm; j < jLeg; j++ {
		p.j[j] = (a.j[j] + b.j[j]) / 2
	}
	return p
}

// kneelTallPose kneels tall on both knees, hips nearly over them, the
// toes tucked under: where the near knee comes down beside the far one.
// (Kneeling on the tops of the feet comes with the next move, onto the
// hands or back onto the heels.)
func kneelTallPose() pose {
	var p pose
	spineKey{pelvis: 10, spine: [5]float64{4, -5, -4, 4, 7}, neck: 24, head: 8}.apply(&p)
	thigh := deg(-10)
	p.root = Vec{kneeX, kneeY}.Sub(Vec{0, thighLen}.rot(thigh))
	shin, foot := tuckedFoot(Vec{kneeX, kneeY}, tuckedTop)
	for s := 0; s < 2; s++ {
		p.setLeg(s, thigh, shin, foot)
	}
	p.hangArms(-25, -18, 30)
	return p
}

// sitHeelsPose kneels sitting back on the heels, torso upright, hands on
// the thighs.
func sitHeelsPose() pose {
	var p pose
	spineKey{pelvis: -6, spine: [5]float64{6, -5, -4, 5, 7}, neck: 14, head: 2}.apply(&p)
	p.kneelLegs(childThigh)
	p.hangArms(-24, -20, 62)
	return p
}

// foldPose is halfway from sitting on the heels into Child's Pose: the
// torso folding forward over the thighs, arms reaching ahead above the mat.
func foldPose() pose {
	var p pose
	spineKey{pelvis: 34, spine: [5]float64{12, 10, 8, 6, 5}, neck: 100, head: 96}.apply(&p)
	p.kneelLegs(childThigh)
	chest := p.chestAngle()
	for s := 0; s < 2; s++ {
		p.j[armJoint(s, aShoulder)] = chest + deg(80)
		p.j[armJoint(s, aElbow)] = deg(12)
		p.j[armJoint(s, aWrist)] = deg(10)
	}
	return p
}

// hipsBackPose is halfway between tabletop and Child's Pose: hips sinking
// back towards the heels, hands still planted.
func hipsBackPose() pose {
	var p pose
	k := spineKey{pelvis: 66, spine: [5]float64{8, 6, 6, 5, 4}, neck: 105, head: 100}
	k.apply(&p)
	p.kneelLegs(-34)
	p.swingPelvis(Vec{handX, handY}, armReach)
	k.pelvis = p.j[jPelvis] * 180 / math.Pi
	k.apply(&p)
	p.kneelLegs(-34)
	p.plantHands([2]Vec{{handX, handY}, {handX + 2, handY}}, handFlat)
	return p
}

// sitMidPose is halfway down into (or up out of) the chair: hips back over
// the seat, torso leaning forward, feet where they will rest.
func sitMidPose() pose {
	var p pose
	spineKey{pelvis: 40, spine: [5]float64{4, 0, 0, 3, 4}, neck: 60, head: 30}.apply(&p)
	p.root = Vec{-30, -66}
	p.hangArms(-45, -40, 22)
	p.plantLegs(seatedFeet, footFlat)
	return p
}
