// Command bench measures what the product costs, as ratios against a
// reference measured in the same run, because machines here are shared and
// noisy:
//
//   - wasm size: the player against the smallest Ebiten program (raw, gzip
//     and brotli), both built here with the same flags;
//
//   - CPU: the whole headless Chromium (all its processes) while the player
//     waits on its start screen, plays, is paused and has ended, against the
//     same browser showing a static page.
//
//     go run ./cmd/bench -site dist
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	site := flag.String("site", "dist", "built site to measure (from cmd/dist)")
	window := flag.Duration("window", 6*time.Second, "how long each CPU measurement lasts")
	rounds := flag.Int("rounds", 2, "CPU measurement rounds (the median is reported)")
	flag.Parse()
	if err := benchSize(*site); err != nil {
		fmt.Fprintln(os.Stderr, "bench: size:", err)
		os.Exit(1)
	}
	if err := benchCPU(*site, *window, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "bench: cpu:", err)
		os.Exit(1)
	}
}
