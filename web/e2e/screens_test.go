package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// moment is one moment of the default routine that TestScreens shows.
type moment struct {
	name string
	t    time.Duration
}

// stretchMoments returns, for stretch i of the default routine, the middle
// of getting into position, the top of its first breath (the inhale just
// done) and the bottom of it (the exhale just done).
func stretchMoments(tl *anim.Timeline, i int) []moment {
	breathing := tl.BreathingStart(i)
	p := tl.Pattern()
	return []moment{
		{"setup", tl.StretchStart(i) + tl.SetupOf(i)/2},
		{"full", breathing + p.Inhale + p.Hold},
		{"empty", breathing + p.Cycle()},
	}
}

// TestScreens walks through every screen of the player at phone and desktop
// sizes, seeking to each moment, and checks what the visitor sees: the
// start screen; each stretch's title and caption while getting into
// position, at full and at empty lungs, with the pacer clearly larger at
// full; and the end screen with its booking link. With reduced motion, the
// first stretch is enough. The screenshots are for people to look at.
func TestScreens(t *testing.T) {
	t.Parallel()
	tl := anim.DefaultConfig().Timeline()
	words := anim.WordsFor(anim.English)
	for _, run := range []struct {
		vp     viewport
		motion string
	}{{phone, "full"}, {desktop, "full"}, {phone, "reduced"}} {
		t.Run(run.vp.name+"-"+run.motion, func(t *testing.T) {
			parallel(t)
			name := func(s string) string { return fmt.Sprintf("screen-%s-%s-%s", run.vp.name, run.motion, s) }
			tb := openTab(t, "/player.html?booking-url=https://immerse.example/book&motion="+run.motion, run.vp)
			tb.waitEvent("ready", 1, time.Minute)
			tb.waitVisible("#btn-start")
			if got, want := tb.text("#start-title"), words.Title; got != want {
				t.Errorf("start screen title = %q; want %q", got, want)
			}
			if got, want := tb.text("#start-safety"), words.SafetyNote; got != want {
				t.Errorf("start screen safety note = %q; want %q", got, want)
			}
			tb.settle()
			tb.screenshot(name("0-start"))

			tb.click("#btn-start")
			tb.waitEvent("play", 1, 10*time.Second)
			tb.command("pause", nil)
			tb.waitEvent("pause", 1, 10*time.Second)
			for i, id := range tl.Stretches() {
				if run.motion == "reduced" && i > 0 {
					break // reduced motion changes the pacer, not the stretches: one is enough
				}
				title := anim.StretchContent(id, anim.English).Title
				ink := map[string]int{}
				for _, m := range stretchMoments(tl, i) {
					tb.command("seek", m.t.Seconds())
					caption := words.Caption(tl.At(m.t))
					tb.waitFor(fmt.Sprintf(`document.getElementById('stretch-title').textContent === %q && document.getElementById('caption').textContent.replaceAll('\u00a0', ' ') === %q`, title, caption), 10*time.Second)
					tb.settle()
					ink[m.name] = inkPixels(tb.screenshot(name(fmt.Sprintf("%d-%s-%s", i+1, id, m.name))), tb.box("#stage-pacer", run.vp.scale))
					if !tb.visible("#stretch-title") || !tb.visible("#caption") {
						t.Errorf("%s %s: the title or the caption is not visible", id, m.name)
					}
				}
				if ink["full"] < ink["empty"]*3/2 {
					t.Errorf("%s: pacer pixels at full lungs = %d, at empty = %d; want full clearly larger", id, ink["full"], ink["empty"])
				}
			}
			tb.command("seek", tl.Duration().Seconds())
			tb.waitVisible("#end-screen")
			if got, want := tb.text("#end-title"), words.Done; got != want {
				t.Errorf("end screen title = %q; want %q", got, want)
			}
			if !tb.visible("#btn-book") || !tb.visible("#btn-again") {
				t.Errorf("the end screen does not show both Book and Start again")
			}
			tb.settle()
			tb.screenshot(name("9-end"))
			if ex := tb.exceptions(); len(ex) > 0 {
				t.Errorf("page threw: %v", ex)
			}
		})
	}
}
