package anim

import "math"

// PageBackground is the warm off-white the player and the card are drawn on.
var PageBackground = Color{0xf7, 0xf4, 0xef, 0xff}

// MinTextContrast is WCAG 2.1's AA contrast ratio for normal text (1.4.3),
// which also covers icons and focus rings (1.4.11 asks for 3).
const MinTextContrast = 4.5

// Luminance returns the relative luminance of c (alpha ignored), from 0 for
// black to 1 for white, as WCAG 2.1 defines it.
func (c Color) Luminance() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast returns the WCAG contrast ratio of a and b, from 1 to 21.
func Contrast(a, b Color) float64 {
	la, lb := a.Luminance(), b.Luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// AccentInk returns the accent as it may be used for text, icons, links and
// button backgrounds on background bg: the accent itself when it already
// has MinTextContrast against bg, otherwise the accent darkened just enough.
func AccentInk(accent, bg Color) Color {
	accent.A = 0xff
	if Contrast(accent, bg) >= MinTextContrast {
		return accent
	}
	lo, hi := 0.0, 1.0 // fraction of the accent kept; 0 is black
	for range 24 {
		mid := (lo + hi) / 2
		if Contrast(scaleColor(accent, mid), bg) >= MinTextContrast {
			lo = mid
		} else {
			hi = mid
		}
	}
	return scaleColor(accent, lo)
}

// OnColor returns the colour for text on a background of c: white, or dark
// ink when white would not reach MinTextContrast.
func OnColor(c Color) Color {
	white := Color{0xff, 0xff, 0xff, 0xff}
	if Contrast(white, c) >= MinTextContrast {
		return white
	}
	return Color{0x1d, 0x26, 0x23, 0xff}
}

// scaleColor multiplies each channel of c by k in [0,1], towards black.
func scaleColor(c Color, k float64) Color {
	f := func(v uint8) uint8 { return uint8(math.Floor(float64(v) * k)) }
	return Color{f(c.R), f(c.G), f(c.B), 0xff}
}
