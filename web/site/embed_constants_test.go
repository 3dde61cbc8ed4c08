package site

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/web"
)

// TestEmbedConstantsMatchAnim checks the few facts embed.js copies from
// package anim so that its facade can say "4 stretches · about 5 min" and
// name the first stretch without loading anything: stretch ids, setup
// seconds, default breaths, presets and titles. A change in anim that is
// not made in embed.js fails here.
func TestEmbedConstantsMatchAnim(t *testing.T) {
	b, err := fs.ReadFile(web.Source, "embed.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	list := func(name string) []string {
		m := regexp.MustCompile(`const ` + name + ` = \[([^\]]*)\]`).FindStringSubmatch(src)
		if m == nil {
			t.Fatalf("embed.js has no const %s = [...]", name)
		}
		var out []string
		for _, f := range strings.Split(m[1], ",") {
			out = append(out, strings.Trim(strings.TrimSpace(f), `'"`))
		}
		return out
	}
	ids, setup, breaths := list("IDS"), list("SETUP"), list("BREATHS")
	if len(ids) != len(anim.AllStretches) {
		t.Fatalf("embed.js IDS = %v; want %v", ids, anim.AllStretches)
	}
	for i, id := range anim.AllStretches {
		if ids[i] != string(id) {
			t.Errorf("embed.js IDS[%d] = %q; want %q", i, ids[i], id)
		}
		if got, want := setup[i], strconv.Itoa(int(anim.SetupDuration(id).Seconds())); got != want {
			t.Errorf("embed.js SETUP for %s = %s; want %s (anim.SetupDuration)", id, got, want)
		}
		if got, want := breaths[i], strconv.Itoa(anim.DefaultBreaths(id)); got != want {
			t.Errorf("embed.js BREATHS for %s = %s; want %s (anim.DefaultBreaths)", id, got, want)
		}
		for _, lang := range []anim.Lang{anim.English, anim.Spanish} {
			title := anim.StretchContent(id, lang).Title
			if !strings.Contains(src, strconv.Quote(title)) && !strings.Contains(src, "'"+title+"'") {
				t.Errorf("embed.js does not name %s as %q (%s)", id, title, lang)
			}
		}
	}
	for _, p := range anim.PatternPresets() {
		if !regexp.MustCompile(`\b` + regexp.QuoteMeta(p.Name) + `:\s*'` + regexp.QuoteMeta(p.Pattern.String()) + `'`).MatchString(src) {
			t.Errorf("embed.js PRESETS lacks %s: '%s'", p.Name, p.Pattern)
		}
	}
	for _, lang := range []anim.Lang{anim.English, anim.Spanish} {
		if w := anim.WordsFor(lang); !strings.Contains(src, "'"+w.Title+"'") {
			t.Errorf("embed.js facade title for %s is not %q", lang, w.Title)
		}
	}
}
