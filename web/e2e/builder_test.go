package e2e

import (
	"fmt"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// acceptedWords returns what the widget says attribute name accepts, as
// its console warning (and accepted.js) says it.
func acceptedWords(t *testing.T, name string) string {
	t.Helper()
	for _, f := range anim.ConfigFields() {
		if f.Key == name {
			return f.Accepted
		}
	}
	t.Fatalf("no config field %s", name)
	return ""
}

// attrEscape escapes s for a double-quoted HTML attribute, as the
// builder's snippets must.
var attrEscape = strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace

// iframeSrc finds the src of the iframe in an iframe snippet.
var iframeSrc = regexp.MustCompile(`^<iframe src="([^"]*)"`)

// TestBuilderFillsSnippets fills in every field of the builder with the
// keyboard and the mouse, and checks that the preview widget gets exactly
// the attributes the widget reads, and that the three snippets carry them:
// the element (escaped for HTML), the iframe and the link (as a query).
// The stretches are reordered with the keyboard, which stays on the
// button pressed.
func TestBuilderFillsSnippets(t *testing.T) {
	parallel(t)
	tb := openBuilder(t, desktop)
	embed := server.URL + "/embed.js"
	if got, want := tb.code("code-element"), `<script type="module" src="`+embed+`"></script>`+"\n<stretch-routine></stretch-routine>"; got != want {
		t.Errorf("element snippet with no settings = %q; want %q", got, want)
	}

	// Upper Back Extension two places up, by keyboard; Child's Pose left out.
	up := `#stretches li[data-id="upper-back-extension"] .up`
	evalJS[bool](tb, `document.querySelector('`+up+`').focus(), true`)
	tb.press("Enter")
	tb.press("Enter")
	if !evalJS[bool](tb, `document.activeElement === document.querySelector('`+up+`')`) {
		t.Errorf("the focus left the Move up button after moving its stretch")
	}
	tb.click(`label[for="stretch-childs-pose"]`)
	tb.choose("breath", "box")
	tb.typeInto("breaths", "4")
	tb.typeInto("clinic", "  Sunflower   Bodywork & \"Spa\" ")
	tb.typeInto("booking-url", "https://sunflower.example/book?from=site&x=1")
	tb.click("#booking-utm")
	tb.choose("lang", "es")
	tb.typeInto("accent", "#F2C14E")
	tb.click("#voice")
	tb.choose("motion", "reduced")

	want := [][2]string{
		{"stretches", "cat-cow,upper-back-extension,shoulder-blade-squeeze"},
		{"breath", "box"},
		{"breaths", "4"},
		{"clinic", `Sunflower Bodywork & "Spa"`},
		{"booking-url", "https://sunflower.example/book?from=site&x=1"},
		{"booking-utm", "on"},
		{"lang", "es"},
		{"accent", "#f2c14e"},
		{"voice", "on"},
		{"motion", "reduced"},
	}
	wantMap := map[string]string{}
	for _, kv := range want {
		wantMap[kv[0]] = kv[1]
	}
	tb.waitFor(`document.getElementById('preview').attributes.length === `+fmt.Sprint(len(want)+1), 10*time.Second)
	if got := tb.previewAttrs(); !reflect.DeepEqual(got, wantMap) {
		t.Errorf("preview attributes = %v; want %v", got, wantMap)
	}

	var lines []string
	for _, kv := range want {
		lines = append(lines, fmt.Sprintf(`%s="%s"`, kv[0], attrEscape(kv[1])))
	}
	wantElement := `<script type="module" src="` + embed + `"></script>` + "\n<stretch-routine\n  " + strings.Join(lines, "\n  ") + "></stretch-routine>"
	if got := tb.code("code-element"); got != wantElement {
		t.Errorf("element snippet =\n%s\nwant\n%s", got, wantElement)
	}

	link := tb.code("code-link")
	u, err := url.Parse(link)
	if err != nil || u.Scheme+"://"+u.Host+u.Path != server.URL+"/player.html" {
		t.Fatalf("direct link = %q (%v); want %s/player.html?…", link, err, server.URL)
	}
	got := map[string]string{}
	for k, v := range u.Query() {
		got[k] = strings.Join(v, ",")
	}
	if !reflect.DeepEqual(got, wantMap) {
		t.Errorf("direct link's query = %v; want %v", got, wantMap)
	}
	if href := tb.attr("#open-link", "href"); href != link {
		t.Errorf("Open link goes to %q; want the direct link %q", href, link)
	}

	iframe := tb.code("code-iframe")
	m := iframeSrc.FindStringSubmatch(iframe)
	if m == nil || m[1] != attrEscape(link) {
		t.Errorf("iframe snippet =\n%s\nwant its src to be the direct link, escaped: %s", iframe, attrEscape(link))
	}
	for _, want := range []string{
		`title="` + anim.WordsFor(anim.Spanish).PlayerLabel + `"`,
		`width="100%" height="640" style="border:0"`,
		`allow="autoplay; fullscreen; screen-wake-lock"`,
	} {
		if !strings.Contains(iframe, want) {
			t.Errorf("iframe snippet lacks %s:\n%s", want, iframe)
		}
	}
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}

// TestBuilderRejects types values the widget would ignore, each after one
// it accepts: the field shows the widget's own words for what it accepts
// (accepted.js), is marked invalid and described by the message, a polite
// live region says it, and the value reaches neither the preview nor any
// snippet, which the page says too.
func TestBuilderRejects(t *testing.T) {
	parallel(t)
	tb := openBuilder(t, desktop)
	for _, tc := range []struct {
		name      string // attribute
		input     string // the field marked invalid
		set       func(value string)
		good, bad string
		absent    []string // never in a snippet
	}{
		{"booking-url", "booking-url", func(v string) { tb.typeInto("booking-url", v) },
			"https://clinic.example/book", "javascript:alert(1)", []string{"booking-url=", "javascript", "alert"}},
		{"breath", "breath-in", func(v string) {
			tb.choose("breath", "custom")
			tb.typeInto("breath-in", v)
		}, "5", "11", []string{"breath=", "11-0-6-0", "=11"}},
		{"clinic", "clinic", func(v string) { tb.typeInto("clinic", v) },
			"Spa", "<b>Spa</b>", []string{"clinic=", "Spa", "<b>", "&lt;b", "%3Cb"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.set(tc.good)
			tb.waitFor(`document.getElementById('preview').hasAttribute('`+tc.name+`')`, 10*time.Second)
			if !strings.Contains(tb.code("code-element"), tc.name+`="`) {
				t.Fatalf("the element snippet lacks %s with the good value %q", tc.name, tc.good)
			}

			tc.set(tc.bad)
			msg := "#" + tc.name + "-msg"
			tb.waitFor(`!document.querySelector('`+msg+`').hidden`, 10*time.Second)
			words := acceptedWords(t, tc.name)
			if got := tb.text(msg); !strings.Contains(got, words) {
				t.Errorf("message = %q; want the widget's words %q", got, words)
			}
			if got := tb.attr("#"+tc.input, "aria-invalid"); got != "true" {
				t.Errorf("#%s aria-invalid = %q; want true", tc.input, got)
			}
			if got := tb.attr("#"+tc.input, "aria-describedby"); !strings.Contains(" "+got+" ", " "+tc.name+"-msg ") {
				t.Errorf("#%s aria-describedby = %q; want it to name %s-msg", tc.input, got, tc.name)
			}
			tb.waitFor(`document.getElementById('announce').textContent.includes(`+jsString(words)+`)`, 10*time.Second)
			if live := tb.attr("#announce", "aria-live"); live != "polite" {
				t.Errorf("the announcer's aria-live = %q; want polite", live)
			}
			tb.waitFor(`!document.getElementById('preview').hasAttribute('`+tc.name+`')`, 10*time.Second)
			for _, id := range []string{"code-element", "code-iframe", "code-link"} {
				code := tb.code(id)
				for _, bad := range tc.absent {
					if strings.Contains(code, bad) {
						t.Errorf("%s holds %q after the bad value %q:\n%s", id, bad, tc.bad, code)
					}
				}
			}
			if !tb.visible("#left-out") || !strings.Contains(tb.text("#left-out"), "Left out") {
				t.Errorf("the page does not say what the snippets leave out: %q", tb.text("#left-out"))
			}

			tc.set(tc.good)
			tb.waitFor(`document.querySelector('`+msg+`').hidden && document.getElementById('preview').hasAttribute('`+tc.name+`')`, 10*time.Second)
			if got := tb.attr("#"+tc.input, "aria-invalid"); got != "" {
				t.Errorf("#%s aria-invalid = %q once fixed; want none", tc.input, got)
			}
		})
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string { return fmt.Sprintf("%q", s) }

// TestBuilderContrast types accents and checks that the button colour the
// builder shows is the one the preview widget itself uses (its --ink),
// darkened where the accent is too light for text.
func TestBuilderContrast(t *testing.T) {
	parallel(t)
	tb := openBuilder(t, desktop)
	widgetInk := shadow("preview", ".box") + `.style.getPropertyValue('--ink')`
	for _, tc := range []struct {
		accent   string
		darkened bool
	}{
		{"#f2c14e", true},
		{"#ffffff", true},
		{"#000", false},
		{"#7a5c99", false},
		{"#abc", true},
		{"", true}, // the default sage is darkened too
	} {
		tb.typeInto("accent", tc.accent)
		shown := evalJS[string](tb, `document.getElementById('contrast-sample').dataset.ink`)
		if !tb.poll(widgetInk+` === `+jsString(shown), 10*time.Second) {
			t.Errorf("accent %q: the builder shows buttons in %s; the widget uses %s", tc.accent, shown, evalJS[string](tb, widgetInk))
		}
		if note := tb.text("#contrast-note"); strings.Contains(note, "darkens") != tc.darkened {
			t.Errorf("accent %q: note %q; want darkened = %v", tc.accent, note, tc.darkened)
		}
	}
}

// TestBuilderCopyFallback denies the clipboard: Copy then selects the
// snippet for the visitor to copy, and says so.
func TestBuilderCopyFallback(t *testing.T) {
	parallel(t)
	tb := openBuilder(t, phone)
	evalJS[bool](tb, `navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')), true`)
	tb.click("#copy-link")
	tb.waitFor(`getSelection().toString() !== ''`, 10*time.Second)
	if got, want := evalJS[string](tb, `getSelection().toString()`), tb.code("code-link"); got != want {
		t.Errorf("selected %q; want the link %q", got, want)
	}
	tb.waitFor(`document.getElementById('announce').textContent.includes('Selected')`, 10*time.Second)
}
