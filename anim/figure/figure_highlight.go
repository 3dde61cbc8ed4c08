package figure

import (
	"math"

	"github.com/immerse-massage/stretch/anim"
)

// glowAt is where along the spine the highlight centres: between the
// shoulder blades, a little above the middle thoracic joint (T6).
const glowAt = 3.35

// glowLayers are the highlight's nested ovals, outermost first: half-length
// along the back, half-width across it, and opacity at full glow. They pile
// up into a soft-edged glow centred on the back's surface.
var glowLayers = [2]struct{ along, across, alpha float64 }{
	{10.5, 5.5, 0.45}, {6, 3, 0.7},
}

// octagon is a unit circle's control octagon for a B-spline.
var octagon = func() (o [8]Vec) {
	for i := range o {
		s, c := math.Sincos(float64(i)*math.Pi/4 + math.Pi/8)
		o[i] = Vec{c * capK, s * capK}
	}
	return
}()

// drawHighlight appends the glow over the worked area, the upper back
// between the shoulder blades, in the accent colour. glow in [0,1] sets its
// brightness; at 0 nothing is drawn.
func drawHighlight(d *DisplayList, b *body, accent anim.Color, glow float64) {
	if glow <= 0 {
		return
	}
	g := float64(glowAt)
	i := int(g)
	c, f := b.spineAt(i, g-float64(i))
	c = c.Sub(f.Scale(torsoBack(glowAt) - 4.2))
	sin, cos := math.Sincos(math.Atan2(f.Y, f.X))
	core := mixed(accent, rgba(0xff, 0xff, 0xff, accent.A), 0.5)
	for k, l := range glowLayers {
		p := d.begin()
		d.tmp = d.tmp[:0]
		for _, o := range octagon {
			d.tmp = append(d.tmp, Vec{o.X * l.across, o.Y * l.along}.rotSC(sin, cos).Add(c))
		}
		p.spline(d.tmp)
		col := accent
		if k == len(glowLayers)-1 {
			col = core
		}
		p.fill(faded(col, l.alpha*glow))
	}
}

// torsoBack returns the distance from the spine line to the back at spine
// position s (joint index plus fraction).
func torsoBack(s float64) float64 {
	i := int(s)
	if i >= 5 {
		return spineWidth[5].back
	}
	t := s - float64(i)
	return spineWidth[i].back*(1-t) + spineWidth[i+1].back*t
}
