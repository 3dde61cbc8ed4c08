package figure

import "github.com/immerse-massage/stretch/anim"

// Style is how a scene is drawn beyond the routine's state.
type Style struct {
	// Accent colours the highlight of the worked area; the zero Color means
	// anim.DefaultAccent.
	Accent anim.Color
	// ReducedMotion keeps the camera still through each stretch, setup
	// included: it frames everything the stretch's setup and breaths show
	// and only changes when the stretch does.
	ReducedMotion bool
}

// Scene returns the display list of the figure at state st: camera view,
// ground shadow, props, figure, highlight and, for the Shoulder Blade
// Squeeze, the back-view inset. It is cheap enough to call every frame.
func Scene(st anim.State, style Style) DisplayList {
	var d DisplayList
	AppendScene(&d, st, style)
	return d
}

// AppendScene is Scene writing into d, reusing its storage to spare the
// garbage collector: d's previous shapes become invalid.
func AppendScene(d *DisplayList, st anim.State, style Style) {
	d.reset()
	p, pr, glow := figureAt(st)
	pal := basePalette
	pal.accent = style.Accent
	if pal.accent == (anim.Color{}) {
		pal.accent = anim.DefaultAccent
	}
	d.View = viewFor(st, style.ReducedMotion)
	drawScene(d, &p, pr, &pal, glow, insetAlpha(st), st.Amount)
}

// drawScene appends, back to front, the ground shadow, the props, the
// figure in pose p with its highlight at brightness glow, and the back-view
// inset at opacity inset showing breath amount amount.
func drawScene(d *DisplayList, p *pose, pr props, pal *palette, glow, inset, amount float64) {
	b := p.fk()
	drawShadow(d, &b, pal)
	drawMat(d, pal, pr.mat)
	drawChair(d, pal, pr.chair)
	drawFigure(d, &b, figureLook{pal: pal, glow: glow})
	if inset > 0 {
		drawInset(d, pal, inset, amount)
	}
}

// figureAt returns the pose, props and highlight brightness for st.
func figureAt(st anim.State) (pose, props, float64) {
	if !st.ID.Valid() {
		return standPose(), props{}, 0
	}
	if st.Segment == anim.Setup {
		p, pr := routeFor(st.PreviousID, st.ID).poseAt(st.SetupFraction)
		// The highlight fades in as the figure settles into the stretch.
		return p, pr, 0.35 * smoothstep(ramp(st.SetupFraction, 0.7, 1))
	}
	a := clamp01(st.Amount)
	return stretchPose(st.ID, a), propsOf(st.ID), 0.35 + 0.65*a
}

// insetAlpha is how visible the back-view inset is: only for the Shoulder
// Blade Squeeze, fading in through the end of its setup.
func insetAlpha(st anim.State) float64 {
	if st.ID != anim.ShoulderBladeSqueeze {
		return 0
	}
	if st.Segment == anim.Setup {
		return setupInsetAlpha(st.SetupFraction)
	}
	return 1
}

// setupInsetAlpha is the inset's opacity at fraction f of the Shoulder
// Blade Squeeze's setup.
func setupInsetAlpha(f float64) float64 { return smoothstep(ramp(f, 0.88, 1)) }

// Prepare builds and caches everything Scene needs for a routine doing
// stretches in this order: each get-into-position move (the first from
// standing) with its camera path, and each stretch's framing. Building one
// move takes several milliseconds, so a player may call Prepare while it
// loads rather than let the first frame of each stretch pay for it; Scene
// builds whatever is missing on first use either way.
func Prepare(stretches []anim.StretchID) {
	prev := anim.StretchID("")
	for _, id := range stretches {
		if !id.Valid() {
			continue
		}
		routeFor(prev, id)
		stretchFrame(id)
		prev = id
	}
}
