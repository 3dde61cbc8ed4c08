package figure

import (
	"math"

	"github.com/immerse-massage/stretch/anim"
)

// spineKey is the part of a posture that breathing moves: pelvis and spine
// bends, neck and head absolute angles, and the shoulder girdle, in
// degrees.
type spineKey struct {
	pelvis     float64
	spine      [5]float64
	neck, head float64 // absolute frame angles
	scapula    float64
}

// lerpKey blends two spine keys.
func lerpKey(a, b spineKey, t float64) spineKey {
	l := func(x, y float64) float64 { return x + (y-x)*t }
	r := spineKey{pelvis: l(a.pelvis, b.pelvis), neck: l(a.neck, b.neck), head: l(a.head, b.head), scapula: l(a.scapula, b.scapula)}
	for i := range r.spine {
		r.spine[i] = l(a.spine[i], b.spine[i])
	}
	return r
}

// apply sets the pelvis, spine, neck, head and girdle of p from k.
func (k spineKey) apply(p *pose) {
	p.j[jPelvis] = deg(k.pelvis)
	p.setSpine(k.spine[0], k.spine[1], k.spine[2], k.spine[3], k.spine[4])
	p.setNeckHead(k.neck, k.head)
	p.j[jScapula] = deg(k.scapula)
}

// Cat-Cow: on hands and knees. Empty lungs (0) is Cat, full (1) is Cow.
var (
	catKey = spineKey{pelvis: 72, spine: [5]float64{8, 14, 14, 12, 6}, neck: 138, head: 146, scapula: 18}
	cowKey = spineKey{pelvis: 92, spine: [5]float64{-10, -11, -10, -7, -4}, neck: 46, head: 36, scapula: -14}
)

// armReach is the shoulder-to-wrist distance kept by arms that hold the
// body up: nearly straight, elbows soft.
const armReach = 55.4

// catCowPose is Cat-Cow at breath amount a: knees planted under the hips,
// wrists planted under the shoulders.
func catCowPose(a float64) pose {
	var p pose
	k := lerpKey(catKey, cowKey, a)
	k.apply(&p)
	p.root = Vec{kneeX, kneeY - thighLen}
	p.swingPelvis(Vec{handX, handY}, armReach)
	// Keep the head where the key puts it relative to the world.
	k.pelvis = p.j[jPelvis] * 180 / math.Pi
	k.apply(&p)
	p.kneelLegs(0)
	p.plantHands([2]Vec{{handX, handY}, {handX + 2, handY}}, handFlat)
	return p
}

// Child's Pose: hips on heels, torso over the thighs, forehead and arms on
// the mat. The back rises with the inhale (1) and settles with the exhale.
var (
	childLow  = spineKey{pelvis: 62, spine: [5]float64{16, 16, 12, 9, 8}, neck: 122, head: 112, scapula: 10}
	childHigh = spineKey{pelvis: 61, spine: [5]float64{16, 18, 16, 12, 3}, neck: 122, head: 112, scapula: 10}
)

// childThigh is the thigh's frame angle in Child's Pose (hips back over
// the heels).
const childThigh = -62.0

// childForehead is where the forehead rests on the mat: where the
// designed mid-breath posture puts it, dropped onto the mat.
var childForehead = func() Vec {
	var p pose
	lerpKey(childLow, childHigh, 0.5).apply(&p)
	p.kneelLegs(childThigh)
	b := p.fk()
	return Vec{b.foreheadPoint().X, -0.3}
}()

// childPose is Child's Pose at breath amount a.
func childPose(a float64) pose {
	var p pose
	k := lerpKey(childLow, childHigh, a)
	k.apply(&p)
	p.kneelLegs(childThigh)
	b := p.fk()
	p.reachForehead(&b, childForehead)
	p.plantHands([2]Vec{{childHandX, handY}, {childHandX - 0.5, handY}}, handFlat)
	return p
}

// childHandX is where the wrists rest in Child's Pose, a little further
// forward than in Cat-Cow: the hands walk forward as the hips sink back.
const childHandX = handX + 5

// Seated: sitting tall on the chair, feet flat under the knees.
var seatedFeet = [2]Vec{{0, -ankleHeight}, {3, -ankleHeight}}

// Shoulder Blade Squeeze: 1 draws the shoulder blades together (shoulders
// back, chest open), 0 releases.
var (
	squeezeRest = spineKey{pelvis: 3, spine: [5]float64{4, -7, -6, 4, 8}, neck: 12, head: 0, scapula: 6}
	squeezeIn   = spineKey{pelvis: 1, spine: [5]float64{4, -8, -8, 0, 3}, neck: 10, head: -1, scapula: -22}
)

// squeezePose is the Shoulder Blade Squeeze at breath amount a.
func squeezePose(a float64) pose {
	var p pose
	lerpKey(squeezeRest, squeezeIn, a).apply(&p)
	p.anchorSit(Vec{sitX, seatY})
	p.hangArms(-6+10*a, 0+10*a, 24)
	p.plantLegs(seatedFeet, footFlat)
	return p
}

// Upper Back Extension: sitting back against the chair, hands behind the
// head, elbows wide; 1 extends the upper back over the chair back with the
// gaze rising, 0 returns to neutral.
var (
	extendRest = spineKey{pelvis: 2, spine: [5]float64{4, -7, -6, 4, 8}, neck: 12, head: 2, scapula: -4}
	extendOver = spineKey{pelvis: 0, spine: [5]float64{4, -8, -12, -12, -8}, neck: -22, head: -34, scapula: -10}
)

// handsBehindHead is where the wrists rest, in the head frame: at the
// back of the skull, above the neck.
var handsBehindHead = [2]Vec{{-9.5, -12}, {-9.5, -11}}

// Arm spreads for hands behind the head with the elbows wide, radians.
var (
	elbowWideUpper = deg(38)
	elbowWideFore  = deg(62)
)

// extensionPose is the Upper Back Extension at breath amount a.
func extensionPose(a float64) pose {
	var p pose
	lerpKey(extendRest, extendOver, a).apply(&p)
	p.anchorSit(Vec{sitX, seatY})
	p.plantLegs(seatedFeet, footFlat)
	for s := 0; s < 2; s++ {
		p.j[armJoint(s, aSpread)] = elbowWideUpper
		p.j[armJoint(s, aForeSpread)] = elbowWideFore
	}
	b := p.fk()
	for s := 0; s < 2; s++ {
		p.reachArm(&b, s, toWorld(b.headPivot, b.head, handsBehindHead[s].Scale(headScale)), math.NaN())
	}
	return p
}

// stretchPose returns stretch id's pose at breath amount a, clear of the
// floor as the get-into-position moves leave it.
func stretchPose(id anim.StretchID, a float64) pose {
	var p pose
	switch id {
	case anim.CatCow:
		p = catCowPose(a)
	case anim.ShoulderBladeSqueeze:
		p = squeezePose(a)
	case anim.ChildsPose:
		p = childPose(a)
	case anim.UpperBackExtension:
		p = extensionPose(a)
	default:
		p = standPose()
	}
	p.liftAboveFloor()
	return p
}
