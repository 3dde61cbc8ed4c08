package e2e

import (
	"fmt"
	"math"
	"net/url"
	"strings"
	"testing"
	"time"
)

// defaultPhases is the default routine as the contract's events describe
// it: per stretch, its id and breath count; every breath of the calm
// pattern (4-0-6-0) is an inhale then an exhale, the zero holds skipped.
var defaultPhases = []struct {
	id      string
	breaths int
}{
	{"cat-cow", 6},
	{"shoulder-blade-squeeze", 8},
	{"childs-pose", 6},
	{"upper-back-extension", 5},
}

// TestRoutinePlaysThrough plays the whole default routine at 16× and checks
// that the events arrive complete and in order, that the time between two
// phase events matches the breath pattern within a frame, and that the end
// screen offers the booking link.
func TestRoutinePlaysThrough(t *testing.T) {
	book := "https://clinic.example/book?src=stretch"
	tb := openTab(t, "/player.html?booking-url="+url.QueryEscape(book), desktop)
	tb.waitEvent("ready", 1, time.Minute)
	tb.command("rate", 16)
	tb.click("#btn-start")
	tb.waitEvent("ended", 1, 2*time.Minute)

	var want []string
	for i, s := range defaultPhases {
		want = append(want, fmt.Sprintf("stretchchange %d %s", i, s.id))
		for b := range s.breaths {
			want = append(want, fmt.Sprintf("breathphase inhale %d/%d %s", b, s.breaths, s.id))
			want = append(want, fmt.Sprintf("breathphase exhale %d/%d %s", b, s.breaths, s.id))
		}
	}
	want = append(want, "ended")

	var got []string
	var phases []playerEvent
	for _, e := range tb.events() {
		switch e.Type {
		case "stretchchange":
			got = append(got, fmt.Sprintf("stretchchange %v %v", e.Detail["index"], e.Detail["id"]))
			if e.Detail["title"] == "" {
				t.Errorf("stretchchange %v has no title", e.Detail["id"])
			}
		case "breathphase":
			got = append(got, fmt.Sprintf("breathphase %v %v/%v %v", e.Detail["phase"], e.Detail["index"], e.Detail["of"], e.Detail["stretchId"]))
			phases = append(phases, e)
		case "ended":
			got = append(got, "ended")
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Within a stretch, an inhale lasts 4 s and an exhale 6 s of routine
	// time. The player turns each frame's wall time into routine time (at
	// most 100 ms of wall time per frame, so a stall never skips a
	// stretch), so the routine time between two events is rebuilt from the
	// page's frame times; each event fires on the first frame after its
	// moment, so it may be late by one frame.
	frames := evalJS[[]float64](tb, `window.__frames`)
	for i := 0; i+1 < len(phases); i++ {
		a, b := phases[i], phases[i+1]
		if a.Detail["stretchId"] != b.Detail["stretchId"] {
			continue
		}
		want := 4.0
		if a.Detail["phase"] == "exhale" {
			want = 6.0
		}
		got, frame := routineSeconds(frames, a.At, b.At, 16)
		if math.Abs(got-want) > frame+0.001 {
			t.Errorf("%s %v of %v lasted %.3f s of routine time; want %.1f s within a frame (%.3f s)", a.Detail["phase"], a.Detail["index"], a.Detail["stretchId"], got, want, frame)
		}
	}

	tb.waitVisible("#end-screen")
	if href := tb.attr("#btn-book", "href"); href != book {
		t.Errorf("booking link href = %q; want %q", href, book)
	}
	if target, rel := tb.attr("#btn-book", "target"), tb.attr("#btn-book", "rel"); target != "_blank" || !strings.Contains(rel, "noopener") {
		t.Errorf("booking link target=%q rel=%q; want _blank and noopener", target, rel)
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}

// routineSeconds rebuilds the routine time that passed between two moments
// of wall time (ms) from the page's animation frame times, as the player
// counts it: each frame's wall time, capped at 100 ms, times rate. It also
// returns the most routine time one of those frames added.
func routineSeconds(frames []float64, from, to, rate float64) (elapsed, frame float64) {
	for i := 1; i < len(frames); i++ {
		if frames[i] <= from || frames[i-1] > to {
			continue
		}
		step := math.Min(frames[i]-frames[i-1], 100) * rate / 1000
		if frames[i] <= to {
			elapsed += step
		}
		frame = math.Max(frame, step)
	}
	return elapsed, frame
}

// TestControls drives the player with its buttons and with the keyboard
// and checks what the visitor sees and the events.
func TestControls(t *testing.T) {
	tb := openTab(t, "/player.html", desktop)
	tb.waitEvent("ready", 1, time.Minute)
	if !tb.visible("#start-screen") {
		t.Fatalf("the start screen is not showing before the routine starts")
	}
	tb.press("Enter") // the Start button has focus
	tb.waitEvent("play", 1, 10*time.Second)
	tb.waitFor(`!document.getElementById('start-screen').checkVisibility()`, 5*time.Second)

	tb.click("#btn-play")
	tb.waitEvent("pause", 1, 5*time.Second)
	if got := tb.attr("#player", "data-playing"); got != "false" {
		t.Errorf("after the pause button, data-playing = %q; want false", got)
	}
	if got := tb.attr("#btn-play", "aria-label"); got != "Play" {
		t.Errorf("after the pause button, its label = %q; want Play", got)
	}

	tb.press("ArrowRight")
	tb.waitEvent("stretchchange", 2, 5*time.Second)
	if got := tb.text("#stretch-title"); got != "Shoulder Blade Squeeze" {
		t.Errorf("after ArrowRight, the title = %q; want Shoulder Blade Squeeze", got)
	}
	tb.click("#btn-next")
	tb.waitEvent("stretchchange", 3, 5*time.Second)
	if got := tb.text("#stretch-count"); got != "Stretch 3 of 4" {
		t.Errorf("after Next, the count = %q; want Stretch 3 of 4", got)
	}
	tb.press("ArrowLeft")
	tb.waitEvent("stretchchange", 4, 5*time.Second)
	if got := tb.lastEvent("stretchchange").Detail["id"]; got != "shoulder-blade-squeeze" {
		t.Errorf("after ArrowLeft at the start of a stretch, stretchchange id = %v; want shoulder-blade-squeeze", got)
	}

	// Space on a focused button presses that button; with focus on the
	// page itself it is the play/pause shortcut.
	evalJS[bool](tb, `document.activeElement.blur(), true`)
	tb.press(" ")
	tb.waitEvent("play", 2, 5*time.Second)
	tb.press("k")
	tb.waitEvent("pause", 2, 5*time.Second)

	tb.press("m")
	tb.waitFor(`document.getElementById('btn-sound').getAttribute('aria-pressed') === 'true'`, 5*time.Second)
	tb.click("#btn-sound")
	tb.waitFor(`document.getElementById('btn-sound').getAttribute('aria-pressed') === 'false'`, 5*time.Second)

	tb.click("#btn-restart")
	tb.waitEvent("stretchchange", 5, 5*time.Second)
	if got := tb.lastEvent("stretchchange").Detail["index"]; got != 0.0 {
		t.Errorf("after Restart, stretchchange index = %v; want 0", got)
	}
	if got := tb.text("#stretch-title"); got != "Cat-Cow" {
		t.Errorf("after Restart, the title = %q; want Cat-Cow", got)
	}
}

// TestSpanish checks that lang=es shows the player in Spanish.
func TestSpanish(t *testing.T) {
	tb := openTab(t, "/player.html?lang=es", phone)
	tb.waitEvent("ready", 1, time.Minute)
	if got := tb.attrOf("html", "lang"); got != "es" {
		t.Errorf("html lang = %q; want es", got)
	}
	if got := tb.text("#btn-start"); got != "Empezar" {
		t.Errorf("start button = %q; want Empezar", got)
	}
	tb.click("#btn-start")
	tb.waitEvent("play", 1, 5*time.Second)
	if got := tb.text("#stretch-count"); got != "Estiramiento 1 de 4" {
		t.Errorf("stretch count = %q; want Estiramiento 1 de 4", got)
	}
	if got := tb.attr("#btn-play", "aria-label"); got != "Pausa" && got != "Pausar" {
		t.Errorf("play button label = %q; want Spanish for pause", got)
	}
}

// TestHostileSettings gives the player bad and hostile settings: it warns
// about each in the console, and still plays with the defaults.
func TestHostileSettings(t *testing.T) {
	q := url.Values{
		"booking-url": {"javascript:alert(1)"},
		"clinic":      {`<img src=x onerror="window.__pwned=1">`},
		"breaths":     {"NaN"},
		"breath":      {"99-99-99-99"},
		"accent":      {"red;background:url(x)"},
		"stretches":   {"cat-cow,cat-cow,neck-roll"},
		"lang":        {"xx"},
	}
	tb := openTab(t, "/player.html?"+q.Encode(), phone)
	tb.waitEvent("ready", 1, time.Minute)
	warnings := strings.Join(tb.consoleLines(), "\n")
	for field := range q {
		if !strings.Contains(warnings, field) {
			t.Errorf("no console warning names %s; console:\n%s", field, warnings)
		}
	}
	if !tb.hidden("#btn-book") {
		t.Errorf("a javascript: booking URL left the booking link visible")
	}
	if got := tb.text("#start-summary"); !strings.HasPrefix(got, "4 stretches") {
		t.Errorf("start summary = %q; want the default four stretches", got)
	}
	tb.click("#btn-start")
	tb.waitEvent("play", 1, 5*time.Second)
	if evalJS[bool](tb, `Boolean(window.__pwned) || document.querySelector('img') !== null`) {
		t.Errorf("markup from the clinic setting was inserted into the page")
	}
}
