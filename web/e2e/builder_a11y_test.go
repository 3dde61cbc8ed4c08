package e2e

import (
	"fmt"
	"testing"
	"time"
)

// smallPhone is the narrowest phone the builder is made for.
var smallPhone = viewport{"small-phone", 320, 568, 2, true}

// TestBuilderAccessible scans the builder with axe-core on a phone, as it
// opens and with rejected values on show (no serious or critical
// violations), checks on phones and a desktop that nothing is wider than
// the screen, and
// saves screenshots of its form, its preview and its snippets for people
// to look at.
func TestBuilderAccessible(t *testing.T) {
	axe := axeSource(t)
	parallel(t)
	for _, vp := range []viewport{phone, desktop, smallPhone} {
		t.Run(vp.name, func(t *testing.T) {
			tb := openBuilder(t, vp)
			defer func() {
				if w := evalJS[float64](tb, `document.documentElement.scrollWidth`); w > float64(vp.width) {
					t.Errorf("the page is %v px wide on a screen of %d px; want no sideways scrolling", w, vp.width)
				}
			}()
			tb.screenshot("builder-" + vp.name + "-top")
			// What axe checks does not change with the screen's size: one
			// scan, on a phone, where the form is laid out the most.
			scan := vp == phone
			if scan {
				reportAxe(t, "the builder", axeScan(t, tb, axe, "", "the builder"))
			}

			tb.typeInto("clinic", "Sunflower Bodywork")
			tb.typeInto("booking-url", "javascript:alert(1)")
			tb.choose("breath", "custom")
			tb.typeInto("breath-out", "13")
			tb.waitFor(`!document.getElementById('booking-url-msg').hidden && !document.getElementById('breath-msg').hidden && !document.getElementById('left-out').hidden`, 10*time.Second)
			for _, sel := range []string{"#breath", "#booking-url", "#accent", "#preview-heading", "#snippets-heading"} {
				evalJS[bool](tb, fmt.Sprintf(`document.querySelector(%q).scrollIntoView({block: 'start'}), scrollBy(0, -12), true`, sel))
				tb.settle()
				tb.screenshot(fmt.Sprintf("builder-%s-%s", vp.name, sel[1:]))
			}
			if scan {
				reportAxe(t, "the builder with rejected values", axeScan(t, tb, axe, "", "the builder with rejected values"))
			}
			if ex := tb.exceptions(); len(ex) > 0 {
				t.Errorf("page threw: %v", ex)
			}
		})
	}
}
