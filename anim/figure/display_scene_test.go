package figure

import (
	"reflect"
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

// BenchmarkPrepareFirstMove measures what the player builds before its
// first frame: the move from standing into the first stretch, and its
// framing, from empty caches.
func BenchmarkPrepareFirstMove(b *testing.B) {
	first := []anim.StretchID{anim.CatCow}
	for b.Loop() {
		routes.Lock()
		routes.m = nil
		routes.Unlock()
		stretchFrames.Lock()
		stretchFrames.m = nil
		stretchFrames.Unlock()
		Prepare(first)
	}
}

// sameRGB reports whether a and b are the same colour, whatever their
// alpha: props and the inset are drawn with their colours faded.
func sameRGB(a, b anim.Color) bool { return a.R == b.R && a.G == b.G && a.B == b.B }

// sceneParts are the parts of a scene, each as the indexes of its shapes:
// the shadow, the props (the mat's or the chair's strokes), the figure's
// skin, the highlight (filled with the accent) and the inset's round
// window.
type sceneParts struct {
	shadow, mat, chair, skin, highlight, inset []int
}

// partsOf finds the parts of d by their colours, accent being the
// highlight's.
func partsOf(d DisplayList, accent anim.Color) sceneParts {
	var p sceneParts
	pal := basePalette
	for i, s := range d.Shapes {
		switch {
		case s.Kind == EllipseShape && s.Fill == pal.shadow:
			p.shadow = append(p.shadow, i)
		case s.Stroke.A != 0 && sameRGB(s.Stroke, pal.mat):
			p.mat = append(p.mat, i)
		case s.Stroke.A != 0 && (sameRGB(s.Stroke, pal.wood) || sameRGB(s.Stroke, pal.woodFar) || sameRGB(s.Stroke, pal.woodEdge)):
			p.chair = append(p.chair, i)
		case s.Fill.A != 0 && sameRGB(s.Fill, pal.skin):
			p.skin = append(p.skin, i)
		case s.Kind == PathShape && s.Fill.A != 0 && sameRGB(s.Fill, accent):
			p.highlight = append(p.highlight, i)
		case s.Kind == CircleShape && s.Fill.A != 0 && sameRGB(s.Fill, pal.inset):
			p.inset = append(p.inset, i)
		}
	}
	return p
}

// TestSceneDefaultsAndStructure checks what Scene returns: the zero Style
// draws with DefaultAccent, AppendScene into a used list gives the same
// list as Scene, and the list is, back to front, the ground shadow, the
// stretch's props (the mat or the chair), the figure with its highlight
// and, for the Shoulder Blade Squeeze only, the back-view inset, all in a
// view of an aspect within [MinViewAspect, MaxViewAspect] that shows the
// floor.
func TestSceneDefaultsAndStructure(t *testing.T) {
	squeeze := anim.State{ID: anim.ShoulderBladeSqueeze, PreviousID: anim.CatCow, Segment: anim.Breathing, SetupFraction: 1, Amount: 1}
	tests := []struct {
		name             string
		st               anim.State
		mat, chair       bool
		highlight, inset bool
	}{
		{"zero state", anim.State{}, false, false, false, false},
		{"cat-cow setup from standing", anim.State{ID: anim.CatCow, Segment: anim.Setup}, true, false, false, false},
		{"cat-cow breathing", anim.State{ID: anim.CatCow, Segment: anim.Breathing, SetupFraction: 1, Amount: 0.5}, true, false, true, false},
		{"child's pose breathing", anim.State{ID: anim.ChildsPose, PreviousID: anim.CatCow, Segment: anim.Breathing, SetupFraction: 1, Amount: 0.3}, true, false, true, false},
		{"squeeze setup start, still on the mat", anim.State{ID: anim.ShoulderBladeSqueeze, PreviousID: anim.CatCow, Segment: anim.Setup}, true, false, false, false},
		{"squeeze setup end", anim.State{ID: anim.ShoulderBladeSqueeze, PreviousID: anim.CatCow, Segment: anim.Setup, SetupFraction: 1}, false, true, true, true},
		{"squeeze breathing", squeeze, false, true, true, true},
		{"squeeze breathing, empty lungs", anim.State{ID: anim.ShoulderBladeSqueeze, Segment: anim.Breathing, SetupFraction: 1}, false, true, true, true},
		{"extension breathing", anim.State{ID: anim.UpperBackExtension, PreviousID: anim.ShoulderBladeSqueeze, Segment: anim.Breathing, SetupFraction: 1, Amount: 1}, false, true, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Scene(tc.st, Style{})

			// Defaults: the zero Style is DefaultAccent, and AppendScene
			// into a list that held another frame gives the same list.
			if want := Scene(tc.st, Style{Accent: anim.DefaultAccent}); !reflect.DeepEqual(d.Shapes, want.Shapes) || d.View != want.View {
				t.Errorf("Scene with the zero Style differs from Scene with DefaultAccent: %d shapes, want %d", len(d.Shapes), len(want.Shapes))
			}
			reused := Scene(squeeze, Style{Accent: rgba(0xc0, 0x40, 0x60, 0xff), ReducedMotion: true})
			AppendScene(&reused, tc.st, Style{})
			if !reflect.DeepEqual(reused.Shapes, d.Shapes) || reused.View != d.View {
				t.Errorf("AppendScene into a used list differs from Scene: %d shapes, want %d", len(reused.Shapes), len(d.Shapes))
			}

			v := d.View
			if a := v.W() / v.H(); v.Empty() || a < MinViewAspect-1e-9 || a > MaxViewAspect+1e-9 {
				t.Errorf("view %v has aspect %.4f, want within [%v, %v]", v, a, MinViewAspect, MaxViewAspect)
			}
			if !(v.Min.Y < 0 && v.Max.Y >= 0) {
				t.Errorf("view %v does not show the floor", v)
			}

			p := partsOf(d, anim.DefaultAccent)
			if len(p.shadow) != 1 || p.shadow[0] != 0 || d.Shapes[0].Center.Y != 0 {
				t.Errorf("shadow shapes at %v, want one, first, on the floor", p.shadow)
			}
			if got := len(p.mat) > 0; got != tc.mat {
				t.Errorf("mat drawn = %v, want %v", got, tc.mat)
			}
			if got := len(p.chair) > 0; got != tc.chair {
				t.Errorf("chair drawn = %v, want %v", got, tc.chair)
			}
			// The props come right after the shadow, behind everything else.
			props := append(append([]int{}, p.mat...), p.chair...)
			for k, i := range props {
				if i != k+1 {
					t.Errorf("prop shapes at %v, want 1 to %d", props, len(props))
					break
				}
			}
			if len(p.skin) == 0 || p.skin[0] <= len(props) {
				t.Errorf("skin shapes at %v, want a figure after the shadow and %d prop shapes", p.skin, len(props))
			}
			if got := len(p.highlight) > 0; got != tc.highlight {
				t.Errorf("highlight drawn = %v, want %v", got, tc.highlight)
			}
			if len(p.highlight) > 0 && p.highlight[0] < p.skin[0] {
				t.Errorf("highlight at %v, want it over the figure (skin from %d)", p.highlight, p.skin[0])
			}

			if got := len(p.inset) > 0; got != tc.inset {
				t.Fatalf("inset drawn = %v, want %v", got, tc.inset)
			}
			if tc.inset {
				i := p.inset[0]
				if len(p.inset) != 1 || i <= p.skin[len(p.skin)-1] {
					t.Errorf("inset window at %v, want one, in front of the figure (skin up to %d)", p.inset, p.skin[len(p.skin)-1])
				}
				w := d.Shapes[i]
				r := w.Radius.X
				if c := w.Center; !v.Contains(c.Sub(Vec{r, r})) || !v.Contains(c.Add(Vec{r, r})) || c.X < v.Center().X || c.Y > v.Center().Y {
					t.Errorf("inset window at %v radius %.1f, want it inside the top right of the view %v", c, r, v)
				}
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

func TestBoundsOfRoundShapes(t *testing.T) {
	var d DisplayList
	d.ellipse(Vec{10, 0}, 40, 3, rgba(0, 0, 0, 0xff))
	d.circle(Vec{0, -20}, 5, rgba(0, 0, 0, 0xff))
	want := Rect{Vec{-30, -25}, Vec{50, 3}}
	if got := d.Bounds(); got != want {
		t.Errorf("Bounds() = %v, want %v", got, want)
	}
}

func TestBoundsOfPaths(t *testing.T) {
	black := rgba(0, 0, 0, 0xff)
	path := func(stroke float64, pts ...Vec) Shape {
		s := Shape{Kind: PathShape, Path: Path{Pts: pts}, Fill: black}
		if stroke > 0 {
			s.Stroke, s.StrokeWidth = black, stroke
		}
		return s
	}
	for _, tc := range []struct {
		name   string
		shapes []Shape
		want   Rect
	}{
		{"one point", []Shape{path(0, Vec{3, -4})}, Rect{Vec{3, -4}, Vec{3, -4}}},
		{"all below zero", []Shape{path(0, Vec{-9, -2}, Vec{-3, -7}, Vec{-5, -1})}, Rect{Vec{-9, -7}, Vec{-3, -1}}},
		{"points in any order", []Shape{path(0, Vec{5, 5}, Vec{-5, 8}, Vec{2, -6}, Vec{9, 0})}, Rect{Vec{-5, -6}, Vec{9, 8}}},
		{"half the stroke either side", []Shape{path(4, Vec{0, 0}, Vec{10, 20})}, Rect{Vec{-2, -2}, Vec{12, 22}}},
		{"several shapes", []Shape{path(0, Vec{1, 1}), path(2, Vec{-4, 6}), path(0, Vec{7, -3})}, Rect{Vec{-5, -3}, Vec{7, 7}}},
	} {
		if got := (DisplayList{Shapes: tc.shapes}).Bounds(); got != tc.want {
			t.Errorf("%s: Bounds() = %v, want %v", tc.name, got, tc.want)
		}
	}
}
