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
// over (standing, or crouching between the chair and the mat), -1 if none.
func routeKeys(prev, cur anim.StretchID) ([]pose, int) {
	start := standPose()
	if prev != "" {
		start = stretchPose(prev, 0)
	}
	end := stretchPose(cur, 0)
	keys := []pose{start}
	stand := -1
	downToKneel := func() {
		keys = append(keys, crouchPose(), kneelToesPose(), kneelTallPose())
	}
	upToCrouch := func() {
		keys = append(keys, kneelToesPose(), crouchPose())
		stand = len(keys) - 1
	}
	leaveFloor := func(id anim.StretchID) {
		if id == anim.CatCow {
			keys = append(keys, stretchPose(anim.CatCow, 0.5), kneelTallPose())
		} else {
			keys = append(keys, foldPose(), sitHeelsPose(), kneelTallPose())
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
		downToKneel()
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
		// Between the mat and the chair the figure rises only to a crouch
		// and sits back (or slides forward off the seat to kneel).
		leaveFloor(prev)
		upToCrouch()
		keys = append(keys, sitMidPose())
	case onMat(cur):
		keys = append(keys, sitMidPose(), crouchPose())
		stand = len(keys) - 1
		keys = append(keys, kneelToesPose(), kneelTallPose())
		enterFloor(cur)
	}
	return append(keys, end), stand
}

// keyEffort is how long, relatively, the move from a to b should take:
// by its largest joint turn or its root travel, whichever is more.
func keyEffort(a, b pose) float64 {
	e := b.root.Sub(a.root).Len() / 28
	for i := range a.j {
		e = math.Max(e, math.Abs(b.j[i]-a.j[i])/deg(42))
	}
	return math.Max(e, 0.45)
}

// newRoute builds the route from prev to cur.
func newRoute(prev, cur anim.StretchID) *route {
	keys, stand := routeKeys(prev, cur)
	r := &route{keys: keys, to: propsOf(cur), from: propsOf(prev)}
	if prev == "" {
		r.from = r.to
	}
	n := len(keys)
	t := make([]float64, n)
	for i := 1; i < n; i++ {
		t[i] = t[i-1] + keyEffort(keys[i-1], keys[i])
	}
	vecs := make([]pvec, n)
	for i := range keys {
		t[i] = routeHold + (1-2*routeHold)*t[i]/t[n-1]
		vecs[i] = keys[i].toVec()
	}
	if n == 1 || t[n-1] == t[0] {
		t[n-1] = t[0] + 1e-9
	}
	r.curve = newHermite(t, vecs)
	r.fadeAt = 0.5
	if stand >= 0 {
		r.fadeAt = t[stand]
	}
	r.contacts = make([][]contact, n-1)
	for i := 0; i < n-1; i++ {
		r.contacts[i] = sharedContacts(&keys[i], &keys[i+1])
	}
	// Where a hand, knee, foot or seat lands or lifts off, the body comes
	// to rest for an instant, so that the contact is soft and the joints
	// that start (or stop) being held do not jerk.
	for i := 1; i < n-1; i++ {
		if !sameContacts(r.contacts[i-1], r.contacts[i]) {
			r.curve.tang[i] = pvec{}
		}
	}
	r.cam = newCameraTrack(r, prev, cur)
	return r
}

// propFade is the width of the props' cross-fade, as a fraction of setup.
const propFade = 0.16

// poseAt returns the route's pose and props at setup fraction f.
func (r *route) poseAt(f float64) (pose, props) {
	u := clamp01(f)
	v := r.curve.eval(u)
	p := v.toPose()
	p.clampToRanges()
	i, _ := r.curve.interval(u)
	p.hold(r.contacts[i])
	p.liftAboveFloor()
	k := smoothstep(ramp(u, r.fadeAt-propFade/2, r.fadeAt+propFade/2))
	pr := props{
		mat:   r.from.mat + (r.to.mat-r.from.mat)*k,
		chair: r.from.chair + (r.to.chair-r.from.chair)*k,
	}
	return p, pr
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
