package site

import (
	"html"
	"os"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
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
