package e2e

import (
	"fmt"
	"image"
	"testing"
	"time"
)

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

// TestPlayerPacerBreathes opens player.html on its own, plays at 4×, pauses
// the moment the first exhale starts (the inhale peak) and the moment the
// next inhale starts (the exhale trough), and checks in screenshots that the
// pacer is clearly bigger at the peak.
func TestPlayerPacerBreathes(t *testing.T) {
	for _, vp := range []viewport{desktop, phone} {
		t.Run(vp.name, func(t *testing.T) {
			tb := openTab(t, "/player.html", vp)
			tb.waitEvent("ready", 1, time.Minute)
			pacer := tb.box("#stage-pacer", vp.scale)
			tb.command("rate", 4)
			evalJS[bool](tb, `window.__pauseOn = 'exhale', true`)
			tb.command("play", nil)
			tb.waitEvent("pause", 1, time.Minute)
			tb.settle()
			full := inkPixels(tb.screenshot(fmt.Sprintf("player-%s-inhale-peak", vp.name)), pacer)

			evalJS[bool](tb, `window.__pauseOn = 'inhale', true`)
			tb.command("play", nil)
			tb.waitEvent("pause", 2, time.Minute)
			tb.settle()
			empty := inkPixels(tb.screenshot(fmt.Sprintf("player-%s-exhale-trough", vp.name)), pacer)
			if full < empty*3/2 {
				t.Errorf("pacer pixels at the inhale peak = %d, at the exhale trough = %d; want the peak clearly larger", full, empty)
			}
			if ex := tb.exceptions(); len(ex) > 0 {
				t.Errorf("page threw: %v", ex)
			}
		})
	}
}
