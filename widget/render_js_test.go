//go:build js

package widget

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// fixedPage is a Page with fixed boxes, for rendering tests.
type fixedPage struct{ boxes Boxes }

func (p fixedPage) Show(View)       {}
func (p fixedPage) Boxes() Boxes    { return p.boxes }
func (p fixedPage) Announce(string) {}

// inkIn counts the pixels inside r of a w-pixel-wide RGBA buffer that are
// noticeably covered (the pacer's pale track ring is not).
func inkIn(buf []byte, w int, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if buf[4*(y*w+x)+3] > 128 {
				n++
			}
		}
	}
	return n
}

// TestFrameDrawsWholeFigure draws a whole phone-sized frame (figure and
// pacer, at device scale 2) and checks that the figure's box holds the same
// picture as the figure drawn alone: nothing of it goes missing when the
// pacer and the rest are drawn in the same frame.
func TestFrameDrawsWholeFigure(t *testing.T) {
	const w, h = 750, 1334
	boxes := Boxes{Figure: Box{14, 58.5, 347, 157.4}, Pacer: Box{14, 262.4, 76, 76}}
	for _, st := range []anim.State{
		anim.NewTimeline(anim.DefaultRoutine()).At(0),
		anim.NewTimeline(anim.DefaultRoutine()).At(20e9),
		anim.NewTimeline(anim.DefaultRoutine()).At(100e9),
	} {
		var c canvas
		c.init(Options{Config: anim.DefaultConfig(), Page: fixedPage{boxes}})
		c.layout(375, 667, 2)
		frame := ebiten.NewImage(w, h)
		c.draw(frame, st)
		full := make([]byte, 4*w*h)
		frame.ReadPixels(full)

		alone := ebiten.NewImage(w, h)
		var f figureRenderer
		f.draw(alone, c.device(boxes.Figure), st, figure.Style{Accent: anim.DefaultAccent})
		only := make([]byte, 4*w*h)
		alone.ReadPixels(only)

		fig := image.Rect(28, 117, 722, 432)
		if got, want := inkIn(full, w, fig), inkIn(only, w, fig); got != want || want == 0 {
			t.Errorf("t=%v: figure pixels in a full frame = %d; drawn alone = %d", st.T, got, want)
		}
	}
}
