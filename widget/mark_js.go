//go:build js

package widget

import (
	"syscall/js"
	"time"
)

func init() { mark = Mark }

// ExposeFrameCosts records what each drawn frame of g costs in Go (its
// Update and Draw, in ms), the last 2000 of them, and lets the page read
// them with window.stretchPlayerFrames(), and where the last frame drew
// the figure with window.stretchPlayerFigure() ([x, y, width, height] in
// CSS pixels): for the bench and the layout tests, which ask for it with
// bench=1 in the player's address.
func ExposeFrameCosts(g *Game) {
	const keep = 2000
	var costs []any
	g.MeasureFrames(func(update, draw time.Duration) {
		if len(costs) == keep {
			costs = costs[1:]
		}
		costs = append(costs, []any{float64(update.Microseconds()) / 1000, float64(draw.Microseconds()) / 1000})
	})
	js.Global().Set("stretchPlayerFrames", js.FuncOf(func(this js.Value, args []js.Value) any {
		return append([]any(nil), costs...)
	}))
	js.Global().Set("stretchPlayerFigure", js.FuncOf(func(this js.Value, args []js.Value) any {
		b := g.FigureBounds()
		return []any{b.X, b.Y, b.W, b.H}
	}))
}

// Mark puts "stretch:"+name on the page's performance timeline, so that
// the bench can tell where the player's start-up goes. It is called a few
// times at start-up, never per frame.
func Mark(name string) {
	perf := js.Global().Get("performance")
	if perf.Truthy() {
		perf.Call("mark", "stretch:"+name)
	}
}
