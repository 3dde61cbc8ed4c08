package anim

import (
	"fmt"
	"math"
	"time"
)

// CommandKind names something the embedding page or the visitor asks the
// player to do.
type CommandKind int

const (
	// Play starts or resumes the routine (from the start if it had ended).
	Play CommandKind = iota
	// Pause pauses the routine.
	Pause
	// Next skips to the start of the next stretch (or the end).
	Next
	// Previous goes back to the start of the current stretch, or to the
	// previous stretch when already near the start.
	Previous
	// Restart goes back to the start of the routine.
	Restart
	// Seek moves routine time to Command.Time.
	Seek
	// Rate sets the playback rate to Command.Rate.
	Rate
	// Visibility tells the player whether it can be seen; hidden pauses it.
	Visibility
	// Sync tells the player that the routine began in the embedding page
	// (which announced play and the first stretch) and has reached
	// Command.Time: the player picks up there, announcing only what came
	// after the start.
	Sync
	// Fullscreen tells the player whether the embedding page shows it
	// over the whole screen (Command.On).
	Fullscreen
)

// MinRate and MaxRate bound the playback rate, as in the embed contract.
const (
	MinRate = 0.25
	MaxRate = 16
)

// maxSeek bounds a seek well beyond any routine, so converting seconds to a
// time.Duration cannot overflow.
const maxSeek = 24 * time.Hour

// Command is one validated request to the player.
type Command struct {
	Kind CommandKind
	// Time is the target of a Seek, in [0, 24h]; routines clamp it further.
	Time time.Duration
	// Rate is the playback rate of a Rate command, in [MinRate, MaxRate].
	Rate float64
	// Visible is the visibility reported by a Visibility command.
	Visible bool
	// On is the state reported by a Fullscreen command.
	On bool
}

// commandKind returns the kind of the command with wire name name.
func commandKind(name string) (CommandKind, bool) {
	switch name {
	case "play":
		return Play, true
	case "pause":
		return Pause, true
	case "next":
		return Next, true
	case "previous":
		return Previous, true
	case "restart":
		return Restart, true
	case "seek":
		return Seek, true
	case "rate":
		return Rate, true
	case "visibility":
		return Visibility, true
	case "sync":
		return Sync, true
	case "fullscreen":
		return Fullscreen, true
	}
	return 0, false
}

// IsCommand reports whether name is the wire name of a command.
func IsCommand(name string) bool {
	_, ok := commandKind(name)
	return ok
}

// ParseCommand validates a command received from outside (a postMessage
// from the embedding page): its name and, for seek, sync, rate, visibility
// and fullscreen, its numeric value (seconds, rate, or 1/0 for
// visible/hidden and on/off). It never panics;
// anything unknown, NaN, infinite or out of range is an error.
func ParseCommand(name string, value float64) (Command, error) {
	kind, ok := commandKind(name)
	if !ok {
		if len(name) > 40 {
			name = name[:40] + "…"
		}
		return Command{}, fmt.Errorf("unknown command %q", name)
	}
	c := Command{Kind: kind}
	finite := !math.IsNaN(value) && !math.IsInf(value, 0)
	switch kind {
	case Seek, Sync:
		if !finite || value < 0 || value > maxSeek.Seconds() {
			return Command{}, fmt.Errorf("%s: %v is not a time in seconds from 0", name, value)
		}
		c.Time = time.Duration(value * float64(time.Second))
	case Rate:
		if !finite || value < MinRate || value > MaxRate {
			return Command{}, fmt.Errorf("rate: %v is not between %v and %v", value, MinRate, MaxRate)
		}
		c.Rate = value
	case Visibility:
		if value != 0 && value != 1 {
			return Command{}, fmt.Errorf("visibility: %v is not 1 (visible) or 0 (hidden)", value)
		}
		c.Visible = value == 1
	case Fullscreen:
		if value != 0 && value != 1 {
			return Command{}, fmt.Errorf("fullscreen: %v is not 1 (on) or 0 (off)", value)
		}
		c.On = value == 1
	}
	return c, nil
}
