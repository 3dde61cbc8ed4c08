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
	loop := &sleepingLoop{update: g.Update, draw: g.Draw, layout: g.Layout, idle: g.Idle, sleep: g.Sleep}
	return ebiten.RunGameWithOptions(loop, &ebiten.RunGameOptions{ScreenTransparent: true})
}

// sleepingLoop runs a Game and sleeps between frames while it is idle.
//
// It holds the Game's methods, not the Game: Ebiten takes the loop as an
// interface and links reflection that could call any exported method of a
// type it can reach from one, so with a *Game field the linker would keep
// every exported method of everything the Game holds in the wasm, called
// or not (such as the display lists' WriteSVG).
type sleepingLoop struct {
	update func() error
	draw   func(*ebiten.Image)
	layout func(w, h int) (int, int)
	idle   func() bool
	sleep  func()
}

func (l *sleepingLoop) Update() error {
	if err := l.update(); err != nil {
		return err
	}
	if l.idle() {
		l.sleep()
	}
	return nil
}

func (l *sleepingLoop) Draw(screen *ebiten.Image) { l.draw(screen) }

func (l *sleepingLoop) Layout(w, h int) (int, int) { return l.layout(w, h) }
