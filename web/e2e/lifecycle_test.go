package e2e

import (
	"math"
	"strings"
	"testing"
	"time"
)

// TestRemoveAndPutBack removes a playing widget: it fires pause (on the
// element: it is out of the document), leaves no player behind, and, put
// back, offers to resume where it was and does.
func TestRemoveAndPutBack(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html", desktop)
	w := `document.getElementById('w')`
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	evalJS[bool](tb, `(() => { window.__removedEvents = []; const w = `+w+`; for (const t of ['play', 'pause', 'ready']) w.addEventListener(t, () => window.__removedEvents.push(t)); return true; })()`)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	evalJS[bool](tb, w+`.currentTime = 100, true`)
	tb.waitFor(w+`.state === 'playing' && `+w+`.currentTime >= 100`, 20*time.Second)

	evalJS[bool](tb, `(() => { const w = `+w+`; window.__w = w; window.__parent = w.parentNode; w.remove(); return true; })()`)
	tb.waitFor(`window.__removedEvents.at(-1) === 'pause'`, 5*time.Second)
	left := evalJS[map[string]any](tb, `({iframes: document.querySelectorAll('iframe').length + window.__w.shadowRoot.querySelectorAll('iframe').length,
		paused: window.__w.paused, overflow: document.documentElement.style.overflow})`)
	if left["iframes"] != 0.0 || left["paused"] != true || left["overflow"] != "" {
		t.Errorf("after removal: %v; want no iframe, paused, the page's scroll untouched", left)
	}

	evalJS[bool](tb, `window.__parent.prepend(window.__w), true`)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	if label := plain(evalJS[string](tb, shadow("w", ".start")+`.textContent`)); label != "Resume" {
		t.Errorf("put back, the widget offers %q; want Resume", label)
	}
	if where := plain(evalJS[string](tb, shadow("w", ".sum")+`.textContent`)); !strings.HasPrefix(where, "Shoulder Blade Squeeze · breath") {
		t.Errorf("put back, the widget says %q; want where the routine was", where)
	}
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 2, readyTimeout)
	tb.waitFor(w+`.state === 'playing'`, 20*time.Second)
	if got := evalJS[float64](tb, w+`.currentTime`); got < 100 {
		t.Errorf("resumed at %.1f s; want where it was (100 s or later)", got)
	}
}

// TestMoveWhilePlaying moves a playing widget elsewhere in the page: it
// goes on playing from where it was, without a pause event.
func TestMoveWhilePlaying(t *testing.T) {
	parallel(t)
	tb := startedOnHost(t, desktop)
	w := `document.getElementById('w')`
	evalJS[bool](tb, w+`.currentTime = 30, true`)
	tb.waitFor(w+`.state === 'playing' && `+w+`.currentTime >= 30`, 20*time.Second)
	pauses := tb.countElementEvents("w", "pause")
	evalJS[bool](tb, `(() => { const w = `+w+`; document.querySelector('main').prepend(w); w.scrollIntoView(); return true; })()`)
	tb.waitElementEvent("w", "ready", 2, readyTimeout)
	tb.waitFor(w+`.state === 'playing'`, 20*time.Second)
	if got := evalJS[float64](tb, w+`.currentTime`); got < 30 {
		t.Errorf("after the move the routine is at %.1f s; want where it was (30 s or later)", got)
	}
	if n := tb.countElementEvents("w", "pause"); n != pauses {
		t.Errorf("moving the widget fired pause")
	}
}

// TestAttributesChangeWhilePlaying: language, stretches and breath changed
// while playing apply, the routine keeping its place and playing.
func TestAttributesChangeWhilePlaying(t *testing.T) {
	parallel(t)
	tb := startedOnHost(t, desktop)
	w := `document.getElementById('w')`
	evalJS[bool](tb, w+`.setAttribute('lang', 'es'), `+w+`.setAttribute('breath', 'box'), `+w+`.setAttribute('stretches', 'childs-pose,cat-cow'), true`)
	tb.waitElementEvent("w", "ready", 2, readyTimeout)
	tb.waitFor(w+`.state === 'playing'`, 20*time.Second)
	// Child's Pose 12 s + 6 box breaths of 16 s, and Cat-Cow the same.
	if got := evalJS[float64](tb, w+`.duration`); got != 2*(12+6*16) {
		t.Errorf("duration after the change = %v; want %v", got, 2*(12+6*16))
	}
	if got := evalJS[string](tb, shadow("w", "iframe")+`.title`); got != "Rutina guiada de estiramientos para la espalda alta" {
		t.Errorf("player title after lang=es = %q; want the Spanish one", got)
	}
	if got := evalJS[map[string]any](tb, w+`.stretch`); got["id"] != "childs-pose" {
		t.Errorf("stretch after the change = %v; want childs-pose", got)
	}
}

// TestAPIAbuse: play() twenty times is one player; non-finite times and
// rates throw a TypeError, out-of-range ones are clamped, and nothing
// leaves a broken state.
func TestAPIAbuse(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html", desktop)
	w := `document.getElementById('w')`
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	evalJS[bool](tb, `(() => { const w = `+w+`; window.__plays = Array.from({length: 20}, () => w.play()); return true; })()`)
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	if got := evalJS[string](tb, `Promise.all(window.__plays).then(() => 'resolved', (e) => 'rejected: ' + e)`); got != "resolved" {
		t.Errorf("twenty play() calls: %s; want all resolved", got)
	}
	if n := evalJS[int](tb, w+`.shadowRoot.querySelectorAll('iframe').length`); n != 1 {
		t.Errorf("%d players after twenty play() calls; want one", n)
	}
	if n := tb.countElementEvents("w", "play"); n != 1 {
		t.Errorf("%d play events after twenty play() calls; want one", n)
	}
	throws := evalJS[[]string](tb, `(() => { const w = `+w+`; const out = [];
		for (const [k, v] of [['currentTime', NaN], ['currentTime', Infinity], ['currentTime', 'abc'], ['playbackRate', NaN], ['playbackRate', -Infinity], ['playbackRate', {}]]) {
			try { w[k] = v; out.push(k + '=' + String(v) + ': no error'); } catch (e) { out.push(k + '=' + String(v) + ': ' + e.name); }
		}
		return out; })()`)
	for _, s := range throws {
		if !strings.HasSuffix(s, ": TypeError") {
			t.Errorf("%s; want a TypeError", s)
		}
	}
	clamped := evalJS[[]float64](tb, `(() => { const w = `+w+`; const out = [];
		w.playbackRate = 100; out.push(w.playbackRate);
		w.playbackRate = 0.01; out.push(w.playbackRate);
		w.currentTime = -5; out.push(w.currentTime);
		w.currentTime = 1e12; out.push(w.currentTime, w.duration);
		return out; })()`)
	if clamped[0] != 16 || clamped[1] != 0.25 || clamped[2] != 0 || clamped[3] != clamped[4] {
		t.Errorf("clamped rate 100, 0.01, time -5, 1e12 = %v; want 16, 0.25, 0 and the duration %v", clamped[:4], clamped[4])
	}
	evalJS[bool](tb, w+`.playbackRate = 1, `+w+`.currentTime = 10, `+w+`.play(), true`)
	tb.waitFor(w+`.state === 'playing' && `+w+`.currentTime >= 10 && `+w+`.currentTime < 60`, 20*time.Second)
	if got := evalJS[float64](tb, w+`.currentTime`); math.IsNaN(got) {
		t.Errorf("currentTime is NaN after the abuse")
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}
