//go:build js

package widget

import (
	"errors"
	"os"
	"sync"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestMain runs the package's tests from inside Ebiten's game loop, in
// headless Chromium (wasmbrowsertest), so they can create images, draw and
// read pixels back, as Ebiten's own internal tests do.
func TestMain(m *testing.M) {
	runner := &testRunner{m: m}
	if err := ebiten.RunGame(runner); err != nil && !errors.Is(err, ebiten.Termination) {
		panic(err)
	}
	os.Exit(runner.code)
}

// testRunner is a game whose first Update runs the tests and ends the loop.
// In the browser Update can be called again after it returned Termination,
// so the tests run only once.
type testRunner struct {
	m    *testing.M
	once sync.Once
	code int
}

func (r *testRunner) Update() error {
	r.once.Do(func() { r.code = r.m.Run() })
	return ebiten.Termination
}

func (r *testRunner) Draw(*ebiten.Image) {}

func (r *testRunner) Layout(int, int) (int, int) { return 320, 240 }
