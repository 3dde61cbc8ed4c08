package e2e

import (
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// crossSiteFrame waits until the page shows a cross-site iframe (Chrome
// runs it in a process of its own, as a target of the type "iframe") whose
// URL contains part, and returns a tab attached to it: evalJS and waitFor
// run in the iframe's document.
func (tb *tab) crossSiteFrame(part string, timeout time.Duration) *tab {
	tb.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		infos, err := chromedp.Targets(tb.ctx)
		if err != nil {
			tb.t.Fatalf("listing targets: %v", err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.Contains(info.URL, part) {
				ctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(info.TargetID))
				tb.t.Cleanup(cancel)
				ft := &tab{ctx: ctx, t: tb.t}
				if err := chromedp.Listen(ctx, ft.listen); err != nil {
					tb.t.Fatalf("attaching to the iframe: %v", err)
				}
				return ft
			}
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("no cross-site iframe of %s after %v", part, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// clickIn clicks with the mouse, at the page's level as a visitor would,
// the element matching sel in the iframe ft, which the element matching
// frameSel shows (borderless and unpadded).
func (tb *tab) clickIn(frameSel string, ft *tab, sel string) {
	tb.t.Helper()
	at := evalJS[[]float64](tb, fmt.Sprintf(`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return [r.left, r.top]; })()`, frameSel))
	in := evalJS[[]float64](ft, fmt.Sprintf(`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`, sel))
	if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(at[0]+in[0], at[1]+in[1])); err != nil {
		tb.t.Fatalf("clicking %s in the iframe: %v", sel, err)
	}
}
