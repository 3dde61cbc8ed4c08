package figure

import "math"

// Hub postures that the get-into-position moves pass through between the
// stretches: crouching, kneeling, sitting on the heels, sitting down.

// ballOfFoot is the ball of the foot, on the sole, in the foot frame.
var ballOfFoot = Vec{14, ankleHeight}

// onBalls places side's foot standing on its ball at ball (world), heel
// raised so the foot frame has angle foot, and returns the ankle position.
func onBalls(ball Vec, foot float64) Vec { return ball.Sub(ballOfFoot.rot(foot)) }

// crouchPose squats on the balls of the feet where standing left them,
// torso leaning forward, hands reaching ahead for balance.
func crouchPose() pose {
	var p pose
	p.root = Vec{-2, -56}
	spineKey{pelvis: 40, spine: [5]float64{4, 3, 3, 3, 4}, neck: 62, head: 38}.apply(&p)
	p.hangArms(-55, -48, 25)
	foot := deg(40)
	p.plantLegs([2]Vec{onBalls(Vec{ballOfFoot.X, 0}, foot), onBalls(Vec{ballOfFoot.X + 3, 0}, foot)}, foot)
	return p
}

// toesTuckedFoot is the foot frame angle of a foot standing on its toes
// behind a kneeling leg.
var toesTuckedFoot = deg(115)

// kneelToesPose kneels upright-ish with the toes tucked under, as the
// knees first reach the mat from a crouch.
func kneelToesPose() pose {
	var p pose
	spineKey{pelvis: 14, spine: [5]float64{4, -4, -3, 4, 6}, neck: 30, head: 14}.apply(&p)
	thigh := deg(-14)
	// The shin rises from the knee to an ankle held up by the tucked toes.
	toeDrop := toe.rot(toesTuckedFoot).Y
	shin := math.Acos((-toeDrop - kneeY) / shinLen)
	for s := 0; s < 2; s++ {
		p.j[legJoint(s, lHip)] = p.j[jPelvis] - thigh
		p.j[legJoint(s, lKnee)] = shin - thigh
		p.j[legJoint(s, lAnkle)] = shin - toesTuckedFoot
	}
	p.root = Vec{kneeX, kneeY}.Sub(Vec{0, thighLen}.rot(thigh))
	p.hangArms(-25, -18, 30)
	return p
}

// kneelTallPose kneels upright, hips over the knees, tops of the feet on
// the mat.
func kneelTallPose() pose {
	var p pose
	spineKey{pelvis: 2, spine: [5]float64{5, -7, -6, 5, 8}, neck: 14, head: 2}.apply(&p)
	p.kneelLegs(0)
	p.hangArms(-6, 0, 14)
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
