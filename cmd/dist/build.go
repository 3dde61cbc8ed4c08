package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/immerse-massage/stretch/web"
)

// build writes the site into out, replacing what a previous build left there.
func build(out string, brotliQuality int) error {
	if err := clearOutput(out); err != nil {
		return err
	}
	wasm, err := buildWasm()
	if err != nil {
		return err
	}
	sum := sha256.Sum256(wasm)
	wasmName := "stretch." + hex.EncodeToString(sum[:])[:12] + ".wasm"

	site := map[string][]byte{wasmName: wasm}
	execJS, err := wasmExecJS()
	if err != nil {
		return err
	}
	site["wasm_exec.js"] = execJS
	err = fs.WalkDir(web.Source, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(web.Source, name)
		if err != nil {
			return err
		}
		site[name] = b
		return nil
	})
	if err != nil {
		return err
	}
	if err := addPosters(site); err != nil {
		return err
	}
	if err := addContent(site); err != nil {
		return err
	}
	player, err := renderPlayer(site["player.html"], wasmName, len(wasm))
	if err != nil {
		return err
	}
	site["player.html"] = player

	for name, b := range site {
		if err := writeFile(out, name, b); err != nil {
			return err
		}
	}
	return precompressAll(out, site, brotliQuality)
}

// clearOutput makes out an empty directory. It refuses to empty a directory
// that does not look like an earlier build, so a typo cannot wipe a tree.
func clearOutput(out string) error {
	entries, err := os.ReadDir(out)
	if os.IsNotExist(err) {
		return os.MkdirAll(out, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(out, "player.html")); err != nil {
			return fmt.Errorf("%s is not empty and holds no earlier build; refusing to replace it", out)
		}
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// buildWasm compiles cmd/player for the browser and returns the binary.
func buildWasm() ([]byte, error) {
	tmp, err := os.MkdirTemp("", "stretch-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "player.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, "./cmd/player")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("building the player wasm: %w", err)
	}
	return os.ReadFile(bin)
}

// wasmExecJS returns the wasm_exec.js that matches the Go toolchain that
// built the wasm (it lives in lib/wasm since Go 1.24).
func wasmExecJS() ([]byte, error) {
	root := runtime.GOROOT()
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		root = strings.TrimSpace(string(out))
	}
	for _, dir := range []string{"lib/wasm", "misc/wasm"} {
		if b, err := os.ReadFile(filepath.Join(root, dir, "wasm_exec.js")); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("wasm_exec.js not found under %s", root)
}

// renderPlayer fills in player.html's wasm file name and size.
func renderPlayer(src []byte, wasmName string, size int) ([]byte, error) {
	t, err := template.New("player.html").Parse(string(src))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, struct {
		Wasm  string
		Bytes int
	}{wasmName, size})
	return buf.Bytes(), err
}

// writeFile writes b to out/name, creating directories as needed.
func writeFile(out, name string, b []byte) error {
	p := filepath.Join(out, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, b, 0o644)
}
