package figure

import (
	"math"
	"testing"
)

func TestTwoBoneReachesTarget(t *testing.T) {
	tests := []struct {
		name     string
		a, tgt   Vec
		l1, l2   float64
		bend     float64
		wantOK   bool
		wantDist float64 // expected distance from the chain end to tgt
	}{
		{"arm bent", Vec{0, 0}, Vec{5, 40}, 30, 25, +1, true, 0},
		{"leg bent", Vec{0, 0}, Vec{10, 60}, 42, 42, -1, true, 0},
		{"sideways", Vec{0, 0}, Vec{50, 0}, 30, 25, -1, true, 0},
		{"out of reach", Vec{0, 0}, Vec{0, 70}, 30, 25, +1, false, 15},
		{"too close", Vec{0, 0}, Vec{0, 2}, 30, 25, +1, false, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			th1, th2, ok := twoBone(tc.a, tc.tgt, tc.l1, tc.l2, tc.bend)
			if ok != tc.wantOK {
				t.Errorf("ok = %v, want %v", ok, tc.wantOK)
			}
			mid := toWorld(tc.a, th1, Vec{0, tc.l1})
			end := toWorld(mid, th2, Vec{0, tc.l2})
			if got := end.Sub(tc.tgt).Len(); math.Abs(got-tc.wantDist) > 1e-5 {
				t.Errorf("end misses target by %.6f, want %.6f", got, tc.wantDist)
			}
		})
	}
}

func TestTwoBoneBendSide(t *testing.T) {
	// A chain hanging straight down: bend +1 puts the middle joint behind
	// (-x), bend -1 in front (+x).
	for _, tc := range []struct {
		bend  float64
		front bool
	}{{+1, false}, {-1, true}} {
		th1, _, _ := twoBone(Vec{}, Vec{0, 50}, 30, 30, tc.bend)
		mid := toWorld(Vec{}, th1, Vec{0, 30})
		if got := mid.X > 0; got != tc.front {
			t.Errorf("bend %v: middle joint at x=%.2f, want in front = %v", tc.bend, mid.X, tc.front)
		}
	}
}
