package e2e

import "image"

// background is the player page's background colour (player.css --bg).
var background = [3]int{0xf7, 0xf4, 0xef}

// inkPixels counts the pixels of img inside b that stand out from the page
// background.
func inkPixels(img image.Image, b image.Rectangle) int {
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			d := abs(int(r>>8)-background[0]) + abs(int(g>>8)-background[1]) + abs(int(bl>>8)-background[2])
			if d > 90 {
				n++
			}
		}
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// pacerCore is the colour of the pacer's disc with the default accent: the
// accent at 82% (widget's darker).
var pacerCore = [3]int{0x4b, 0x71, 0x5e}

// accentPixels counts the pixels of img inside b that have the colour of
// the pacer's disc; nothing else in the player has it.
func accentPixels(img image.Image, b image.Rectangle) int {
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if abs(int(r>>8)-pacerCore[0])+abs(int(g>>8)-pacerCore[1])+abs(int(bl>>8)-pacerCore[2]) < 24 {
				n++
			}
		}
	}
	return n
}
