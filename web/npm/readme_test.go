package npm

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/web/site"
)

// cdnURL finds the package's npm CDN URLs and their version: unpkg's and
// jsDelivr's.
var cdnURL = regexp.MustCompile(`https://(?:unpkg\.com|cdn\.jsdelivr\.net/npm)/` + regexp.QuoteMeta(Name) + `@([^/\s"'` + "`" + `]*)/[\w./-]*`)

func TestPackageReadme(t *testing.T) {
	b, err := readme()
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	major := site.Major(site.Version)
	for _, want := range []string{
		`<script type="module" src="https://unpkg.com/stretch-routine@` + major + `/embed.js"></script>`,
		"https://cdn.jsdelivr.net/npm/stretch-routine@" + major + "/embed.js",
		"https://unpkg.com/stretch-routine@" + major + "/builder.html",
		"https://unpkg.com/stretch-routine@" + major + "/player.html?",
		"`@" + site.Version + "`",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the package README lacks %s", want)
		}
	}
	for _, f := range anim.ConfigFields() {
		if row := "| `" + f.Key + "` |"; strings.Contains(text, row) != (f.Key != "origin") {
			t.Errorf("the package README's table: row %s present = %v; want every attribute and no origin", row, !strings.Contains(text, row))
		}
	}
	checkPinned(t, "the package README", text, major)
}

// TestRepositoryReadmePinsMajor checks that the repository's README loads
// the package from the CDNs at site.Version's major version.
func TestRepositoryReadmePinsMajor(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	checkPinned(t, "README.md", string(b), site.Major(site.Version))
}

// checkPinned fails t unless every CDN URL of the package in text is pinned
// to major, and there is one for each CDN.
func checkPinned(t *testing.T, what, text, major string) {
	t.Helper()
	seen := map[string]bool{}
	for _, m := range cdnURL.FindAllStringSubmatch(text, -1) {
		seen[strings.SplitN(m[0], "/", 4)[2]] = true
		if m[1] != major && m[1] != site.Version {
			t.Errorf("%s loads %s: version %q; want the major version %q (or %s)", what, m[0], m[1], major, site.Version)
		}
	}
	for _, host := range []string{"unpkg.com", "cdn.jsdelivr.net"} {
		if !seen[host] {
			t.Errorf("%s has no %s URL of the package", what, host)
		}
	}
}
