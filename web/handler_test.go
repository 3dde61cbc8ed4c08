package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
)

// testSite is a small built site: a page, a hashed wasm with both
// precompressed siblings, a script with only gzip, and a subdirectory.
var testSite = fstest.MapFS{
	"index.html":                   {Data: []byte("<p>home</p>")},
	"player.html":                  {Data: []byte("<p>player</p>")},
	"embed.js":                     {Data: []byte("raw js")},
	"embed.js.gz":                  {Data: []byte("gz js")},
	"stretch.0123456789ab.wasm":    {Data: []byte("raw wasm")},
	"stretch.0123456789ab.wasm.br": {Data: []byte("br wasm")},
	"stretch.0123456789ab.wasm.gz": {Data: []byte("gz wasm")},
	"posters/cat-cow.svg":          {Data: []byte("<svg/>")},
	"docs/index.html":              {Data: []byte("<p>docs</p>")},
	"blob.xyz":                     {Data: []byte("?")},
	"_headers":                     {Data: []byte("/*\n  X: y\n")},
}

var handlerTests = []struct {
	name, method, path, acceptEncoding string
	wantStatus                         int
	wantBody                           string
	wantHeaders                        map[string]string
}{
	// encoding negotiation
	{"br preferred", "GET", "/stretch.0123456789ab.wasm", "gzip, deflate, br", 200, "br wasm",
		map[string]string{"Content-Encoding": "br", "Content-Type": "application/wasm", "Vary": "Accept-Encoding"}},
	{"gzip only", "GET", "/stretch.0123456789ab.wasm", "gzip", 200, "gz wasm",
		map[string]string{"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}},
	{"br refused by q=0", "GET", "/stretch.0123456789ab.wasm", "br;q=0, gzip", 200, "gz wasm",
		map[string]string{"Content-Encoding": "gzip"}},
	{"br refused by Q=0", "GET", "/stretch.0123456789ab.wasm", "br;Q=0, gzip", 200, "gz wasm",
		map[string]string{"Content-Encoding": "gzip"}},
	{"star", "GET", "/stretch.0123456789ab.wasm", "*", 200, "br wasm",
		map[string]string{"Content-Encoding": "br"}},
	{"star without br", "GET", "/stretch.0123456789ab.wasm", "*, br;q=0.0", 200, "gz wasm",
		map[string]string{"Content-Encoding": "gzip"}},
	{"identity", "GET", "/stretch.0123456789ab.wasm", "", 200, "raw wasm",
		map[string]string{"Content-Encoding": "", "Vary": "Accept-Encoding"}},
	{"only gzip sibling", "GET", "/embed.js", "br, gzip", 200, "gz js",
		map[string]string{"Content-Encoding": "gzip", "Content-Type": "text/javascript; charset=utf-8"}},
	{"no sibling", "GET", "/index.html", "br, gzip", 200, "<p>home</p>",
		map[string]string{"Content-Encoding": "", "Vary": ""}},
	// cache headers
	{"hashed is immutable", "GET", "/stretch.0123456789ab.wasm", "", 200, "raw wasm",
		map[string]string{"Cache-Control": "public, max-age=31536000, immutable"}},
	{"embed.js revalidates", "GET", "/embed.js", "", 200, "raw js",
		map[string]string{"Cache-Control": "no-cache"}},
	{"html revalidates", "GET", "/player.html", "", 200, "<p>player</p>",
		map[string]string{"Cache-Control": "no-cache", "Content-Security-Policy": PlayerCSP, "Permissions-Policy": PlayerPermissions}},
	// types and directories
	{"root is index", "GET", "/", "", 200, "<p>home</p>",
		map[string]string{"Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "", "Permissions-Policy": ""}},
	{"svg type", "GET", "/posters/cat-cow.svg", "", 200, "<svg/>",
		map[string]string{"Content-Type": "image/svg+xml", "X-Content-Type-Options": "nosniff"}},
	{"cross-origin module", "GET", "/embed.js", "", 200, "raw js",
		map[string]string{"Access-Control-Allow-Origin": "*"}},
	{"unknown type", "GET", "/blob.xyz", "", 200, "?",
		map[string]string{"Content-Type": "application/octet-stream"}},
	{"directory index", "GET", "/docs/", "", 200, "<p>docs</p>", nil},
	{"directory redirect", "GET", "/docs", "", 301, "", map[string]string{"Location": "/docs/"}},
	{"head", "HEAD", "/embed.js", "", 200, "", map[string]string{"Content-Length": "6"}},
	// refusals
	{"missing", "GET", "/nope.js", "", 404, "", nil},
	{"static host config", "GET", "/_headers", "", 404, "", nil},
	{"post", "POST", "/index.html", "", 405, "", map[string]string{"Allow": "GET, HEAD"}},
	{"dotdot", "GET", "/../etc/passwd", "", 400, "", nil},
	{"dotdot inside", "GET", "/posters/../../x", "", 400, "", nil},
	{"encoded dotdot", "GET", "/%2e%2e/etc/passwd", "", 400, "", nil},
	{"backslash", "GET", "/..%5cetc%5cpasswd", "", 400, "", nil},
	{"nul", "GET", "/index.html%00", "", 400, "", nil},
}

func TestHandler(t *testing.T) {
	h := NewHandler(testSite)
	for _, tt := range handlerTests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, "http://example.test"+tt.path, nil)
			if tt.acceptEncoding != "" {
				req.Header.Set("Accept-Encoding", tt.acceptEncoding)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("%s %s: status = %d; want %d (body %q)", tt.method, tt.path, res.StatusCode, tt.wantStatus, body)
			}
			if tt.wantStatus == http.StatusOK && string(body) != tt.wantBody {
				t.Errorf("%s %s: body = %q; want %q", tt.method, tt.path, body, tt.wantBody)
			}
			for k, want := range tt.wantHeaders {
				if got := res.Header.Get(k); got != want {
					t.Errorf("%s %s: header %s = %q; want %q", tt.method, tt.path, k, got, want)
				}
			}
			if n := len(res.Header.Values("Vary")); n > 1 {
				t.Errorf("%s %s: %d Vary headers; want at most one", tt.method, tt.path, n)
			}
		})
	}
}

// TestSourceHasPlayer checks that the embedded front end has the player page
// that cmd/dist templates.
func TestSourceHasPlayer(t *testing.T) {
	for _, name := range []string{"player.html", "player.js", "player.css"} {
		if _, err := Source.Open(name); err != nil {
			t.Errorf("Source.Open(%q): %v", name, err)
		}
	}
}
