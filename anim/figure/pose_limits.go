package figure

import "math"

// jointRange is the range of a degree of freedom, in degrees.
type jointRange struct{ min, max float64 }

// jointRanges are the ranges of healthy adult motion that every pose must
// stay within (after Kapandji and the AAOS tables; the spine's range is
// shared among its segments). The shoulder's is measured from the upper
// thoracic segment, which in Child's Pose slopes some 20° more steeply than
// the trunk as a whole, so the textbook 180° of elevation against the
// trunk reads as up to 200° here. The ankle's plantarflexion includes the
// midfoot, as when kneeling on the tops of the feet; the pelvis, the root,
// is an absolute pitch and only bounded to catch nonsense.
var jointRanges = [numJoints]jointRange{
	jPelvis:  {-30, 110},
	jSpine0:  {-15, 22},
	jSpine1:  {-15, 22},
	jSpine2:  {-15, 20},
	jSpine3:  {-15, 18},
	jSpine4:  {-15, 15},
	jNeck:    {-45, 50},
	jHead:    {-35, 30},
	jScapula: {-25, 25},

	jArm + aShoulder:   {-60, 200},
	jArm + aElbow:      {-5, 150},
	jArm + aWrist:      {-80, 90},
	jArm + aSpread:     {0, 90},
	jArm + aForeSpread: {0, 90},

	jArm + armJoints + aShoulder:   {-60, 200},
	jArm + armJoints + aElbow:      {-5, 150},
	jArm + armJoints + aWrist:      {-80, 90},
	jArm + armJoints + aSpread:     {0, 90},
	jArm + armJoints + aForeSpread: {0, 90},

	jLeg + lHip:   {-25, 140},
	jLeg + lKnee:  {-5, 160},
	jLeg + lAnkle: {-80, 40},

	jLeg + legJoints + lHip:   {-25, 140},
	jLeg + legJoints + lKnee:  {-5, 160},
	jLeg + legJoints + lAnkle: {-80, 40},
}

// clampToRanges keeps every joint of p within jointRanges, against the
// small overshoot of a spline between keys.
func (p *pose) clampToRanges() {
	for i, r := range jointRanges {
		p.j[i] = math.Max(deg(r.min), math.Min(deg(r.max), p.j[i]))
	}
}

// jointNames name the degrees of freedom in test messages.
var jointNames = [numJoints]string{
	"pelvis", "spine0", "spine1", "spine2", "spine3", "spine4", "neck", "head", "scapula",
	"near shoulder", "near elbow", "near wrist", "near arm spread", "near forearm spread",
	"far shoulder", "far elbow", "far wrist", "far arm spread", "far forearm spread",
	"near hip", "near knee", "near ankle", "far hip", "far knee", "far ankle",
}
