package widget

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// canvas draws one frame: the figure in the figure box and the pacer in
// the pacer box, both in device pixels. It keeps track of the canvas size
// and of where the page wants things, and reports when either changed.
type canvas struct {
	page    Page
	accent  anim.Color
	reduced bool

	cssW, cssH int
	scale      float64

	boxes      Boxes
	boxesStale bool
	resized    bool

	figure figureRenderer
	pacer  pacerRenderer
}

func (c *canvas) init(opts Options) {
	c.page = opts.Page
	c.accent = opts.Config.Accent
	c.reduced = opts.ReducedMotion
	c.scale = 1
	c.boxesStale = true
}

// layout records the canvas size in CSS pixels and the device scale, and
// returns the size of the screen image in device pixels.
func (c *canvas) layout(cssW, cssH int, scale float64) (int, int) {
	if !(scale > 0) {
		scale = 1
	}
	if cssW != c.cssW || cssH != c.cssH || scale != c.scale {
		c.cssW, c.cssH, c.scale = cssW, cssH, scale
		c.resized = true
		c.boxesStale = true
	}
	return max(1, int(float64(cssW)*scale+0.5)), max(1, int(float64(cssH)*scale+0.5))
}

// invalidateBoxes asks for the page's boxes again before the next frame.
func (c *canvas) invalidateBoxes() { c.boxesStale = true }

// changed reports whether the canvas must be redrawn for its own reasons
// (a resize or a new layout of the page).
func (c *canvas) changed() bool { return c.resized || c.boxesStale }

// draw paints st on screen.
func (c *canvas) draw(screen *ebiten.Image, st anim.State) {
	if c.boxesStale {
		if c.page != nil {
			c.boxes = c.page.Boxes()
		} else {
			c.boxes = defaultBoxes(float64(c.cssW), float64(c.cssH))
		}
		c.boxesStale = false
	}
	c.resized = false
	screen.Clear()
	if fig := c.device(c.boxes.Figure); !fig.Empty() {
		c.figure.draw(screen, fig, st, figure.Style{Accent: c.accent, ReducedMotion: c.reduced})
	}
	if p := c.device(c.boxes.Pacer); !p.Empty() {
		if c.reduced {
			c.pacer.drawBar(screen, p, st, c.accent)
		} else {
			c.pacer.drawCircle(screen, p, st, c.accent)
		}
	}
}

// device converts a box from CSS to device pixels.
func (c *canvas) device(b Box) Box {
	s := c.scale
	return Box{b.X * s, b.Y * s, b.W * s, b.H * s}
}
