package site

import (
	"bytes"
	"fmt"
	"html/template"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// sheetTemplate lays out the contact sheet: one row per stretch or move.
var sheetTemplate = template.Must(template.New("sheet").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Poses and moves</title>
<style>
body{margin:1rem;font:12px system-ui,sans-serif;background:#fff;color:#333}
h2{font-size:13px;margin:1rem 0 .3rem}
.row{display:flex;flex-wrap:wrap;gap:6px}
figure{margin:0;width:220px}
figure svg{display:block;width:100%;height:auto}
figcaption{text-align:center}
</style></head><body>
{{range .}}<h2>{{.Name}}</h2><div class="row">{{range .Frames}}<figure>{{.SVG}}<figcaption>{{.Label}}</figcaption></figure>{{end}}</div>
{{end}}</body></html>
`))

type sheetFrame struct {
	Label string
	SVG   template.HTML
}

type sheetRow struct {
	Name   string
	Frames []sheetFrame
}

// Sheet returns a contact sheet, as an HTML page, of each stretch through a
// breath and of each move between stretches (from standing first) through
// its setup, for reviewing the drawing and the motion.
func Sheet() ([]byte, error) {
	var rows []sheetRow
	frame := func(st anim.State, label string) (sheetFrame, error) {
		var b bytes.Buffer
		err := figure.Scene(st, figure.Style{}).WriteSVG(&b, figure.SVGOptions{Width: 220, Background: anim.PageBackground})
		return sheetFrame{Label: label, SVG: template.HTML(b.String())}, err
	}
	for _, id := range anim.AllStretches {
		row := sheetRow{Name: string(id) + ": breath amount"}
		for _, a := range []float64{0, 0.25, 0.5, 0.75, 1} {
			f, err := frame(anim.State{ID: id, Segment: anim.Breathing, SetupFraction: 1, Amount: a}, fmt.Sprintf("amount %.2f", a))
			if err != nil {
				return nil, err
			}
			row.Frames = append(row.Frames, f)
		}
		rows = append(rows, row)
	}
	for _, prev := range append([]anim.StretchID{""}, anim.AllStretches...) {
		for _, id := range anim.AllStretches {
			if id == prev {
				continue
			}
			from := string(prev)
			if from == "" {
				from = "standing"
			}
			row := sheetRow{Name: from + " → " + string(id) + ": setup"}
			for _, f := range []float64{0, 0.2, 0.35, 0.5, 0.65, 0.8, 1} {
				fr, err := frame(anim.State{ID: id, PreviousID: prev, Segment: anim.Setup, SetupFraction: f}, fmt.Sprintf("setup %.2f", f))
				if err != nil {
					return nil, err
				}
				row.Frames = append(row.Frames, fr)
			}
			rows = append(rows, row)
		}
	}
	var b bytes.Buffer
	if err := sheetTemplate.Execute(&b, rows); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
