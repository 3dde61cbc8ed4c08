package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// viewport is a browser window size in CSS pixels with its device scale.
type viewport struct {
	name          string
	width, height int64
	scale         float64
	mobile        bool
}

var (
	phone   = viewport{"phone", 375, 667, 2, true}
	desktop = viewport{"desktop", 1280, 800, 1, false}
)

// recordEvents runs in every page before its own scripts: it keeps every
// event message the player posts (to its parent, which is the page itself
// when the player runs on its own) with the time it arrived and, for a
// player on its own page, when it posted it (postedAt: from inside Ebiten's
// frame, just after the player read its clock; a message can arrive after
// the next frame has begun). It
// also counts the page's own requests of an animation frame (__rafCalls)
// and how many of them still wait for their frame (__rafPending): a frame
// loop that sleeps has none waiting and makes no more.
const recordEvents = `
window.__stretchEvents = [];
window.__rafCalls = 0;
window.__rafPending = 0;
const raf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (f) => {
  window.__rafCalls++;
  window.__rafPending++;
  return raf((t) => { window.__rafPending--; f(t); });
};
const posted = [];
// Only in a player on its own page: a wrapper on a page that frames the
// player would become the poster of the frame's messages.
if (window.top === window && location.pathname.endsWith('/player.html')) {
  const post = window.postMessage; // the global's own, not its prototype's
  window.postMessage = function (d, ...rest) {
    if (d && d.source === 'stretch-routine' && d.kind === 'event') posted.push(performance.now());
    return post.call(window, d, ...rest);
  };
}
window.addEventListener('message', (e) => {
  const d = e.data;
  if (d && d.source === 'stretch-routine' && d.kind === 'event') {
    const postedAt = e.source === window ? posted.shift() : undefined;
    window.__stretchEvents.push({type: d.type, detail: d.detail, at: performance.now(), postedAt});
  }
});`

// tab is one open page with what its console said.
type tab struct {
	ctx context.Context
	t   *testing.T

	mu       sync.Mutex
	console  []string
	failures []string
}

// openTab opens path on the test server in a new tab of size vp.
func openTab(t *testing.T, path string, vp viewport) *tab {
	t.Helper()
	return openAt(t, server.URL+path, vp)
}

// openAt opens rawURL in a new tab of size vp, recording the player's
// messages and the <stretch-routine> elements' events.
func openAt(t *testing.T, rawURL string, vp viewport) *tab {
	t.Helper()
	tb := &tab{t: t}
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	tb.ctx = ctx
	if err := chromedp.Listen(ctx, tb.listen); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	err := chromedp.Do(ctx,
		emulate(vp),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			for _, src := range []string{recordEvents, recordElementEvents} {
				if _, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
					return err
				}
			}
			return nil
		}),
		chromedp.Navigate(rawURL),
		// A new tab may start hidden (then nothing animates): show it.
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.BringToFront, cdp.Empty{})
			return err
		}),
	)
	if err != nil {
		t.Fatalf("opening %s: %v", rawURL, err)
	}
	return tb
}

// emulate sizes a tab as vp: its CSS size and device scale, and for a
// phone its touch screen and orientation.
func emulate(vp viewport) chromedp.Action[chromedp.Void] {
	opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(vp.scale)}
	if vp.mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
		if vp.width > vp.height {
			opts = append(opts, chromedp.EmulateLandscape)
		} else {
			opts = append(opts, chromedp.EmulatePortrait)
		}
	}
	return chromedp.EmulateViewport(vp.width, vp.height, opts...)
}

// resize changes tb's viewport to vp.
func (tb *tab) resize(vp viewport) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, emulate(vp)); err != nil {
		tb.t.Fatalf("resizing to %s: %v", vp.name, err)
	}
}

// listen keeps what the page logs and throws.
func (tb *tab) listen(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		var parts []string
		for _, a := range ev.Args {
			var s string
			if json.Unmarshal([]byte(a.Value), &s) == nil {
				parts = append(parts, s)
			} else {
				parts = append(parts, string(a.Value)+a.Description)
			}
		}
		tb.mu.Lock()
		tb.console = append(tb.console, string(ev.Type)+": "+strings.Join(parts, " "))
		tb.mu.Unlock()
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		tb.mu.Lock()
		tb.failures = append(tb.failures, msg)
		tb.mu.Unlock()
	}
}

// consoleLines returns what the page logged so far, one line per call.
func (tb *tab) consoleLines() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.console...)
}

// exceptions returns the uncaught exceptions the page threw so far.
func (tb *tab) exceptions() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.failures...)
}

// evalTimeout bounds one evaluation in a page.
const evalTimeout = 90 * time.Second

// evalJS evaluates js in tb's page (awaiting a promise result) and returns
// its JSON result as a T.
func evalJS[T any](tb *tab, js string) T {
	tb.t.Helper()
	// A promise that never settles must fail the test, not hang the suite.
	ctx, cancel := context.WithTimeout(tb.ctx, evalTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// playerEvent is one event the player posted: its type and detail, when it
// arrived and the start of the animation frame that sent it (ms).
type playerEvent struct {
	Type   string         `json:"type"`
	Detail map[string]any `json:"detail"`
	At     float64        `json:"at"`
	// PostedAt is when a player on its own page posted it: just after it
	// read its clock for the frame.
	PostedAt float64 `json:"postedAt"`
}

// events returns every event the player has posted so far.
func (tb *tab) events() []playerEvent {
	tb.t.Helper()
	return evalJS[[]playerEvent](tb, `window.__stretchEvents`)
}

// waitFor waits until cond (a JS expression, or a promise of a value) is
// true, and fails the test if it is not within timeout.
func (tb *tab) waitFor(cond string, timeout time.Duration) {
	tb.t.Helper()
	if !tb.poll(cond, timeout) {
		tb.t.Fatalf("timed out after %v waiting for %s\nconsole:\n%s\nexceptions: %v", timeout, cond,
			strings.Join(tb.consoleLines(), "\n"), tb.exceptions())
	}
}

// poll reports whether cond (a JS expression, or a promise of a value)
// became true within timeout. The page itself checks it every 50 ms, so a
// wait costs one call into the browser, not one per check; a navigation
// under way (such as a reload) only means asking again.
func (tb *tab) poll(cond string, timeout time.Duration) bool {
	tb.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		left := time.Until(deadline)
		ctx, cancel := context.WithTimeout(tb.ctx, left+evalTimeout)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(async () => {
			const end = performance.now() + %d;
			for (;;) {
				if (await (%s)) return true;
				if (performance.now() >= end) return false;
				await new Promise((r) => setTimeout(r, 50));
			}
		})()`, max(0, left.Milliseconds()), cond), chromedp.EvalAwaitPromise))
		cancel()
		switch {
		case err == nil:
			return ok
		case !navigating(err):
			tb.t.Fatalf("waiting for %s: %v", cond, err)
		case time.Now().After(deadline):
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// navigating reports whether err is an evaluation cut short because its
// page navigated away.
func navigating(err error) bool {
	s := err.Error()
	return strings.Contains(s, "navigated or closed") || strings.Contains(s, "context was destroyed") || strings.Contains(s, "Cannot find context")
}

// waitEvent waits until the player has posted n events of type typ.
func (tb *tab) waitEvent(typ string, n int, timeout time.Duration) {
	tb.t.Helper()
	tb.waitFor(fmt.Sprintf("window.__stretchEvents.filter(e => e.type === %q).length >= %d", typ, n), timeout)
}

// command posts a command to a player running on its own, as its parent
// (itself) would.
func (tb *tab) command(cmd string, value any) {
	tb.t.Helper()
	v, _ := json.Marshal(value)
	evalJS[bool](tb, fmt.Sprintf(`window.postMessage({source: 'stretch-routine', kind: 'command', cmd: %q, value: %s}, location.origin), true`, cmd, v))
}

// settle waits for the player to draw a few more frames.
func (tb *tab) settle() {
	tb.t.Helper()
	evalJS[bool](tb, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))`)
}

// screenshot captures the viewport, saves it under screenshots/ as name.png
// for people to look at, and returns it.
func (tb *tab) screenshot(name string) image.Image {
	tb.t.Helper()
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll("screenshots", 0o755); err == nil {
		os.WriteFile(filepath.Join("screenshots", name+".png"), buf, 0o644)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		tb.t.Fatalf("decoding screenshot %s: %v", name, err)
	}
	return img
}

// waitAsleep waits until the page's frame loop sleeps: no animation frame
// requested and waiting, twice in a row, and none requested in between. A
// running loop always has its next frame requested by the time a frame's
// task ends, however slow the frame.
func (tb *tab) waitAsleep(timeout time.Duration) {
	tb.t.Helper()
	tb.waitFor(`(async () => {
		const n = window.__rafCalls;
		if (window.__rafPending !== 0) return false;
		await new Promise((r) => setTimeout(r, 100));
		return window.__rafPending === 0 && window.__rafCalls === n;
	})()`, timeout)
}

// lastEvent returns the last event of type typ.
func (tb *tab) lastEvent(typ string) playerEvent {
	tb.t.Helper()
	evs := tb.events()
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].Type == typ {
			return evs[i]
		}
	}
	tb.t.Fatalf("no %s event", typ)
	return playerEvent{}
}

// click clicks the element matching sel as a visitor would (a real mouse
// event at its centre).
func (tb *tab) click(sel string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)); err != nil {
		tb.t.Fatalf("clicking %s: %v", sel, err)
	}
}

// press types one key into whatever has focus.
func (tb *tab) press(key string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(keyName(key))); err != nil {
		tb.t.Fatalf("pressing %q: %v", key, err)
	}
}

// keyName maps the names used in tests to chromedp's key strings.
func keyName(key string) string {
	switch key {
	case "Enter":
		return kb.Enter
	case "ArrowLeft":
		return kb.ArrowLeft
	case "ArrowRight":
		return kb.ArrowRight
	case "Tab":
		return kb.Tab
	}
	return key
}

// text returns the text content of the element matching sel.
func (tb *tab) text(sel string) string {
	tb.t.Helper()
	return evalJS[string](tb, fmt.Sprintf(`document.querySelector(%q).textContent`, sel))
}

// attr returns an attribute of the element matching sel ("" if absent).
func (tb *tab) attr(sel, name string) string {
	tb.t.Helper()
	return evalJS[string](tb, fmt.Sprintf(`document.querySelector(%q).getAttribute(%q) || ''`, sel, name))
}

// attrOf is attr for an element chosen by tag name.
func (tb *tab) attrOf(tag, name string) string { return tb.attr(tag, name) }

// visible reports whether the element matching sel is rendered and visible.
func (tb *tab) visible(sel string) bool {
	tb.t.Helper()
	return evalJS[bool](tb, fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.checkVisibility({visibilityProperty: true}); })()`, sel))
}

// hidden reports whether the element matching sel is not visible.
func (tb *tab) hidden(sel string) bool { return !tb.visible(sel) }

// waitVisible waits until the element matching sel is visible.
func (tb *tab) waitVisible(sel string) {
	tb.t.Helper()
	tb.waitFor(fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.checkVisibility(); })()`, sel), 10*time.Second)
}

// box returns the device-pixel rectangle of the element matching sel, as it
// appears in screenshots taken at the given device scale.
func (tb *tab) box(sel string, scale float64) image.Rectangle {
	tb.t.Helper()
	r := evalJS[[]float64](tb, fmt.Sprintf(`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()`, sel))
	return image.Rect(int(r[0]*scale), int(r[1]*scale), int(r[2]*scale), int(r[3]*scale))
}

// eventsOf returns the events of type typ posted so far.
func (tb *tab) eventsOf(typ string) []playerEvent {
	tb.t.Helper()
	var out []playerEvent
	for _, e := range tb.events() {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

// plain turns the no-break spaces that keep numbers with their words into
// plain spaces, for comparing texts.
func plain(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

// reload reloads tb's page and waits until the new document is there, so
// that no wait after it is answered by the old one.
func (tb *tab) reload() {
	tb.t.Helper()
	evalJS[bool](tb, `window.__beforeReload = true, location.reload(), true`)
	tb.waitFor(`!window.__beforeReload && document.readyState !== 'loading'`, 30*time.Second)
}
