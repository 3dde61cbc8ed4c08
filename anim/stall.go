package anim

import "time"

// StallThreshold is the longest gap between two frames whose wall time
// still counts as routine time. Slow devices (and software WebGL) take up
// to a second or so a frame, and all of it counts, so a breath lasts as
// long as the clock says; a longer gap is a stall (a frozen tab, a
// debugger, a phone that slept) and is left out of routine time.
const StallThreshold = 3 * time.Second
