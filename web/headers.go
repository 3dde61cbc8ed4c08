package web

import (
	"net/http"
	"strings"
)

// PlayerCSP is the Content-Security-Policy sent with player.html: the player
// runs no inline style and no inline script but WasmRequestScript, and its
// only remote code is its own wasm.
var PlayerCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' " + wasmRequestHash + "; style-src 'self'; img-src 'self' data:"

// PlayerPermissions is the Permissions-Policy sent with player.html. The
// player itself holds a screen wake lock, goes full screen and starts
// sound, so each feature's allowlist is (self): the player's own origin
// may use it, and no frame the player might nest. An empty list, "()",
// would switch the feature off for the player too. The policy grants
// nothing by itself: in a clinic's page the player runs in a cross-origin
// iframe, which gets a feature only if its allow attribute delegates it
// (the design's allow="autoplay; fullscreen; screen-wake-lock").
const PlayerPermissions = "autoplay=(self), fullscreen=(self), screen-wake-lock=(self)"

// The Cache-Control values: a content-hashed file never changes and is
// kept for a year; anything else is revalidated on every use.
const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
)

// The headers a file gets when no rule sets them: a type the browser will
// not guess at (with nosniff), and revalidation.
const (
	fallbackType  = "application/octet-stream"
	fallbackCache = cacheRevalidate
)

// headerField is one header a rule sets.
type headerField struct{ name, value string }

// headerRule sets header on every file of the site whose path matches
// pattern.
type headerRule struct {
	// pattern is a path in the syntax of the _headers file of Netlify and
	// Cloudflare Pages: "/" and the file's path in the site, where one *
	// stands for any run of characters, slashes included.
	pattern string
	header  []headerField
}

// headerRules are the site's header rules, the one place that says which
// headers each file is served with: NewHandler applies them, and
// StaticHostHeaders writes them for static hosts. Every rule that matches
// a file applies. No two rules that match one file set the same header
// (a static host would join the two values with a comma), which is why
// the .wasm rule sets no Cache-Control: the player's content-hashed wasm
// gets its own, and any other wasm the fallback.
var headerRules = []headerRule{
	{"/*", []headerField{
		{"X-Content-Type-Options", "nosniff"},
		// The widget is embedded from other origins: embed.js is a module
		// script that imports fallback.js and fetches the posters and the
		// content JSON, all of which need CORS. Everything here is public.
		{"Access-Control-Allow-Origin", "*"},
	}},
	// Each kind of file has a fixed type, so the answer does not depend on
	// the host's own table.
	revalidated("/*.html", "text/html; charset=utf-8"),
	revalidated("/*.js", "text/javascript; charset=utf-8"),
	revalidated("/*.css", "text/css; charset=utf-8"),
	revalidated("/*.svg", "image/svg+xml"),
	revalidated("/*.png", "image/png"),
	revalidated("/*.json", "application/json"),
	revalidated("/*.txt", "text/plain; charset=utf-8"),
	revalidated("/*.ico", "image/x-icon"),
	revalidated("/*.woff2", "font/woff2"),
	{"/*.wasm", []headerField{{"Content-Type", "application/wasm"}}},
	// The player's wasm is named by its content (stretch.<hash>.wasm, as
	// web/site builds it), so it can be kept for good.
	{"/stretch.*.wasm", []headerField{{"Cache-Control", cacheImmutable}}},
	{"/player.html", []headerField{
		{"Content-Security-Policy", PlayerCSP},
		{"Permissions-Policy", PlayerPermissions},
	}},
}

// revalidated is the rule for a kind of file that keeps its name when it
// changes: its type, and no-cache.
func revalidated(pattern, contentType string) headerRule {
	return headerRule{pattern, []headerField{
		{"Content-Type", contentType},
		{"Cache-Control", cacheRevalidate},
	}}
}

// HeadersFor returns the headers that NewHandler sends with the site's
// file name (slash-separated, relative to the site's root, such as
// "posters/cat-cow.svg"), apart from those that depend on the request
// (Content-Encoding, Vary, Content-Length, Last-Modified, ranges). Every
// rule whose pattern matches "/"+name adds its headers; a file no rule
// types is application/octet-stream, and one no rule caches is no-cache.
func HeadersFor(name string) http.Header {
	h := http.Header{}
	for _, r := range headerRules {
		if !matchPattern(r.pattern, "/"+name) {
			continue
		}
		for _, f := range r.header {
			h.Add(f.name, f.value)
		}
	}
	if h.Get("Content-Type") == "" {
		h.Set("Content-Type", fallbackType)
	}
	if h.Get("Cache-Control") == "" {
		h.Set("Cache-Control", fallbackCache)
	}
	return h
}

// matchPattern reports whether the path p matches pattern: literally,
// except that one * in pattern matches any run of characters, slashes
// included, as a splat does in a _headers file.
func matchPattern(pattern, p string) bool {
	before, after, star := strings.Cut(pattern, "*")
	if !star {
		return p == pattern
	}
	return len(p) >= len(before)+len(after) &&
		strings.HasPrefix(p, before) && strings.HasSuffix(p, after)
}
