package figure

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

// boxAspects are the width/height ratios of the boxes a page may give the
// figure, from portrait to wide.
var boxAspects = []float64{0.8, 1, 4.0 / 3, 1.8, 2.4}

// minFill is the share of the box's width or height that what is drawn
// must span.
const minFill = 0.8

// steadyShare is the share of the tightest steady view's fill that the
// camera must reach where one steady view has to frame several poses: a
// stretch's breaths, the beats at each end of a move, with reduced motion
// the whole stretch. There the tightest view itself may fill less than
// minFill (Cat-Cow's head rises a fifth of its height in Cow), and the
// camera's margin may cost up to this much more.
const steadyShare = 0.85

// fillIn returns the share of a box of aspect ratio a that drawn spans
// along the box's width or height, whichever is more, when view is fitted
// into the box keeping its aspect ratio and centred (contain-fit).
func fillIn(view, drawn Rect, a float64) float64 {
	va := view.W() / view.H()
	if a >= va { // the view fills the box's height
		return math.Max(drawn.H()/view.H(), drawn.W()/(view.H()*a))
	}
	return math.Max(drawn.W()/view.W(), drawn.H()*a/view.W())
}

// fillCase is one sampled state and the states that its view must frame
// together, with one steady view, besides itself.
type fillCase struct {
	st     anim.State
	steady []anim.State
}

// fillCases samples stretch id entered from prev: setup fractions every
// step and the breath amounts 0, .25, .5, .75 and 1, each with what its
// view has to frame along with it.
func fillCases(prev, id anim.StretchID, reduced bool, step float64) []fillCase {
	breaths := func(id anim.StretchID) []anim.State {
		if id == "" {
			return []anim.State{{}} // standing: a state with no stretch
		}
		var sts []anim.State
		for _, a := range []float64{0, 0.25, 0.5, 0.75, 1} {
			sts = append(sts, anim.State{ID: id, PreviousID: prev, Segment: anim.Breathing, SetupFraction: 1, Amount: a})
		}
		return sts
	}
	var setup []anim.State
	for k := 0; float64(k)*step <= 1+1e-9; k++ {
		f := math.Min(1, float64(k)*step)
		setup = append(setup, anim.State{ID: id, PreviousID: prev, Segment: anim.Setup, SetupFraction: f})
	}
	own := breaths(id)
	var cs []fillCase
	for _, st := range setup {
		c := fillCase{st: st}
		switch f := st.SetupFraction; {
		case reduced:
			// One view for the whole stretch, from the previous stretch's
			// breaths through the move to this one's.
			c.steady = append(append(append(c.steady, breaths(prev)...), setup...), own...)
		case f <= routeHold+camSettle && prev != "":
			// The move starts from the previous stretch's breath framing.
			c.steady = breaths(prev)
		case f >= 1-routeHold-camSettle:
			// And settles into this one's.
			c.steady = own
		}
		cs = append(cs, c)
	}
	for _, st := range own {
		c := fillCase{st: st, steady: own}
		if reduced {
			c.steady = append(append(append(c.steady, breaths(prev)...), setup...), own...)
		}
		cs = append(cs, c)
	}
	return cs
}

// TestCameraFillsBox checks that what is drawn fills any box from
// portrait (0.8) to wide (2.4) the page may fit the view into: in every
// pose of every stretch and at every moment of every move, with and
// without reduced motion, it spans at least minFill of the box's width or
// height, or, where one steady view must frame several poses, at least
// steadyShare of what the tightest such view would give. Nothing drawn
// lies outside the view. It logs the least fill found per box aspect.
func TestCameraFillsBox(t *testing.T) {
	type worst struct {
		fill float64
		at   string
	}
	least := map[string]worst{}
	failures := 0
	note := func(kind string, a, fill float64, at string) {
		k := fmt.Sprintf("%-22s aspect %.2f", kind, a)
		if w, ok := least[k]; !ok || fill < w.fill {
			least[k] = worst{fill, at}
		}
	}
	bounds := map[anim.State]Rect{}
	boundsOf := func(st anim.State) Rect {
		b, ok := bounds[st]
		if !ok {
			b = Scene(st, Style{}).Bounds()
			bounds[st] = b
		}
		return b
	}
	for _, reduced := range []bool{false, true} {
		for _, pair := range routePairs() {
			prev, id := pair[0], pair[1]
			for _, c := range fillCases(prev, id, reduced, 0.005) {
				d := Scene(c.st, Style{ReducedMotion: reduced})
				drawn := d.Bounds()
				at := fmt.Sprintf("%s>%s %v %.3f amount %.2f", prev, id, c.st.Segment, c.st.SetupFraction, c.st.Amount)
				if v := d.View.Outset(1e-6); drawn.Union(v) != v {
					t.Fatalf("%s (reduced motion %v): drawn %v is not inside the view %v", at, reduced, drawn, d.View)
				}
				tightest := drawn
				for _, st := range c.steady {
					tightest = tightest.Union(boundsOf(st))
				}
				kind := "move"
				if c.st.Segment == anim.Breathing {
					kind = "breaths"
				}
				if reduced {
					kind += ", reduced motion"
				}
				for _, a := range boxAspects {
					fill := fillIn(d.View, drawn, a)
					want := minFill
					if len(c.steady) > 0 {
						want = math.Min(minFill, steadyShare*fillIn(tightest, drawn, a))
					}
					if fill < want-1e-9 && failures < 20 {
						failures++
						t.Errorf("%s (reduced motion %v): in a box of aspect %.2f what is drawn fills %.3f, want at least %.3f (view %v, drawn %v)",
							at, reduced, a, fill, want, d.View, drawn)
					}
					note(kind, a, fill, at)
				}
			}
		}
	}
	var lines []string
	for k, w := range least {
		lines = append(lines, fmt.Sprintf("%s: least fill %.3f at %s", k, w.fill, w.at))
	}
	sort.Strings(lines)
	t.Log("\n" + strings.Join(lines, "\n"))
}

// TestCameraGlides checks that the camera moves calmly: through a
// stretch's breaths its view is steady; from the previous stretch's
// breaths into the move and from the move into the breaths it does not
// jump; and through the move, sampled every 10 ms of the shortest setup
// (8 s), no edge of the view moves more than 1.5% of the view's larger
// side per step, nor changes its speed by more than 0.5% of it per step.
func TestCameraGlides(t *testing.T) {
	for _, pair := range routePairs() {
		prev, id := pair[0], pair[1]
		t.Run(fmt.Sprintf("%s>%s", prev, id), func(t *testing.T) {
			edges := func(v Rect) [4]float64 { return [4]float64{v.Min.X, v.Min.Y, v.Max.X, v.Max.Y} }
			var last [4]float64
			var lastSpeed [4]float64
			var breath Rect
			for i, s := range sampleStretch(prev, id) {
				v := Scene(s.st, Style{}).View
				e := edges(v)
				size := math.Max(v.W(), v.H())
				if i == 0 && prev != "" {
					if want := Scene(anim.State{ID: prev, Segment: anim.Breathing, SetupFraction: 1}, Style{}).View; v != want {
						t.Errorf("the move starts from view %v, want the previous stretch's %v", v, want)
					}
				}
				if s.st.Segment == anim.Breathing {
					if breath == (Rect{}) {
						breath = v
					} else if v != breath {
						t.Fatalf("at %v the view moves during the breaths: %v, was %v", s.t, v, breath)
					}
				}
				for k := range e {
					if i == 0 {
						break
					}
					speed := e[k] - last[k]
					if math.Abs(speed) > 0.015*size {
						t.Fatalf("at %v (%v %.4f) an edge of the view jumps %.2f cm in 10 ms", s.t, s.st.Segment, s.st.SetupFraction, speed)
					}
					if i > 1 && math.Abs(speed-lastSpeed[k]) > 0.005*size {
						t.Fatalf("at %v (%v %.4f) an edge of the view changes speed by %.2f cm per 10 ms in 10 ms", s.t, s.st.Segment, s.st.SetupFraction, speed-lastSpeed[k])
					}
					lastSpeed[k] = speed
				}
				last = e
			}
		})
	}
}
