package e2e

import (
	"testing"
	"time"
)

// TestPausedPlayerFollowsResize pauses the player (its frame loop then
// sleeps) and resizes the window from desktop to phone: the pacer must be
// drawn where the new layout puts it.
func TestPausedPlayerFollowsResize(t *testing.T) {
	tb := openTab(t, "/player.html", desktop)
	tb.waitEvent("ready", 1, time.Minute)
	tb.command("play", nil)
	tb.waitEvent("breathphase", 1, time.Minute)
	tb.command("pause", nil)
	tb.waitEvent("pause", 1, 10*time.Second)
	time.Sleep(500 * time.Millisecond) // idle: the loop is asleep now

	tb.resize(phone)
	tb.waitFor(`innerWidth === 375`, 5*time.Second)
	time.Sleep(500 * time.Millisecond)
	tb.settle()
	pacer := tb.box("#stage-pacer", phone.scale)
	if n, min := inkPixels(tb.screenshot("idle-resized-phone"), pacer), pacer.Dx()*pacer.Dy()/8; n < min {
		t.Errorf("after resizing the paused player, pacer pixels at its new place = %d; want at least %d", n, min)
	}
}
