package site

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/web"
)

// The player page carries its wasm's name and size, the allowed booking
// hosts, and the default language's words for loading and failing, from
// package anim: nothing of them is written by hand in player.html.
func TestRenderPlayer(t *testing.T) {
	src, err := os.ReadFile("../player.html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := renderPlayer(src, "stretch.0123456789ab.wasm", 1234, []string{"book.example", "clinic.example"})
	if err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(string(got))
	w := anim.WordsFor(anim.DefaultLang)
	for _, want := range []string{
		`<html lang="` + string(anim.DefaultLang) + `">`,
		`content="stretch.0123456789ab.wasm" data-bytes="1234"`,
		`content="book.example clinic.example"`,
		`<p class="loading-text">` + w.Loading + `</p>`,
		`data-load-failed="` + w.LoadFailed + `"`,
		`data-try-again="` + w.TryAgain + `"`,
		`data-card-link="` + w.CardLink + `"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the rendered player page has no %s", want)
		}
	}
	if strings.Contains(page, "{{") {
		t.Errorf("the rendered player page still has template actions")
	}
}

// Every inline script of the rendered player page is allowed by the
// player's Content-Security-Policy, by its hash: a script the policy does
// not name would not run, and the wasm would be asked for late.
func TestPlayerInlineScriptsAllowed(t *testing.T) {
	src, err := os.ReadFile("../player.html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := renderPlayer(src, "stretch.0123456789ab.wasm", 1234, nil)
	if err != nil {
		t.Fatal(err)
	}
	inline := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllSubmatch(got, -1)
	if len(inline) != 1 {
		t.Fatalf("the player page has %d inline scripts; want 1, the wasm request", len(inline))
	}
	for _, m := range inline {
		sum := sha256.Sum256(m[1])
		if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(web.PlayerCSP, h) {
			t.Errorf("the player's CSP (%s) does not allow the inline script %.60q… (%s)", web.PlayerCSP, m[1], h)
		}
	}
}
