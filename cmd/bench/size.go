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

// benchSize builds the reference program and the player with the same
// flags and compares their sizes.
func benchSize(site string) error {
	tmp, err := os.MkdirTemp("", "stretch-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ref, err := buildWasm(tmp, "./cmd/bench/minimal")
	if err != nil {
		return err
	}
	player, err := buildWasm(tmp, "./cmd/player")
	if err != nil {
		return err
	}
	r, p := sizesOf(ref), sizesOf(player)
	fmt.Println("wasm size (player / minimal Ebiten program, same flags):")
	for i, name := range []string{"raw", "gzip -9", "brotli 11"} {
		fmt.Printf("  %-10s %6.2f MB / %6.2f MB = %.3f\n", name, mb(p[i]), mb(r[i]), float64(p[i])/float64(r[i]))
	}
	return nil
}

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
	var gz, br bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	gw.Write(b)
	gw.Close()
	bw := brotli.NewWriterLevel(&br, 11)
	bw.Write(b)
	bw.Close()
	return [3]int{len(b), gz.Len(), br.Len()}
}

func mb(n int) float64 { return float64(n) / 1e6 }
