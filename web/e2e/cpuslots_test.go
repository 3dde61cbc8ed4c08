package e2e

import (
	"runtime"
	"testing"
)

// cpuSlots lets the tests run side by side, but no more of them at once
// doing CPU work than there are cores: the browser draws every frame in
// software here, and a player starved of CPU for seconds rightly counts
// that as a stall. go test's -parallel is set higher (the Makefile's
// test-e2e), so that a test waiting on a clock that costs nothing, a
// dribbled download or a watchdog counting down, lends its slot to
// another test meanwhile.
var cpuSlots = make(chan struct{}, runtime.GOMAXPROCS(0))

// parallel runs t side by side with the other tests, holding a CPU slot
// from when it starts until it ends.
func parallel(t *testing.T) {
	t.Helper()
	t.Parallel()
	cpuSlots <- struct{}{}
	t.Cleanup(func() { <-cpuSlots })
}

// whileWaiting runs wait, a wait on a clock that costs no CPU, in a test
// started with parallel, without that test's CPU slot; it takes a slot
// again before it returns, also when wait fails the test.
func whileWaiting(wait func()) {
	<-cpuSlots
	defer func() { cpuSlots <- struct{}{} }()
	wait()
}
