package figure

import (
	"sync"

	"github.com/immerse-massage/stretch/anim"
)

// framePad is the margin (cm) the camera keeps around the figure.
const framePad = 11.0

// chairBounds is the chair's extent, far legs included.
var chairBounds = Rect{
	Vec{seatBack - 1.5, backrestTop},
	Vec{seatFront + farChairShift.X, 0},
}

// frameOf returns the padded bounds of pose p with props pr: the figure's
// outline plus, when it is showing, the chair. The mat, which runs on past
// the figure, may be cropped.
func frameOf(p *pose, pr props) Rect {
	d := framePool.get()
	defer framePool.put(d)
	d.reset()
	b := p.fk()
	pal := basePalette
	drawFigure(d, &b, figureLook{pal: &pal})
	r := d.Bounds()
	r.Max.Y = 0 // always show the floor
	if pr.chair > 0 {
		r = r.Union(chairBounds)
	}
	return r.Outset(framePad)
}

// framePool recycles the scratch display lists that frameOf measures. It
// is a typed free list rather than a sync.Pool: putting a *DisplayList in
// an interface would make the linker keep all of DisplayList's exported
// methods (WriteSVG and the SVG writer) in every program that draws, such
// as the player's wasm, because Ebiten links reflection that could call
// them.
var framePool displayListPool

// displayListPool is a free list of display lists, safe for concurrent use.
type displayListPool struct {
	sync.Mutex
	free []*DisplayList
}

// get returns a free display list, or a new one.
func (p *displayListPool) get() *DisplayList {
	p.Lock()
	defer p.Unlock()
	if n := len(p.free); n > 0 {
		d := p.free[n-1]
		p.free = p.free[:n-1]
		return d
	}
	return new(DisplayList)
}

// put returns d to the free list.
func (p *displayListPool) put(d *DisplayList) {
	p.Lock()
	p.free = append(p.free, d)
	p.Unlock()
}

// stretchFrames caches each stretch's framing over its breath cycle.
var stretchFrames struct {
	sync.Mutex
	m map[anim.StretchID]Rect
}

// breathSamples is how many breath amounts are sampled to frame a stretch.
const breathSamples = 16

// stretchFrame returns the padded bounds of stretch id over its whole
// breath cycle (not yet fitted to the view's aspect). For "" it frames
// standing.
func stretchFrame(id anim.StretchID) Rect {
	stretchFrames.Lock()
	defer stretchFrames.Unlock()
	if r, ok := stretchFrames.m[id]; ok {
		return r
	}
	if stretchFrames.m == nil {
		stretchFrames.m = map[anim.StretchID]Rect{}
	}
	r := emptyBounds()
	if id == "" {
		p := standPose()
		r = frameOf(&p, props{})
	} else {
		for i := 0; i <= breathSamples; i++ {
			p := stretchPose(id, float64(i)/breathSamples)
			r = r.Union(frameOf(&p, propsOf(id)))
		}
	}
	stretchFrames.m[id] = r
	return r
}

// fitView grows r to the view's aspect ratio. Extra height goes mostly
// above, so the floor stays near the bottom of the picture.
func (r Rect) fitView() Rect {
	w, h := r.W(), r.H()
	if w < h*ViewAspect {
		d := h*ViewAspect - w
		r.Min.X -= d / 2
		r.Max.X += d / 2
	} else {
		d := w/ViewAspect - h
		r.Min.Y -= d * 0.8
		r.Max.Y += d * 0.2
	}
	return r
}

// cameraTrack is the camera's path through a route: a view per sample,
// each containing the figure, smoothed so that the camera glides, and
// equal to the previous stretch's framing at the start and the next one's
// at the end.
type cameraTrack struct {
	views []Rect
	// all frames every sample of the route and both stretches' framings:
	// the steady view used with reduced motion.
	all Rect
}

// Camera sampling: samples over the route and the half-width of the
// smoothing windows (in samples). 2*camWindow/camSamples must not exceed
// routeHold, so that the track starts and ends exactly on the stretches'
// framings.
const (
	camSamples = 200
	camWindow  = 4
)

// newCameraTrack frames route r from prev to cur.
func newCameraTrack(r *route, prev, cur anim.StretchID) cameraTrack {
	first, last := stretchFrame(prev), stretchFrame(cur)
	if prev == "" {
		first = first.Union(frameOf(&r.keys[0], r.from))
	}
	req := make([]Rect, camSamples+1)
	all := first.Union(last)
	for k := range req {
		f := float64(k) / camSamples
		switch {
		case f <= routeHold:
			req[k] = first
		case f >= 1-routeHold:
			req[k] = last
		default:
			p, pr := r.poseAt(f)
			req[k] = frameOf(&p, pr)
		}
		all = all.Union(req[k])
	}
	win := make([]Rect, len(req))
	for k := range req {
		w := emptyBounds()
		for j := max(0, k-camWindow); j <= min(camSamples, k+camWindow); j++ {
			w = w.Union(req[j])
		}
		win[k] = w
	}
	views := make([]Rect, len(req))
	for k := range req {
		var sum Rect
		n := 0
		for j := max(0, k-camWindow); j <= min(camSamples, k+camWindow); j++ {
			sum.Min = sum.Min.Add(win[j].Min)
			sum.Max = sum.Max.Add(win[j].Max)
			n++
		}
		avg := Rect{sum.Min.Scale(1 / float64(n)), sum.Max.Scale(1 / float64(n))}
		views[k] = avg.fitView()
	}
	// The ends are exactly the stretches' framings.
	views[0], views[camSamples] = first.fitView(), last.fitView()
	return cameraTrack{views: views, all: all.fitView()}
}

// viewAt returns the view at setup fraction f, interpolated between the
// track's samples.
func (c *cameraTrack) viewAt(f float64) Rect {
	x := clamp01(f) * camSamples
	k := int(x)
	if k >= camSamples {
		return c.views[camSamples]
	}
	return c.views[k].Lerp(c.views[k+1], x-float64(k))
}

// viewFor returns the camera framing, DisplayList.View, for state st, of
// aspect ViewAspect. Through a stretch's breaths it is the stretch's own
// framing, steady; during its setup it follows the move's camera track,
// gliding from the previous stretch's framing (or standing's) to this
// one's. With reduced (reduced motion) it is one steady view for the whole
// stretch, setup included, that frames every step of the move and both
// stretches. A state with no valid stretch frames the figure standing.
func viewFor(st anim.State, reduced bool) Rect {
	if !st.ID.Valid() {
		return stretchFrame("").fitView()
	}
	r := routeFor(st.PreviousID, st.ID)
	if reduced {
		return r.cam.all
	}
	if st.Segment == anim.Setup {
		return r.cam.viewAt(st.SetupFraction)
	}
	return stretchFrame(st.ID).fitView()
}
