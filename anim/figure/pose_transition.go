package figure

import (
	"math"
	"sync"

	"github.com/immerse-massage/stretch/anim"
)

// props says how visible each prop is, from 0 (absent) to 1.
type props struct{ mat, chair float64 }

// propsOf returns the props stretch id needs.
func propsOf(id anim.StretchID) props {
	switch id {
	case anim.CatCow, anim.ChildsPose:
		return props{mat: 1}
	case anim.ShoulderBladeSqueeze, anim.UpperBackExtension:
		return props{chair: 1}
	}
	return props{}
}

// onMat reports whether stretch id is done on the mat.
func onMat(id anim.StretchID) bool { return id == anim.CatCow || id == anim.ChildsPose }

// A route is the get-into-position move from one posture to a stretch's
// starting pose: keyframes through hub postures, timed by how far each step
// moves, interpolated smoothly, with every contact that two consecutive
// keys share (a planted foot, knee, hand, sitting bone or forehead) held in
// place between them by inverse kinematics.
type route struct {
	keys     []pose
	curve    hermite
	contacts [][]contact // per key interval
	from, to props
	// fadeAt is when the props cross-fade, if they change.
	fadeAt float64
	cam    cameraTrack
}

// routeHold is the fraction of the setup at each end where the figure
// rests: a beat to read the first step before moving, and a beat in the
// pose before the first breath.
const routeHold = 0.04

// routeKeys lists the keyframes from prev's starting pose (standing if
// prev is "") to cur's, and the index of the key where the props change
// over (standing, between the chair and the mat), -1 if none.
//
// Down to the mat from standing the figure steps forward with the near
// foot into a lunge, lowers the far knee to the mat (a half-kneel, hands
// on the front thigh), lifts the near foot and swings it back under the
// body to bring the near knee down beside the far one, and kneels tall on
// tucked toes; from there it puts its hands down (Cat-Cow) or sits back
// on its heels and folds forward (Child's Pose). Up from the mat it does
// the same in reverse, stepping the front foot back to stand.
func routeKeys(prev, cur anim.StretchID) ([]pose, int) {
	start := standPose()
	if prev != "" {
		start = stretchPose(prev, 0)
	}
	end := stretchPose(cur, 0)
	keys := []pose{start}
	stand := -1
	kneelDown := func() {
		keys = append(keys, stepPose(), lungePose(), halfKneelPose(), kneelLiftPose(), kneelSwingPose(), kneelTallPose())
	}
	standUp := func() {
		keys = append(keys, kneelTallPose(), kneelSwingPose(), kneelLiftPose(), halfKneelPose(), lungePose(), stepPose(), standReadyPose())
		stand = len(keys) - 1
	}
	leaveFloor := func(id anim.StretchID) {
		if id == anim.CatCow {
			keys = append(keys, stretchPose(anim.CatCow, 0.5))
		} else {
			keys = append(keys, foldPose(), sitHeelsPose())
		}
	}
	enterFloor := func(id anim.StretchID) {
		if id == anim.CatCow {
			keys = append(keys, stretchPose(anim.CatCow, 0.5))
		} else {
			keys = append(keys, sitHeelsPose(), foldPose())
		}
	}
	switch {
	case prev == cur:
	case prev == "" && onMat(cur):
		stand = 0
		kneelDown()
		enterFloor(cur)
	case prev == "":
		stand = 0
		keys = append(keys, sitMidPose())
	case onMat(prev) && onMat(cur):
		if prev == anim.CatCow {
			keys = append(keys, stretchPose(anim.CatCow, 0.5), hipsBackPose())
		} else {
			keys = append(keys, hipsBackPose(), stretchPose(anim.CatCow, 0.5))
		}
	case onMat(prev):
		// Up from the mat, the figure stands in front of the chair and
		// sits down.
		leaveFloor(prev)
		standUp()
		keys = append(keys, sitMidPose())
	case onMat(cur):
		// Up from the chair, the figure stands and steps forward onto the
		// mat to kneel.
		keys = append(keys, sitMidPose(), standReadyPose())
		stand = len(keys) - 1
		kneelDown()
		enterFloor(cur)
	}
	return append(keys, end), stand
}

// Effort units: a move's effort is its largest joint turn in units of
// effortTurn or its root travel in units of effortTravel, whichever is
// more, and at least minEffort.
const (
	effortTurn   = 42 * math.Pi / 180
	effortTravel = 28.0 // cm
	minEffort    = 0.45
)

// keyEffort is how long, relatively, the move from a to b should take:
// by its largest joint turn or its root travel, whichever is more.
func keyEffort(a, b pose) float64 {
	e := b.root.Sub(a.root).Len() / effortTravel
	for i := range a.j {
		e = math.Max(e, math.Abs(b.j[i]-a.j[i])/effortTurn)
	}
	return math.Max(e, minEffort)
}

// heldEffort is how long, relatively, key interval i of r should take, by
// how fast its joints and root actually move at their fastest once the
// contacts are held, which inverse kinematics can make faster than the
// keys alone suggest: the peak rate over the interval, divided by the
// peak rate of an eased move between keys (1.5 times its average), in
// effort units.
func (r *route) heldEffort(i int) float64 {
	const steps = 32
	t0, t1 := r.curve.t[i], r.curve.t[i+1]
	e := 0.0
	var last pose
	for k := 0; k <= steps; k++ {
		p, _ := r.poseAt(t0 + (t1-t0)*float64(k)/steps)
		if k > 0 {
			e = math.Max(e, p.root.Sub(last.root).Len()*steps/1.5/effortTravel)
			for j := range p.j {
				e = math.Max(e, math.Abs(p.j[j]-last.j[j])*steps/1.5/effortTurn)
			}
		}
		last = p
	}
	return e
}

// newRoute builds the route from prev to cur. Each key interval takes a
// share of the setup by its effort: that of its keys, or of its held
// motion where that is more.
func newRoute(prev, cur anim.StretchID) *route {
	keys, stand := routeKeys(prev, cur)
	r := &route{keys: keys, to: propsOf(cur), from: propsOf(prev)}
	if prev == "" {
		r.from = r.to
	}
	n := len(keys)
	effort := make([]float64, n-1)
	for i := range effort {
		effort[i] = keyEffort(keys[i], keys[i+1])
	}
	r.contacts = make([][]contact, n-1)
	for i := 0; i < n-1; i++ {
		r.contacts[i] = sharedContacts(&keys[i], &keys[i+1])
	}
	vecs := make([]pvec, n)
	for i := range keys {
		vecs[i] = keys[i].toVec()
	}
	for pass := 0; ; pass++ {
		t := make([]float64, n)
		for i := 1; i < n; i++ {
			t[i] = t[i-1] + effort[i-1]
		}
		for i := range t {
			t[i] = routeHold + (1-2*routeHold)*t[i]/t[n-1]
		}
		if n == 1 || t[n-1] == t[0] {
			t[n-1] = t[0] + 1e-9
		}
		r.curve = newHermite(t, vecs)
		// Where a hand, knee, foot or seat lands or lifts off, the body
		// comes to rest for an instant, so that the contact is soft and
		// the joints that start (or stop) being held do not jerk.
		for i := 1; i < n-1; i++ {
			if !sameContacts(r.contacts[i-1], r.contacts[i]) {
				r.curve.tang[i] = pvec{}
			}
		}
		if pass == timingPasses || n == 1 {
			break
		}
		// Give the moves that inverse kinematics hurries the time they
		// need.
		for i := range effort {
			effort[i] = math.Max(effort[i], r.heldEffort(i))
		}
	}
	r.fadeAt = 0.5
	if stand >= 0 {
		r.fadeAt = r.curve.t[stand]
	}
	r.cam = newCameraTrack(r, prev, cur)
	return r
}

// timingPasses is how many times newRoute re-times a route by its held
// motion.
const timingPasses = 2

// propFade is how long a prop takes to fade out or in, as a fraction of
// setup. At the key where the figure stands between the chair and the mat
// the prop it leaves fades out first, while the figure stands up, and the
// one it goes to fades in after, so that what the camera frames changes
// smoothly (see drawMat).
const propFade = 0.14

// poseAt returns the route's pose and props at setup fraction f.
func (r *route) poseAt(f float64) (pose, props) {
	u := clamp01(f)
	v := r.curve.eval(u)
	p := v.toPose()
	p.clampToRanges()
	i, _ := r.curve.interval(u)
	p.hold(r.contacts[i])
	p.liftAboveFloor()
	out := smoothstep(ramp(u, r.fadeAt-propFade, r.fadeAt))
	in := smoothstep(ramp(u, r.fadeAt, r.fadeAt+propFade))
	fade := func(from, to float64) float64 {
		if to < from {
			return from + (to-from)*out
		}
		return from + (to-from)*in
	}
	return p, props{mat: fade(r.from.mat, r.to.mat), chair: fade(r.from.chair, r.to.chair)}
}

// routes caches the routes, which are built on first use.
var routes struct {
	sync.Mutex
	m map[[2]anim.StretchID]*route
}

// routeFor returns the cached route from prev to cur.
func routeFor(prev, cur anim.StretchID) *route {
	routes.Lock()
	defer routes.Unlock()
	if routes.m == nil {
		routes.m = map[[2]anim.StretchID]*route{}
	}
	k := [2]anim.StretchID{prev, cur}
	r := routes.m[k]
	if r == nil {
		r = newRoute(prev, cur)
		routes.m[k] = r
	}
	return r
}
