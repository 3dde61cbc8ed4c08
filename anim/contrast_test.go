package anim

import (
	"math"
	"math/rand/v2"
	"testing"
)

var contrastTests = []struct {
	a, b Color
	want float64
}{
	{Color{0, 0, 0, 255}, Color{255, 255, 255, 255}, 21},
	{Color{255, 255, 255, 255}, Color{255, 255, 255, 255}, 1},
	{Color{0x77, 0x77, 0x77, 255}, Color{255, 255, 255, 255}, 4.48},
	{Color{0x76, 0x76, 0x76, 255}, Color{255, 255, 255, 255}, 4.54},
}

func TestContrast(t *testing.T) {
	for _, tt := range contrastTests {
		if got := Contrast(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("Contrast(%s, %s) = %.3f; want %.2f", tt.a.Hex(), tt.b.Hex(), got, tt.want)
		}
		if got, rev := Contrast(tt.a, tt.b), Contrast(tt.b, tt.a); got != rev {
			t.Errorf("Contrast(%s, %s) = %v but reversed = %v", tt.a.Hex(), tt.b.Hex(), got, rev)
		}
	}
}

// TestAccentInkKeepsContrast checks, over many random accents, that the ink
// colour reaches AA against the page, that text on it reaches AA too, and
// that an accent that already passes is kept as it is.
func TestAccentInkKeepsContrast(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	accents := []Color{DefaultAccent, {255, 255, 255, 255}, {255, 255, 0, 255}, {0, 0, 0, 255}, {0x7f, 0xff, 0xd4, 255}}
	for range 2000 {
		accents = append(accents, Color{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255})
	}
	for _, a := range accents {
		ink := AccentInk(a, PageBackground)
		if c := Contrast(ink, PageBackground); c < MinTextContrast {
			t.Errorf("AccentInk(%s) = %s with contrast %.2f on the page; want >= %.1f", a.Hex(), ink.Hex(), c, MinTextContrast)
		}
		if c := Contrast(OnColor(ink), ink); c < MinTextContrast {
			t.Errorf("OnColor(%s) = %s with contrast %.2f; want >= %.1f", ink.Hex(), OnColor(ink).Hex(), c, MinTextContrast)
		}
		if Contrast(a, PageBackground) >= MinTextContrast && ink != a {
			t.Errorf("AccentInk(%s) = %s; want the accent unchanged, it already passes", a.Hex(), ink.Hex())
		}
	}
}

func TestAccentInkDarkensDefault(t *testing.T) {
	ink := AccentInk(DefaultAccent, PageBackground)
	if ink == DefaultAccent {
		t.Fatalf("default sage %s has contrast %.2f: expected it to need darkening", DefaultAccent.Hex(), Contrast(DefaultAccent, PageBackground))
	}
	// Darkened only as far as needed: within 0.3 of the threshold.
	if c := Contrast(ink, PageBackground); c > MinTextContrast+0.3 {
		t.Errorf("AccentInk(default) = %s with contrast %.2f; darker than needed", ink.Hex(), c)
	}
}
