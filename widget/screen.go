package widget

import "github.com/immerse-massage/stretch/anim"

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

// String returns "start", "routine" or "end".
func (s Screen) String() string {
	switch s {
	case StartScreen:
		return "start"
	case RoutineScreen:
		return "routine"
	case EndScreen:
		return "end"
	}
	return "unknown"
}

// View is everything the page around the canvas shows for one moment.
type View struct {
	Screen  Screen
	State   anim.State
	Playing bool
	// AutoPaused is set while the routine is paused because the page was
	// hidden or scrolled away, until it plays again.
	AutoPaused bool
	Sound      bool
	Voice      bool
	Haptics    bool
	// Fullscreen is set while the widget fills the screen.
	Fullscreen bool
}
