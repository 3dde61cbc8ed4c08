package widget

import (
	"time"

	"github.com/immerse-massage/stretch/anim"
)

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

// countedWall is how much of a gap of wall time between two frames counts
// towards routine time: all of it, unless it is a stall (longer than
// anim.StallThreshold).
func countedWall(gap time.Duration) time.Duration {
	if gap <= 0 || gap > anim.StallThreshold {
		return 0
	}
	return gap
}
