package figure

import "github.com/immerse-massage/stretch/anim"

// palette holds the colours of one frame, with props and the highlight
// already faded.
type palette struct {
	skin, skinFar, skinShade  anim.Color
	hair, feature, cheek      anim.Color
	top, topNear, topFar      anim.Color
	trousers, legNear, legFar anim.Color
	shadow                    anim.Color
	mat                       anim.Color
	wood, woodFar, woodEdge   anim.Color
	accent                    anim.Color
	inset                     anim.Color
}

// basePalette is the calm, warm palette of the figure and props.
var basePalette = palette{
	skin:      rgba(0xe3, 0xad, 0x8a, 0xff),
	skinFar:   rgba(0xc0, 0x8b, 0x6c, 0xff),
	skinShade: rgba(0xc9, 0x90, 0x6f, 0xff),
	hair:      rgba(0x4e, 0x3a, 0x31, 0xff),
	feature:   rgba(0x4e, 0x3a, 0x31, 0xff),
	cheek:     rgba(0xe0, 0x8a, 0x7a, 0x59),
	top:       rgba(0x5b, 0x7d, 0x96, 0xff),
	topNear:   rgba(0x68, 0x8b, 0xa4, 0xff),
	topFar:    rgba(0x48, 0x65, 0x7b, 0xff),
	trousers:  rgba(0x48, 0x52, 0x65, 0xff),
	legNear:   rgba(0x48, 0x52, 0x65, 0xff),
	legFar:    rgba(0x30, 0x37, 0x45, 0xff),
	shadow:    rgba(0xd5, 0xcf, 0xc8, 0xff), // warm umber at 22% over the page, opaque: it is drawn first
	mat:       rgba(0xc4, 0xa9, 0x98, 0xff),
	wood:      rgba(0xdc, 0xbc, 0x93, 0xff),
	woodFar:   rgba(0xbf, 0x9c, 0x74, 0xff),
	woodEdge:  rgba(0xc6, 0xa3, 0x7a, 0xff),
	inset:     rgba(0xfd, 0xfc, 0xfa, 0xff),
}

// faded returns c with its alpha multiplied by k in [0,1].
func faded(c anim.Color, k float64) anim.Color {
	if k >= 1 {
		return c
	}
	if k <= 0 {
		return anim.Color{R: c.R, G: c.G, B: c.B, A: 0}
	}
	c.A = uint8(float64(c.A)*k + 0.5)
	return c
}

// mixed returns the colour a fraction t of the way from c to d, alpha
// included.
func mixed(c, d anim.Color, t float64) anim.Color {
	m := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*t + 0.5) }
	return anim.Color{R: m(c.R, d.R), G: m(c.G, d.G), B: m(c.B, d.B), A: m(c.A, d.A)}
}

// rgba returns the colour with channels r, g, b and alpha a.
func rgba(r, g, b, a uint8) anim.Color { return anim.Color{R: r, G: g, B: b, A: a} }
