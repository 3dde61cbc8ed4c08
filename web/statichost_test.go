package web

import (
	"bufio"
	"bytes"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// representativeSite names the files of a built site, and one file of
// each other kind a rule gives a type to. It has no file that no rule
// types or caches: the handler's fallbacks for those are not written to
// _headers, where the host's own defaults apply.
var representativeSite = []string{
	"index.html", "builder.html", "variants.html", "player.html",
	"player.js", "player.css", "wasm_exec.js", "stretch.0123456789ab.wasm",
	"embed.js", "fallback.js", "demo.js", "demo.css",
	"content.en.json", "content.es.json",
	"posters/cat-cow.svg", "posters/card.html", "posters/card.es.html", "posters/card.css",
	// not in today's site
	"robots.txt", "icon.png", "favicon.ico", "fonts/sans.woff2",
}

// requestHeaders are the response headers that depend on the request or
// on the file's bytes rather than on its name; a _headers file does not
// set them.
var requestHeaders = map[string]bool{
	"Content-Length": true, "Content-Encoding": true, "Vary": true,
	"Last-Modified": true, "Accept-Ranges": true, "Date": true, "Etag": true,
}

// hostBlock is one block of a _headers file.
type hostBlock struct {
	pattern string
	header  []headerField
}

// parseHeadersFile reads a _headers file as Netlify and Cloudflare Pages
// do: "#" lines are comments, an unindented line is a path pattern, and
// each indented "Name: value" line below it is one of its headers.
func parseHeadersFile(t *testing.T, text []byte) []hostBlock {
	t.Helper()
	var blocks []hostBlock
	sc := bufio.NewScanner(bytes.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch trimmed := strings.TrimSpace(line); {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case line == trimmed:
			blocks = append(blocks, hostBlock{pattern: trimmed})
		default:
			name, value, ok := strings.Cut(trimmed, ":")
			if !ok || len(blocks) == 0 {
				t.Fatalf("_headers line %d: %q is neither a path nor a header of one", n, line)
			}
			b := &blocks[len(blocks)-1]
			b.header = append(b.header, headerField{strings.TrimSpace(name), strings.TrimSpace(value)})
		}
	}
	return blocks
}

// A hostMatcher compiles a _headers path pattern as one static host does.
type hostMatcher func(pattern string) *regexp.Regexp

// hostMatchers follow the two hosts' published rules.
var hostMatchers = map[string]hostMatcher{
	// Netlify (@netlify/headers-parser's getForRegExp): case-insensitive,
	// an optional trailing slash, ":name" is one segment, a "*" segment
	// also matches nothing, and a "*" inside a segment is ".*" with the
	// rest of that segment left unescaped (so "." matches any character).
	"netlify": func(pattern string) *regexp.Regexp {
		var parts []string
		for _, part := range strings.Split(pattern, "/") {
			part = strings.TrimRight(part, " \t")
			switch {
			case part == "":
				continue
			case strings.HasPrefix(part, ":"):
				part = `([^/]+)`
			case part == "*":
				part = `?(.*)`
			case strings.Contains(part, "*"):
				part = strings.ReplaceAll(part, "*", `(.*)`)
			default:
				part = regexp.QuoteMeta(part)
			}
			parts = append(parts, part)
		}
		return regexp.MustCompile(`(?i)^/` + strings.Join(parts, "/") + `/?$`)
	},
	// Cloudflare Pages: the pattern is literal, except that a splat "*"
	// greedily matches any characters and ":name" one segment.
	"cloudflare": func(pattern string) *regexp.Regexp {
		re := regexp.QuoteMeta(pattern)
		re = strings.ReplaceAll(re, `\*`, `(.*)`)
		re = regexp.MustCompile(`:[A-Za-z]\w*`).ReplaceAllString(re, `([^/]+)`)
		return regexp.MustCompile(`^` + re + `$`)
	},
}

// hostHeaders returns the headers a host gives urlPath under blocks:
// every matching block applies, and a header set by two blocks has its
// values joined with ", " (and is reported, since the file should have
// no such header).
func hostHeaders(t *testing.T, host string, blocks []hostBlock, compile hostMatcher, urlPath string) map[string]string {
	t.Helper()
	got := map[string]string{}
	from := map[string]string{}
	for _, b := range blocks {
		if !compile(b.pattern).MatchString(urlPath) {
			continue
		}
		for _, f := range b.header {
			if prev, dup := from[f.name]; dup {
				t.Errorf("%s, %s: %s is set by both %q and %q", host, urlPath, f.name, prev, b.pattern)
				got[f.name] += ", " + f.value
				continue
			}
			got[f.name], from[f.name] = f.value, b.pattern
		}
	}
	return got
}

// handlerHeaders returns the headers NewHandler sends with name from
// site, apart from those that depend on the request.
func handlerHeaders(t *testing.T, site http.Handler, name string) map[string]string {
	t.Helper()
	rec := httptest.NewRecorder()
	site.ServeHTTP(rec, httptest.NewRequest("GET", "/"+name, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /%s: status %d; want 200", name, rec.Code)
	}
	got := map[string]string{}
	for k, v := range rec.Result().Header {
		if !requestHeaders[k] {
			got[k] = strings.Join(v, ", ")
		}
	}
	return got
}

// TestStaticHostHeadersAgreeWithHandler checks that a static host reading
// the generated _headers sends every file of a representative site with
// the headers NewHandler sends, under Netlify's and Cloudflare Pages'
// pattern rules alike.
func TestStaticHostHeadersAgreeWithHandler(t *testing.T) {
	blocks := parseHeadersFile(t, StaticHostHeaders())
	files := fstest.MapFS{}
	for _, name := range representativeSite {
		files[name] = &fstest.MapFile{Data: []byte("x")}
	}
	h := NewHandler(files)
	for host, compile := range hostMatchers {
		for _, name := range representativeSite {
			want := handlerHeaders(t, h, name)
			got := hostHeaders(t, host, blocks, compile, "/"+name)
			if diff := headerDiff(got, want); diff != "" {
				t.Errorf("%s, /%s: _headers differ from the handler's headers:\n%s", host, name, diff)
			}
		}
	}
}

// TestStaticHostHeadersCoverEveryRule checks that every rule is exercised
// by the representative site, so the agreement test checks all of them.
func TestStaticHostHeadersCoverEveryRule(t *testing.T) {
	for _, r := range headerRules {
		used := false
		for _, name := range representativeSite {
			used = used || matchPattern(r.pattern, "/"+name)
		}
		if !used {
			t.Errorf("rule %q matches no file of representativeSite; add one", r.pattern)
		}
	}
}

// TestStaticHostHeadersExtensionless checks that the player keeps its
// policies where a host serves it without .html (Cloudflare Pages
// redirects /player.html to /player).
func TestStaticHostHeadersExtensionless(t *testing.T) {
	blocks := parseHeadersFile(t, StaticHostHeaders())
	want := HeadersFor("player.html")
	for host, compile := range hostMatchers {
		got := hostHeaders(t, host, blocks, compile, "/player")
		for _, k := range []string{"Content-Security-Policy", "Permissions-Policy"} {
			if got[k] != want.Get(k) {
				t.Errorf("%s, /player: %s = %q; want %q", host, k, got[k], want.Get(k))
			}
		}
	}
}

// TestStaticHostHeadersFile checks the file against the hosts' limits:
// at most 100 rules and 2,000 characters a line (Cloudflare Pages), no
// Content-Encoding (the hosts compress on the fly), canonical names.
func TestStaticHostHeadersFile(t *testing.T) {
	text := StaticHostHeaders()
	if !bytes.HasSuffix(text, []byte("\n")) {
		t.Errorf("StaticHostHeaders() does not end with a newline")
	}
	for i, line := range strings.Split(string(text), "\n") {
		if len(line) > 2000 {
			t.Errorf("line %d has %d characters; want at most 2000", i+1, len(line))
		}
	}
	blocks := parseHeadersFile(t, text)
	if len(blocks) == 0 || len(blocks) > 100 {
		t.Errorf("%d rules; want 1 to 100", len(blocks))
	}
	for _, b := range blocks {
		for _, f := range b.header {
			if f.name == "Content-Encoding" {
				t.Errorf("%s sets Content-Encoding; static hosts choose it", b.pattern)
			}
			if f.name != http.CanonicalHeaderKey(f.name) {
				t.Errorf("%s: header %q is not in canonical form", b.pattern, f.name)
			}
		}
	}
}

// TestExtensionless checks the paths at which a page is also served.
func TestExtensionless(t *testing.T) {
	tests := []struct {
		pattern, want string
		ok            bool
	}{
		{"/player.html", "/player", true},
		{"/docs/index.html", "/docs/", true},
		{"/index.html", "/", true},
		{"/*.html", "", false},
		{"/embed.js", "", false},
	}
	for _, tt := range tests {
		got, ok := extensionless(tt.pattern)
		if got != tt.want || ok != tt.ok {
			t.Errorf("extensionless(%q) = %q, %v; want %q, %v", tt.pattern, got, ok, tt.want, tt.ok)
		}
	}
}

// headerDiff describes how got differs from want, or returns "".
func headerDiff(got, want map[string]string) string {
	keys := map[string]bool{}
	for k := range got {
		keys[k] = true
	}
	for k := range want {
		keys[k] = true
	}
	var lines []string
	for k := range keys {
		g, inGot := got[k]
		w, inWant := want[k]
		switch {
		case !inGot:
			lines = append(lines, "  "+k+": missing; handler sends "+quote(w))
		case !inWant:
			lines = append(lines, "  "+k+": "+quote(g)+"; handler sends none")
		case g != w:
			lines = append(lines, "  "+k+": "+quote(g)+"; handler sends "+quote(w))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func quote(s string) string { return `"` + s + `"` }
