package widget

import "time"

// Clock tells how much time has passed since a fixed start. The player uses
// the monotonic wall clock; tests use a ManualClock they advance by hand.
type Clock interface {
	Now() time.Duration
}

// wallClock is the real monotonic clock.
type wallClock struct{ start time.Time }

func (c wallClock) Now() time.Duration { return time.Since(c.start) }

// ManualClock is a Clock that moves only when told to, for tests.
type ManualClock struct{ now time.Duration }

// Now returns the time the clock was last advanced to.
func (c *ManualClock) Now() time.Duration { return c.now }

// Advance moves the clock forward by d (negative d is ignored).
func (c *ManualClock) Advance(d time.Duration) {
	if d > 0 {
		c.now += d
	}
}

// stallThreshold is the longest gap between two frames that still counts as
// time the visitor spent following the routine. Slow devices (and software
// WebGL) take up to a second or so a frame, and all of it counts, so a
// breath lasts as long as the clock says; a longer gap is a stall (a frozen
// tab, a debugger, a phone that slept) and is left out of routine time.
const stallThreshold = 3 * time.Second

// countedWall is how much of a gap of wall time between two frames counts
// towards routine time: all of it, unless it is a stall.
func countedWall(gap time.Duration) time.Duration {
	if gap <= 0 || gap > stallThreshold {
		return 0
	}
	return gap
}
