package figure

// figureHeight is the standing height of the figure in centimetres.
const figureHeight = 170.0

// Segment lengths as fractions of standing height, after Drillis &
// Contini (1966) as tabled in Winter, Biomechanics and Motor Control of
// Human Movement: upper arm 0.186, forearm 0.146, hand 0.108, thigh 0.245,
// shank 0.246, foot 0.152 long, ankle 0.039 high, shoulder 0.818 high,
// chin 0.870 high. The spine and neck, which the table lumps into the trunk,
// are split into segments so that their sum spans the trunk between the
// lumbosacral joint and the skull base.
const (
	upperArmLen = 0.186 * figureHeight // 31.6
	forearmLen  = 0.146 * figureHeight // 24.8
	thighLen    = 0.245 * figureHeight // 41.7
	shinLen     = 0.246 * figureHeight // 41.8
	footLen     = 0.152 * figureHeight // 25.8
	ankleHeight = 0.039 * figureHeight // 6.6
	neckLen     = 10.5
)

// spineLen are the lengths of the five spine segments, pelvis upwards:
// lower lumbar, upper lumbar, lower, middle and upper thoracic.
var spineLen = [5]float64{9, 9, 10, 10, 10}

// The following points are fixed in the frame of their segment (x forward,
// y down, origin at the segment's proximal joint, upright when the frame
// angle is 0).
var (
	// lumbosacral is where the spine leaves the pelvis, relative to the hip
	// joint centre in the pelvis frame.
	lumbosacral = Vec{-5, -7.5}
	// shoulderRest is the glenohumeral joint relative to C7 in the frame of
	// the upper thoracic segment, with the shoulder blades neutral.
	shoulderRest = Vec{3.5, 6.5}
	// handPalm is the centre of the palm relative to the wrist in the hand
	// frame.
	handPalm = Vec{0, 8}
	// heel and toe are the back of the heel and the tip of the big toe,
	// sole level, relative to the ankle in the foot frame.
	heel = Vec{-6, ankleHeight}
	toe  = Vec{footLen - 6, ankleHeight - 0.5}
	// instep is the front of the ankle on top of the foot, which rests on
	// the mat when kneeling, relative to the ankle in the foot frame.
	instep = Vec{8, -1.5}
)

// girdleLen is the distance from the virtual pivot of the shoulder girdle
// to the shoulder joint; turning the girdle by the scapula angle slides the
// shoulder forward (protraction) or back (retraction) by a few centimetres.
const girdleLen = 10.0
