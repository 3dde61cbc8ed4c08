package e2e

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// TestConformance feeds every input of anim's ParseConfig table and fuzz
// seeds (anim/testdata/config_inputs.json) through embed.js's reader in
// Chromium: for each, the element must come to the same verdict as the
// player: the same normal form, or refusal.
func TestConformance(t *testing.T) {
	parallel(t)
	b, err := os.ReadFile(filepath.Join("..", "..", "anim", "testdata", "config_inputs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var inputs []struct{ Key, Value string }
	if err := json.Unmarshal(b, &inputs); err != nil {
		t.Fatal(err)
	}
	tb := openTab(t, "/variants.html", desktop)
	tb.waitFor(`customElements.get('stretch-routine')`, 10*time.Second)
	js, _ := json.Marshal(inputs)
	got := evalJS[[]*string](tb, `import('/embed.js').then((m) => `+string(js)+`.map(({Key, Value}) => m.read(Key, Value) ?? null))`)
	checked := 0
	for i, in := range inputs {
		if strings.TrimSpace(in.Value) == "" {
			continue // no value: the default, for both, without a word
		}
		cfg, problems := anim.ParseConfig(url.Values{in.Key: {in.Value}})
		want := "(refused)"
		if len(problems) == 0 {
			want = cfg.Values().Get(in.Key)
		}
		js := "(refused)"
		if got[i] != nil {
			js = *got[i]
		}
		if js != want {
			t.Errorf("%s=%.60q: embed.js reads %.60q; the player %.60q", in.Key, in.Value, js, want)
		}
		checked++
	}
	t.Logf("%d inputs judged alike by embed.js and the player", checked)
}

// objectPrototypeNames are the names a plain-object lookup would find.
const objectPrototypeNames = `Object.getOwnPropertyNames(Object.prototype)`

// TestPrototypeNamesAsAttributes gives every attribute each name of an
// Object.prototype member: the element warns, keeps working, and takes a
// good value set afterwards.
func TestPrototypeNamesAsAttributes(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/host.html", desktop)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	res := evalJS[map[string]any](tb, `(async () => {
		const names = `+objectPrototypeNames+`;
		const attrs = ['stretches', 'breath', 'breaths', 'clinic', 'booking-url', 'lang', 'accent', 'sound', 'voice', 'haptics', 'booking-utm', 'motion'];
		const w = document.getElementById('w');
		let tried = 0;
		for (const a of attrs) for (const n of names) { w.setAttribute(a, n); tried++; await Promise.resolve(); }
		await new Promise((r) => setTimeout(r));
		// Good values afterwards are taken.
		for (const a of attrs) w.removeAttribute(a);
		w.setAttribute('breaths', '2');
		w.setAttribute('stretches', 'childs-pose');
		await new Promise((r) => setTimeout(r));
		return {tried, sum: w.shadowRoot.querySelector('.sum')?.textContent.replaceAll('\u00a0', ' '), state: w.state};
	})()`)
	if got, want := res["sum"], "1 stretch · about 1 min"; got != want {
		t.Errorf("after prototype names then good values, the facade says %q; want %q", got, want)
	}
	if res["state"] != "idle" {
		t.Errorf("state = %v; want idle", res["state"])
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
	t.Logf("%v attribute values tried", res["tried"])
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
}

// TestHostileMessages posts to the player every kind of value a page can
// post (a BigInt once made the Go program panic and exit) and a flood of
// bad commands: the player reads what it can, warns once per kind of
// fault, and still answers a good command at once.
func TestHostileMessages(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/player.html", phone)
	tb.waitEvent("ready", 1, time.Minute)
	kinds := evalJS[int](tb, `(() => {
		const cmd = (extra) => ({source: 'stretch-routine', kind: 'command', ...extra});
		const values = [1n, -0, NaN, Infinity, null, undefined, '', '<img src=x onerror=alert(1)>', 'play', true,
			{}, [], new Array(100000).fill(7), new Map([['cmd', 'play']]), new Set([1]), new Date(), /x/g, new ArrayBuffer(16),
			new Uint8Array(8), new Blob(['x']), new Error('boom'), {source: 'stretch-routine'}, {__proto__: {cmd: 'play'}},
			cmd({cmd: 1n}), cmd({cmd: 'seek', value: 1n}), cmd({cmd: 'rate', value: 1e308}), cmd({cmd: 'seek', value: -1}),
			cmd({cmd: 'constructor'}), cmd({cmd: '__proto__'}), cmd({cmd: 'toString'}), cmd({cmd: 'seek', value: {valueOf() { return 3; }}}),
			cmd({cmd: 'visibility', value: 2}), cmd({cmd: ['play']}), cmd({cmd: 'play'.repeat(10000)}), {source: 'stretch-routine', kind: 'command', cmd: 'pause', value: new Array(10)}];
		let n = 0;
		for (const v of values) { try { window.postMessage(v, location.origin); n++; } catch (e) { /* not cloneable: the page cannot send it */ } }
		for (let i = 0; i < 20000; i++) window.postMessage(cmd({cmd: 'jump', value: i}), location.origin);
		return n;
	})()`)
	tb.command("play", nil)
	tb.waitEvent("play", 1, 30*time.Second)
	tb.command("pause", nil)
	tb.waitEvent("pause", 1, 10*time.Second)
	warnings := tb.warnings()
	if len(warnings) > 8 {
		t.Errorf("%d console warnings for %d odd values and 20000 bad commands; want one per kind of fault: %q", len(warnings), kinds, warnings[:8])
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("the player threw: %v", ex)
	}
	t.Logf("%d kinds of value posted, 20000 bad commands; %d warnings", kinds, len(warnings))
}

// TestMalformedPlayerQuery: a query string the player cannot read whole is
// named in a warning, and what could be read still applies.
func TestMalformedPlayerQuery(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/player.html?lang=es&clinic=50%off", phone)
	tb.waitEvent("ready", 1, time.Minute)
	if got := strings.Join(tb.warnings(), "\n"); !strings.Contains(got, "malformed") {
		t.Errorf("no warning names the malformed query; warnings:\n%s", got)
	}
	if got := tb.attrOf("html", "lang"); got != "es" {
		t.Errorf("lang = %q; want the readable part (es) applied", got)
	}
}

// TestFallbackTakesTextLiterally: a clinic name with $ patterns and the
// routine's own order survive into the routine as text.
func TestFallbackTakesTextLiterally(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, true)
	clinic := "Spa $' & $` Co $& $1"
	tb := openAt(t, hs.URL+"/host.html?"+url.Values{"clinic": {clinic}, "booking-url": {faultBook}, "stretches": {"upper-back-extension,cat-cow"}}.Encode(), phone)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "error", 1, time.Minute)
	fallback := shadow("w", ".fallback")
	tb.waitFor(fallback+`?.querySelector('a.book')`, 15*time.Second)
	text := evalJS[string](tb, fallback+`.innerText`)
	if want := anim.WordsFor(anim.English).BookMassage(clinic); !strings.Contains(text, want) {
		t.Errorf("the fallback does not say %q literally", want)
	}
	titles := evalJS[[]string](tb, `[...`+fallback+`.querySelectorAll('h3')].map((h) => h.textContent)`)
	if want := []string{"Upper Back Extension", "Cat-Cow"}; fmt.Sprint(titles) != fmt.Sprint(want) {
		t.Errorf("fallback stretches = %q; want %q, the routine's order", titles, want)
	}
}

// TestFallbackDefaultOrder: with no stretches attribute, the routine as
// text follows the default routine's order, not the alphabet.
func TestFallbackDefaultOrder(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, true)
	tb := openAt(t, hs.URL+"/host.html", phone)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "error", 1, time.Minute)
	fallback := shadow("w", ".fallback")
	tb.waitFor(fallback+`?.querySelector('h3')`, 15*time.Second)
	titles := evalJS[[]string](tb, `[...`+fallback+`.querySelectorAll('h3')].map((h) => h.textContent)`)
	var want []string
	for _, id := range anim.AllStretches {
		want = append(want, anim.StretchContent(id, anim.English).Title)
	}
	if fmt.Sprint(titles) != fmt.Sprint(want) {
		t.Errorf("fallback stretches = %q; want %q", titles, want)
	}
}

// TestOpaqueOriginHost embeds the widget in a sandboxed frame, whose page
// has no origin that can be named (as a file:// page has none): the
// element passes origin=null and still gets its player's events, so the
// routine plays, and no timeout fires.
func TestOpaqueOriginHost(t *testing.T) {
	parallel(t)
	hs := newHostServer(t, false)
	firstBreath := anim.DefaultConfig().Timeline().BreathingStart(0)
	hs.fault = func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path != "/sandbox.html" {
			return false
		}
		inner := `<!doctype html><html lang="en"><body style="margin:0">` +
			`<script type="module" src="` + hs.URL + `/embed.js"></script>` +
			`<stretch-routine id="w"></stretch-routine><script type="module">
			const w = document.getElementById('w');
			for (const t of ['ready', 'play', 'stretchchange', 'breathphase', 'error']) w.addEventListener(t, (e) => parent.postMessage({fwd: t, origin: location.origin, state: w.state, detail: JSON.stringify(e.detail)}, '*'));
			addEventListener('message', (e) => {
				if (e.source !== parent) return;
				if (e.data === 'play') w.play().catch(() => {});
				if (e.data === 'skip') w.currentTime = ` + fmt.Sprint(firstBreath.Seconds()-1) + `; // just before the first breath
			});
			</script></body></html>`
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html><body><iframe id="box" sandbox="allow-scripts" style="width:900px;height:640px;border:0" srcdoc="%s"></iframe>
			<script>window.__fwd = []; addEventListener('message', (e) => e.data && e.data.fwd && window.__fwd.push(e.data));</script></body></html>`, html.EscapeString(inner))
		return true
	}
	tb := openAt(t, hs.URL+"/sandbox.html", desktop)
	tb.waitFor(`document.getElementById('box').contentWindow`, 10*time.Second)
	// The element needs a moment to be defined inside the frame.
	tb.waitFor(`(document.getElementById('box').contentWindow.postMessage('play', '*'), window.__fwd.some((e) => e.fwd === 'play'))`, 30*time.Second)
	tb.waitFor(`window.__fwd.some((e) => e.fwd === 'ready')`, readyTimeout)
	// Events keep coming once the routine moves on: skip to the end of
	// getting into position rather than wait 12 s for the first breath.
	evalJS[bool](tb, `document.getElementById('box').contentWindow.postMessage('skip', '*'), true`)
	tb.waitFor(`window.__fwd.some((e) => e.fwd === 'breathphase')`, 20*time.Second)
	fwd := evalJS[[]map[string]any](tb, `window.__fwd`)
	for _, e := range fwd {
		if e["fwd"] == "error" {
			t.Errorf("the widget in an opaque-origin page failed: %v", e)
		}
		if e["origin"] != "null" {
			t.Errorf("the frame's origin is %v; the test wants an opaque one", e["origin"])
		}
	}
}
