package anim

import "fmt"

// Color is a non-premultiplied 8-bit sRGB colour with alpha.
type Color struct{ R, G, B, A uint8 }

// Hex returns the colour as #rrggbb, ignoring alpha.
func (c Color) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// DefaultAccent is the calm sage used when no accent is configured.
var DefaultAccent = Color{0x5b, 0x8a, 0x72, 0xff}
