package npm

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/immerse-massage/stretch/web/site"
)

// tarNames returns the names of the files in the .tgz at path.
func tarNames(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var names []string
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
	}
	slices.Sort(names)
	return names
}

// TestPackBuiltSite packs a small stand-in for a built site with npm: the
// tarball holds its files without their precompressed siblings, plus
// package.json, README.md and LICENSE, all under package/.
func TestPackBuiltSite(t *testing.T) {
	if _, err := exec.LookPath("npm"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("npm is not installed")
		}
		t.Skip("npm is not installed")
	}
	built := t.TempDir()
	writeTree(t, built, map[string]string{
		"embed.js": "export {};", "embed.js.br": "b", "embed.js.gz": "g",
		"player.html": "<!doctype html>", "posters/start-cat-cow.svg": "<svg/>",
		"stretch.0123456789ab.wasm": "\x00asm",
	})
	out := filepath.Join(t.TempDir(), "out")
	tgz, err := Pack(Options{Out: out, Site: built})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(out, Name+"-"+site.Version+".tgz"); tgz.Path != want {
		t.Errorf("tarball at %s; want %s", tgz.Path, want)
	}
	got := tarNames(t, tgz.Path)
	want := []string{"package/LICENSE", "package/README.md", "package/embed.js", "package/package.json",
		"package/player.html", "package/posters/start-cat-cow.svg", "package/stretch.0123456789ab.wasm"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the tarball holds %q; want %q", got, want)
	}
	if tgz.Files != len(want) || tgz.Size <= 0 || tgz.Unpacked <= 0 {
		t.Errorf("npm pack described the tarball as %+v; want %d files and sizes", tgz, len(want))
	}
}

func TestPackRefusesNoSite(t *testing.T) {
	if _, err := exec.LookPath("npm"); err != nil {
		t.Skip("npm is not installed")
	}
	if _, err := Pack(Options{Out: t.TempDir(), Site: t.TempDir()}); err == nil {
		t.Errorf("Pack of an empty directory succeeded; want an error")
	}
}
