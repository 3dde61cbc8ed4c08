package widget

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// figureRenderer draws package figure's display list with ebiten/vector,
// anti-aliased, fitting the list's view into a box.
type figureRenderer struct {
	scene figure.DisplayList
	path  vector.Path
	fill  vector.DrawPathOptions
	// drawn, when measuring, is where the last frame's shapes went, in
	// device pixels.
	measure bool
	drawn   Box
}

// draw renders the figure for st into box (device pixels), keeping the
// view's aspect ratio and centring it.
func (f *figureRenderer) draw(dst *ebiten.Image, box Box, st anim.State, style figure.Style) {
	figure.AppendScene(&f.scene, st, style)
	view := f.scene.View
	if view.W() <= 0 || view.H() <= 0 {
		return
	}
	s := min(box.W/view.W(), box.H/view.H())
	ox := box.X + (box.W-view.W()*s)/2 - view.Min.X*s
	oy := box.Y + (box.H-view.H()*s)/2 - view.Min.Y*s
	tx := func(v figure.Vec) (float32, float32) { return float32(v.X*s + ox), float32(v.Y*s + oy) }
	if f.measure {
		b := f.scene.Bounds()
		f.drawn = Box{b.Min.X*s + ox, b.Min.Y*s + oy, b.W() * s, b.H() * s}
	}

	for i := range f.scene.Shapes {
		sh := &f.scene.Shapes[i]
		f.path.Reset()
		out := sh.Outline()
		k := 0
		for _, verb := range out.Verbs {
			switch verb {
			case figure.MoveTo:
				x, y := tx(out.Pts[k])
				f.path.MoveTo(x, y)
				k++
			case figure.LineTo:
				x, y := tx(out.Pts[k])
				f.path.LineTo(x, y)
				k++
			case figure.QuadTo:
				x1, y1 := tx(out.Pts[k])
				x2, y2 := tx(out.Pts[k+1])
				f.path.QuadTo(x1, y1, x2, y2)
				k += 2
			case figure.CubicTo:
				x1, y1 := tx(out.Pts[k])
				x2, y2 := tx(out.Pts[k+1])
				x3, y3 := tx(out.Pts[k+2])
				f.path.CubicTo(x1, y1, x2, y2, x3, y3)
				k += 3
			case figure.Close:
				f.path.Close()
			}
		}
		if sh.Fill.A > 0 {
			f.fill = vector.DrawPathOptions{AntiAlias: true}
			f.fill.ColorScale.ScaleWithColor(premultiplied(sh.Fill))
			vector.FillPath(dst, &f.path, nil, &f.fill)
		}
		if sh.Stroke.A > 0 && sh.StrokeWidth > 0 {
			f.fill = vector.DrawPathOptions{AntiAlias: true}
			f.fill.ColorScale.ScaleWithColor(premultiplied(sh.Stroke))
			vector.StrokePath(dst, &f.path, &vector.StrokeOptions{
				Width:    float32(sh.StrokeWidth * s),
				LineCap:  vector.LineCapRound,
				LineJoin: vector.LineJoinRound,
			}, &f.fill)
		}
	}
}

// premultiplied converts an anim colour to the premultiplied form Ebiten's
// colour scales expect.
func premultiplied(c anim.Color) color.Color {
	return withAlpha(anim.Color{R: c.R, G: c.G, B: c.B, A: 255}, float64(c.A)/255)
}
