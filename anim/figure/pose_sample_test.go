package figure

import (
	"math"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// Sampling of the synthetic routine the motion tests check.
const (
	sampleStep    = 10 * time.Millisecond
	sampleSetup   = 8 * time.Second // the shortest setup segment
	sampleInhale  = 2 * time.Second // the shortest inhale (and exhale)
	sampleBreaths = 1
)

// sample is one frame of the synthetic routine.
type sample struct {
	st anim.State
	t  time.Duration
}

// sampleStretch returns the frames of stretch id entered from prev: its
// setup, then one breath whose amount follows a sine with the shortest
// inhale and exhale.
func sampleStretch(prev, id anim.StretchID) []sample {
	var out []sample
	for t := time.Duration(0); t <= sampleSetup; t += sampleStep {
		f := float64(t) / float64(sampleSetup)
		out = append(out, sample{anim.State{ID: id, PreviousID: prev, Segment: anim.Setup, SetupFraction: f}, t})
	}
	cycle := 2 * sampleInhale * sampleBreaths
	for t := time.Duration(0); t <= cycle; t += sampleStep {
		a := 0.5 - 0.5*math.Cos(2*math.Pi*float64(t)/float64(2*sampleInhale))
		out = append(out, sample{anim.State{ID: id, PreviousID: prev, Segment: anim.Breathing, SetupFraction: 1, Amount: a}, sampleSetup + t})
	}
	return out
}

// routePairs lists every (previous, stretch) pair a routine can have.
func routePairs() [][2]anim.StretchID {
	var ps [][2]anim.StretchID
	for _, id := range anim.AllStretches {
		ps = append(ps, [2]anim.StretchID{"", id})
		for _, prev := range anim.AllStretches {
			if prev != id {
				ps = append(ps, [2]anim.StretchID{prev, id})
			}
		}
	}
	return ps
}

// flatten returns points along every curve of the shapes, closely enough
// to test contact with the floor and the chair.
func flatten(shapes []Shape) []Vec {
	var out []Vec
	for _, s := range shapes {
		if s.Kind != PathShape {
			continue
		}
		k := 0
		var cur Vec
		for _, v := range s.Path.Verbs {
			pts := s.Path.Pts[k : k+v.points()]
			k += v.points()
			switch v {
			case MoveTo, LineTo:
				cur = pts[0]
				out = append(out, cur)
			case QuadTo:
				for i := 1; i <= 4; i++ {
					t := float64(i) / 4
					a := cur.Lerp(pts[0], t)
					b := pts[0].Lerp(pts[1], t)
					out = append(out, a.Lerp(b, t))
				}
				cur = pts[1]
			case CubicTo:
				cur = pts[2]
				out = append(out, cur)
			}
		}
	}
	return out
}
