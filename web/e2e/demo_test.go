package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// axeViolation is one rule axe-core found broken.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// axeSource returns axe-core's browser build, installed from web/e2e's
// package.json (npm ci --prefix web/e2e). Without it the test is skipped,
// except in CI (CI=true), where it fails.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core is not installed (run npm ci --prefix web/e2e): %v", err)
		}
		t.Skipf("axe-core is not installed (run npm ci --prefix web/e2e): %v", err)
	}
	return string(b)
}

// axeScan runs axe-core in an isolated world of frame (the page's main
// frame when frame is ""), so neither the page's scripts nor its Content
// Security Policy get in the way, and returns the violations of impact
// serious or critical; it logs the others.
func axeScan(t *testing.T, tb *tab, src, frame, what string) []axeViolation {
	t.Helper()
	var raw string
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		id := cdp.FrameID(frame)
		if id == "" {
			tree, err := cdp.Call(ctx, tg, page.GetFrameTree, cdp.Empty{})
			if err != nil {
				return err
			}
			id = tree.FrameTree.Frame.ID
		}
		world, err := cdp.Call(ctx, tg, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: id, WorldName: "axe"})
		if err != nil {
			return err
		}
		load, err := cdp.Call(ctx, tg, runtime.Evaluate, runtime.EvaluateParams{Expression: src, ContextID: world.ExecutionContextID})
		if err != nil || load.ExceptionDetails != nil {
			return fmt.Errorf("loading axe: %v %v", err, load.ExceptionDetails)
		}
		yes := true
		res, err := cdp.Call(ctx, tg, runtime.Evaluate, runtime.EvaluateParams{
			Expression: `axe.run(document, {iframes: false, resultTypes: ['violations']}).then(r => JSON.stringify(r.violations))`,
			ContextID:  world.ExecutionContextID, AwaitPromise: &yes, ReturnByValue: &yes,
		})
		if err != nil || res.ExceptionDetails != nil {
			return fmt.Errorf("running axe: %v %v", err, res.ExceptionDetails)
		}
		return json.Unmarshal([]byte(res.Result.Value), &raw)
	}))
	if err != nil {
		t.Fatalf("axe on %s: %v", what, err)
	}
	var all, bad []axeViolation
	if err := json.Unmarshal([]byte(raw), &all); err != nil {
		t.Fatalf("axe on %s: %v", what, err)
	}
	for _, v := range all {
		if v.Impact == "serious" || v.Impact == "critical" {
			bad = append(bad, v)
			continue
		}
		t.Logf("axe on %s: %s (%s): %s, %d nodes", what, v.ID, v.Impact, v.Help, len(v.Nodes))
	}
	t.Logf("axe on %s: %d violations, %d serious or critical", what, len(all), len(bad))
	return bad
}

// reportAxe fails t for each serious or critical violation.
func reportAxe(t *testing.T, what string, bad []axeViolation) {
	t.Helper()
	for _, v := range bad {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprint(n.Target)+" "+n.HTML)
		}
		t.Errorf("axe on %s: %s (%s): %s at\n  %s", what, v.ID, v.Impact, v.Help, strings.Join(where, "\n  "))
	}
}

// playerFrame returns the id of the widget's player iframe.
func playerFrame(t *testing.T, tb *tab) string {
	t.Helper()
	var id string
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		tree, err := cdp.Call(ctx, tg, page.GetFrameTree, cdp.Empty{})
		if err != nil {
			return err
		}
		for _, c := range tree.FrameTree.ChildFrames {
			if strings.Contains(c.Frame.URL, "player.html") {
				id = string(c.Frame.ID)
			}
		}
		return nil
	}))
	if err != nil || id == "" {
		t.Fatalf("no player frame (%v)", err)
	}
	return id
}

// centre scrolls widget id to the middle of the window and lets it draw.
func centre(tb *tab, id string) {
	tb.t.Helper()
	evalJS[bool](tb, fmt.Sprintf(`document.getElementById(%q).scrollIntoView({block: 'center'}), true`, id))
	tb.settle()
}

// TestEmbedDemoPage walks through the clinic's article page as a visitor,
// on a phone and a desktop: the facade, the routine playing, and its end.
// At each step it saves a screenshot and scans the page, and the player
// inside its iframe, with axe-core: no serious or critical violations.
func TestEmbedDemoPage(t *testing.T) {
	axe := axeSource(t)
	t.Parallel()
	for _, vp := range []viewport{phone, desktop} {
		t.Run(vp.name, func(t *testing.T) {
			parallel(t)
			tb := openAt(t, server.URL+"/index.html", vp)
			w := `document.querySelector('stretch-routine')`
			tb.waitFor(w+`.shadowRoot?.querySelector('.start')`, 10*time.Second)
			evalJS[bool](tb, w+`.id = 'w', `+w+`.scrollIntoView({block: 'center'}), true`)
			tb.settle()
			before := evalJS[[]float64](tb, `(() => { const r = document.getElementById('w').getBoundingClientRect(); return [r.width, r.height]; })()`)
			tb.screenshot("demo-" + vp.name + "-facade")
			reportAxe(t, "the article before Start", axeScan(t, tb, axe, "", "the article before Start"))

			tb.clickShadow("w", ".start")
			tb.waitElementEvent("w", "ready", 1, readyTimeout)
			tb.waitElementEvent("w", "play", 1, 10*time.Second)
			tb.waitElementEvent("w", "timeupdate", 2, 10*time.Second)
			after := evalJS[[]float64](tb, `(() => { const r = document.getElementById('w').getBoundingClientRect(); return [r.width, r.height]; })()`)
			if before[0] != after[0] || before[1] != after[1] {
				t.Errorf("the widget was %v×%v before Start and %v×%v playing, want no layout shift", before[0], before[1], after[0], after[1])
			}
			if vp.mobile && (after[1] < 460 || after[1] > float64(vp.height)) {
				t.Errorf("the widget is %v px tall on a phone, want 460 px to the screen's height", after[1])
			}
			centre(tb, "w")
			tb.screenshot("demo-" + vp.name + "-playing")
			if cls := evalJS[float64](tb, `window.__layoutShift`); cls > 0.01 {
				t.Errorf("cumulative layout shift = %.3f from loading to playing, want none", cls)
			}
			frame := playerFrame(t, tb)
			reportAxe(t, "the article while playing", axeScan(t, tb, axe, "", "the article while playing"))
			reportAxe(t, "the player while playing", axeScan(t, tb, axe, frame, "the player while playing"))

			evalJS[bool](tb, `(w => { w.currentTime = w.duration - 1; return true; })(document.getElementById('w'))`)
			tb.waitElementEvent("w", "ended", 1, time.Minute)
			tb.waitFor(shadow("w", "iframe")+`.contentDocument.getElementById('end-screen').checkVisibility()`, 10*time.Second)
			centre(tb, "w")
			tb.screenshot("demo-" + vp.name + "-ended")
			reportAxe(t, "the article at the end", axeScan(t, tb, axe, "", "the article at the end"))
			reportAxe(t, "the player at the end", axeScan(t, tb, axe, frame, "the player at the end"))
			if ex := tb.exceptions(); len(ex) > 0 {
				t.Errorf("page threw: %v", ex)
			}
		})
	}
}
