//go:build js

// Command minimal is the reference for the player's wasm size: the smallest
// Ebiten program that draws, built with the same flags as the player.
package main

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
)

type game struct{}

func (game) Update() error              { return nil }
func (game) Draw(screen *ebiten.Image)  { screen.Fill(color.RGBA{0xf7, 0xf4, 0xef, 0xff}) }
func (game) Layout(w, h int) (int, int) { return w, h }

func main() {
	if err := ebiten.RunGame(game{}); err != nil {
		panic(err)
	}
}
