package e2e

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immerse-massage/stretch/web/npm"
	"github.com/immerse-massage/stretch/web/site"
)

// unpackedPackage packs the site with npm.Pack, unpacks the tarball with
// archive/tar and compress/gzip, and returns the package's directory. It
// packs the site the other tests use (built already, by make or by
// TestMain), so that no test builds the wasm again; given no site,
// npm.Pack builds one with site.Build, as make package does.
func unpackedPackage(t *testing.T) (string, npm.Tarball) {
	t.Helper()
	if _, err := exec.LookPath("npm"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("npm is not installed")
		}
		t.Skip("npm is not installed (make package installs it)")
	}
	out := t.TempDir()
	tgz, err := npm.Pack(npm.Options{Out: out, Site: siteDir})
	if err != nil {
		t.Fatalf("packing: %v", err)
	}
	dir := filepath.Join(out, "unpacked")
	if err := untgz(tgz.Path, dir); err != nil {
		t.Fatalf("unpacking %s: %v", tgz.Path, err)
	}
	return dir, tgz
}

// untgz unpacks the npm tarball at src into dst, without its leading
// package/ directory.
func untgz(src, dst string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		name, ok := strings.CutPrefix(h.Name, "package/")
		if !ok || !filepath.IsLocal(name) || h.Typeflag != tar.TypeReg {
			return errors.New("unexpected entry in the tarball: " + h.Name)
		}
		p := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
}

// cdnTypes are the media types an npm CDN such as unpkg sends, by
// extension; htmlType is the one it sends for .html.
func cdnTypes(htmlType string) map[string]string {
	return map[string]string{
		".html": htmlType, ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
		".svg": "image/svg+xml", ".json": "application/json", ".wasm": "application/wasm",
		".md": "text/markdown; charset=utf-8",
	}
}

// npmCDN serves the unpacked package in dir under prefix as an npm CDN
// does: media types by extension from types, CORS for every origin, no
// headers of the package's own (no CSP, no _headers), and no
// precompressed files. It logs the paths asked for.
func npmCDN(t *testing.T, dir, prefix string, types map[string]string, log *requestLog) *httptest.Server {
	t.Helper()
	files := os.DirFS(dir)
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r.URL.Path)
		name, ok := strings.CutPrefix(r.URL.Path, prefix)
		f, err := files.Open(name)
		if !ok || err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil || info.IsDir() {
			http.NotFound(w, r)
			return
		}
		ct, ok := types[path.Ext(name)]
		if !ok {
			ct = "text/plain; charset=utf-8"
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
		w.Header().Set("Cache-Control", "public, max-age=31536000")
		http.ServeContent(w, r, name, info.ModTime(), f.(io.ReadSeeker))
	}))
	t.Cleanup(s.Close)
	return s
}

// TestPackageFromCDN packs the site as the npm package, checks what the
// tarball holds, serves it as an npm CDN does at a versioned path
// (/npm/<name>@<version>/), and embeds it from a page on another origin
// (localhost; the CDN is 127.0.0.1): the facade costs little before Start,
// and Start plays the routine (ready, then a breath phase).
func TestPackageFromCDN(t *testing.T) {
	parallel(t)
	dir, tgz := unpackedPackage(t)
	var manifest struct {
		Name, Version string
		Exports       map[string]string
		Files         []string
	}
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil || json.Unmarshal(b, &manifest) != nil {
		t.Fatalf("package.json: %v\n%s", err, b)
	}
	if manifest.Name != npm.Name || manifest.Version != site.Version || manifest.Exports["."] != "./embed.js" {
		t.Errorf("package.json: name %q, version %q, exports %v; want %s, %s, . = ./embed.js", manifest.Name, manifest.Version, manifest.Exports, npm.Name, site.Version)
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	for _, f := range files {
		switch ext := path.Ext(f); {
		case ext == ".br", ext == ".gz", ext == ".go", ext == ".tmpl", strings.Contains(f, "_test"), strings.HasPrefix(f, "e2e/"):
			t.Errorf("the package holds %s; want only the built site", f)
		}
	}
	for _, want := range []string{"embed.js", "player.html", "builder.html", "contract.js", "README.md", "LICENSE", "package.json"} {
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			t.Errorf("the package lacks %s", want)
		}
	}
	if len(files) != tgz.Files || len(files) != len(manifest.Files)+3 {
		t.Errorf("the tarball holds %d files (npm says %d); want package.json's %d and package.json, README.md, LICENSE", len(files), tgz.Files, len(manifest.Files))
	}
	t.Logf("package %s@%s: %d files, %d bytes packed, %d bytes unpacked", manifest.Name, manifest.Version, tgz.Files, tgz.Size, tgz.Unpacked)

	prefix := "/npm/" + npm.Name + "@" + site.Version + "/"
	var cdnLog requestLog
	cdn := npmCDN(t, dir, prefix, cdnTypes("text/html; charset=utf-8"), &cdnLog)
	hs := newHostServer(t, false)
	hs.embedSrc = cdn.URL + prefix + "embed.js"
	u, _ := url.Parse(hs.URL)
	tb := openAt(t, "http://localhost:"+u.Port()+"/host.html?booking-url="+url.QueryEscape("https://clinic.example/book"), desktop)
	tb.waitFor(shadow("w", ".start")+` && `+shadow("w", "img")+`?.complete`, 10*time.Second)
	tb.waitFor(`document.readyState === 'complete' && new Promise((r) => requestIdleCallback(() => r(true)))`, 10*time.Second)
	var before int
	for _, p := range cdnLog.all() {
		if strings.HasSuffix(p, ".wasm") || strings.HasPrefix(p, prefix+"player.") || strings.HasSuffix(p, "/wasm_exec.js") {
			t.Errorf("requested %s before Start", p)
		}
		n := brotliSize(t, cdn.URL+p)
		t.Logf("before Start: %s, %d bytes brotli", p, n)
		before += n
	}
	t.Logf("from the package path, the host page paid %d bytes (brotli) before Start", before)
	if before == 0 || before > 10*1024 {
		t.Errorf("the embed from the package cost %d bytes brotli before Start; want some, at most 10 KB", before)
	}

	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "ready", 1, readyTimeout)
	if src := evalJS[string](tb, shadow("w", "iframe")+`.src`); !strings.HasPrefix(src, cdn.URL+prefix+"player.html?") {
		t.Errorf("player URL = %q; want it at the package's path %s", src, cdn.URL+prefix)
	}
	// Skip to the end of getting into position: the first breath follows.
	evalJS[bool](tb, `(w => { w.currentTime = 11; return true; })(document.getElementById('w'))`)
	tb.waitElementEvent("w", "breathphase", 1, 20*time.Second)
	if ex := tb.exceptions(); len(ex) > 0 {
		t.Errorf("page threw: %v", ex)
	}
}

// TestPackageFromJsDelivrLike serves the package as jsDelivr does, with
// .html as plain text: the player page cannot run, and the widget says
// so (error player-missing) and shows the routine as text, as the README
// warns.
func TestPackageFromJsDelivrLike(t *testing.T) {
	parallel(t)
	dir, _ := unpackedPackage(t)
	prefix := "/npm/" + npm.Name + "@" + site.Version + "/"
	var cdnLog requestLog
	cdn := npmCDN(t, dir, prefix, cdnTypes("text/plain; charset=utf-8"), &cdnLog)
	hs := newHostServer(t, false)
	hs.embedSrc = cdn.URL + prefix + "embed.js"
	u, _ := url.Parse(hs.URL)
	tb := openAt(t, "http://localhost:"+u.Port()+"/host.html", desktop)
	tb.clickShadow("w", ".start")
	tb.waitElementEvent("w", "error", 1, 30*time.Second)
	if got := lastElementEvent(tb, "error").Detail["code"]; got != "player-missing" {
		t.Errorf("error code = %v; want player-missing", got)
	}
	tb.waitFor(shadow("w", ".fallback ol"), 10*time.Second)
}
