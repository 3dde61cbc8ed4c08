package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// size compares the player's wasm with the minimal program's, built here
// with the same flags: raw, gzip -9 and brotli 11.
func (b *bench) size() error {
	ref, err := os.ReadFile(filepath.Join(b.tmp, "minimal.wasm"))
	if err != nil {
		return err
	}
	player, err := buildWasm(b.tmp, "github.com/immerse-massage/stretch/cmd/player")
	if err != nil {
		return err
	}
	r, p := sizesOf(ref), sizesOf(player)
	for i, name := range []string{"raw", "gzip -9", "brotli 11"} {
		goal, ok := "", (func(float64) bool)(nil)
		if i == 2 {
			goal, ok = "<= 1.08", func(m float64) bool { return m <= 1.08 }
		}
		b.table.add("wasm size, "+name+", player", "bytes", []float64{float64(p[i])}, []float64{float64(r[i])}, "minimal Ebiten program", goal, ok)
	}
	return nil
}

// buildWasm builds pkg for the browser with the player's flags into dir.
func buildWasm(dir, pkg string) ([]byte, error) {
	out := filepath.Join(dir, filepath.Base(pkg)+".wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("building %s: %w", pkg, err)
	}
	return os.ReadFile(out)
}

// sizesOf returns the raw, gzip and brotli sizes of b.
func sizesOf(b []byte) [3]int {
	var gz bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	gw.Write(b)
	gw.Close()
	return [3]int{len(b), gz.Len(), len(brotliBytes(b))}
}

// brotliBytes compresses b at quality 11, as make dist does.
func brotliBytes(b []byte) []byte {
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, 11)
	bw.Write(b)
	bw.Close()
	return br.Bytes()
}
