package anim

// palette holds the colours of one frame, with props and the highlight
// already faded.
type palette struct {
	skin, skinFar, skinShade  Color
	hair, feature, cheek      Color
	top, topNear, topFar      Color
	trousers, legNear, legFar Color
	shadow                    Color
	mat, matEdge              Color
	wood, woodFar, woodEdge   Color
	accent                    Color
	inset, insetLine          Color
}

// basePalette is the calm, warm palette of the figure and props.
var basePalette = palette{
	skin:      Color{0xe3, 0xad, 0x8a, 0xff},
	skinFar:   Color{0xc0, 0x8b, 0x6c, 0xff},
	skinShade: Color{0xc9, 0x90, 0x6f, 0xff},
	hair:      Color{0x4e, 0x3a, 0x31, 0xff},
	feature:   Color{0x4e, 0x3a, 0x31, 0xff},
	cheek:     Color{0xe0, 0x8a, 0x7a, 0x59},
	top:       Color{0x5b, 0x7d, 0x96, 0xff},
	topNear:   Color{0x68, 0x8b, 0xa4, 0xff},
	topFar:    Color{0x48, 0x65, 0x7b, 0xff},
	trousers:  Color{0x48, 0x52, 0x65, 0xff},
	legNear:   Color{0x48, 0x52, 0x65, 0xff},
	legFar:    Color{0x30, 0x37, 0x45, 0xff},
	shadow:    Color{0xd5, 0xcf, 0xc8, 0xff}, // warm umber at 22% over the page, opaque: it is drawn first
	mat:       Color{0xc4, 0xa9, 0x98, 0xff},
	matEdge:   Color{0xa8, 0x8b, 0x79, 0xff},
	wood:      Color{0xdc, 0xbc, 0x93, 0xff},
	woodFar:   Color{0xbf, 0x9c, 0x74, 0xff},
	woodEdge:  Color{0xc6, 0xa3, 0x7a, 0xff},
	inset:     Color{0xfd, 0xfc, 0xfa, 0xff},
	insetLine: Color{0xd8, 0xd0, 0xc4, 0xff},
}

// fade returns c with its alpha multiplied by k in [0,1].
func (c Color) fade(k float64) Color {
	if k >= 1 {
		return c
	}
	if k <= 0 {
		return Color{c.R, c.G, c.B, 0}
	}
	c.A = uint8(float64(c.A)*k + 0.5)
	return c
}

// mix returns the colour a fraction t of the way from c to d, alpha
// included.
func (c Color) mix(d Color, t float64) Color {
	m := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*t + 0.5) }
	return Color{m(c.R, d.R), m(c.G, d.G), m(c.B, d.B), m(c.A, d.A)}
}
