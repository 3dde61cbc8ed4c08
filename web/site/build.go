package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/web"
)

// playerPackage is the wasm player's main package. It is built by import
// path, so the build works from any directory of the module.
const playerPackage = "github.com/immerse-massage/stretch/cmd/player"

// Options says how to build the site.
type Options struct {
	// Brotli is the brotli quality of the precompressed .br files, 0-11.
	Brotli int
	// Log receives the go command's output; nil discards it.
	Log io.Writer
	// BookingHosts, when not empty, are the only host names a booking link
	// may have: a clinic that hosts the widget itself can pin its own, so
	// that nobody can link its player with another site's booking URL.
	BookingHosts []string
	// NoPrecompress leaves out the .br and .gz siblings, for hosts that
	// compress by themselves, such as the npm CDNs that serve the package.
	NoPrecompress bool
}

// Build writes the whole site into out, replacing what an earlier build
// left there (and refusing a non-empty directory that holds no build):
// the player page with its script and styles, wasm_exec.js from the Go
// toolchain that built the content-hashed player wasm, the posters and
// routine cards under posters/, content.<lang>.json, the _headers file
// that gives Netlify and Cloudflare Pages the headers cmd/serve sends
// (web.StaticHostHeaders), and a .br and .gz sibling for every
// compressible file where that is smaller (unless opts.NoPrecompress).
func Build(out string, opts Options) error {
	if err := clearOutput(out); err != nil {
		return err
	}
	files, err := assemble(opts)
	if err != nil {
		return err
	}
	if err := files.Write(out); err != nil {
		return err
	}
	if opts.NoPrecompress {
		return nil
	}
	return precompressAll(out, files, opts.Brotli)
}

// assemble gathers every file of the site in memory.
func assemble(opts Options) (Files, error) {
	wasm, err := buildWasm(opts.Log)
	if err != nil {
		return nil, err
	}
	wasmName := wasmFileName(wasm)
	site := Files{wasmName: wasm}
	if site["wasm_exec.js"], err = wasmExecJS(); err != nil {
		return nil, err
	}
	err = fs.WalkDir(web.Source, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		site[name], err = fs.ReadFile(web.Source, name)
		return err
	})
	if err != nil {
		return nil, err
	}
	posters, err := Posters()
	if err != nil {
		return nil, fmt.Errorf("drawing the posters: %w", err)
	}
	site.Add("posters", posters)
	if err := addContent(site); err != nil {
		return nil, err
	}
	if site["contract.js"], err = contractJS(newContract(wasmName, opts.BookingHosts)); err != nil {
		return nil, err
	}
	if site["accepted.js"], err = acceptedJS(); err != nil {
		return nil, err
	}
	for _, lang := range anim.Langs {
		if site["words."+string(lang)+".js"], err = wordsJS(lang); err != nil {
			return nil, err
		}
	}
	if err := minifyAll(site); err != nil {
		return nil, fmt.Errorf("minifying: %w", err)
	}
	if site["player.html"], err = renderPlayer(site["player.html"], wasmName, len(wasm), opts.BookingHosts); err != nil {
		return nil, err
	}
	site[web.HeadersFile] = web.StaticHostHeaders()
	return site, nil
}

// wasmFileName names the player's wasm by its content,
// stretch.<12 hex digits>.wasm, so that it can be cached for good.
func wasmFileName(wasm []byte) string {
	sum := sha256.Sum256(wasm)
	return "stretch." + hex.EncodeToString(sum[:])[:12] + ".wasm"
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

// buildWasm compiles the player for the browser and returns the binary.
func buildWasm(log io.Writer) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "stretch-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "player.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, playerPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = log, log
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

// renderPlayer fills in player.html's wasm file name and size, its inline
// script (web.WasmRequestScript), the
// booking hosts the site allows (space-separated; none means any), and the
// default language's words that must show before any other words load
// (loading, and failing to).
func renderPlayer(src []byte, wasmName string, size int, bookingHosts []string) ([]byte, error) {
	t, err := template.New("player.html").Parse(string(src))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, struct {
		Wasm         string
		Bytes        int
		BookingHosts string
		Lang         anim.Lang
		Words        anim.Words
		WasmRequest  template.JS
	}{wasmName, size, strings.Join(bookingHosts, " "), anim.DefaultLang, anim.WordsFor(anim.DefaultLang), template.JS(web.WasmRequestScript)})
	return buf.Bytes(), err
}
