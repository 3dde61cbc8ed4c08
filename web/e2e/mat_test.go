package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// addScript runs src in every document of tb's page from now on,
// frames included.
func (tb *tab) addScript(src string) {
	tb.t.Helper()
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	}))
	if err != nil {
		tb.t.Fatalf("adding a script: %v", err)
	}
}

// clickInFrame clicks, as a visitor would, the element sel in widget w's
// player frame.
func (tb *tab) clickInFrame(sel string) {
	tb.t.Helper()
	frame := shadow("w", "iframe")
	xy := evalJS[[]float64](tb, `(() => { const f = `+frame+`, e = f.contentDocument.querySelector(`+quote(sel)+`);
		const a = f.getBoundingClientRect(), b = e.getBoundingClientRect(); return [a.left + b.left + b.width / 2, a.top + b.top + b.height / 2]; })()`)
	if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
		tb.t.Fatalf("clicking %s in the player: %v", sel, err)
	}
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// TestFullScreenPinned: where the Fullscreen API cannot be used (iPhone
// Safari), the full-screen control pins the player over the viewport, and
// Escape puts it back: the element's box and the page's scroll position
// exactly as they were.
func TestFullScreenPinned(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html", phone)
	// No Fullscreen API, in every frame.
	tb.addScript(`Object.defineProperty(Document.prototype, 'fullscreenEnabled', {get: () => false});`)
	tb.reload()
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	evalJS[bool](tb, `scrollTo(0, 37), true`)
	tb.waitFor(`scrollY === 37`, 5*time.Second)
	before := evalJS[[]float64](tb, `(() => { const r = document.getElementById('w').getBoundingClientRect(); return [r.left, r.top, r.width, r.height, scrollY]; })()`)
	tb.clickInFrame("#btn-fullscreen")
	tb.waitFor(`document.getElementById('w').fullscreen`, 10*time.Second)
	pinned := evalJS[[]float64](tb, `(() => { const r = `+shadow("w", "iframe")+`.getBoundingClientRect(); return [r.left, r.top, r.width, r.height, innerWidth, innerHeight]; })()`)
	if pinned[0] != 0 || pinned[1] != 0 || pinned[2] != pinned[4] || pinned[3] != pinned[5] {
		t.Errorf("pinned, the player's frame is at %v; want the whole viewport", pinned)
	}
	tb.waitFor(shadow("w", "iframe")+`.contentDocument.documentElement.classList.contains('fullscreen')`, 10*time.Second)
	tb.settle()
	tb.screenshot("fullscreen-pinned-phone")
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	tb.waitFor(`!document.getElementById('w').fullscreen`, 10*time.Second)
	after := evalJS[[]float64](tb, `(() => { const r = document.getElementById('w').getBoundingClientRect(); return [r.left, r.top, r.width, r.height, scrollY]; })()`)
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("after Escape, box and scroll = %v; want exactly %v", after, before)
			break
		}
	}
}

// TestFullScreenNative: where the Fullscreen API works, the control makes
// the player's frame the page's full-screen element, the element says so,
// and Escape leaves.
func TestFullScreenNative(t *testing.T) {
	parallel(t)
	tb := startedOnHost(t, desktop)
	tb.clickInFrame("#btn-fullscreen")
	// The page sees the element in full screen; inside it, the player's frame.
	tb.waitFor(`document.getElementById('w').fullscreen && document.fullscreenElement === document.getElementById('w') &&
		document.getElementById('w').shadowRoot.fullscreenElement === `+shadow("w", "iframe"), 10*time.Second)
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	tb.waitFor(`!document.getElementById('w').fullscreen && !document.fullscreenElement`, 10*time.Second)
}

// wakeLockSpy replaces navigator.wakeLock in every frame with one that
// records what is asked of it.
const wakeLockSpy = `(() => {
	const log = [];
	window.__wakeLog = log;
	Object.defineProperty(navigator, 'wakeLock', {value: {request: async (type) => {
		log.push('request ' + type);
		const s = new EventTarget();
		s.released = false;
		s.type = type;
		s.release = async () => { if (!s.released) { s.released = true; log.push('release'); } };
		return s;
	}}});
})();`

// TestWakeLock: the player holds the screen awake exactly while the
// routine plays: taken on play, let go on pause, when the page is hidden
// (scrolled away) and at the end; and a real request succeeds where the
// permission is granted.
func TestWakeLock(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html", desktop)
	tb.addScript(wakeLockSpy)
	tb.reload()
	w := `document.getElementById('w')`
	log := shadow("w", "iframe") + `.contentWindow.__wakeLog`
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	tb.waitFor(log+`.join() === 'request screen'`, 10*time.Second)
	evalJS[bool](tb, w+`.pause(), true`)
	tb.waitFor(log+`.join() === 'request screen,release'`, 10*time.Second)
	evalJS[bool](tb, w+`.play(), true`)
	tb.waitFor(log+`.join() === 'request screen,release,request screen'`, 10*time.Second)
	evalJS[bool](tb, `scrollTo(0, document.body.scrollHeight), true`)
	tb.waitFor(log+`.join() === 'request screen,release,request screen,release'`, 10*time.Second)
	evalJS[bool](tb, w+`.scrollIntoView(), `+w+`.currentTime = `+w+`.duration - 1, `+w+`.play(), true`)
	tb.waitElementEvent("w", "ended", 1, time.Minute)
	tb.waitFor(log+`.at(-1) === 'release'`, 10*time.Second)

	// A real request, with the permission granted.
	real := openTab(t, "/player.html", phone)
	err := chromedp.Do(real.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: "screen-wake-lock"}, Setting: cdpbrowser.PermissionSettingGranted, Origin: server.URL,
		})
		return err
	}))
	if err != nil {
		t.Fatalf("granting the wake lock: %v", err)
	}
	real.waitEvent("ready", 1, time.Minute)
	evalJS[bool](real, `(() => { const req = navigator.wakeLock.request.bind(navigator.wakeLock);
		navigator.wakeLock.request = (t) => req(t).then((s) => { window.__held = s; return s; }); return true; })()`)
	real.click("#btn-start")
	real.waitFor(`window.__held && !window.__held.released`, 10*time.Second)
	real.command("pause", nil)
	real.waitFor(`window.__held.released`, 10*time.Second)
	if ex := real.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}

// TestChoicesSurviveReload: voice, tones and vibration chosen on the start
// screen are there again on the next visit. The choices are kept in the
// player origin's storage, so the test has an origin of its own, and the
// choices do not reach other tests.
func TestChoicesSurviveReload(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, false)
	tb := openAt(t, hs.URL+"/player.html", phone)
	tb.waitEvent("ready", 1, time.Minute)
	tb.click("#choice-sound")
	tb.waitFor(`document.getElementById('choice-sound').getAttribute('aria-pressed') === 'true'`, 5*time.Second)
	if tb.visible("#choice-voice") {
		tb.click("#choice-voice")
		tb.waitFor(`document.getElementById('choice-voice').getAttribute('aria-pressed') === 'true'`, 5*time.Second)
	}
	voice := tb.visible("#choice-voice")
	tb.reload()
	tb.waitFor(`window.__stretchEvents.some((e) => e.type === 'ready')`, time.Minute)
	if got := tb.attr("#choice-sound", "aria-pressed"); got != "true" {
		t.Errorf("after a reload, tones are %q; want the visitor's choice (on)", got)
	}
	if voice {
		if got := tb.attr("#choice-voice", "aria-pressed"); got != "true" {
			t.Errorf("after a reload, voice is %q; want the visitor's choice (on)", got)
		}
	}
	if got := tb.attr("#choice-haptics", "aria-pressed"); got != "false" {
		t.Errorf("after a reload, vibration is %q; want off, as left", got)
	}
}

// TestResumeAfterAutomaticPause scrolls the playing widget out of view and
// back: it paused by itself, shows a large Resume that says where the
// routine was, and Resume goes on from there, no time lost.
func TestResumeAfterAutomaticPause(t *testing.T) {
	parallel(t)
	tb := startedOnHost(t, phone)
	w := `document.getElementById('w')`
	evalJS[bool](tb, w+`.currentTime = 180, true`) // Child's Pose, breathing
	tb.waitFor(w+`.currentTime >= 180 && `+w+`.breath`, 20*time.Second)
	evalJS[bool](tb, `scrollTo(0, document.body.scrollHeight), true`)
	tb.waitElementEvent("w", "pause", 1, 10*time.Second)
	paused := evalJS[float64](tb, w+`.currentTime`)
	evalJS[bool](tb, w+`.scrollIntoView({block: 'center'}), true`)
	frame := shadow("w", "iframe") + `.contentDocument`
	tb.waitFor(frame+`.getElementById('resume-screen').checkVisibility()`, 10*time.Second)
	where := plain(evalJS[string](tb, frame+`.getElementById('resume-where').textContent`))
	if !strings.HasPrefix(where, "Child's Pose · breath ") || !strings.HasSuffix(where, " of 6") {
		t.Errorf("Resume says %q; want Child's Pose · breath N of 6", where)
	}
	tb.screenshot("resume-phone")
	if got := evalJS[float64](tb, w+`.currentTime`); got != paused {
		t.Errorf("paused away, the routine moved from %.2f to %.2f s", paused, got)
	}
	clicked := time.Now()
	tb.clickInFrame("#btn-resume")
	tb.waitElementEvent("w", "play", 2, 10*time.Second)
	n := len(tb.eventsOf("timeupdate"))
	tb.waitEvent("timeupdate", n+1, 10*time.Second)
	// The routine plays on at 1x from the click: allow the time since then
	// (long on a starved machine), and no more than 1 s besides.
	if got, since := evalJS[float64](tb, w+`.currentTime`), time.Since(clicked).Seconds(); got < paused || got > paused+since+1 {
		t.Errorf("resumed at %.2f s, %.1f s after the click; want from %.2f s", got, since, paused)
	}
}
