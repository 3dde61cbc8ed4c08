package widget

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/immerse-massage/stretch/anim/figure"
)

// Game draws a Player with Ebiten; it implements ebiten.Game. All the
// routine's logic is in Player; Game only runs it once a frame, draws the
// figure and the pacer, and sizes the canvas.
type Game struct {
	*Player
	canvas canvas
}

// NewGame returns a Game for opts. Without opts.Tones it sounds the breath
// tones with the browser's Web Audio API.
func NewGame(opts Options) *Game {
	if opts.Tones == nil {
		opts.Tones = newTones()
	}
	g := &Game{Player: NewPlayer(opts)}
	// Build every move between the routine's stretches now, while the page
	// is still loading, rather than on the frame a stretch begins.
	figure.Prepare(opts.Config.Stretches)
	g.canvas.init(opts)
	return g
}

// Update runs the player for one frame.
func (g *Game) Update() error {
	g.Player.Update()
	if g.TakeLayoutMoved() {
		g.canvas.invalidateBoxes()
	}
	return nil
}

// Draw paints the figure and the pacer, but only when something changed
// since the last frame: paused, waiting or finished, it draws nothing.
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.Changed() && !g.canvas.changed() {
		return
	}
	g.canvas.draw(screen, g.State())
	g.FrameDrawn()
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
