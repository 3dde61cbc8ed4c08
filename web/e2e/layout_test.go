package e2e

import (
	"fmt"
	"html"
	"math"
	"testing"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// phoneSizes are the screens the layout must work on, with touch, at scale 2.
var phoneSizes = []viewport{
	{"320x568", 320, 568, 2, true},
	{"375x667", 375, 667, 2, true},
	{"667x375", 667, 375, 2, true},
	{"844x390", 844, 390, 2, true},
	{"768x1024", 768, 1024, 2, true},
}

// layoutJS measures the player's layout (run in the player's document):
// its size, the figure's stage and the pacer, and every text that must
// never be cut.
const layoutJS = `(() => {
	const r = (id) => { const b = document.getElementById(id).getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; };
	const cut = [];
	for (const id of ['stretch-title', 'stretch-count', 'caption', 'cue', 'breath-count']) {
		const e = document.getElementById(id);
		if (e.checkVisibility() && e.scrollWidth > e.clientWidth + 1) cut.push(id + ': ' + e.textContent);
	}
	for (const e of document.querySelectorAll('.side, .controls')) {
		const b = e.getBoundingClientRect();
		if (b.bottom > innerHeight + 1 || b.right > innerWidth + 1) cut.push(e.className + ' goes past the window');
	}
	return {w: innerWidth, h: innerHeight, stage: r('stage-figure'), pacer: r('stage-pacer'), cut};
})()`

// layout is what layoutJS returns.
type layout struct {
	W, H         float64
	Stage, Pacer []float64
	Cut          []string
}

// stageShare is the stage's share of the player's area.
func (l layout) stageShare() float64 { return l.Stage[2] * l.Stage[3] / (l.W * l.H) }

// TestPhoneLayouts opens the widget in a phone's page, in English and
// Spanish, and walks through every stretch at every phone size, turning
// the phone between sizes as a visitor would: the element is never taller
// than the screen, the figure's stage takes at least 40% of the player, no
// title, count or caption is cut, and on a landscape phone the figure and
// the pacer sit side by side. Screenshots for people at the three phone
// sizes the product is judged on.
func TestPhoneLayouts(t *testing.T) {
	t.Parallel()
	shown := map[string]bool{"320x568": true, "375x667": true, "667x375": true}
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			parallel(t)
			tb := openTab(t, "/phone.html?lang="+lang, phoneSizes[0])
			tb.waitFor(shadow("w", ".start"), 10*time.Second)
			for _, vp := range phoneSizes {
				tb.resize(vp)
				tb.waitFor(fmt.Sprintf(`innerWidth === %d`, vp.width), 10*time.Second)
				h := evalJS[float64](tb, `document.getElementById('w').getBoundingClientRect().height`)
				if h > float64(vp.height) {
					t.Errorf("%s: the facade is %.0f px tall on a %d px high screen", vp.name, h, vp.height)
				}
				if shown[vp.name] {
					centre(tb, "w")
					tb.screenshot(fmt.Sprintf("layout-%s-%s-0facade", vp.name, lang))
				}
			}
			tb.resize(phoneSizes[0])
			tb.clickShadow("w", ".start")
			tb.waitElementEvent("w", "ready", 1, readyTimeout)
			evalJS[bool](tb, `document.getElementById('w').pause(), true`)
			tb.waitFor(`document.getElementById('w').state === 'paused'`, 10*time.Second)
			frame := shadow("w", "iframe") + `.contentWindow`
			tl := anim.DefaultConfig().Timeline()
			for _, vp := range phoneSizes {
				tb.resize(vp)
				tb.waitFor(fmt.Sprintf(`%s.innerWidth > 0 && innerWidth === %d`, frame, vp.width), 10*time.Second)
				h := evalJS[float64](tb, `document.getElementById('w').getBoundingClientRect().height`)
				if h > float64(vp.height) {
					t.Errorf("%s: the player is %.0f px tall on a %d px high screen", vp.name, h, vp.height)
				}
				for i, id := range tl.Stretches() {
					for _, m := range stretchMoments(tl, i)[:2] {
						evalJS[bool](tb, fmt.Sprintf(`document.getElementById('w').currentTime = %v, true`, m.t.Seconds()))
						title := anim.StretchContent(id, anim.Lang(lang)).Title
						tb.waitFor(fmt.Sprintf(`%s.document.getElementById('stretch-title').textContent === %q`, frame, title), 10*time.Second)
						// Measuring lays the page out: no frame needs to be drawn.
						got := evalJS[layout](tb, `((w) => { const document = w.document, innerWidth = w.innerWidth, innerHeight = w.innerHeight; return `+layoutJS+`; })(`+frame+`)`)
						if share := got.stageShare(); share < 0.40 {
							t.Errorf("%s %s %s: the figure's stage is %.0f%% of the player; want at least 40%%", vp.name, id, m.name, 100*share)
						}
						for _, c := range got.Cut {
							t.Errorf("%s %s %s: cut: %s", vp.name, id, m.name, c)
						}
						if vp.width > vp.height && got.Pacer[0] < got.Stage[0]+got.Stage[2]-1 {
							t.Errorf("%s %s: on a landscape phone the pacer (x %.0f) is not beside the figure (ending at %.0f)", vp.name, id, got.Pacer[0], got.Stage[0]+got.Stage[2])
						}
						if shown[vp.name] && (i == 0 && m.name == "setup" || i == 2 && m.name == "full") {
							centre(tb, "w") // as the visitor holds it, not as the click left it
							tb.screenshot(fmt.Sprintf("layout-%s-%s-%d-%s-%s", vp.name, lang, i+1, id, m.name))
						}
					}
				}
			}
		})
	}
}

// phonePage is a phone's article page in language lang, holding the
// widget.
func phonePage(lang string) string {
	return `<!doctype html><html lang="` + html.EscapeString(lang) + `"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="embed.js"></script></head><body style="margin:0;padding:12px 16px;font:17px/1.5 system-ui;background:#fff">
<stretch-routine id="w" booking-url="https://clinic.example/book"></stretch-routine><p style="height:2000px">The rest of the article.</p></body></html>`
}

// columnPage is a desktop article page whose theme puts the widget in a
// content column.
const columnPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="embed.js"></script></head>
<body style="margin:0;background:#fff;font:18px/1.6 Georgia,serif"><main style="max-width:960px;margin:24px auto"><h1>A clinic's article</h1>
<stretch-routine id="w"></stretch-routine><p style="height:1500px">The rest of the article.</p></main></body></html>`

// TestColumnLayouts puts the widget in a theme's content column on a
// desktop page and narrows the column from 960 to 640, 720 and 480 px
// while the player is paused: at each width the figure's stage is the
// largest thing in the player and takes at least 40% of it.
func TestColumnLayouts(t *testing.T) {
	parallel(t)
	tb := openTab(t, "/column.html", desktop)
	tb.waitFor(shadow("w", ".start"), 10*time.Second)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	evalJS[bool](tb, `document.getElementById('w').pause(), true`)
	tb.waitFor(`document.getElementById('w').state === 'paused'`, 10*time.Second)
	frame := shadow("w", "iframe") + `.contentWindow`
	for _, col := range []int{960, 640, 720, 480} {
		evalJS[bool](tb, fmt.Sprintf(`document.querySelector('main').style.maxWidth = '%dpx', true`, col))
		tb.waitFor(fmt.Sprintf(`%[1]s.innerWidth <= %[2]d && %[1]s.innerWidth > %[3]d`, frame, col, col-40), 10*time.Second)
		tb.settle()
		got := evalJS[layout](tb, `((w) => { const document = w.document, innerWidth = w.innerWidth, innerHeight = w.innerHeight; return `+layoutJS+`; })(`+frame+`)`)
		if share := got.stageShare(); share < 0.40 {
			t.Errorf("in a %d px column the figure's stage is %.0f%% of the player; want at least 40%%", col, 100*share)
		}
		biggest := evalJS[string](tb, `((w) => { let best = '', area = 0;
			for (const e of w.document.querySelectorAll('#player > *')) { const b = e.getBoundingClientRect(); if (e.checkVisibility() && b.width * b.height > area) { area = b.width * b.height; best = e.id || e.className; } }
			return best; })(`+frame+`)`)
		if biggest != "stage-figure" {
			t.Errorf("in a %d px column the largest thing in the player is %q; want the figure's stage", col, biggest)
		}
		for _, c := range got.Cut {
			t.Errorf("in a %d px column: cut: %s", col, c)
		}
		centre(tb, "w")
		tb.screenshot(fmt.Sprintf("column-%d", col))
	}
}

// TestFullScreenLayout shows the player full screen on a portrait phone,
// then turned to landscape, and measures at every moment of every stretch,
// from where the player drew the display list, that the figure spans at
// least half of the screen's shorter side, and that the caption's text is
// at least 8% of it: readable at 2 m.
func TestFullScreenLayout(t *testing.T) {
	parallel(t)
	vps := []viewport{{"375x667", 375, 667, 2, true}, {"667x375", 667, 375, 2, true}}
	tb := openTab(t, "/player.html?bench=1", vps[0])
	tb.waitEvent("ready", 1, time.Minute)
	tb.click("#btn-start")
	tb.waitEvent("play", 1, 10*time.Second)
	tb.command("fullscreen", 1)
	tb.command("pause", nil)
	for _, vp := range vps {
		tb.resize(vp)
		tb.waitFor(fmt.Sprintf(`innerWidth === %d`, vp.width), 10*time.Second)
		shorter := math.Min(float64(vp.width), float64(vp.height))
		tl := anim.DefaultConfig().Timeline()
		minFig, minCap := math.Inf(1), math.Inf(1)
		for i := range tl.Count() {
			for _, m := range stretchMoments(tl, i) {
				tb.command("seek", m.t.Seconds())
				caption := anim.WordsFor(anim.English).Caption(tl.At(m.t))
				tb.waitFor(fmt.Sprintf(`document.getElementById('caption').textContent.replaceAll('\u00a0', ' ') === %q && document.documentElement.classList.contains('fullscreen')`, caption), 10*time.Second)
				tb.settle()
				fig := evalJS[[]float64](tb, `window.stretchPlayerFigure()`)
				size := math.Max(fig[2], fig[3])
				capSize := evalJS[float64](tb, `parseFloat(getComputedStyle(document.getElementById('caption')).fontSize)`)
				minFig, minCap = math.Min(minFig, size), math.Min(minCap, capSize)
				if size < shorter/2 {
					t.Errorf("%s %s %s: the figure spans %.0f px; want at least half of %.0f", vp.name, tl.Stretch(i), m.name, size, shorter)
				}
				if capSize < 0.08*shorter {
					t.Errorf("%s %s %s: the caption is %.1f px; want at least 8%% of %.0f (%.1f)", vp.name, tl.Stretch(i), m.name, capSize, shorter, 0.08*shorter)
				}
				if i == 0 && m.name != "empty" {
					tb.screenshot(fmt.Sprintf("fullscreen-%s-%d-%s", vp.name, i+1, m.name))
				}
			}
		}
		got := evalJS[layout](tb, layoutJS)
		for _, c := range got.Cut {
			t.Errorf("full screen %s: cut: %s", vp.name, c)
		}
		t.Logf("full screen %s: the figure spans at least %.0f px (%.0f%% of the shorter side), the caption is %.1f px (%.1f%%)",
			vp.name, minFig, 100*minFig/shorter, minCap, 100*minCap/shorter)
	}
}
