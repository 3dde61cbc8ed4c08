package e2e

import (
	"testing"
	"time"
)

// TestPausedPlayerFollowsResize pauses the player, waits until its frame
// loop sleeps, and resizes the window from desktop to phone: the loop must
// wake and draw the pacer where the new layout puts it.
func TestPausedPlayerFollowsResize(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/player.html", desktop)
	tb.waitEvent("ready", 1, time.Minute)
	tb.command("play", nil)
	tb.waitEvent("play", 1, 10*time.Second)
	tb.command("pause", nil)
	tb.waitEvent("pause", 1, 10*time.Second)
	tb.waitAsleep(10 * time.Second)

	tb.resize(phone)
	tb.waitFor(`innerWidth === 375`, 5*time.Second)
	tb.waitAsleep(10 * time.Second) // awake, drawn, and asleep again
	pacer := tb.box("#stage-pacer", phone.scale)
	if n, min := accentPixels(tb.screenshot("idle-resized-phone"), pacer), pacer.Dx()*pacer.Dy()/16; n < min {
		t.Errorf("after resizing the paused player, pacer-coloured pixels at its new place = %d; want at least %d", n, min)
	}
}
