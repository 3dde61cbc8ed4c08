package figure

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The import paths of package anim, which figure draws from, and of figure
// itself, which its external tests (package figure_test) would import.
const (
	animImportPath   = "github.com/immerse-massage/stretch/anim"
	figureImportPath = animImportPath + "/figure"
)

// Package figure imports only package anim and the standard library (and
// not syscall/js), so it builds and tests natively: every import path of
// every file here, tests included and whatever its build tags, must be anim
// or have no dot in its first element; external test files may also import
// figure itself.
func TestImportsOnlyAnimAndStandardLibrary(t *testing.T) {
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
			if !allowedImport(path, name, f.Name.Name) {
				t.Errorf("%s imports %q, which is neither package anim nor in the standard library", name, path)
			}
		}
	}
}

// allowedImport reports whether file, of package pkg, may import path: the
// standard library or anim, and figure itself from an external test.
func allowedImport(path, file, pkg string) bool {
	switch {
	case path == animImportPath:
		return true
	case path == figureImportPath:
		return strings.HasSuffix(file, "_test.go") && pkg == "figure_test"
	}
	first, _, _ := strings.Cut(path, "/")
	return path != "" && !strings.Contains(first, ".") && path != "syscall/js" && path != "C"
}

func TestAllowedImport(t *testing.T) {
	for _, tc := range []struct {
		path, file, pkg string
		want            bool
	}{
		{"math", "svg.go", "figure", true},
		{"math/rand/v2", "svg_test.go", "figure", true},
		{animImportPath, "camera.go", "figure", true},
		{figureImportPath, "example_test.go", "figure_test", true},
		{figureImportPath, "camera.go", "figure", false},
		{figureImportPath, "camera_test.go", "figure", false},
		{"github.com/hajimehoshi/ebiten/v2", "display.go", "figure", false},
		{"github.com/immerse-massage/stretch/widget", "display.go", "figure", false},
		{animImportPath + "/other", "display.go", "figure", false},
		{"golang.org/x/sys", "display.go", "figure", false},
		{"syscall/js", "display.go", "figure", false},
		{"C", "display.go", "figure", false},
		{"", "display.go", "figure", false},
	} {
		if got := allowedImport(tc.path, tc.file, tc.pkg); got != tc.want {
			t.Errorf("allowedImport(%q, %q, %q) = %v; want %v", tc.path, tc.file, tc.pkg, got, tc.want)
		}
	}
}
