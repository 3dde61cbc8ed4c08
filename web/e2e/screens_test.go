package e2e

import (
	"fmt"
	"testing"
	"time"
)

// TestScreens walks through every screen of the player at phone and desktop
// sizes and saves what the visitor sees: the start screen, each stretch
// while getting into position, at full and at empty lungs, and the end. It
// checks that each stretch's title is showing and that the page throws
// nothing; the pictures are for people to look at.
func TestScreens(t *testing.T) {
	for _, vp := range []viewport{phone, desktop} {
		for _, motion := range []string{"full", "reduced"} {
			if motion == "reduced" && vp != phone {
				continue
			}
			t.Run(vp.name+"-"+motion, func(t *testing.T) {
				name := func(s string) string { return fmt.Sprintf("screen-%s-%s-%s", vp.name, motion, s) }
				tb := openTab(t, "/player.html?booking-url=https://immerse.example/book&motion="+motion, vp)
				tb.waitEvent("ready", 1, time.Minute)
				tb.settle()
				tb.screenshot(name("0-start"))
				tb.command("rate", 8)
				for i, s := range defaultPhases {
					// Paused at the start of stretch i: play into the middle of
					// getting into position, then pause at full and at empty.
					pauses := len(tb.eventsOf("pause"))
					tb.command("play", nil)
					time.Sleep(700 * time.Millisecond)
					tb.command("pause", nil)
					tb.waitEvent("pause", pauses+1, 10*time.Second)
					tb.settle()
					tb.screenshot(name(fmt.Sprintf("%d-%s-setup", i+1, s.id)))
					if got := tb.text("#stretch-title"); got == "" {
						t.Errorf("stretch %d (%s): no title showing", i, s.id)
					}
					for k, phase := range []string{"exhale", "inhale"} {
						evalJS[bool](tb, fmt.Sprintf(`window.__pauseOn = %q, true`, phase))
						tb.command("play", nil)
						tb.waitEvent("pause", pauses+2+k, time.Minute)
						tb.settle()
						tb.screenshot(name(fmt.Sprintf("%d-%s-%s", i+1, s.id, map[string]string{"exhale": "full", "inhale": "empty"}[phase])))
					}
					tb.command("next", nil)
					if i+1 < len(defaultPhases) {
						tb.waitFor(fmt.Sprintf(`window.__stretchEvents.filter(e => e.type === 'stretchchange').pop().detail.index === %d`, i+1), 10*time.Second)
					}
				}
				tb.waitVisible("#end-screen")
				tb.settle()
				tb.screenshot(name("9-end"))
				if ex := tb.exceptions(); len(ex) > 0 {
					t.Errorf("page threw: %v", ex)
				}
			})
		}
	}
}
