package figure

// figureLook is what besides the pose decides how the figure is drawn.
type figureLook struct {
	pal *palette
	// glow in [0,1] is the brightness of the upper-back highlight; 0 hides it.
	glow float64
}

// drawFigure appends the figure of body b, back to front: far limbs,
// torso (with the near thigh under the shirt), head, highlight, near shin
// and foot, near arm.
func drawFigure(d *DisplayList, b *body, look figureLook) {
	pal := look.pal
	drawLeg(d, b, far, pal.legFar, pal.skinFar)
	drawArm(d, b, far, pal.skinFar, pal.topFar)
	drawTorso(d, b, pal)
	drawHead(d, b, pal)
	drawHighlight(d, b, pal.accent, look.glow)
	drawShin(d, b, near, pal.legNear, pal.skin)
	drawArm(d, b, near, pal.skin, pal.topNear)
}
