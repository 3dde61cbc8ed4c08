package widget

// Box is a rectangle in CSS pixels, relative to the top left of the page.
type Box struct{ X, Y, W, H float64 }

// Empty reports whether b has no area.
func (b Box) Empty() bool { return !(b.W > 0 && b.H > 0) }

// Boxes are where the canvas draws: the figure's stage and the pacer.
type Boxes struct{ Figure, Pacer Box }

// Page is the part of the player outside the canvas: words, controls and
// the boxes the canvas draws into. In the browser it is the DOM overlay of
// player.html.
type Page interface {
	// Show brings the page up to date with v. It is called after every
	// Update that changed something, so it must be cheap when little did.
	Show(v View)
	// Boxes returns where the figure and the pacer go, in CSS pixels.
	Boxes() Boxes
	// Announce says msg politely to screen readers.
	Announce(msg string)
}

// defaultBoxes lays out a canvas of w×h CSS pixels when there is no page:
// the figure on the left and the pacer on the right, or stacked.
func defaultBoxes(w, h float64) Boxes {
	if w >= h {
		fig := Box{0, 0, w * 0.62, h}
		side := min(w*0.3, h*0.5)
		return Boxes{Figure: fig, Pacer: Box{w*0.62 + (w*0.38-side)/2, (h - side) / 2, side, side}}
	}
	fig := Box{0, 0, w, h * 0.62}
	side := min(w*0.5, h*0.3)
	return Boxes{Figure: fig, Pacer: Box{(w - side) / 2, h*0.62 + (h*0.38-side)/2, side, side}}
}
