package web

import (
	"net/http"
	"strings"
	"testing"
)

// TestHeadersFor checks the headers a few kinds of file get.
func TestHeadersFor(t *testing.T) {
	const revalidate, immutable = "no-cache", "public, max-age=31536000, immutable"
	tests := []struct {
		name string
		want map[string]string // "" means absent
	}{
		{"stretch.0123456789ab.wasm", map[string]string{
			"Content-Type": "application/wasm", "Cache-Control": immutable}},
		{"player.wasm", map[string]string{
			"Content-Type": "application/wasm", "Cache-Control": revalidate}},
		{"embed.js", map[string]string{
			"Content-Type": "text/javascript; charset=utf-8", "Cache-Control": revalidate,
			"Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff",
			"Content-Security-Policy": ""}},
		{"player.html", map[string]string{
			"Content-Type": "text/html; charset=utf-8", "Cache-Control": revalidate,
			"Content-Security-Policy": PlayerCSP, "Permissions-Policy": PlayerPermissions}},
		{"posters/card.html", map[string]string{
			"Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "", "Permissions-Policy": ""}},
		{"posters/player.html", map[string]string{"Content-Security-Policy": ""}},
		{"posters/cat-cow.svg", map[string]string{"Content-Type": "image/svg+xml"}},
		{"content.es.json", map[string]string{"Content-Type": "application/json"}},
		{"stretch.0123456789ab.wasm.br", map[string]string{
			"Content-Type": "application/octet-stream", "Cache-Control": revalidate}},
		{"blob.xyz", map[string]string{
			"Content-Type": "application/octet-stream", "Cache-Control": revalidate}},
	}
	for _, tt := range tests {
		h := HeadersFor(tt.name)
		for k, want := range tt.want {
			if got := h.Get(k); got != want {
				t.Errorf("HeadersFor(%q) %s = %q; want %q", tt.name, k, got, want)
			}
		}
		for k, v := range h {
			if len(v) != 1 {
				t.Errorf("HeadersFor(%q) %s = %q; want one value (two rules set it)", tt.name, k, v)
			}
		}
	}
}

// TestMatchPattern checks the handler's reading of a rule's pattern.
func TestMatchPattern(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/*", "/index.html", true},
		{"/*", "/posters/cat-cow.svg", true},
		{"/*.html", "/posters/card.html", true},
		{"/*.html", "/player.html.br", false},
		{"/*.js", "/content.en.json", false},
		{"/stretch.*.wasm", "/stretch.0123456789ab.wasm", true},
		{"/stretch.*.wasm", "/stretch.wasm", false},
		{"/stretch.*.wasm", "/stretch.0123456789ab.wasm.br", false},
		{"/stretch.*.wasm", "/posters/stretch.0123456789ab.wasm", false},
		{"/player.html", "/player.html", true},
		{"/player.html", "/posters/player.html", false},
		{"/player.html", "/player", false},
	}
	for _, tt := range tests {
		if got := matchPattern(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchPattern(%q, %q) = %v; want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

// TestHeaderRulesFitStaticHosts checks that every rule can be written to
// a _headers file as it is: a pattern of one path with at most one splat
// (Cloudflare Pages allows no more), canonical header names (Netlify
// sends a differently spelled Content-Type beside its own), and no header
// a static host sets itself.
func TestHeaderRulesFitStaticHosts(t *testing.T) {
	hostOwned := []string{"Accept-Ranges", "Age", "Allow", "Alt-Svc", "Connection",
		"Content-Encoding", "Content-Length", "Content-Range", "Date", "Location",
		"Server", "Set-Cookie", "Trailer", "Transfer-Encoding", "Upgrade", "Vary"}
	for _, r := range headerRules {
		if !strings.HasPrefix(r.pattern, "/") || strings.Count(r.pattern, "*") > 1 ||
			strings.ContainsAny(r.pattern, " \t:") {
			t.Errorf("rule %q: want a path starting with / with at most one *, no spaces or placeholders", r.pattern)
		}
		if len(r.header) == 0 {
			t.Errorf("rule %q sets no header", r.pattern)
		}
		for _, f := range r.header {
			if canon := http.CanonicalHeaderKey(f.name); f.name != canon {
				t.Errorf("rule %q: header %q; want it spelled %q", r.pattern, f.name, canon)
			}
			for _, owned := range hostOwned {
				if strings.EqualFold(f.name, owned) {
					t.Errorf("rule %q sets %s, which static hosts set themselves", r.pattern, f.name)
				}
			}
			if strings.ContainsAny(f.value, "\r\n") || f.value != strings.TrimSpace(f.value) || f.value == "" {
				t.Errorf("rule %q: %s value %q must be one trimmed, non-empty line", r.pattern, f.name, f.value)
			}
		}
	}
}
