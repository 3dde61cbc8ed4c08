package anim

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// animImportPath is this package's own path, which its external tests
// (package anim_test) import.
const animImportPath = "github.com/immerse-massage/stretch/anim"

// Package anim imports only the standard library (and not syscall/js), so
// it builds and tests natively: every import path of every file here, tests
// included and whatever its build tags, must have no dot in its first
// element; external test files may also import anim itself.
func TestImportsOnlyStandardLibrary(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files found: %v", err)
	}
	for _, name := range files {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if path == animImportPath && strings.HasSuffix(name, "_test.go") && f.Name.Name == "anim_test" {
				continue
			}
			if !standardLibraryPath(path) {
				t.Errorf("%s imports %q, which is not in the standard library", name, path)
			}
		}
	}
}

// standardLibraryPath reports whether path names a standard library package
// that anim may use.
func standardLibraryPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return path != "" && !strings.Contains(first, ".") && path != "syscall/js" && path != "C"
}

func TestStandardLibraryPath(t *testing.T) {
	for path, want := range map[string]bool{
		"fmt": true, "net/url": true, "math/rand/v2": true,
		"github.com/hajimehoshi/ebiten/v2": false, "golang.org/x/sys": false,
		"github.com/immerse-massage/stretch/widget": false, "syscall/js": false, "C": false, "": false,
	} {
		if got := standardLibraryPath(path); got != want {
			t.Errorf("standardLibraryPath(%q) = %v; want %v", path, got, want)
		}
	}
}
