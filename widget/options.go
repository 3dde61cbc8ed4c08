package widget

import "github.com/immerse-massage/stretch/anim"

// Options configures a Player (and the Game that draws it).
type Options struct {
	// Config is the parsed, validated configuration.
	Config anim.Config
	// Clock tells wall time; nil means the real monotonic clock.
	Clock Clock
	// Host receives events; nil discards them.
	Host Host
	// Page is the DOM around the canvas; nil draws the canvas alone.
	Page Page
	// Speaker speaks cues when voice is on; nil means no voice.
	Speaker Speaker
	// Tones sounds the breath tones when sound is on; nil means silence.
	Tones Tones
	// Autoplay skips the start screen: the visitor already chose to start
	// (in the embed's facade), so the routine plays from the first frame.
	Autoplay bool
	// ReducedMotion keeps the camera still and shows the pacer as a bar.
	ReducedMotion bool
}
