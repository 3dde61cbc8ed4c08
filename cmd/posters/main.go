// Command posters writes the static pictures and pages of the routine (see
// site.Posters): one poster SVG per stretch and the printable routine card
// in every language. With -sheet it also writes sheet.html, a contact sheet
// of every stretch at several breath amounts and of every get-into-position
// move at several moments, for reviewing the drawing and the motion.
//
// Usage:
//
//	go run ./cmd/posters -out /tmp/review -sheet
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/immerse-massage/stretch/web/site"
)

func main() {
	out := flag.String("out", "", "directory to write the posters and the routine card into (created if missing)")
	sheet := flag.Bool("sheet", false, "also write sheet.html, a contact sheet of the poses and moves, for review")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "posters: -out is required")
		flag.Usage()
		os.Exit(2)
	}
	files, err := site.Posters()
	if err != nil {
		log.Fatalf("posters: %v", err)
	}
	if *sheet {
		if files["sheet.html"], err = site.Sheet(); err != nil {
			log.Fatalf("posters: %v", err)
		}
	}
	if err := files.Write(*out); err != nil {
		log.Fatalf("posters: %v", err)
	}
}
