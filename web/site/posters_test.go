package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

func TestPostersAndCards(t *testing.T) {
	dir := t.TempDir()
	files, err := Posters()
	if err != nil {
		t.Fatal(err)
	}
	if err := files.Write(dir); err != nil {
		t.Fatal(err)
	}
	for _, id := range anim.AllStretches {
		b, err := os.ReadFile(filepath.Join(dir, string(id)+".svg"))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if !strings.HasPrefix(s, "<svg ") || !strings.Contains(s, `role="img"`) || !strings.Contains(s, "viewBox=") {
			t.Errorf("%s.svg does not look like a labelled SVG: %.120s", id, s)
		}
		if len(b) > 4096 {
			t.Errorf("%s.svg is %d bytes, want at most 4096", id, len(b))
		}
	}
	tests := []struct {
		file, lang, title string
	}{
		{"card.html", "en", anim.WordsFor(anim.English).Title},
		{"card.es.html", "es", anim.WordsFor(anim.Spanish).Title},
	}
	for _, tc := range tests {
		b, err := os.ReadFile(filepath.Join(dir, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, want := range []string{
			`<html lang="` + tc.lang + `">`,
			`<link rel="stylesheet" href="card.css">`,
			"<title>" + tc.title + "</title>",
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s lacks %s", tc.file, want)
			}
		}
		if got := strings.Count(s, "<svg "); got != len(anim.AllStretches) {
			t.Errorf("%s has %d pictures, want %d", tc.file, got, len(anim.AllStretches))
		}
		lang, _ := anim.ParseLang(tc.lang)
		for _, id := range anim.AllStretches {
			c := anim.StretchContent(id, lang)
			if !strings.Contains(s, escape(c.Steps[0])) {
				t.Errorf("%s lacks the first step of %s", tc.file, id)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "card.css")); err != nil {
		t.Error(err)
	}
}

// escape escapes text as html/template does in element content.
func escape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

func TestSheet(t *testing.T) {
	b, err := Sheet()
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "<svg "); n < 100 {
		t.Errorf("sheet has %d frames, want every stretch and move", n)
	}
}
