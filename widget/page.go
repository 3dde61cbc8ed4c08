package widget

import "github.com/immerse-massage/stretch/anim"

// Box is a rectangle in CSS pixels, relative to the top left of the page.
type Box struct{ X, Y, W, H float64 }

// Empty reports whether b has no area.
func (b Box) Empty() bool { return !(b.W > 0 && b.H > 0) }

// Boxes are where the canvas draws: the figure's stage and the pacer.
type Boxes struct{ Figure, Pacer Box }

// Screen is which of the player's three screens is showing.
type Screen int

const (
	// StartScreen shows the title, the safety note and a Start button.
	StartScreen Screen = iota
	// RoutineScreen shows the figure, the pacer, the words and controls.
	RoutineScreen
	// EndScreen shows what was done and the call to action.
	EndScreen
)

// View is everything the page around the canvas shows for one moment.
type View struct {
	Screen  Screen
	State   anim.State
	Playing bool
	Sound   bool
	Voice   bool
}

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

// Speaker speaks cues aloud (the browser's speech synthesis).
type Speaker interface {
	// Speak says text in lang, cutting off whatever it was saying.
	Speak(text string, lang anim.Lang)
	// Stop stops speaking.
	Stop()
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
