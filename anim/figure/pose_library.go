package figure

import "math"

// deg converts degrees to radians.
func deg(d float64) float64 { return d * math.Pi / 180 }

// World layout, centimetres. The figure faces +x. Standing starts at the
// origin; the mat stretches ahead of it and the chair stands behind it.
const (
	// standingHip is the hip joint's height when standing tall.
	standingHip = thighLen + shinLen + ankleHeight
	// kneeX is where the knees rest on the mat, kneeY the knee joint's
	// height there (the knee's own radius above the floor). Kneeling with
	// the toes tucked under, the toes are a shin and a foot behind the
	// knees: where standing puts the far foot's toes (see tuckedToe).
	kneeX = 78.0
	kneeY = -5.9
	// handX is where the wrists rest on the mat in Cat-Cow and Child's
	// Pose; handY is the wrist joint's height above the floor.
	handX = kneeX + 53
	handY = -3.2
	// seatY is the top of the chair seat, seatFront/seatBack its edges;
	// backrestTop and backrestFront locate the top front edge of the chair
	// back.
	seatY         = -43.0
	seatFront     = -16.0
	seatBack      = -58.0
	backrestTop   = -87.0
	backrestFront = seatBack + 1.5
)

// sitX is where the sitting bones rest on the seat.
const sitX = -40.8

// setSpine sets the five spine bends, in degrees.
func (p *pose) setSpine(a, b, c, d, e float64) {
	p.j[jSpine0], p.j[jSpine1], p.j[jSpine2], p.j[jSpine3], p.j[jSpine4] = deg(a), deg(b), deg(c), deg(d), deg(e)
}

// hangArms lets both arms hang from the shoulders at absolute frame
// angles near and far (degrees; 0 straight down, + behind) with the
// elbows bent by elbow degrees. It needs the chest angle, so call it after
// the spine and pelvis are set.
func (p *pose) hangArms(nearAng, farAng, elbow float64) {
	chest := p.j[jPelvis]
	for i := jSpine0; i <= jSpine4; i++ {
		chest += p.j[i]
	}
	for s, a := range [2]float64{nearAng, farAng} {
		p.j[armJoint(s, aShoulder)] = chest - deg(a)
		p.j[armJoint(s, aElbow)] = deg(elbow)
		p.j[armJoint(s, aWrist)] = 0
	}
}

// chestAngle returns the frame angle of the upper thoracic segment.
func (p *pose) chestAngle() float64 {
	th := p.j[jPelvis]
	for i := jSpine0; i <= jSpine4; i++ {
		th += p.j[i]
	}
	return th
}

// setNeckHead sets the neck and head so that their frames have the
// absolute angles neck and head (degrees).
func (p *pose) setNeckHead(neck, head float64) {
	p.j[jNeck] = deg(neck) - p.chestAngle()
	p.j[jHead] = deg(head - neck)
}

// standPose is the relaxed standing posture, ankles at x = 0.
func standPose() pose {
	var p pose
	p.root = Vec{0, -standingHip}
	p.j[jPelvis] = 0
	p.setSpine(4, -5, -5, 5, 8)
	p.setNeckHead(14, 0)
	p.hangArms(-2, 4, 12)
	// The far foot a little ahead, flat on the floor, where it rests when
	// sitting.
	hip := math.Asin(seatedFeet[far].X / (thighLen + shinLen))
	p.j[legJoint(far, lHip)] = hip
	p.j[legJoint(far, lAnkle)] = -hip
	return p
}

// plantLegs sets both legs by IK so the ankles land on targets (near,
// far) with the feet at frame angle foot.
func (p *pose) plantLegs(targets [2]Vec, foot float64) {
	b := p.fk()
	for s := 0; s < 2; s++ {
		p.reachLeg(&b, s, targets[s], foot)
	}
}

// plantHands sets both arms by IK so the wrists land on targets with the
// hands at frame angle hand.
func (p *pose) plantHands(targets [2]Vec, hand float64) {
	b := p.fk()
	for s := 0; s < 2; s++ {
		p.reachArm(&b, s, targets[s], hand)
	}
}

// anchorSit moves the root so that the sitting bone rests at seat point s.
func (p *pose) anchorSit(s Vec) {
	p.root = s.Sub(sitBone.rot(p.j[jPelvis]))
}

// handFlat is the hand frame angle of a hand lying palm down on the floor,
// fingers forward.
var handFlat = deg(-90)

// footFlat is the foot frame angle of a foot standing flat.
const footFlat = 0.0

// kneelLegs bends side's leg for kneeling: the knee on the mat at
// (kneeX, kneeY) with the thigh at absolute frame angle thigh (degrees,
// 0 = vertical, - = hips behind the knees), the shin lying back along the
// floor and the foot's top flat on the mat. It needs the pelvis angle.
func (p *pose) kneelLegs(thigh float64) {
	for s := 0; s < 2; s++ {
		p.j[legJoint(s, lHip)] = p.j[jPelvis] - deg(thigh)
		p.j[legJoint(s, lKnee)] = kneelShin - deg(thigh)
		p.j[legJoint(s, lAnkle)] = kneelShin - kneelFoot
	}
	p.root = Vec{kneeX, kneeY}.Sub(Vec{0, thighLen}.rot(deg(thigh)))
}

// kneelShin and kneelFoot are the frame angles of a shin lying on the
// floor behind its knee and of a foot lying on its top, toes pointing
// back. kneelShin lifts the ankle just enough for the foot to fit.
var (
	kneelShin = deg(90) + math.Asin((kneeY-kneelAnkleY)/shinLen)
	kneelFoot = deg(154)
)

// kneelAnkleY is the ankle joint's height when the foot lies on its top.
const kneelAnkleY = -6.2
