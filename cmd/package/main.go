// Command package packs the built site as an npm package (see package
// web/npm): it builds the site, stages it with package.json, README.md and
// LICENSE, runs npm pack, and prints the tarball's path as its last line.
//
//	go run ./cmd/package -out .
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/immerse-massage/stretch/web/npm"
)

func main() {
	out := flag.String("out", ".", "directory to write the tarball to")
	built := flag.String("site", "", "a site built already (cmd/dist) to pack instead of building one")
	flag.Parse()
	tgz, err := npm.Pack(npm.Options{Out: *out, Site: *built, Log: os.Stderr})
	if err != nil {
		fmt.Fprintln(os.Stderr, "package:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "package: %d files, %d bytes packed, %d unpacked\n", tgz.Files, tgz.Size, tgz.Unpacked)
	fmt.Println(tgz.Path)
}
