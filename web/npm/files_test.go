package npm

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// writeTree writes files (slash-separated path to content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSiteFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"embed.js": "e", "embed.js.br": "b", "embed.js.gz": "g",
		"posters/cat-cow.svg": "s", "posters/cat-cow.svg.gz": "g",
		"_headers": "h",
		// Not the sibling of a file of the site: it stays.
		"notes.gz": "n",
	})
	got, err := siteFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"_headers", "embed.js", "notes.gz", "posters/cat-cow.svg"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("siteFiles = %q; want %q", got, want)
	}
}
