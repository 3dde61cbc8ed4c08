package site

import (
	"regexp"

	"github.com/immerse-massage/stretch/anim"
	"strings"
	"testing"
	"unicode"
)

func TestJSClass(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   func(rune) bool
		want string
	}{
		{"digits", func(r rune) bool { return '0' <= r && r <= '9' }, `\x30-\x39`},
		{"two singles and a range", func(r rune) bool { return r == 'a' || r == 'c' || ('x' <= r && r <= 'z') }, `\x61\x63\x78-\x7a`},
		{"past a byte and past the BMP", func(r rune) bool { return r == 0x200b || r == 0x1d173 }, `\u200b\u{1d173}`},
		{"nothing", func(rune) bool { return false }, ``},
	} {
		if got := jsClass(tc.in); got != tc.want {
			t.Errorf("jsClass(%s) = %q; want %q", tc.name, got, tc.want)
		}
	}
	// The space class matches what unicode.IsSpace matches (as Go's regexp
	// reads \x{…}, the same class JavaScript's u flag reads as \uhhhh and
	// \u{…}).
	goClass := regexp.MustCompile(`\\u\{?([0-9a-f]+)\}?`).ReplaceAllString(jsClass(unicode.IsSpace), `\x{$1}`)
	re := regexp.MustCompile("^[" + goClass + "]$")
	for r := rune(0); r < 0x3100; r++ {
		if got, want := re.MatchString(string(r)), unicode.IsSpace(r); got != want {
			t.Errorf("space class matches %U = %v; want %v", r, got, want)
		}
	}
}

func TestContractJS(t *testing.T) {
	js, err := contractJS(newContract("stretch.0123456789ab.wasm", nil))
	if err != nil {
		t.Fatal(err)
	}
	s := string(js)
	for _, want := range []string{"export default Object.freeze({", `"id":"cat-cow"`, `"setup":12`, `["box","4-4-4-4"]`, `"langs":["en","es"]`} {
		if !strings.Contains(s, want) {
			t.Errorf("contract.js lacks %s", want)
		}
	}
	for lang, want := range map[anim.Lang]string{anim.English: `"Upper back mobility"`, anim.Spanish: `"Movilidad de la espalda alta"`} {
		w, err := wordsJS(lang)
		if err != nil || !strings.Contains(string(w), want) {
			t.Errorf("words.%s.js = %.80s…, %v; want %s in it", lang, w, err, want)
		}
	}
	acc, err := acceptedJS()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(acc), `["booking-utm","on or off"]`) || strings.Contains(string(acc), `"origin"`) {
		t.Errorf("accepted.js = %s; want every attribute but origin", acc)
	}
	t.Logf("contract.js: %d bytes", len(js))
}
