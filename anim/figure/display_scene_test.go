package figure

import (
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

// BenchmarkScene measures one frame's display list, cycling through the
// stretches' setups and breaths as the player would.
func BenchmarkScene(b *testing.B) {
	var states []anim.State
	for _, pair := range routePairs()[:4] {
		for _, s := range sampleStretch(pair[0], pair[1]) {
			states = append(states, s.st)
		}
	}
	var d DisplayList
	AppendScene(&d, states[0], Style{}) // warm the caches
	for _, st := range states {
		AppendScene(&d, st, Style{})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		AppendScene(&d, states[i%len(states)], Style{})
	}
}

func TestSceneDefaultsAndStructure(t *testing.T) {
	tests := []struct {
		name      string
		st        anim.State
		wantInset bool
	}{
		{"idle", anim.State{ID: anim.CatCow, Segment: anim.Setup}, false},
		{"cat-cow breathing", anim.State{ID: anim.CatCow, PreviousID: "", Segment: anim.Breathing, SetupFraction: 1, Amount: 0.5}, false},
		{"squeeze breathing", anim.State{ID: anim.ShoulderBladeSqueeze, PreviousID: anim.CatCow, Segment: anim.Breathing, SetupFraction: 1, Amount: 1}, true},
		{"squeeze early setup", anim.State{ID: anim.ShoulderBladeSqueeze, PreviousID: anim.CatCow, Segment: anim.Setup, SetupFraction: 0.2}, false},
		{"zero state", anim.State{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Scene(tc.st, Style{})
			if len(d.Shapes) < 10 {
				t.Fatalf("got %d shapes, want a whole figure", len(d.Shapes))
			}
			if d.View.Empty() {
				t.Fatalf("got an empty view")
			}
			if got := insetAlpha(tc.st) > 0; got != tc.wantInset {
				t.Errorf("inset shown = %v, want %v", got, tc.wantInset)
			}
			for i, s := range d.Shapes {
				if s.Fill.A == 0 && s.Stroke.A == 0 {
					t.Errorf("shape %d paints nothing", i)
				}
				if s.Kind == PathShape {
					n := 0
					for _, v := range s.Path.Verbs {
						n += v.points()
					}
					if n != len(s.Path.Pts) {
						t.Errorf("shape %d: verbs need %d points, path has %d", i, n, len(s.Path.Pts))
					}
				}
			}
		})
	}
}

func TestAccentColoursHighlight(t *testing.T) {
	accent := rgba(0xc0, 0x40, 0x60, 0xff)
	st := anim.State{ID: anim.CatCow, Segment: anim.Breathing, SetupFraction: 1, Amount: 1}
	found := false
	for _, s := range Scene(st, Style{Accent: accent}).Shapes {
		if s.Fill.R == accent.R && s.Fill.G == accent.G && s.Fill.B == accent.B {
			found = true
		}
	}
	if !found {
		t.Error("no shape uses the accent colour")
	}
}

func TestHighlightBrightensWithBreath(t *testing.T) {
	alpha := func(a float64) int {
		sum := 0
		for _, s := range Scene(anim.State{ID: anim.ChildsPose, Segment: anim.Breathing, SetupFraction: 1, Amount: a}, Style{}).Shapes {
			if s.Fill.R == anim.DefaultAccent.R && s.Fill.G == anim.DefaultAccent.G && s.Fill.B == anim.DefaultAccent.B {
				sum += int(s.Fill.A)
			}
		}
		return sum
	}
	if lo, hi := alpha(0), alpha(1); hi <= lo {
		t.Errorf("highlight alpha at full lungs %d, want more than at empty lungs %d", hi, lo)
	}
}
