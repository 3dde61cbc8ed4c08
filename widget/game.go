package widget

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// Game draws a Player with Ebiten; it implements ebiten.Game. All the
// routine's logic is in Player; Game only runs it once a frame, draws the
// figure and the pacer, and sizes the canvas.
type Game struct {
	*Player
	canvas canvas
	// stretches and prepared say which moves between stretches are built:
	// the first before the first frame, the others one a frame after it.
	stretches []anim.StretchID
	prepared  int
	// costs, when set, is told the time each drawn frame's Update and
	// Draw took, for the bench.
	costs      func(update, draw time.Duration)
	updateCost time.Duration
	first      bool // the first frame has been drawn
}

// NewGame returns a Game for opts. Without opts.Tones it sounds the breath
// tones with the browser's Web Audio API.
func NewGame(opts Options) *Game {
	if opts.Tones == nil {
		opts.Tones = newTones()
	}
	g := &Game{Player: NewPlayer(opts), stretches: opts.Config.Stretches}
	// The first frame needs only the first move (from standing); the
	// others are built after it, one a frame (see Update), rather than on
	// the frame a stretch begins.
	g.prepareNext()
	g.canvas.init(opts)
	return g
}

// FigureBounds returns where the last frame drew the figure and its props,
// in CSS pixels (after MeasureFrames).
func (g *Game) FigureBounds() Box {
	d, s := g.canvas.figure.drawn, g.canvas.scale
	return Box{d.X / s, d.Y / s, d.W / s, d.H / s}
}

// MeasureFrames asks g to tell costs what each drawn frame's Update and
// Draw took.
func (g *Game) MeasureFrames(costs func(update, draw time.Duration)) {
	g.costs = costs
	g.canvas.figure.measure = true
}

// prepareNext builds the next move between stretches not yet built.
func (g *Game) prepareNext() {
	if g.prepared < len(g.stretches) {
		g.prepared++
		figure.Prepare(g.stretches[:g.prepared])
	}
}

// Update runs the player for one frame.
func (g *Game) Update() error {
	start := time.Now()
	g.Player.Update()
	if g.TakeLayoutMoved() {
		g.canvas.invalidateBoxes()
	}
	if g.first {
		g.prepareNext()
	}
	g.updateCost = time.Since(start)
	return nil
}

// Draw paints the figure and the pacer, but only when something changed
// since the last frame: paused, waiting or finished, it draws nothing.
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.Changed() && !g.canvas.changed() {
		return
	}
	start := time.Now()
	g.canvas.draw(screen, g.State())
	g.FrameDrawn()
	if !g.first {
		g.first = true
		mark("first-frame")
	}
	if g.costs != nil {
		g.costs(g.updateCost, time.Since(start))
	}
}

// Layout returns the screen size in device pixels, so the canvas is crisp on
// high-density screens.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	return g.canvas.layout(outsideWidth, outsideHeight, ebiten.Monitor().DeviceScaleFactor())
}

// Idle reports whether the frame loop may sleep: the player is idle and its
// last picture is on screen.
func (g *Game) Idle() bool {
	return g.Player.Idle() && !g.Changed() && !g.canvas.changed()
}
