package widget

import "github.com/hajimehoshi/ebiten/v2"

// Run plays g until the page goes away. The canvas is transparent, so the
// page's own background shows through and nothing is letterboxed.
//
// While the routine is idle (waiting to start, paused or ended) the frame
// loop sleeps until g.Wake: in the browser Ebiten requests an animation
// frame every tick, even in its minimum FPS mode, and only after Update
// returns, so waiting inside Update is what stops the loop. `make bench`
// measures what an idle player still costs against a static page.
func Run(g *Game) error {
	ebiten.SetWindowTitle("Upper back mobility")
	ebiten.SetScreenClearedEveryFrame(false)
	return ebiten.RunGameWithOptions(&sleepingLoop{g}, &ebiten.RunGameOptions{ScreenTransparent: true})
}

// sleepingLoop runs a Game and sleeps between frames while it is idle.
type sleepingLoop struct{ g *Game }

func (l *sleepingLoop) Update() error {
	if err := l.g.Update(); err != nil {
		return err
	}
	if l.g.Idle() {
		l.g.Sleep()
	}
	return nil
}

func (l *sleepingLoop) Draw(screen *ebiten.Image) { l.g.Draw(screen) }

func (l *sleepingLoop) Layout(w, h int) (int, int) { return l.g.Layout(w, h) }
