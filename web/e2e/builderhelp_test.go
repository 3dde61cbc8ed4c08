package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// openBuilder opens builder.html at size vp and waits until its form is
// wired up and the preview widget shows its Start button.
func openBuilder(t *testing.T, vp viewport) *tab {
	t.Helper()
	tb := openTab(t, "/builder.html", vp)
	tb.waitFor(`document.documentElement.dataset.builder === 'ready' && `+shadow("preview", ".start"), 20*time.Second)
	return tb
}

// typeInto replaces the text of the input with id by typing text, key by
// key, as a visitor would.
func (tb *tab) typeInto(id, text string) {
	tb.t.Helper()
	evalJS[bool](tb, fmt.Sprintf(`(e => { e.value = ''; e.dispatchEvent(new Event('input', {bubbles: true})); return true; })(document.getElementById(%q))`, id))
	if text == "" {
		return
	}
	if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID(id), text)); err != nil {
		tb.t.Fatalf("typing %q into #%s: %v", text, id, err)
	}
}

// choose picks the option with value in the select with id, as the
// browser does when a visitor picks one (a change event).
func (tb *tab) choose(id, value string) {
	tb.t.Helper()
	ok := evalJS[bool](tb, fmt.Sprintf(`(e => { if (![...e.options].some(o => o.value === %[2]q)) return false; e.value = %[2]q; e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true})); return true; })(document.getElementById(%[1]q))`, id, value))
	if !ok {
		tb.t.Fatalf("#%s has no option %q", id, value)
	}
}

// code returns the text of the snippet with id (code-element, code-iframe,
// code-link).
func (tb *tab) code(id string) string {
	tb.t.Helper()
	return evalJS[string](tb, fmt.Sprintf(`document.getElementById(%q).textContent`, id))
}

// previewAttrs returns the preview widget's attributes but its id.
func (tb *tab) previewAttrs() map[string]string {
	tb.t.Helper()
	return evalJS[map[string]string](tb, `Object.fromEntries([...document.getElementById('preview').attributes].filter(a => a.name !== 'id').map(a => [a.name, a.value]))`)
}
