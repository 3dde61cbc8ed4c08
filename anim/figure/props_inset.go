package figure

// The back-view inset's round window: in the free space in front of the
// seated figure's face, its top level with the top of the head, so that
// the camera frames it with the figure.
var (
	insetCenter = Vec{6, -115.5}
	insetRadius = 24.0
)

// drawInset appends the back-view inset for the Shoulder Blade Squeeze
// beside the seated figure's head: a small round window showing the upper
// back from behind, where the two shoulder blades slide together as the
// breath amount a rises, with the highlight glowing between them and
// arrows pointing the way while they are apart. alpha fades the whole
// inset.
func drawInset(d *DisplayList, pal *palette, alpha, a float64) {
	r, c := insetRadius, insetCenter
	d.circle(c, r, faded(pal.inset, alpha))
	u := r / 22 // inset units: the window is 44 units across
	pt := func(x, y float64) Vec { return Vec{c.X + x*u, c.Y + y*u} }

	// Shoulders and back from behind: a wide rounded bar, inside the
	// window.
	p := d.begin()
	p.moveTo(pt(-3.5, 6.5))
	p.lineTo(pt(3.5, 6.5))
	p.stroke(faded(pal.top, alpha), 25*u)
	// Neck and head.
	p = d.begin()
	p.moveTo(pt(0, -5))
	p.lineTo(pt(0, -9))
	p.stroke(faded(pal.skin, alpha), 6.5*u)
	d.circle(pt(0, -13.5), 6.5*u, faded(pal.hair, alpha))

	// Glow between the blades, brightening with the breath.
	gap := 6.5 - 3.5*a // half the gap between the blades' inner edges
	glowColor := mixed(pal.accent, rgba(0xff, 0xff, 0xff, pal.accent.A), 0.2)
	d.ellipse(pt(0, 6), (gap+2)*u, 8*u, faded(glowColor, (0.3+0.5*a)*alpha))

	// Shoulder blades: rounded triangles, inner edges gap apart.
	p = d.begin()
	for _, s := range [2]float64{-1, 1} {
		x0 := s * gap
		d.tmp = append(d.tmp[:0], pt(x0, -1), pt(x0+s*8.5, -2), pt(x0+s*7, 9), pt(x0+s*1.5, 14))
		p.spline(d.tmp)
	}
	p.fill(faded(mixed(pal.topNear, rgba(0xff, 0xff, 0xff, 0xff), 0.3), alpha))

	// Arrows showing the blades drawing in, fading as they arrive.
	if k := 1 - a; k > 0.05 {
		p = d.begin()
		for _, s := range [2]float64{-1, 1} {
			x := s * (gap + 11)
			p.moveTo(pt(x+s*2.2, 1.5))
			p.lineTo(pt(x, 4))
			p.lineTo(pt(x+s*2.2, 6.5))
		}
		p.stroke(faded(pal.accent, alpha*k), 1.1*u)
	}
}
