package anim

import (
	"math"
	"testing"
)

var easeInOutSineTests = []struct{ x, want float64 }{
	// Ends and middle.
	{0, 0},
	{1, 1},
	{0.5, 0.5},
	{0.25, (1 - math.Sqrt2/2) / 2},
	// Clamped.
	{-1, 0},
	{2, 1},
	{math.NaN(), 0},
	{math.Inf(1), 1},
	{math.Inf(-1), 0},
}

func TestEaseInOutSine(t *testing.T) {
	for _, tt := range easeInOutSineTests {
		if got := EaseInOutSine(tt.x); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("EaseInOutSine(%v) = %v; want %v", tt.x, got, tt.want)
		}
	}
}

func TestEaseInOutSineShape(t *testing.T) {
	const n = 1000
	prev := 0.0
	for i := 1; i <= n; i++ {
		x := float64(i) / n
		y := EaseInOutSine(x)
		if y < prev {
			t.Fatalf("EaseInOutSine not monotonic: f(%v) = %v < %v", x, y, prev)
		}
		if sym := EaseInOutSine(1 - x); math.Abs(sym-(1-y)) > 1e-12 {
			t.Fatalf("EaseInOutSine(1-%v) = %v; want 1-f(x) = %v", x, sym, 1-y)
		}
		prev = y
	}
	// Slow at the ends, fast in the middle: a sine ease, not linear.
	if d0, dm := EaseInOutSine(0.01)-EaseInOutSine(0), EaseInOutSine(0.51)-EaseInOutSine(0.5); d0 > dm/10 {
		t.Errorf("EaseInOutSine starts too fast: step at 0 = %v, at 0.5 = %v", d0, dm)
	}
}

var breathAmountTests = []struct {
	p    Phase
	f    float64
	want float64
}{
	{Inhale, 0, 0},
	{Inhale, 0.5, 0.5},
	{Inhale, 1, 1},
	{Hold, 0, 1},
	{Hold, 0.7, 1},
	{Exhale, 0, 1},
	{Exhale, 0.5, 0.5},
	{Exhale, 1, 0},
	{Exhale, 0.25, 1 - (1-math.Sqrt2/2)/2},
	{Rest, 0.3, 0},
	{Phase(42), 0.3, 0},
}

func TestBreathAmount(t *testing.T) {
	for _, tt := range breathAmountTests {
		if got := BreathAmount(tt.p, tt.f); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("BreathAmount(%v, %v) = %v; want %v", tt.p, tt.f, got, tt.want)
		}
	}
}
