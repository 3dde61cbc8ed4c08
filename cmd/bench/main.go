// Command bench measures what the product costs, each figure as a ratio
// against a reference measured in the same run, because the machines here
// are shared and noisy: several runs each, the median and the spread. It
// prints one table and writes it as JSON (-json, bench.json by default).
//
//   - wasm size: the player against the minimal Ebiten program
//     (cmd/bench/minimal: one animated circle), same Go, same flags;
//
//   - start-up: from the click on Start to the player's first frame in the
//     embed, against the minimal program's load to its first frame; and
//     from the click to the first visible sign that the routine began;
//     with the breakdown of where the start-up goes;
//
//   - the host page's bytes before Start (brotli);
//
//   - main-thread CPU with the embed paused, against a static page;
//
//   - the Go cost of Update+Draw per frame while playing;
//
//   - memory growth over 30 minutes of routine time at 16x.
//
//     go run ./cmd/bench -site dist
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	site := flag.String("site", "dist", "built site to measure (from make dist)")
	runs := flag.Int("runs", 5, "runs of each timed measurement")
	out := flag.String("json", "bench.json", "where to write the table as JSON")
	only := flag.String("only", "", "measure only these, comma-separated: size, host, startup, cpu, frames, memory")
	flag.Parse()
	b, err := newBench(*site, *runs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	defer b.close()
	for _, step := range []struct {
		name string
		run  func() error
	}{
		{"size", b.size}, {"host", b.hostBytes}, {"startup", b.startup},
		{"cpu", b.pausedCPU}, {"frames", b.frameCost}, {"memory", b.memoryGrowth},
	} {
		if *only != "" && !slices.Contains(strings.Split(*only, ","), step.name) {
			continue
		}
		if err := step.run(); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
	}
	b.table.print(os.Stdout)
	if err := b.table.writeJSON(*out); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
