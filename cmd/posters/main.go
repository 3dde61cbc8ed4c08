// Command posters writes the static pictures and pages of the routine: one
// poster SVG per stretch (<stretch-id>.svg, for the embed facade and the
// player's fallback) and the printable routine card (card.html in English,
// card.es.html in Spanish, with card.css), which is also what a visitor
// gets when the animated player cannot run.
//
// With -sheet it also writes sheet.html, a contact sheet of every stretch
// at several breath amounts and of every get-into-position move at several
// moments, for reviewing the drawing and the motion.
//
// Usage:
//
//	go run ./cmd/posters -out dist/posters
//	go run ./cmd/posters -out /tmp/review -sheet
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// posterWidth is the posters' intrinsic width in CSS pixels; they scale
// to their container.
const posterWidth = 400

func main() {
	out := flag.String("out", "", "directory to write the posters and the routine card into (created if missing)")
	sheet := flag.Bool("sheet", false, "also write sheet.html, a contact sheet of the poses and moves, for review")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "posters: -out is required")
		flag.Usage()
		os.Exit(2)
	}
	if err := build(*out); err != nil {
		log.Fatalf("posters: %v", err)
	}
	if *sheet {
		if err := writeSheet(*out); err != nil {
			log.Fatalf("posters: %v", err)
		}
	}
}

// build writes every poster and the cards into dir.
func build(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, id := range anim.AllStretches {
		svg, err := poster(id, anim.DefaultLang)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, string(id)+".svg"), svg, 0o644); err != nil {
			return err
		}
	}
	return writeCards(dir)
}

// poster renders stretch id's poster, labelled in lang.
func poster(id anim.StretchID, lang anim.Lang) ([]byte, error) {
	var b bytes.Buffer
	d := figure.Scene(figure.PosterState(id), figure.Style{})
	err := d.WriteSVG(&b, figure.SVGOptions{
		Width:      posterWidth,
		Title:      anim.StretchContent(id, lang).Title,
		Background: anim.PageBackground,
	})
	return b.Bytes(), err
}
