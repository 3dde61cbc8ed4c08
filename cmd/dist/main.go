// Command dist builds the whole static site into one directory (see
// package site): the player page with its script and styles, wasm_exec.js
// from the Go toolchain, the content-hashed player wasm, posters, routine
// cards, fallback content, a _headers file for static hosts that read
// one, and a .br and .gz sibling for every compressible file. The result
// is ready for any static host or CDN, and is what cmd/serve serves.
//
//	go run ./cmd/dist -out dist
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/immerse-massage/stretch/web/site"
)

func main() {
	out := flag.String("out", "dist", "directory to write the site to (replaced)")
	quality := flag.Int("brotli", 11, "brotli quality for precompression, 0-11")
	hosts := flag.String("booking-hosts", "", "comma-separated host names a booking link may have (none: any)")
	flag.Parse()
	start := time.Now()
	opts := site.Options{Brotli: *quality, Log: os.Stderr}
	for h := range strings.SplitSeq(*hosts, ",") {
		if h = strings.TrimSpace(h); h != "" {
			opts.BookingHosts = append(opts.BookingHosts, h)
		}
	}
	if err := site.Build(*out, opts); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
	fmt.Printf("dist: wrote %s in %v\n", *out, time.Since(start).Round(time.Millisecond))
}
