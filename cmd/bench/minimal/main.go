//go:build js

// Command minimal is the bench's reference Ebiten program: one animated
// circle, built with the same flags as the player. Its size is the
// reference for the player's wasm, and the moment its first frame is drawn
// (marked "stretch:first-frame" on the page's performance timeline) is the
// reference for the player's start-up; it marks the same moments before it
// as the player does.
package main

import (
	"image/color"
	"math"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

type game struct {
	tick  int
	drawn bool
}

func (g *game) Update() error {
	g.tick++
	return nil
}

func (g *game) Draw(screen *ebiten.Image) {
	screen.Fill(color.RGBA{0xf7, 0xf4, 0xef, 0xff})
	w, h := screen.Bounds().Dx(), screen.Bounds().Dy()
	r := float32(min(w, h)) / 4 * float32(1+0.2*math.Sin(float64(g.tick)/30))
	vector.FillCircle(screen, float32(w)/2, float32(h)/2, r, color.RGBA{0x5b, 0x8a, 0x72, 0xff}, true)
	if !g.drawn {
		g.drawn = true
		mark("first-frame")
	}
}

func (g *game) Layout(w, h int) (int, int) { return w, h }

func mark(name string) { js.Global().Get("performance").Call("mark", "stretch:"+name) }

func main() {
	mark("go-main")
	g := &game{}
	mark("game")
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
}
