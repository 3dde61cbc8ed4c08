package web

import (
	"bytes"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// encodings lists the precompressed siblings the handler looks for, best
// first, with the file suffix each one has.
var encodings = []struct{ name, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// NewHandler returns an http.Handler that serves the built site in site.
//
// A request for /a/b.js is answered with b.js.br or b.js.gz when the client
// accepts that encoding and the sibling exists, with Content-Encoding and
// Vary: Accept-Encoding set. Directories serve their index.html; a
// directory asked for without its trailing slash is redirected (301) to
// its path on this site with one, keeping the query. Every file is sent
// with the headers HeadersFor gives it: its type, caching (a year,
// immutable, for the content-hashed wasm; no-cache otherwise), nosniff,
// CORS for every origin, and PlayerCSP and PlayerPermissions on
// player.html. The site's _headers file (HeadersFile) is configuration for
// static hosts, not content: it is not served (404), as those hosts do
// not serve it either. Paths that try to leave the site, and methods other
// than GET and HEAD, are refused.
func NewHandler(site fs.FS) http.Handler {
	return &siteHandler{site: site}
}

type siteHandler struct{ site fs.FS }

func (h *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := siteName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	if info, err := fs.Stat(h.site, name); err == nil && info.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			http.Redirect(w, r, dirURL(name, r.URL.RawQuery), http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
	}
	info, err := fs.Stat(h.site, name)
	if err != nil || info.IsDir() || name == HeadersFile {
		http.NotFound(w, r)
		return
	}
	hdr := w.Header()
	for k, v := range HeadersFor(name) {
		hdr[k] = v
	}

	serve, modTime := name, info.ModTime()
	accepted := acceptedEncodings(r.Header.Get("Accept-Encoding"))
	for _, enc := range encodings {
		sib, err := fs.Stat(h.site, name+enc.suffix)
		if err != nil || sib.IsDir() {
			continue
		}
		hdr.Add("Vary", "Accept-Encoding")
		if accepted[enc.name] {
			serve = name + enc.suffix
			hdr.Set("Content-Encoding", enc.name)
			break
		}
	}
	if hdr.Get("Content-Encoding") != "" {
		// Keep one Vary line however many siblings were looked at.
		hdr.Set("Vary", "Accept-Encoding")
	} else if len(hdr.Values("Vary")) > 1 {
		hdr.Set("Vary", "Accept-Encoding")
	}
	f, err := h.site.Open(serve)
	if err != nil {
		http.Error(w, "cannot open file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	content, seekable := f.(io.ReadSeeker)
	if !seekable {
		body, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, "cannot read file", http.StatusInternalServerError)
			return
		}
		content = bytes.NewReader(body)
	}
	http.ServeContent(w, r, name, modTime, content)
}

// siteName turns a URL path into a name inside the site, or reports false
// when the path is not a clean path below the site's root.
func siteName(urlPath string) (string, bool) {
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	for _, seg := range strings.Split(urlPath, "/") {
		if seg == ".." || seg == "." {
			return "", false
		}
	}
	name := strings.Trim(path.Clean(urlPath), "/")
	if name == "" {
		name = "."
	}
	if !fs.ValidPath(name) {
		return "", false
	}
	return name, true
}

// dirURL returns where a request for the directory name (a name inside
// the site, as siteName returns it) is redirected: the directory's path
// with a trailing slash, keeping the request's query. It is built from
// the cleaned name, never from the request's path, so it always starts
// with exactly one slash: a Location of "//posters/" would send the
// browser to the host "posters".
func dirURL(name, rawQuery string) string {
	p := "/"
	if name != "." {
		p += name + "/"
	}
	u := url.URL{Path: p, RawQuery: rawQuery}
	return u.String()
}

// acceptedEncodings parses an Accept-Encoding header into the set of content
// codings it accepts (q > 0), lower-cased. Coding and parameter names are
// matched case-insensitively, so "BR" and "br;Q=0" count. A "*" accepts br
// and gzip unless they are listed with q=0.
func acceptedEncodings(header string) map[string]bool {
	acc := map[string]bool{}
	refused := map[string]bool{}
	star := false
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		coding := strings.ToLower(strings.TrimSpace(fields[0]))
		if coding == "" {
			continue
		}
		zero := false
		for _, p := range fields[1:] {
			name, value, _ := strings.Cut(p, "=")
			// Parameter names are case-insensitive (RFC 9110, 5.6.6).
			if strings.EqualFold(strings.TrimSpace(name), "q") && isZeroQ(strings.TrimSpace(value)) {
				zero = true
			}
		}
		switch {
		case zero:
			refused[coding] = true
		case coding == "*":
			star = true
		default:
			acc[coding] = true
		}
	}
	if star {
		for _, enc := range encodings {
			if !refused[enc.name] {
				acc[enc.name] = true
			}
		}
	}
	if acc["x-gzip"] {
		acc["gzip"] = true
	}
	return acc
}

// isZeroQ reports whether a qvalue ("0", "0.0", "0.000") is zero.
func isZeroQ(q string) bool {
	if q == "" || q[0] != '0' {
		return false
	}
	return strings.Trim(q[1:], ".0") == "" && strings.Count(q, ".") <= 1
}
