package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
)

// row is one figure of the bench: its value and reference as measured in
// each run, their ratio's median and spread, and the goal it must meet.
type row struct {
	Name      string    `json:"name"`
	Unit      string    `json:"unit"`
	Values    []float64 `json:"values"`
	Reference []float64 `json:"reference,omitempty"`
	RefName   string    `json:"referenceName,omitempty"`
	// Ratio is the median of value/reference per run (or of the value,
	// without a reference); Low and High its spread.
	Median float64 `json:"median"`
	Low    float64 `json:"low"`
	High   float64 `json:"high"`
	Goal   string  `json:"goal,omitempty"`
	Met    *bool   `json:"met,omitempty"`
}

// table is the bench's result.
type table struct {
	Rows      []row              `json:"rows"`
	Breakdown map[string]float64 `json:"startupBreakdownMs,omitempty"`
	// MinimalBreakdown is the minimal program's start-up, from its page's
	// start, for the moments it shares with the player.
	MinimalBreakdown map[string]float64 `json:"minimalStartupMs,omitempty"`
}

// add records a figure: values against reference (nil for none), and
// whether its median meets the goal (ok nil for no goal).
func (t *table) add(name, unit string, values, reference []float64, refName, goal string, ok func(median float64) bool) {
	r := row{Name: name, Unit: unit, Values: values, Reference: reference, RefName: refName, Goal: goal}
	var xs []float64
	for i, v := range values {
		if reference != nil {
			v /= reference[min(i, len(reference)-1)]
		}
		xs = append(xs, v)
	}
	sort.Float64s(xs)
	r.Median, r.Low, r.High = xs[len(xs)/2], xs[0], xs[len(xs)-1]
	if ok != nil {
		met := ok(r.Median)
		r.Met = &met
	}
	t.Rows = append(t.Rows, r)
}

// print writes the table for people.
func (t *table) print(w io.Writer) {
	fmt.Fprintf(w, "%-58s %10s %21s  %s\n", "measure", "median", "spread (runs)", "goal")
	for _, r := range t.Rows {
		what := r.Name
		if r.RefName != "" {
			what += " / " + r.RefName
		}
		met := ""
		if r.Met != nil {
			met = map[bool]string{true: " ✓", false: " ✗"}[*r.Met]
		}
		fmt.Fprintf(w, "%-58s %10.3f %9.3f-%-9.3f(%d)  %s%s\n", what, r.Median, r.Low, r.High, len(r.Values), r.Goal, met)
	}
	if len(t.Breakdown) > 0 {
		fmt.Fprintf(w, "\nstart-up, median ms:  %-34s %14s %14s\n", "", "embed (click)", "minimal (load)")
		for _, k := range startupSteps {
			v, ok := t.Breakdown[k.name]
			if !ok {
				continue
			}
			ref := ""
			if m, ok := t.MinimalBreakdown[k.name]; ok {
				ref = fmt.Sprintf("%.0f", m)
			}
			fmt.Fprintf(w, "  %-52s %14.0f %14s\n", k.name, v, ref)
		}
	}
}

// writeJSON writes the table to path.
func (t *table) writeJSON(path string) error {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// median returns the median of xs.
func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}
