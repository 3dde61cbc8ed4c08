package site

import (
	"os"
	"path/filepath"
	"sort"
)

// Files is a set of files by slash-separated path, relative to the root of
// what is being built.
type Files map[string][]byte

// Add copies every file of other into f under dir ("" for the root).
func (f Files) Add(dir string, other Files) {
	for name, b := range other {
		if dir != "" {
			name = dir + "/" + name
		}
		f[name] = b
	}
}

// Names returns the paths of f, sorted.
func (f Files) Names() []string {
	names := make([]string, 0, len(f))
	for name := range f {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// Write writes every file of f under dir, creating directories as needed.
func (f Files) Write(dir string) error {
	for name, b := range f {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
