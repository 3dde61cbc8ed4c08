package widget

import (
	"time"

	"github.com/immerse-massage/stretch/anim"
)

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
	// Vibrator gives the haptic cue of each phase when haptics are on; nil
	// means the device cannot vibrate.
	Vibrator Vibrator
	// WakeLock keeps the screen awake while the routine plays; nil means
	// no wake lock.
	WakeLock WakeLock
	// Autoplay skips the start screen and plays from the first frame.
	Autoplay bool
	// Begun says that the routine already began in the embedding page,
	// which announced play and the first stretch and keeps the routine's
	// clock until the player is ready: the player shows the routine and
	// waits for a Sync command to pick up where the page has got to.
	Begun bool
	// ReducedMotion keeps the camera still and shows the pacer as a bar.
	ReducedMotion bool
	// Restore, when set, is where this player's session was when the page
	// reloaded under it (the browser lost the WebGL context): the player
	// picks up there without announcing anything again, and sends
	// "restored" instead of "ready".
	Restore *Restore
}

// Restore is the state of a session to pick up again.
type Restore struct {
	// T is the routine time.
	T time.Duration
	// Playing says whether the routine was playing.
	Playing bool
	// Rate is the playback rate.
	Rate float64
}
