package figure

import "math"

// joint indexes one degree of freedom of the figure's skeleton. All are
// angles in radians except where noted; positive values follow the
// anatomical names below.
type joint int

// The skeleton's degrees of freedom. The pelvis is the root: jPelvis is its
// absolute pitch (0 upright, positive tips the top of the pelvis forward);
// every other angle is relative to its parent segment.
const (
	jPelvis  joint = iota
	jSpine0        // lower lumbar on pelvis: + flexion (rounding), - extension
	jSpine1        // upper lumbar
	jSpine2        // lower thoracic
	jSpine3        // middle thoracic
	jSpine4        // upper thoracic
	jNeck          // cervical spine on the upper thoracic: + flexion
	jHead          // head on neck: + nodding down
	jScapula       // shoulder girdle: + protraction (shoulders forward), - retraction
	jArm           // first arm joint; arm joints repeat per side (see armJoint)
)

// Per-arm joints, added to jArm + side*armJoints.
const (
	aShoulder   = iota // + flexion (arm forward and up), - extension
	aElbow             // + flexion
	aWrist             // + extension (back of the hand towards the forearm)
	aSpread            // upper arm out of the side-view plane (abduction): foreshortens it
	aForeSpread        // forearm out of the side-view plane
	armJoints
)

// Per-leg joints, added to jLeg + side*legJoints.
const (
	lHip   = iota // + flexion (thigh forward and up)
	lKnee         // + flexion
	lAnkle        // + dorsiflexion (toes up), - plantarflexion
	legJoints
)

// jLeg is the first leg joint; numJoints counts all degrees of freedom.
const (
	jLeg      = jArm + 2*armJoints
	numJoints = jLeg + 2*legJoints
)

// The two sides of the body as seen in the side view.
const (
	near = 0 // the side facing the viewer
	far  = 1 // the side behind the body
)

func armJoint(side, k int) joint { return jArm + joint(side*armJoints+k) }
func legJoint(side, k int) joint { return jLeg + joint(side*legJoints+k) }

// pose is the skeleton's configuration: the hip joint centre in the world
// and every joint value.
type pose struct {
	root Vec
	j    [numJoints]float64
}

// arm is the computed geometry of one arm.
type arm struct {
	shoulder, elbow, wrist Vec
	// upper, fore and hand are the frame angles of the segments.
	upper, fore, hand float64
	// upperScale and foreScale are the foreshortening (cosine of spread).
	upperScale, foreScale float64
}

// leg is the computed geometry of one leg.
type leg struct {
	hip, knee, ankle  Vec
	thigh, shin, foot float64
}

// body is the world geometry of a pose, from forward kinematics.
type body struct {
	hip    Vec
	pelvis float64
	// spine are the spine joints from lumbosacral (0) to C7 (5); spineAng
	// the frame angles of the five segments between them.
	spine    [6]Vec
	spineAng [5]float64
	neck     float64
	// headPivot is the top of the neck (skull base); head the head frame.
	headPivot Vec
	head      float64
	girdle    Vec // pivot of the shoulder girdle
	arms      [2]arm
	legs      [2]leg
}

// chest returns the frame angle of the upper thoracic segment.
func (b *body) chest() float64 { return b.spineAng[4] }

// toWorld maps a point p of the frame at origin o, angle th to the world.
func toWorld(o Vec, th float64, p Vec) Vec { return o.Add(p.rot(th)) }

// fk computes the body of a pose: forward kinematics.
func (p *pose) fk() body {
	var b body
	b.hip = p.root
	th := p.j[jPelvis]
	b.pelvis = th
	b.spine[0] = toWorld(b.hip, th, lumbosacral)
	for i := 0; i < 5; i++ {
		th += p.j[jSpine0+joint(i)]
		b.spineAng[i] = th
		b.spine[i+1] = toWorld(b.spine[i], th, Vec{0, -spineLen[i]})
	}
	chest := th
	b.neck = chest + p.j[jNeck]
	b.headPivot = toWorld(b.spine[5], b.neck, Vec{0, -neckLen})
	b.head = b.neck + p.j[jHead]
	b.girdle = toWorld(b.spine[5], chest, shoulderRest.Add(Vec{0, -girdleLen}))
	shoulder := toWorld(b.girdle, chest-p.j[jScapula], Vec{0, girdleLen})
	for s := 0; s < 2; s++ {
		a := &b.arms[s]
		a.shoulder = shoulder
		a.upperScale = math.Cos(p.j[armJoint(s, aSpread)])
		a.foreScale = math.Cos(p.j[armJoint(s, aForeSpread)])
		a.upper = chest - p.j[armJoint(s, aShoulder)]
		a.elbow = toWorld(a.shoulder, a.upper, Vec{0, upperArmLen * a.upperScale})
		a.fore = a.upper - p.j[armJoint(s, aElbow)]
		a.wrist = toWorld(a.elbow, a.fore, Vec{0, forearmLen * a.foreScale})
		a.hand = a.fore - p.j[armJoint(s, aWrist)]

		l := &b.legs[s]
		l.hip = b.hip
		l.thigh = b.pelvis - p.j[legJoint(s, lHip)]
		l.knee = toWorld(l.hip, l.thigh, Vec{0, thighLen})
		l.shin = l.thigh + p.j[legJoint(s, lKnee)]
		l.ankle = toWorld(l.knee, l.shin, Vec{0, shinLen})
		l.foot = l.shin - p.j[legJoint(s, lAnkle)]
	}
	return b
}

// sitPoint returns the world position of the sitting bone.
func (b *body) sitPoint() Vec { return toWorld(b.hip, b.pelvis, sitBone) }

// foreheadPoint returns the world position of the forehead contact.
func (b *body) foreheadPoint() Vec { return toWorld(b.headPivot, b.head, forehead.Scale(headScale)) }

// palm returns the world position of side's palm centre.
func (b *body) palm(side int) Vec { a := &b.arms[side]; return toWorld(a.wrist, a.hand, handPalm) }

// heelPoint and toePoint return the world positions of side's heel and toe.
func (b *body) heelPoint(side int) Vec { l := &b.legs[side]; return toWorld(l.ankle, l.foot, heel) }
func (b *body) toePoint(side int) Vec  { l := &b.legs[side]; return toWorld(l.ankle, l.foot, toe) }
