package figure

import (
	"math"
	"sync"

	"github.com/immerse-massage/stretch/anim"
)

// MinViewAspect and MaxViewAspect bound the width/height ratio of every
// DisplayList.View: the range of box shapes, from portrait to wide, that
// the camera frames for. The camera frames what is drawn tightly, then
// widens a narrower framing or heightens a wider one, about its centre, to
// the nearest ratio in this range; a renderer that fits the view into a box
// of a ratio in the range, keeping its aspect ratio and centring it, shows
// the same either way.
const (
	MinViewAspect = 0.8
	MaxViewAspect = 2.4
)

// The camera's margin around everything drawn: framePad centimetres on
// each side, but at most framePadShare of the drawing's extent along that
// axis, so that a low drawing, such as Child's Pose, still spans the box.
const (
	framePad      = 7.0
	framePadShare = 0.05
)

// padded returns r, the bounds of what is drawn, with the camera's margin.
func (r Rect) padded() Rect {
	px := math.Min(framePad, framePadShare*r.W())
	py := math.Min(framePad, framePadShare*r.H())
	return Rect{Vec{r.Min.X - px, r.Min.Y - py}, Vec{r.Max.X + px, r.Max.Y + py}}
}

// fitView widens or heightens r about its centre to the nearest aspect
// ratio in [MinViewAspect, MaxViewAspect].
func (r Rect) fitView() Rect {
	w, h := r.W(), r.H()
	switch {
	case w < h*MinViewAspect:
		d := (h*MinViewAspect - w) / 2
		r.Min.X -= d
		r.Max.X += d
	case w > h*MaxViewAspect:
		d := (w/MaxViewAspect - h) / 2
		r.Min.Y -= d
		r.Max.Y += d
	}
	return r
}

// fitViewAround is fitView for the framing r of a moment of a move, cx
// the centre of the figure: where r only needs widening, the view is
// centred on the figure as far as it can be while containing r, so that a
// prop fading in or out beside a standing figure, inside the widened view
// either way, does not move it.
func (r Rect) fitViewAround(cx float64) Rect {
	w := r.H() * MinViewAspect
	if r.W() >= w {
		return r.fitView()
	}
	lo := math.Max(math.Min(cx-w/2, r.Min.X), r.Max.X-w)
	r.Min.X, r.Max.X = lo, lo+w
	return r
}

// drawnBounds returns the bounds of everything a scene with pose p, props
// pr and the inset at opacity inset draws (shadow, props, figure with its
// highlight, and inset, as drawScene draws them) and the horizontal centre
// of the figure's own bounds.
func drawnBounds(p *pose, pr props, inset float64) (Rect, float64) {
	d := framePool.get()
	defer framePool.put(d)
	d.reset()
	pal := basePalette
	b := p.fk()
	drawShadow(d, &b, &pal)
	drawMat(d, &pal, pr.mat)
	drawChair(d, &pal, pr.chair)
	props := len(d.Shapes)
	drawFigure(d, &b, figureLook{pal: &pal, glow: 1})
	fig := DisplayList{Shapes: d.Shapes[props:]}.Bounds()
	if inset > 0 {
		drawInset(d, &pal, inset, 0)
	}
	return d.Bounds(), fig.Center().X
}

// framePool recycles the scratch display lists that drawnBounds measures. It
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

// stretchFrame returns the padded bounds of everything stretch id draws
// over its whole breath cycle (not yet fitted to the view's aspect). For ""
// it frames standing.
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
		r, _ = drawnBounds(&p, props{}, 0)
	} else {
		for i := 0; i <= breathSamples; i++ {
			st := anim.State{ID: id, Segment: anim.Breathing, SetupFraction: 1, Amount: float64(i) / breathSamples}
			p := stretchPose(id, st.Amount)
			b, _ := drawnBounds(&p, propsOf(id), insetAlpha(st))
			r = r.Union(b)
		}
	}
	r = r.padded()
	stretchFrames.m[id] = r
	return r
}

// cameraTrack is the camera's path through a route: a view per sample,
// each containing everything drawn with its margin, as tight as gliding
// at a bounded, eased speed allows, and equal to the previous stretch's
// framing at the start and the next one's at the end.
type cameraTrack struct {
	views []Rect
	// all frames every sample of the route and both stretches' framings:
	// the steady view used with reduced motion.
	all Rect
}

// Camera sampling and motion: camSamples samples over the route; each
// edge of the view moves at most camRate centimetres from one sample to
// the next (200 cm/s over the shortest setup, 8 s) and turns over
// camWindow samples either side; the camera eases out of the previous
// stretch's framing and into the next one's over camSettle of the setup.
// The stretches' framings hold for routeHold at each end, as the figure
// does.
const (
	camSamples = 200
	camRate    = 8.0
	camWindow  = 1
	camSettle  = 0.08
)

// newCameraTrack frames route r from prev to cur.
func newCameraTrack(r *route, prev, cur anim.StretchID) cameraTrack {
	first, last := stretchFrame(prev), stretchFrame(cur)
	if prev == "" {
		b, _ := drawnBounds(&r.keys[0], r.from, 0)
		first = b.padded()
	}
	req := make([]Rect, camSamples+1)
	all := first.Union(last)
	for k := range req {
		f := float64(k) / camSamples
		switch {
		case f <= routeHold:
			req[k] = first.fitView()
		case f >= 1-routeHold:
			req[k] = last.fitView()
		default:
			p, pr := r.poseAt(f)
			inset := 0.0
			if cur == anim.ShoulderBladeSqueeze {
				inset = setupInsetAlpha(f)
			}
			b, cx := drawnBounds(&p, pr, inset)
			b = b.padded()
			all = all.Union(b)
			// Framing to the view's aspect first spares the camera moves
			// that no box in the range would show.
			b = b.fitViewAround(cx)
			// Ease out of the previous stretch's framing and into the
			// next one's rather than meet them at a corner.
			out := 1 - smoothstep(ramp(f, routeHold, routeHold+camSettle))
			in := smoothstep(ramp(f, 1-routeHold-camSettle, 1-routeHold))
			req[k] = b.Union(b.Lerp(first.fitView(), out)).Union(b.Lerp(last.fitView(), in))
		}
	}
	views := glide(req)
	for k := range views {
		views[k] = views[k].fitView()
	}
	// The ends are exactly the stretches' framings.
	views[0], views[camSamples] = first.fitView(), last.fitView()
	return cameraTrack{views: views, all: all.fitView()}
}

// glide returns a smooth path of views, each containing req at the same
// sample: see ease.
func glide(req []Rect) []Rect {
	n := len(req)
	out := make([]Rect, n)
	g := make([]float64, n)
	for e := 0; e < 4; e++ {
		// Each edge in turn as a lower bound: Min edges as they are, Max
		// edges negated.
		for k, r := range req {
			g[k] = [4]float64{r.Min.X, r.Min.Y, -r.Max.X, -r.Max.Y}[e]
		}
		ease(g)
		for k, v := range g {
			switch e {
			case 0:
				out[k].Min.X = v
			case 1:
				out[k].Min.Y = v
			case 2:
				out[k].Max.X = -v
			default:
				out[k].Max.Y = -v
			}
		}
	}
	return out
}

// ease lowers g, one edge's bound sampled over the route, into a path the
// edge can glide along: the tightest path below g that moves at most
// camRate per sample, lowered to the least of its values within camWindow
// samples either side and then averaged over them, which rounds off its
// corners so that the camera eases into and out of its moves. Each
// average is of values that lie below the centre sample's bound, so the
// result stays below g.
func ease(g []float64) {
	n := len(g)
	for k := 1; k < n; k++ {
		g[k] = math.Min(g[k], g[k-1]+camRate)
	}
	for k := n - 2; k >= 0; k-- {
		g[k] = math.Min(g[k], g[k+1]+camRate)
	}
	low := make([]float64, n)
	for k := range g {
		low[k] = g[k]
		for j := max(0, k-camWindow); j <= min(n-1, k+camWindow); j++ {
			low[k] = math.Min(low[k], g[j])
		}
	}
	for k := range g {
		sum, c := 0.0, 0
		for j := max(0, k-camWindow); j <= min(n-1, k+camWindow); j++ {
			sum += low[j]
			c++
		}
		g[k] = sum / float64(c)
	}
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

// viewFor returns the camera framing, DisplayList.View, for state st: what
// is drawn, with a margin, widened or heightened to an aspect ratio between
// MinViewAspect and MaxViewAspect. Through a stretch's breaths it is the
// stretch's own framing, steady; during its setup it follows the move's
// camera track, gliding from the previous stretch's framing (or
// standing's) to this one's. With reduced (reduced motion) it is one
// steady view for the whole stretch, setup included, that frames every
// step of the move and both stretches. A state with no valid stretch
// frames the figure standing.
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
