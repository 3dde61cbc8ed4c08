package npm

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
)

// precompressed lists the suffixes of the siblings web/site writes for
// hosts that serve precompressed files. The package leaves them out: npm
// CDNs compress by themselves and would serve a .br file as a file of its
// own, and they would almost double what npm install downloads.
var precompressed = []string{".br", ".gz"}

// siteFiles returns the slash-separated paths of the files of the built
// site in dir that belong in the package: all but the precompressed
// siblings of other files.
func siteFiles(dir string) ([]string, error) {
	all := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err == nil {
			all[filepath.ToSlash(rel)] = true
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var files []string
	for name := range all {
		if ext := path.Ext(name); slices.Contains(precompressed, ext) && all[name[:len(name)-len(ext)]] {
			continue
		}
		files = append(files, name)
	}
	slices.Sort(files)
	return files, nil
}

// copyFiles copies files (slash-separated paths) from the directory src
// into dst.
func copyFiles(src, dst string, files []string) error {
	for _, name := range files {
		b, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(name)))
		if err != nil {
			return err
		}
		p := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
