package widget

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/immerse-massage/stretch/anim"
)

// pacerRenderer draws the breathing pacer.
type pacerRenderer struct {
	path vector.Path
}

// drawCircle draws the pacer as a soft disc inside a pale track ring: the
// disc grows from a small core to fill the ring as the lungs fill
// (st.Amount), stays full on the hold and shrinks on the exhale.
func (p *pacerRenderer) drawCircle(dst *ebiten.Image, box Box, st anim.State, accent anim.Color) {
	cx := float32(box.X + box.W/2)
	cy := float32(box.Y + box.H/2)
	rMax := float32(min(box.W, box.H) / 2)
	rMin := rMax * 0.46
	r := rMin + (rMax-rMin)*float32(clamp01(st.Amount))
	ring := max(1, rMax/48)

	p.circle(dst, cx, cy, rMax, withAlpha(accent, 0.12))
	p.band(dst, cx, cy, rMax, ring, withAlpha(accent, 0.35))
	p.circle(dst, cx, cy, r, withAlpha(accent, 0.28))
	p.circle(dst, cx, cy, r*0.88, darker(accent, 0.82))
}

// circle fills a circle of radius r, antialiased: the same path and
// options as vector.FillCircle with antialias on, without also linking its
// triangle-fan code for drawing without antialiasing, which the pacer never
// uses.
func (p *pacerRenderer) circle(dst *ebiten.Image, cx, cy, r float32, c color.Color) {
	p.path.Reset()
	p.path.Arc(cx, cy, r, 0, 2*math.Pi, vector.Clockwise)
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.FillPath(dst, &p.path, nil, op)
}

// band fills the ring between radii r-width and r, antialiased, as a
// filled shape whose inner circle winds the other way, leaving a hole
// under the default non-zero rule: the even-odd rule would cost the first
// frame one more shader to compile, and every frame a batch of its own.
// It is not a stroked circle: Ebiten's StrokePath of a thin closed circle
// with round joins queued about 130 MB of triangles at a 1280x800 layout
// (1.3 px wide), which the player's memory kept.
func (p *pacerRenderer) band(dst *ebiten.Image, cx, cy, r, width float32, c color.Color) {
	p.path.Reset()
	p.path.Arc(cx, cy, r, 0, 2*math.Pi, vector.Clockwise)
	p.path.Close()
	inner := max(0, r-width)
	p.path.MoveTo(cx+inner, cy)
	p.path.Arc(cx, cy, inner, 2*math.Pi, 0, vector.CounterClockwise)
	p.path.Close()
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.FillPath(dst, &p.path, nil, op)
}

// drawBar draws the pacer for reduced motion: a rounded track that fills
// from the left as the lungs fill, with the same timing as the circle.
func (p *pacerRenderer) drawBar(dst *ebiten.Image, box Box, st anim.State, accent anim.Color) {
	h := float32(box.H)
	x, y, w := float32(box.X), float32(box.Y), float32(box.W)
	p.roundedBar(dst, x, y, w, h, withAlpha(accent, 0.22))
	fill := w * float32(clamp01(st.Amount))
	if fill >= 1 {
		p.roundedBar(dst, x, y, max(fill, h), h, darker(accent, 0.82))
	}
}

// roundedBar fills a bar of height h with fully rounded ends.
func (p *pacerRenderer) roundedBar(dst *ebiten.Image, x, y, w, h float32, c color.Color) {
	r := h / 2
	p.path.Reset()
	p.path.MoveTo(x+r, y)
	p.path.LineTo(x+w-r, y)
	p.path.Arc(x+w-r, y+r, r, -math.Pi/2, math.Pi/2, vector.Clockwise)
	p.path.LineTo(x+r, y+h)
	p.path.Arc(x+r, y+r, r, math.Pi/2, 3*math.Pi/2, vector.Clockwise)
	p.path.Close()
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.FillPath(dst, &p.path, nil, op)
}

// withAlpha returns c at opacity a (0-1), premultiplied as Ebiten expects.
func withAlpha(c anim.Color, a float64) color.Color {
	a = clamp01(a) * float64(c.A) / 255
	return color.RGBA{
		R: uint8(math.Round(float64(c.R) * a)),
		G: uint8(math.Round(float64(c.G) * a)),
		B: uint8(math.Round(float64(c.B) * a)),
		A: uint8(math.Round(255 * a)),
	}
}

// darker returns c, opaque, with each channel scaled by k (0-1).
func darker(c anim.Color, k float64) color.Color {
	return color.RGBA{
		R: uint8(math.Round(float64(c.R) * k)),
		G: uint8(math.Round(float64(c.G) * k)),
		B: uint8(math.Round(float64(c.B) * k)),
		A: 255,
	}
}

func clamp01(x float64) float64 {
	if !(x > 0) {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}
