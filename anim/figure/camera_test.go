package figure

import (
	"fmt"
	"math"
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

func TestReducedMotionCameraIsSteady(t *testing.T) {
	for _, pair := range routePairs() {
		prev, id := pair[0], pair[1]
		t.Run(fmt.Sprintf("%s>%s", prev, id), func(t *testing.T) {
			var want Rect
			for i, s := range sampleStretch(prev, id) {
				v := Scene(s.st, Style{ReducedMotion: true}).View
				if i == 0 {
					want = v
					continue
				}
				if v != want {
					t.Fatalf("at %v the view is %v, want the steady %v", s.t, v, want)
				}
			}
		})
	}
}

func TestPropsFadeSmoothly(t *testing.T) {
	for _, pair := range routePairs() {
		prev, id := pair[0], pair[1]
		var last props
		for i, s := range sampleStretch(prev, id) {
			_, pr, _ := figureAt(s.st)
			if i > 0 {
				if d := math.Max(math.Abs(pr.mat-last.mat), math.Abs(pr.chair-last.chair)); d > 0.02 {
					t.Errorf("%s>%s at %v: props jump by %.3f in 10 ms", prev, id, s.t, d)
					break
				}
			}
			last = pr
		}
		if want := propsOf(id); last != want {
			t.Errorf("%s>%s ends with props %+v, want %+v", prev, id, last, want)
		}
	}
}

func TestSetupEndsWhereBreathingStarts(t *testing.T) {
	for _, pair := range routePairs() {
		prev, id := pair[0], pair[1]
		end, _, _ := figureAt(anim.State{ID: id, PreviousID: prev, Segment: anim.Setup, SetupFraction: 1})
		start, _, _ := figureAt(anim.State{ID: id, PreviousID: prev, Segment: anim.Breathing, SetupFraction: 1})
		if d := end.root.Sub(start.root).Len(); d > 1e-6 {
			t.Errorf("%s>%s: the hips jump %.4f cm from setup to breathing", prev, id, d)
		}
		for j := range end.j {
			if d := math.Abs(end.j[j]-start.j[j]) * 180 / math.Pi; d > 1e-4 {
				t.Errorf("%s>%s: %s jumps %.4f° from setup to breathing", prev, id, jointNames[j], d)
			}
		}
		v0 := Scene(anim.State{ID: id, PreviousID: prev, Segment: anim.Setup, SetupFraction: 1}, Style{}).View
		v1 := Scene(anim.State{ID: id, PreviousID: prev, Segment: anim.Breathing, SetupFraction: 1}, Style{}).View
		if v0 != v1 {
			t.Errorf("%s>%s: the view jumps from %v to %v from setup to breathing", prev, id, v0, v1)
		}
	}
}
