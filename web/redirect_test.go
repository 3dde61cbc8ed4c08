package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"
)

// redirectSite has directories whose names look like hosts, so that a
// redirect built from the request path would leave the site.
var redirectSite = fstest.MapFS{
	"index.html":              {Data: []byte("<p>home</p>")},
	"posters/cat-cow.svg":     {Data: []byte("<svg/>")},
	"docs/index.html":         {Data: []byte("<p>docs</p>")},
	"evil.example/index.html": {Data: []byte("<p>not a host</p>")},
	"two words/index.html":    {Data: []byte("<p>spaced</p>")},
}

// TestRedirectsStayOnSite sends odd paths (as a browser or an attacker
// would put them on the request line) and checks that every redirect
// goes to a single-slash path on the same origin.
func TestRedirectsStayOnSite(t *testing.T) {
	tests := []struct {
		target       string // request-target, as sent on the request line
		wantStatus   int
		wantLocation string // "" when no redirect is expected
	}{
		{"/posters", 301, "/posters/"},
		{"//posters", 301, "/posters/"},
		{"///posters", 301, "/posters/"},
		{"/%2Fposters", 301, "/posters/"},
		{"//evil.example", 301, "/evil.example/"},
		{"///evil.example", 301, "/evil.example/"},
		{"/%2F%2Fevil.example", 301, "/evil.example/"},
		{"/%2F/evil.example", 301, "/evil.example/"},
		{"//docs?lang=es", 301, "/docs/?lang=es"},
		{"/two%20words", 301, "/two%20words/"},
		{"/posters//", 404, ""},
		{"//docs/", 200, ""},
		{"/docs//", 200, ""},
		{"/\\evil.example", 400, ""},
		{"/%5Cevil.example", 400, ""},
		{"/%5C%5Cevil.example", 400, ""},
		{"/%2F%5Cevil.example", 400, ""},
		{"/%09/evil.example", 404, ""},
		{"//nowhere.example", 404, ""},
	}
	h := NewHandler(redirectSite)
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			req := httptest.NewRequest("GET", tt.target, nil)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			loc := res.Header.Get("Location")
			if res.StatusCode != tt.wantStatus || loc != tt.wantLocation {
				t.Errorf("GET %s: status %d, Location %q; want %d, %q", tt.target, res.StatusCode, loc, tt.wantStatus, tt.wantLocation)
			}
			if loc != "" && !sameOriginPath(loc) {
				t.Errorf("GET %s: Location %q leaves the site", tt.target, loc)
			}
		})
	}
}

// sameOriginPath reports whether a Location value is an absolute path on
// the same origin: one leading slash, no scheme or host, and nothing a
// browser would read as the start of an authority ("//", "/\").
func sameOriginPath(loc string) bool {
	u, err := url.Parse(loc)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return false
	}
	return strings.HasPrefix(loc, "/") && !strings.HasPrefix(loc, "//") &&
		!strings.HasPrefix(loc, "/\\") && !strings.ContainsAny(loc, "\t\n\r")
}

// TestSameOriginPath checks the test's own judge of a Location.
func TestSameOriginPath(t *testing.T) {
	tests := []struct {
		loc  string
		want bool
	}{
		{"/posters/", true},
		{"/docs/?lang=es", true},
		{"//posters/", false},
		{"/\\evil.example/", false},
		{"https://evil.example/", false},
		{"posters/", false},
		{"/\t/evil.example/", false},
	}
	for _, tt := range tests {
		if got := sameOriginPath(tt.loc); got != tt.want {
			t.Errorf("sameOriginPath(%q) = %v; want %v", tt.loc, got, tt.want)
		}
	}
}

// TestRedirectMethods checks that HEAD is redirected like GET.
func TestRedirectMethods(t *testing.T) {
	req := httptest.NewRequest(http.MethodHead, "//posters", nil)
	rec := httptest.NewRecorder()
	NewHandler(redirectSite).ServeHTTP(rec, req)
	if got, want := rec.Header().Get("Location"), "/posters/"; rec.Code != 301 || got != want {
		t.Errorf("HEAD //posters: status %d, Location %q; want 301, %q", rec.Code, got, want)
	}
}
