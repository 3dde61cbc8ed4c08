package e2e

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/immerse-massage/stretch/anim"
)

// readyTimeout bounds how long a player may take to download and start on
// the test machine (two cores, shared).
const readyTimeout = 90 * time.Second

// TestEmbedFacadeCostsLittle opens a bare host page with the snippet and
// checks what the visitor sees before pressing Start (a poster, the title
// with the number of stretches and minutes, a Start button), that nothing
// of the player has been requested, and that embed.js plus what it fetched
// stays within 10 KB brotli.
func TestEmbedFacadeCostsLittle(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, false)
	tb := openAt(t, hs.URL+"/host.html?booking-url="+url.QueryEscape("https://clinic.example/book"), desktop)
	tb.waitFor(shadow("w", ".start")+` && (!`+shadow("w", "img")+` || `+shadow("w", "img")+`.complete)`, 10*time.Second)
	// Anything lazy starts once the page has loaded and gone idle.
	tb.waitFor(`document.readyState === 'complete' && new Promise((r) => requestIdleCallback(() => r(true)))`, 10*time.Second)

	if res, err := http.Get(server.URL + "/posters/cat-cow.svg"); err == nil && res.StatusCode == http.StatusOK {
		res.Body.Close()
		if !evalJS[bool](tb, `(() => { const i = `+shadow("w", "img")+`; return !!i && i.naturalWidth > 0 && i.checkVisibility(); })()`) {
			t.Errorf("the site has posters/cat-cow.svg but the facade shows no poster")
		}
	} else {
		t.Logf("the site has no posters yet")
	}

	if got := evalJS[string](tb, shadow("w", ".title")+`.textContent`); got != "Upper back mobility" {
		t.Errorf("facade title = %q, want %q", got, "Upper back mobility")
	}
	if got, want := plain(evalJS[string](tb, shadow("w", ".sum")+`.textContent`)), "4 stretches · about 5 min"; got != want {
		t.Errorf("facade summary = %q, want %q", got, want)
	}
	if got := evalJS[string](tb, shadow("w", ".start")+`.textContent`); got != "Start" {
		t.Errorf("Start button text = %q, want %q", got, "Start")
	}
	if n := evalJS[int](tb, `document.querySelectorAll('iframe').length + document.getElementById('w').shadowRoot.querySelectorAll('iframe').length`); n != 0 {
		t.Errorf("%d iframes before Start, want none", n)
	}

	var total int
	for _, p := range hs.log.all() {
		switch {
		case strings.HasSuffix(p, ".wasm"), strings.HasPrefix(p, "/player."), p == "/wasm_exec.js":
			t.Errorf("requested %s before Start", p)
		case p == "/host.html", p == "/favicon.ico":
			continue
		}
		n := brotliSize(t, hs.URL+p)
		t.Logf("before Start: %s, %d bytes brotli", p, n)
		total += n
	}
	t.Logf("the embed cost the host page %d bytes (brotli) before Start", total)
	if total > 10*1024 {
		t.Errorf("the embed cost %d bytes brotli before Start, want at most 10 KB", total)
	}
	if total == 0 {
		t.Errorf("no request for embed.js was seen")
	}
}

// brotliSize returns the size of the body served for u once compressed
// with brotli at quality 11, as make dist precompresses the site (the test
// site is built with a faster, weaker quality).
func brotliSize(t *testing.T, u string) int {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, 11)
	w.Write(body)
	w.Close()
	return buf.Len()
}

// TestEmbedAPI starts the widget with its Start button, then drives it
// through the element's API and checks the events that bubble from it.
func TestEmbedAPI(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html", desktop)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	w := `document.getElementById('w')`

	before := evalJS[map[string]any](tb, `(() => { const w = `+w+`; return {state: w.state, paused: w.paused, nan: Number.isNaN(w.duration), id: w.stretch.id}; })()`)
	if before["state"] != "idle" || before["paused"] != true || before["nan"] != true || before["id"] != "cat-cow" {
		t.Errorf("before Start: %v, want state idle, paused, duration NaN, stretch cat-cow", before)
	}

	tb.clickShadow("w", ".start")
	if got := evalJS[string](tb, w+`.state`); got != "loading" {
		t.Errorf("state right after Start = %q, want loading", got)
	}
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	tb.waitElementEvent("w", "play", 1, 10*time.Second)
	// The routine begins at the click (play, then its first stretch);
	// ready comes once the player draws.
	evs := tb.elementEvents()
	if len(evs) < 3 || evs[0].Type != "play" || evs[1].Type != "stretchchange" || evs[1].Detail["id"] != "cat-cow" {
		t.Errorf("first events = %+v, want play and stretchchange cat-cow at the click", evs[:min(3, len(evs))])
	}
	ready := lastElementEvent(tb, "ready")
	if !ready.Bubbles || !ready.Custom {
		t.Errorf("ready = %+v, want a bubbling CustomEvent", ready)
	}
	if n := tb.countElementEvents("w", "play"); n != 1 {
		t.Errorf("%d play events by ready; want exactly one, at the click", n)
	}
	if n := tb.countElementEvents("w", "stretchchange"); n != 1 {
		t.Errorf("%d stretchchange events by ready; want exactly one, at the click", n)
	}
	dur := evalJS[float64](tb, w+`.duration`)
	if want := ready.Detail["duration"]; dur <= 0 || want != dur {
		t.Errorf("duration = %v, ready detail = %v; want the same positive number", dur, want)
	}
	if got := evalJS[bool](tb, `document.activeElement === `+w); !got {
		t.Errorf("focus is not in the widget after Start")
	}

	call := func(js string) { evalJS[any](tb, `(() => { `+js+`; return null; })()`) }
	stateIs := func(want string) {
		t.Helper()
		tb.waitFor(fmt.Sprintf(`%s.state === %q`, w, want), 10*time.Second)
	}
	stateIs("playing")

	call(w + `.pause()`)
	tb.waitElementEvent("w", "pause", 1, 10*time.Second)
	stateIs("paused")
	if !evalJS[bool](tb, w+`.paused`) {
		t.Errorf("paused = false after pause()")
	}
	if got := evalJS[string](tb, w+`.play().then(() => 'resolved', (e) => 'rejected: ' + e)`); got != "resolved" {
		t.Errorf("play() %s, want resolved", got)
	}
	stateIs("playing")

	// Paused, so that previous() comes within PreviousGrace of the start.
	call(w + `.pause()`)
	tb.waitElementEvent("w", "pause", 2, 10*time.Second)
	// Each call lands on a stretch and fires one stretchchange there.
	moveTo := func(js, wantID string, wantIndex float64) {
		t.Helper()
		n := tb.countElementEvents("w", "stretchchange")
		call(w + js)
		tb.waitElementEvent("w", "stretchchange", n+1, 10*time.Second)
		sc := lastElementEvent(tb, "stretchchange")
		if sc.Detail["index"] != wantIndex || sc.Detail["id"] != wantID || sc.Detail["title"] == "" {
			t.Errorf("stretchchange after %s = %v, want index %v, %s, with a title", js, sc.Detail, wantIndex, wantID)
		}
		if got := evalJS[map[string]any](tb, w+`.stretch`); got["id"] != wantID || got["index"] != wantIndex {
			t.Errorf("stretch after %s = %v, want %s", js, got, wantID)
		}
	}
	moveTo(`.next()`, "shoulder-blade-squeeze", 1)
	moveTo(`.previous()`, "cat-cow", 0)
	call(w + `.play()`)
	stateIs("playing")

	// Seek into the third stretch (Child's Pose starts after Cat-Cow and
	// the Squeeze: 12+6*10 + 8+8*10 = 160 s).
	call(w + `.currentTime = 170`)
	tb.waitFor(`window.__elementEvents.filter(e => e.type === 'stretchchange').pop().detail.id === 'childs-pose'`, 10*time.Second)
	if got := evalJS[float64](tb, w+`.currentTime`); got < 170 || got > 180 {
		t.Errorf("currentTime after seeking to 170 = %v", got)
	}
	tb.waitFor(w+`.breath !== null`, 20*time.Second)
	br := lastElementEvent(tb, "breathphase")
	if br.Detail["stretchId"] != "childs-pose" || br.Detail["of"] != 6.0 {
		t.Errorf("breathphase after the seek = %v, want childs-pose of 6", br.Detail)
	}

	call(w + `.playbackRate = 16`)
	if got := evalJS[float64](tb, w+`.playbackRate`); got != 16 {
		t.Errorf("playbackRate = %v, want 16", got)
	}
	tb.waitFor(`window.__elementEvents.filter(e => e.type === 'timeupdate').length >= 12`, time.Minute)
	call(w + `.currentTime = ` + w + `.duration - 10`)
	tb.waitElementEvent("w", "ended", 1, time.Minute)
	stateIs("ended")
	if !evalJS[bool](tb, w+`.ended`) {
		t.Errorf("ended = false after the ended event")
	}

	// timeupdate: at most 4 a second (plus the one when playing stops).
	var times []float64
	for _, e := range tb.elementEvents() {
		if e.Type == "timeupdate" {
			times = append(times, e.At)
		}
		if !e.Bubbles || !e.Custom {
			t.Errorf("%s event is not a bubbling CustomEvent", e.Type)
		}
	}
	if len(times) < 8 {
		t.Errorf("%d timeupdate events, want several", len(times))
	}
	for i := 5; i < len(times); i++ {
		if times[i]-times[i-5] < 1000-50 {
			t.Errorf("6 timeupdate events within %.0f ms, want at most 4 a second (+1)", times[i]-times[i-5])
			break
		}
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}

// lastElementEvent returns widget events' last event of type typ.
func lastElementEvent(tb *tab, typ string) elementEvent {
	tb.t.Helper()
	evs := tb.elementEvents()
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].Type == typ {
			return evs[i]
		}
	}
	tb.t.Fatalf("no %s event", typ)
	return elementEvent{}
}

// TestEmbedFallback blocks the player's wasm download: the widget must
// notice by itself that the player did not start, fire error, and show the
// whole routine as text and pictures with the booking link instead.
func TestEmbedFallback(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, true)
	book := "https://clinic.example/book?from=stretch"
	tb := openAt(t, hs.URL+"/host.html?booking-url="+url.QueryEscape(book), phone)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "error", 1, 60*time.Second)

	blocked := false
	for _, p := range hs.log.all() {
		blocked = blocked || path.Ext(p) == ".wasm"
	}
	if !blocked {
		t.Errorf("the player never asked for its wasm; the test blocked nothing")
	}
	e := lastElementEvent(tb, "error")
	if code, _ := e.Detail["code"].(string); code == "" || !e.Bubbles {
		t.Errorf("error event detail = %v (bubbles %v), want a code, bubbling", e.Detail, e.Bubbles)
	}
	if got := evalJS[string](tb, `document.getElementById('w').state`); got != "error" {
		t.Errorf("state = %q after the failure, want error", got)
	}
	fallback := shadow("w", ".fallback")
	tb.waitFor(fallback+`?.querySelector('ol')`, 10*time.Second)
	text := evalJS[string](tb, fallback+`.innerText`)
	for _, id := range anim.AllStretches {
		st := anim.StretchContent(id, anim.English)
		for _, want := range append([]string{st.Title, st.Easier}, st.Steps...) {
			if !strings.Contains(text, want) {
				t.Errorf("the fallback lacks %q from %s", want, id)
			}
		}
	}
	if want := anim.WordsFor(anim.English).SafetyDetail; !strings.Contains(text, want) {
		t.Errorf("the fallback lacks the safety note %q", want)
	}
	links := evalJS[[]string](tb, `[...`+fallback+`.querySelectorAll('a')].map(a => a.href + ' ' + a.textContent)`)
	if !slicesContain(links, book+" Book a massage at IMMERSE Modern Massage") {
		t.Errorf("fallback links = %q, want the booking link %q", links, book)
	}
	if n := evalJS[int](tb, fallback+`.querySelectorAll('img').length`); n != len(anim.AllStretches) {
		t.Errorf("the fallback shows %d pictures, want one per stretch", n)
	}
	evalJS[bool](tb, `document.getElementById('w').scrollIntoView(), true`)
	tb.settle()
	tb.screenshot("embed-fallback-phone")
	if _, err := os.Stat(filepath.Join("node_modules", "axe-core")); err == nil {
		reportAxe(t, "the fallback", axeScan(t, tb, axeSource(t), "", "the fallback"))
	}
}

func slicesContain(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hostileAttributes are attribute values a careless or malicious page might
// set; each must be refused with a warning naming it, leaving the default.
var hostileAttributes = []struct{ name, value string }{
	{"booking-url", "javascript:alert(document.domain)"},
	{"booking-url", "data:text/html,<script>alert(1)</script>"},
	{"booking-url", "//evil.example/book"},
	{"booking-url", "https://user:pw@clinic.example/"},
	{"clinic", "<img src=x onerror=alert(1)>"},
	{"clinic", strings.Repeat("Massage ", 40)},
	{"breaths", "NaN"},
	{"breaths", "-3"},
	{"breaths", "1e9"},
	{"breath", "4-0-600-0"},
	{"breath", "Infinity-0-6-0"},
	{"stretches", "cat-cow,plank"},
	{"stretches", "cat-cow,cat-cow"},
	{"lang", "fr"},
	{"accent", "red; background:url(x)"},
	{"sound", "loud"},
	{"voice", strings.Repeat("x", 5000)},
	{"motion", "none"},
}

// TestEmbedHostileAttributes sets each hostile value on a widget and
// checks the console warning that names it; then it starts a widget that
// has all of them at once and checks that it plays with the defaults and
// that none of the values reached the player.
func TestEmbedHostileAttributes(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html", desktop)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	for _, c := range hostileAttributes {
		t.Run(c.name, func(t *testing.T) {
			n := len(tb.warnings())
			evalJS[bool](tb, fmt.Sprintf(`(() => { const e = document.createElement('stretch-routine'); e.setAttribute(%q, %q); document.body.append(e); e.remove(); return true; })()`, c.name, c.value))
			got := tb.waitWarnings(n+1, 10*time.Second)[n:]
			if len(got) != 1 || !strings.HasPrefix(got[0], "stretch-routine: ignoring "+c.name+"=") || !strings.Contains(got[0], "expected ") {
				t.Errorf("%s=%.40q: warnings %q, want one naming %s and what it accepts", c.name, c.value, got, c.name)
			}
		})
	}

	// Valid values give no warning: the only one to come is that of a
	// bad value set after them, which comes after any of theirs would.
	n := len(tb.warnings())
	evalJS[bool](tb, `(() => { const e = document.createElement('stretch-routine'); for (const [k, v] of Object.entries({
		'booking-url': 'https://clinic.example/book?a=1', clinic: 'Café Bodywork & Spa', breaths: '20', breath: 'box', stretches: ' Childs-Pose , cat-cow ',
		lang: 'es-MX', accent: '#ABC', sound: 'ON', voice: 'off', motion: 'reduced', haptics: 'on', 'booking-utm': 'Off'})) e.setAttribute(k, v);
		document.body.append(e); e.remove();
		const marker = document.createElement('stretch-routine'); marker.setAttribute('sound', 'marker'); document.body.append(marker); marker.remove();
		return true; })()`)
	if got := tb.waitWarnings(n+1, 10*time.Second)[n:]; len(got) != 1 || !strings.Contains(got[0], `sound="marker"`) {
		t.Errorf("valid attributes gave warnings: %q", got)
	}

	q := url.Values{}
	for _, c := range hostileAttributes {
		if q.Get(c.name) == "" {
			q.Set(c.name, c.value)
		}
	}
	tb = openTab(t, "/host.html?"+q.Encode(), desktop)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	if got := plain(evalJS[string](tb, shadow("w", ".sum")+`.textContent`)); got != "4 stretches · about 5 min" {
		t.Errorf("facade summary with hostile attributes = %q, want the default routine's", got)
	}
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	src := evalJS[string](tb, shadow("w", "iframe")+`.src`)
	u, err := url.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	for k := range u.Query() {
		switch k {
		case "origin", "begun", "session", "lang":
		default:
			t.Errorf("player URL carries %s=%q, want only valid settings", k, u.Query().Get(k))
		}
	}
	if got := evalJS[float64](tb, `document.getElementById('w').duration`); math.Abs(got-292) > 0.01 {
		t.Errorf("duration = %v, want the default routine's 292 s", got)
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}

// TestEmbedCrossOrigin embeds the widget from another site (the host page
// on localhost, the widget on 127.0.0.1), as a clinic would from a CDN: the
// player and the element still talk, and a message forged by the host page
// in the player's name is ignored.
func TestEmbedCrossOrigin(t *testing.T) {
	parallel(t)
	// The widget's own host, as a CDN would be: web.NewHandler allows
	// cross-origin module scripts and fetches (CORS), which the embed needs.
	widgetHost := httptest.NewServer(server.Config.Handler)
	t.Cleanup(widgetHost.Close)
	hs := newHostServer(t, false)
	hs.embedSrc = widgetHost.URL + "/embed.js"
	u, _ := url.Parse(hs.URL)
	host := "http://localhost:" + u.Port()
	tb := openAt(t, host+"/host.html", desktop)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	if src := evalJS[string](tb, shadow("w", "iframe")+`.src`); !strings.HasPrefix(src, widgetHost.URL+"/player.html?") || !strings.Contains(src, "origin="+url.QueryEscape(host)) {
		t.Errorf("player URL = %q, want %s/player.html with origin=%s", src, widgetHost.URL, host)
	}
	tb.waitElementEvent("w", "play", 1, 10*time.Second)
	evalJS[bool](tb, `document.getElementById('w').pause(), true`)
	tb.waitElementEvent("w", "pause", 1, 10*time.Second)

	evalJS[bool](tb, `window.postMessage({source: 'stretch-routine', kind: 'event', type: 'ended', detail: {}}, '*'), true`)
	// Messages arrive in order: once the player's answer to a later
	// command is in, the forged message has been handled.
	evalJS[bool](tb, `document.getElementById('w').play(), true`)
	tb.waitElementEvent("w", "play", 2, 10*time.Second)
	evalJS[bool](tb, `document.getElementById('w').pause(), true`)
	tb.waitElementEvent("w", "pause", 2, 10*time.Second)
	if n := tb.countElementEvents("w", "ended"); n != 0 {
		t.Errorf("a message forged by the host page fired ended")
	}
	if got := evalJS[string](tb, `document.getElementById('w').state`); got != "paused" {
		t.Errorf("state = %q after a forged message, want paused", got)
	}
}

// TestEmbedNoWebAssembly starts a Spanish widget in a browser without
// WebAssembly: it must not even load the player, fire error with code
// unsupported, and show the Spanish routine as text.
func TestEmbedNoWebAssembly(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, false)
	tb := openAt(t, hs.URL+"/host.html?lang=es", phone)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	evalJS[bool](tb, `delete window.WebAssembly, true`)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "error", 1, 10*time.Second)
	if got := lastElementEvent(tb, "error").Detail["code"]; got != "unsupported" {
		t.Errorf("error code = %v, want unsupported", got)
	}
	tb.waitFor(shadow("w", ".fallback ol"), 10*time.Second)
	text := evalJS[string](tb, shadow("w", ".fallback")+`.innerText`)
	for _, id := range anim.AllStretches {
		if want := anim.StretchContent(id, anim.Spanish).Steps[0]; !strings.Contains(text, want) {
			t.Errorf("the Spanish fallback lacks %q", want)
		}
	}
	for _, p := range hs.log.all() {
		if strings.HasPrefix(p, "/player.") || strings.HasSuffix(p, ".wasm") {
			t.Errorf("requested %s without WebAssembly", p)
		}
	}
}
