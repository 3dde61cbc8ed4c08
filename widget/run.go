package widget

import "github.com/hajimehoshi/ebiten/v2"

// Run plays g until the page goes away. The canvas is transparent, so the
// page's own background shows through and nothing is letterboxed.
func Run(g *Game) error {
	ebiten.SetWindowTitle("Upper back mobility")
	ebiten.SetScreenClearedEveryFrame(false)
	return ebiten.RunGameWithOptions(g, &ebiten.RunGameOptions{ScreenTransparent: true})
}
