package e2e

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/immerse-massage/stretch/anim"
)

// faultBook is the booking link the fault tests give the widget: whatever
// breaks, the visitor keeps the way to book.
const faultBook = "https://clinic.example/book"

// startWithFault opens a host page whose server breaks what fault breaks,
// with any extra script run in the page first, and presses Start.
func startWithFault(t *testing.T, fault func(w http.ResponseWriter, r *http.Request) bool, script string) (*tab, *hostServer) {
	t.Helper()
	hs := newHostServer(t, false)
	hs.fault = fault
	tb := openAt(t, hs.URL+"/host.html?booking-url="+url.QueryEscape(faultBook), phone)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	if script != "" {
		evalJS[bool](tb, script+`; true`)
	}
	tb.clickShadow("w", ".start")
	return tb, hs
}

// wantFallback checks that the widget failed with an error event of code
// (any code when ""), state error, and shows the routine as text with the
// booking link; and that pressing play tries again.
func wantFallback(t *testing.T, tb *tab, code string, within time.Duration) {
	t.Helper()
	tb.waitElementEvent("w", "error", 1, within)
	e := lastElementEvent(tb, "error")
	if got, _ := e.Detail["code"].(string); got == "" || (code != "" && got != code) {
		t.Errorf("error code = %q; want %q", got, code)
	}
	if got := evalJS[string](tb, `document.getElementById('w').state`); got != "error" {
		t.Errorf("state = %q after the fault; want error", got)
	}
	fallback := shadow("w", ".fallback")
	tb.waitFor(fallback+`?.querySelector('ol') && `+fallback+`.querySelector('a.book')`, 15*time.Second)
	text := evalJS[string](tb, fallback+`.innerText`)
	if first := anim.StretchContent(anim.CatCow, anim.English).Steps[0]; !strings.Contains(text, first) {
		t.Errorf("the fallback lacks the routine's first step %q", first)
	}
	if href := evalJS[string](tb, fallback+`.querySelector('a.book').href`); href != faultBook {
		t.Errorf("fallback booking link = %q; want %q", href, faultBook)
	}
	if n := evalJS[int](tb, `document.getElementById('w').shadowRoot.querySelectorAll('iframe').length`); n != 0 {
		t.Errorf("%d player iframes left after the fault", n)
	}
}

// bufferedResponse is an http.ResponseWriter that keeps what it is given.
type bufferedResponse struct {
	header http.Header
	body   bytes.Buffer
	status int
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }

// isWasm reports whether r asks for the player's wasm.
func isWasm(r *http.Request) bool { return path.Ext(r.URL.Path) == ".wasm" }

func TestFaultWasmMissing(t *testing.T) {
	parallel(t)
	tb, _ := startWithFault(t, func(w http.ResponseWriter, r *http.Request) bool {
		if isWasm(r) {
			http.NotFound(w, r)
			return true
		}
		return false
	}, "")
	wantFallback(t, tb, "load-failed", 30*time.Second)
	tb.screenshot("fault-wasm-404-phone")
}

func TestFaultWasmCorrupt(t *testing.T) {
	parallel(t)
	tb, _ := startWithFault(t, func(w http.ResponseWriter, r *http.Request) bool {
		if isWasm(r) {
			w.Header().Set("Content-Type", "application/wasm")
			w.Write([]byte("\x00asm\x01\x00\x00\x00 this is not a player"))
			return true
		}
		return false
	}, "")
	wantFallback(t, tb, "load-failed", 30*time.Second)
}

// TestFaultDownloadStalls sends part of the wasm and then nothing: the
// player gives up after 15 s without a byte, not before, and the routine
// is shown as text.
func TestFaultDownloadStalls(t *testing.T) {
	parallel(t)
	tb, _ := startWithFault(t, func(w http.ResponseWriter, r *http.Request) bool {
		if !isWasm(r) {
			return false
		}
		w.Header().Set("Content-Type", "application/wasm")
		w.Write(make([]byte, 64<<10))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
		return true
	}, "")
	clicked := time.Now()
	whileWaiting(func() { tb.waitElementEvent("w", "error", 1, time.Minute) })
	wantFallback(t, tb, "stalled", time.Minute)
	if d := time.Since(clicked); d < 14*time.Second {
		t.Errorf("gave up on the download after %v; want no sooner than 15 s without a byte", d)
	}
}

// dribbleWasm answers the player's wasm in slices parts, one every 100 ms,
// uncompressed and without a length: a slow download that keeps moving.
func dribbleWasm(slices int) func(w http.ResponseWriter, r *http.Request) bool {
	site := server.Config.Handler
	return func(w http.ResponseWriter, r *http.Request) bool {
		if !isWasm(r) {
			return false
		}
		rec := &bufferedResponse{header: http.Header{}}
		r2 := r.Clone(r.Context())
		r2.Header.Del("Accept-Encoding") // dribble the raw bytes
		site.ServeHTTP(rec, r2)
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		body := rec.body.Bytes()
		step := len(body)/slices + 1
		for i := 0; i < len(body); i += step {
			if _, err := w.Write(body[i:min(i+step, len(body))]); err != nil {
				return true
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return true
			case <-time.After(100 * time.Millisecond):
			}
		}
		return true
	}
}

// TestSlowDownloadIsNotAbandoned sends the wasm slowly but steadily, over
// more than the element's 20 s watchdog: the player keeps going, shows
// progress, and starts.
func TestSlowDownloadIsNotAbandoned(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, false)
	hs.fault = dribbleWasm(250) // about 25 s
	tb := openAt(t, hs.URL+"/host.html", phone)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	whileWaiting(func() {
		tb.waitFor(`(() => { const i = `+shadow("w", ".progress i")+`; return i && parseFloat(i.style.width) > 10; })()`, 30*time.Second)
		tb.waitElementEvent("w", "ready", 1, 2*time.Minute)
	})
	if n := tb.countElementEvents("w", "error"); n != 0 {
		t.Errorf("a slow download that kept moving fired error")
	}
}

// TestLoadingPacerBreathesWhileSlow: the player on its own page, its wasm
// coming slowly, shows a breathing pacer beside the progress while the
// wait is on the network, and then starts.
func TestLoadingPacerBreathesWhileSlow(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, false)
	hs.fault = dribbleWasm(60) // about 6 s
	tb := openAt(t, hs.URL+"/player.html", phone)
	tb.waitFor(`(() => { const a = document.querySelector('.loading-pacer').getAnimations();
		return a.length === 1 && a[0].playState === 'running' && parseFloat(document.querySelector('.loading-fill').style.width) < 100; })()`, 10*time.Second)
	tb.waitEvent("ready", 1, time.Minute)
	if !tb.hidden("#loading") {
		t.Errorf("the loading view is still shown once the player is ready")
	}
}

func TestFaultWasmExecMissing(t *testing.T) {
	parallel(t)
	tb, _ := startWithFault(t, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path == "/wasm_exec.js" {
			http.NotFound(w, r)
			return true
		}
		return false
	}, "")
	wantFallback(t, tb, "load-failed", 30*time.Second)
}

// TestFaultPlayerPageFails answers player.html with a 500 error page: the
// element notices within seconds of the page loading, not after its 20 s
// watchdog.
func TestFaultPlayerPageFails(t *testing.T) {
	parallel(t)
	tb, _ := startWithFault(t, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path == "/player.html" {
			http.Error(w, "Internal Server Error", http.StatusInternalServerError)
			return true
		}
		return false
	}, "")
	clicked := time.Now()
	wantFallback(t, tb, "player-missing", 15*time.Second)
	if d := time.Since(clicked); d > 12*time.Second {
		t.Errorf("noticed the failed player page after %v; want within a few seconds", d)
	}
}

// TestFaultPlayerStylesStall never answers player.css, so the player page
// never fires load: the watchdog counts from the iframe's creation.
func TestFaultPlayerStylesStall(t *testing.T) {
	parallel(t)
	tb, _ := startWithFault(t, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path == "/player.css" {
			<-r.Context().Done()
			return true
		}
		return false
	}, "")
	whileWaiting(func() { tb.waitElementEvent("w", "error", 1, 45*time.Second) })
	wantFallback(t, tb, "", 45*time.Second)
}

// TestFaultNoWebGL2 takes WebGL 2 contexts away in every frame: the
// player cannot draw, says so, and the routine is shown as text.
func TestFaultNoWebGL2(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html?booking-url="+url.QueryEscape(faultBook), phone)
	tb.addScript(`(() => {
		const get = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : get.call(this, kind, ...rest); };
	})();`)
	tb.reload()
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	wantFallback(t, tb, "unsupported", time.Minute)
}

// TestFaultContextLost loses the player's WebGL context mid-routine:
// Ebiten reloads the player's page, which picks up where it was. The
// element sees no second ready, keeps its state, and the routine goes on
// from where it was.
func TestFaultContextLost(t *testing.T) {
	parallel(t)
	tb := startedOnHost(t, desktop)
	w := `document.getElementById('w')`
	evalJS[bool](tb, w+`.currentTime = 100, true`)
	tb.waitFor(w+`.state === 'playing' && `+w+`.currentTime >= 100`, 20*time.Second)
	before := evalJS[float64](tb, w+`.currentTime`)
	frame := shadow("w", "iframe")
	evalJS[bool](tb, `(() => { const f = `+frame+`; f.contentWindow.__before = true;
		f.contentDocument.querySelector('canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext(); return true; })()`)
	// The page reloads: a new document whose player shows again.
	tb.waitFor(`(() => { const f = `+frame+`; return !f.contentWindow.__before && f.contentDocument.readyState === 'complete' && !f.contentDocument.getElementById('player').hidden; })()`, time.Minute)
	n := len(tb.eventsOf("timeupdate"))
	tb.waitEvent("timeupdate", n+2, time.Minute)
	after := evalJS[float64](tb, w+`.currentTime`)
	if after < before {
		t.Errorf("after the context was lost the routine went back from %.1f s to %.1f s", before, after)
	}
	if got := tb.countElementEvents("w", "ready"); got != 1 {
		t.Errorf("%d ready events; want one, the reload is not a new start", got)
	}
	if got := evalJS[string](tb, w+`.state`); got != "playing" {
		t.Errorf("state = %q after the reload; want playing", got)
	}
	if got := tb.countElementEvents("w", "error"); got != 0 {
		t.Errorf("the lost context fired error")
	}
}

// TestFaultNetworkGone takes the network away once the player is ready:
// the routine needs nothing more and plays on to its end.
func TestFaultNetworkGone(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html?booking-url="+url.QueryEscape(faultBook), desktop)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
		})
		return err
	}))
	if err != nil {
		t.Fatalf("going offline: %v", err)
	}
	w := `document.getElementById('w')`
	evalJS[bool](tb, w+`.currentTime = `+w+`.duration - 2, true`)
	tb.waitElementEvent("w", "ended", 1, time.Minute)
	if got := tb.countElementEvents("w", "error"); got != 0 {
		t.Errorf("the routine failed without a network: %v", lastElementEvent(tb, "error").Detail)
	}
	if href := evalJS[string](tb, shadow("w", "iframe")+`.contentDocument.getElementById('btn-book').href`); href != faultBook {
		t.Errorf("end screen booking link = %q; want %q", href, faultBook)
	}
}
