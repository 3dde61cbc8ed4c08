package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// TestEmbedVariantsFacades checks what each widget on the variants page
// says before Start: its language, its routine's length, and its accent
// kept readable.
func TestEmbedVariantsFacades(t *testing.T) {
	parallel(t)
	tb := openAt(t, server.URL+"/variants.html", desktop)
	tb.waitFor(`[...document.querySelectorAll('stretch-routine')].every(w => w.shadowRoot?.querySelector('.start'))`, 10*time.Second)
	tests := []struct {
		id, title, summary, start string
	}{
		{"spanish", "Movilidad de la espalda alta", "4 estiramientos · unos 5 min", "Empezar"},
		// box 4-4-4-4 (16 s a breath), 4 breaths: 8+64 + 10+64 = 146 s.
		{"box", "Upper back mobility", "2 stretches · about 2 min", "Start"},
		{"accent", "Upper back mobility", "4 stretches · about 5 min", "Start"},
		// 4-7-8 (19 s), Child's Pose 6 and Cat-Cow 6 breaths: 12+114 + 12+114 = 252 s.
		{"calm", "Upper back mobility", "2 stretches · about 4 min", "Start"},
	}
	for _, tt := range tests {
		got := evalJS[[]string](tb, fmt.Sprintf(`[%s.textContent, %s.textContent, %s.textContent]`,
			shadow(tt.id, ".title"), shadow(tt.id, ".sum"), shadow(tt.id, ".start")))
		if want := []string{tt.title, tt.summary, tt.start}; plain(strings.Join(got, "|")) != strings.Join(want, "|") {
			t.Errorf("#%s facade = %q, want %q", tt.id, got, want)
		}
	}
	// The sunflower accent (#f2c14e) is too light for white text: the
	// button must still reach 4.5:1.
	ratio := evalJS[float64](tb, `(() => {
		const s = getComputedStyle(`+shadow("accent", ".start")+`);
		const rgb = (c) => c.match(/\d+/g).slice(0, 3).map(Number);
		const lum = (c) => c.map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
		const a = lum(rgb(s.color)), b = lum(rgb(s.backgroundColor));
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); })()`)
	if ratio < 4.5 {
		t.Errorf("Start button contrast with accent #f2c14e = %.2f, want at least 4.5", ratio)
	}
	tb.screenshot("variants-desktop-facades")
}

// TestEmbedTwoWidgets starts two widgets on one page and checks that they
// work independently: their own events, pause on leaving the viewport,
// reconfiguration while running, and teardown on removal.
func TestEmbedTwoWidgets(t *testing.T) {
	parallel(t)
	// Tall enough for the first two widgets to be in view together.
	tall := viewport{"tall", 1280, 1800, 1, false}
	tb := openAt(t, server.URL+"/variants.html", tall)
	tb.waitFor(`[...document.querySelectorAll('stretch-routine')].every(w => w.shadowRoot?.querySelector('.start'))`, 10*time.Second)
	evalJS[bool](tb, `document.getElementById('spanish').scrollIntoView(), true`)
	evalJS[bool](tb, `(document.getElementById('spanish').play(), document.getElementById('box').play(), true)`)
	tb.waitElementEvent("spanish", "play", 1, readyTimeout)
	tb.waitElementEvent("box", "play", 1, readyTimeout)
	tb.waitElementEvent("spanish", "ready", 1, readyTimeout)
	tb.waitElementEvent("box", "ready", 1, readyTimeout)
	tb.waitFor(`document.getElementById('spanish').state === 'playing'`, 10*time.Second)
	if got := evalJS[string](tb, shadow("spanish", "iframe")+`.title`); got != "Rutina guiada de estiramientos para la espalda alta" {
		t.Errorf("Spanish player iframe title = %q", got)
	}

	// Pausing one leaves the other playing.
	evalJS[bool](tb, `document.getElementById('box').pause(), true`)
	tb.waitElementEvent("box", "pause", 1, 10*time.Second)
	if n := tb.countElementEvents("spanish", "pause"); n != 0 {
		t.Errorf("pausing #box paused #spanish too (%d pause events)", n)
	}
	if st := evalJS[string](tb, `document.getElementById('spanish').state`); st != "playing" {
		t.Errorf("#spanish state = %q after pausing #box, want playing", st)
	}

	// Scrolling #spanish out of view pauses it.
	evalJS[bool](tb, `scrollTo(0, document.body.scrollHeight), true`)
	tb.waitElementEvent("spanish", "pause", 1, 10*time.Second)

	// Changing an attribute of a running widget reloads its player with the
	// new settings, keeping its place and its paused state.
	evalJS[bool](tb, `document.getElementById('box').currentTime = 30, true`)
	// 30 s is in the Squeeze's second box breath (8 s setup, 16 s breaths):
	// the player lands in its hold.
	tb.waitFor(`window.__elementEvents.some(e => e.id === 'box' && e.type === 'breathphase' && e.detail.index === 1 && e.detail.phase === 'hold')`, 10*time.Second)
	evalJS[bool](tb, `document.getElementById('box').setAttribute('breaths', '2'), true`)
	tb.waitElementEvent("box", "ready", 2, readyTimeout)
	// 8+32 + 10+32 = 82 s.
	tb.waitFor(`document.getElementById('box').duration === 82`, 10*time.Second)
	tb.waitFor(`document.getElementById('box').state === 'paused'`, 10*time.Second)
	if got := evalJS[float64](tb, `document.getElementById('box').currentTime`); math.Abs(got-30) > 2 {
		t.Errorf("#box currentTime after reconfiguring = %v, want about 30", got)
	}
	if got := evalJS[string](tb, shadow("box", "iframe")+`.src`); !strings.Contains(got, "breaths=2") {
		t.Errorf("#box player URL = %q, want breaths=2", got)
	}

	// Removing a widget tears it down: no iframe left, no more events.
	evalJS[bool](tb, `(() => { const w = document.getElementById('box'); w.remove(); window.__removed = w; return true; })()`)
	if n := evalJS[int](tb, `window.__removed.shadowRoot.querySelectorAll('iframe').length`); n != 0 {
		t.Errorf("a removed widget still holds %d iframes", n)
	}
	n := len(tb.elementEvents())
	// play() on a removed widget settles at once, loading nothing; by the
	// time #spanish answers a command of its own, anything the removed one
	// fired would have arrived.
	evalJS[string](tb, `window.__removed.play().then(() => 'resolved', () => 'rejected')`)
	if n := evalJS[int](tb, `window.__removed.shadowRoot.querySelectorAll('iframe').length`); n != 0 {
		t.Errorf("play() on a removed widget created %d iframes", n)
	}
	pauses := tb.countElementEvents("spanish", "play")
	evalJS[bool](tb, `document.getElementById('spanish').scrollIntoView(), document.getElementById('spanish').play(), true`)
	tb.waitElementEvent("spanish", "play", pauses+1, 10*time.Second)
	for _, e := range tb.elementEvents()[n:] {
		if e.ID == "box" {
			t.Errorf("the removed widget fired %s", e.Type)
		}
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}
