package e2e

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// recordElementEvents runs in every page before its own scripts: it keeps
// every contract event that reaches the document from a <stretch-routine>
// element, with the element's id, whether it bubbled, and when it came; and
// it adds up the page's layout shifts (CLS).
const recordElementEvents = `
window.__elementEvents = [];
window.__layoutShift = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__layoutShift += e.value; })
  .observe({type: 'layout-shift', buffered: true});
for (const type of ['ready', 'play', 'pause', 'stretchchange', 'breathphase', 'timeupdate', 'ended', 'bookingclick', 'error']) {
  document.addEventListener(type, (e) => {
    if (!e.target || e.target.localName !== 'stretch-routine') return;
    window.__elementEvents.push({type, id: e.target.id, bubbles: e.bubbles, custom: e instanceof CustomEvent,
      detail: e.detail, at: performance.now()});
  });
}`

// elementEvent is one event a <stretch-routine> element fired.
type elementEvent struct {
	Type    string         `json:"type"`
	ID      string         `json:"id"`
	Bubbles bool           `json:"bubbles"`
	Custom  bool           `json:"custom"`
	Detail  map[string]any `json:"detail"`
	At      float64        `json:"at"`
}

// requestLog records the paths a test server was asked for, in order.
type requestLog struct {
	mu    sync.Mutex
	paths []string
}

func (l *requestLog) add(p string) {
	l.mu.Lock()
	l.paths = append(l.paths, p)
	l.mu.Unlock()
}

// all returns every path requested so far.
func (l *requestLog) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.paths...)
}

// hostServer serves the built site (the shared server's handler) plus
// /host.html, a bare host page holding only the embed snippet: one
// <stretch-routine id="w"> whose attributes are the page's query
// parameters. It logs every request, and answers a request for a .wasm
// file with 404 when blockWasm is set.
type hostServer struct {
	*httptest.Server
	log requestLog
	// embedSrc is where host.html loads embed.js from ("embed.js", next
	// to it, unless set).
	embedSrc string
	// fault, when set, answers the requests it wants to break (it returns
	// true when it answered).
	fault func(w http.ResponseWriter, r *http.Request) bool
}

// startedOnHost opens the test host page with the widget at size vp,
// presses Start and waits for the player's ready: a routine playing in a
// clinic's page.
func startedOnHost(t *testing.T, vp viewport) *tab {
	t.Helper()
	tb := openTab(t, "/host.html", vp)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	return tb
}

// withTestPages serves the test pages that need no server of their own
// (/host.html, the bare host page with the widget's attributes from the
// query; /phone.html?lang=, a phone's article page; /column.html, a
// theme's content column) and everything else with site.
func withTestPages(site http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var page string
		switch r.URL.Path {
		case "/host.html":
			page = hostPage(r.URL.Query(), "embed.js")
		case "/phone.html":
			page = phonePage(r.URL.Query().Get("lang"))
		case "/column.html":
			page = columnPage
		default:
			site.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
}

// newHostServer starts a host server of its own, for a test that breaks
// requests, reads the request log, or must not share the browser's cache
// and storage with other tests: it has an origin of its own.
func newHostServer(t *testing.T, blockWasm bool) *hostServer {
	t.Helper()
	hs := &hostServer{}
	site := server.Config.Handler
	hs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hs.log.add(r.URL.Path)
		switch {
		case hs.fault != nil && hs.fault(w, r):
		case r.URL.Path == "/host.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			src := hs.embedSrc
			if src == "" {
				src = "embed.js"
			}
			fmt.Fprint(w, hostPage(r.URL.Query(), src))
		case blockWasm && path.Ext(r.URL.Path) == ".wasm":
			http.NotFound(w, r)
		default:
			site.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(hs.Close)
	return hs
}

// hostPage is a minimal clinic page with the embed snippet, loading
// embed.js from src, and a <stretch-routine id="w"> with attrs.
func hostPage(attrs url.Values, src string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title></head>` +
		`<body style="margin:0;padding:16px;font-family:sans-serif"><main><h1>Host page</h1>`)
	fmt.Fprintf(&b, `<script type="module" src="%s"></script>`, html.EscapeString(src))
	b.WriteString(`<stretch-routine id="w"`)
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, ` %s="%s"`, html.EscapeString(k), html.EscapeString(attrs.Get(k)))
	}
	b.WriteString(`></stretch-routine><p style="height:3000px">The rest of the article.</p></main></body></html>`)
	return b.String()
}

// elementEvents returns the events the page's widgets fired so far.
func (tb *tab) elementEvents() []elementEvent {
	tb.t.Helper()
	return evalJS[[]elementEvent](tb, `window.__elementEvents`)
}

// waitElementEvent waits until widget id has fired n events of type typ.
func (tb *tab) waitElementEvent(id, typ string, n int, timeout time.Duration) {
	tb.t.Helper()
	tb.waitFor(fmt.Sprintf(`window.__elementEvents.filter(e => e.id === %q && e.type === %q).length >= %d`, id, typ, n), timeout)
}

// countElementEvents counts widget id's events of type typ so far.
func (tb *tab) countElementEvents(id, typ string) int {
	tb.t.Helper()
	return evalJS[int](tb, fmt.Sprintf(`window.__elementEvents.filter(e => e.id === %q && e.type === %q).length`, id, typ))
}

// shadow is a JS expression for the element matching sel inside the
// shadow root of widget id.
func shadow(id, sel string) string {
	return fmt.Sprintf(`document.getElementById(%q)?.shadowRoot?.querySelector(%q)`, id, sel)
}

// clickShadow clicks, as a visitor would, the element matching sel in
// widget id's shadow root.
func (tb *tab) clickShadow(id, sel string) {
	tb.t.Helper()
	expr := shadow(id, sel)
	tb.waitFor(fmt.Sprintf(`document.getElementById(%q)?.shadowRoot && `, id)+expr+` && `+expr+`.checkVisibility()`, 10*time.Second)
	r := evalJS[[]float64](tb, `(() => { const e = `+expr+`; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); return [r.left + r.width/2, r.top + r.height/2]; })()`)
	if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(r[0], r[1])); err != nil {
		tb.t.Fatalf("clicking %s in #%s: %v", sel, id, err)
	}
}

// warnings returns the console warnings the page logged so far.
func (tb *tab) warnings() []string {
	var w []string
	for _, l := range tb.consoleLines() {
		if strings.HasPrefix(l, "warning: ") {
			w = append(w, strings.TrimPrefix(l, "warning: "))
		}
	}
	return w
}

// waitWarnings waits until the page has logged at least n console
// warnings (the element gives them once it has loaded what each attribute
// accepts) and returns them all.
func (tb *tab) waitWarnings(n int, timeout time.Duration) []string {
	tb.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		w := tb.warnings()
		if len(w) >= n {
			return w
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("timed out after %v waiting for %d console warnings; have %q", timeout, n, w)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
