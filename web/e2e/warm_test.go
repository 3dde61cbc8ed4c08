package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// hover moves the mouse over the element with id, as a visitor's pointer
// arriving over the widget.
func (tb *tab) hover(id string) {
	tb.t.Helper()
	xy := evalJS[[]float64](tb, `(() => { const e = document.getElementById(`+quote(id)+`); e.scrollIntoView({block: 'center'});
		const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	if err := chromedp.Do(tb.ctx, chromedp.MouseEvent("mouseMoved", xy[0], xy[1])); err != nil {
		tb.t.Fatalf("hovering #%s: %v", id, err)
	}
}

// TestWarmStart: when the visitor's pointer comes over the widget, the
// player loads out of sight (inert, hidden from assistive technology,
// under the facade) and waits; Start then begins that same player, with
// the choices made since, and the events come exactly once. A change of
// attribute drops the warmed player, and Start still works.
func TestWarmStart(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, false)
	tb := openAt(t, hs.URL+"/host.html", desktop)
	w := `document.getElementById('w')`
	frame := shadow("w", "iframe")
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.hover("w")
	tb.waitFor(frame+` && `+frame+`.contentWindow.stretchPlayerMemory`, time.Minute) // compiled
	got := evalJS[map[string]any](tb, `(() => { const f = `+frame+`, v = `+shadow("w", ".view")+`;
		return {inert: f.inert, hidden: f.getAttribute('aria-hidden'), state: `+w+`.state, facade: !!v && v.checkVisibility(),
			above: v.compareDocumentPosition(f) === Node.DOCUMENT_POSITION_PRECEDING}; })()`)
	if got["inert"] != true || got["hidden"] != "true" || got["state"] != "idle" || got["facade"] != true || got["above"] != true {
		t.Errorf("warmed: %v; want an inert, hidden frame under the facade, the element idle", got)
	}
	if n := len(tb.elementEvents()); n != 0 {
		t.Errorf("warmed: %d events before Start; want none", n)
	}
	origin := evalJS[float64](tb, frame+`.contentWindow.performance.timeOrigin`)

	tb.clickShadow("w", ".choice") // voice on
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	after := evalJS[map[string]any](tb, `(() => { const f = `+frame+`; return {origin: f.contentWindow.performance.timeOrigin,
		query: f.contentWindow.location.search, inert: f.inert, frames: `+w+`.shadowRoot.querySelectorAll('iframe').length}; })()`)
	if after["origin"] != origin {
		t.Errorf("Start loaded the player anew; want the warmed one begun")
	}
	if q, _ := after["query"].(string); !strings.Contains(q, "begun=1") || !strings.Contains(q, "choice=voice") {
		t.Errorf("the begun player's settings are %q; want those of the moment of Start (begun, choice=voice)", q)
	}
	if after["inert"] != false || after["frames"] != 1.0 {
		t.Errorf("begun: %v; want one frame, no longer inert", after)
	}
	tb.waitFor(w+`.state === 'playing'`, 20*time.Second)
	for _, e := range []string{"ready", "play", "stretchchange"} {
		if n := tb.countElementEvents("w", e); n != 1 {
			t.Errorf("%d %s events after Start; want exactly 1", n, e)
		}
	}

	// A change of attribute drops the warmed player; Start loads another.
	// (On the shared server: this page chooses nothing to keep.)
	tb2 := openTab(t, "/host.html", desktop)
	tb2.waitFor(shadow("w", ".start"), 10*time.Second)
	tb2.hover("w")
	tb2.waitFor(frame, 30*time.Second)
	evalJS[bool](tb2, w+`.setAttribute('breaths', '3'), true`)
	tb2.waitFor(`!`+frame+` && `+shadow("w", ".start"), 10*time.Second)
	tb2.clickShadow("w", ".start")
	tb2.waitElementEvent("w", "ready", 1, readyTimeout)
	if q := evalJS[string](tb2, frame+`.contentWindow.location.search`); !strings.Contains(q, "breaths=3") {
		t.Errorf("after the attribute change, the player's settings are %q; want breaths=3", q)
	}
}
