//go:build js

package widget

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/immerse-massage/stretch/anim"
)

// testGame returns a Game on a manual clock with its events recorded.
func testGame(t *testing.T) (*Game, *ManualClock, *[]Event) {
	t.Helper()
	clock := &ManualClock{}
	var events []Event
	g := NewGame(Options{
		Config: anim.DefaultConfig(),
		Clock:  clock,
		Host:   HostFunc(func(e Event) { events = append(events, e) }),
	})
	return g, clock, &events
}

// step advances the clock one frame and runs Update.
func step(t *testing.T, g *Game, clock *ManualClock) {
	t.Helper()
	clock.Advance(frame)
	if err := g.Update(); err != nil {
		t.Fatalf("Update: %v", err)
	}
}

// stepUntil runs frames until cond holds, failing after limit of routine time.
func stepUntil(t *testing.T, g *Game, clock *ManualClock, limit time.Duration, what string, cond func(anim.State) bool) {
	t.Helper()
	for start := clock.Now(); !cond(g.State()); {
		if clock.Now()-start > limit {
			t.Fatalf("no %s within %v of frames (state %+v)", what, limit, g.State())
		}
		step(t, g, clock)
	}
}

// pixels lays g out for a w×h canvas, draws it onto a fresh image and
// returns its RGBA bytes.
func pixels(g *Game, w, h int) []byte {
	g.canvas.layout(w, h, 1)
	img := ebiten.NewImage(w, h)
	defer img.Deallocate()
	g.Draw(img)
	buf := make([]byte, 4*w*h)
	img.ReadPixels(buf)
	return buf
}

func TestPacerFollowsBreath(t *testing.T) {
	g, clock, _ := testGame(t)
	g.Send(anim.Command{Kind: anim.Play})
	stepUntil(t, g, clock, time.Minute, "inhale peak", func(s anim.State) bool {
		return s.Segment == anim.Breathing && s.Phase == anim.Exhale
	})
	box := defaultBoxes(200, 200).Pacer
	pacer := image.Rect(int(box.X), int(box.Y), int(box.X+box.W), int(box.Y+box.H))
	peak := inkIn(pixels(g, 200, 200), 200, pacer)
	stepUntil(t, g, clock, time.Minute, "exhale trough", func(s anim.State) bool {
		return s.Segment == anim.Breathing && s.Phase == anim.Inhale && s.Breath == 1
	})
	trough := inkIn(pixels(g, 200, 200), 200, pacer)
	if trough == 0 || peak < trough*3/2 {
		t.Errorf("pacer pixels at the inhale peak = %d, at the exhale trough = %d; want the peak clearly larger", peak, trough)
	}
}

func TestPauseFreezesPicture(t *testing.T) {
	g, clock, events := testGame(t)
	g.Send(anim.Command{Kind: anim.Play})
	stepUntil(t, g, clock, time.Minute, "mid-inhale", func(s anim.State) bool {
		return s.Segment == anim.Breathing && s.Phase == anim.Inhale && s.PhaseFraction > 0.3
	})
	g.Send(anim.Command{Kind: anim.Pause})
	// One screen that keeps its pixels, drawn every frame, as Ebiten's is.
	const w, h = 120, 120
	g.canvas.layout(w, h, 1)
	screen := ebiten.NewImage(w, h)
	read := func() []byte {
		buf := make([]byte, 4*w*h)
		screen.ReadPixels(buf)
		return buf
	}
	step(t, g, clock)
	g.Draw(screen)
	before, t0 := read(), g.State().T
	for range 120 {
		step(t, g, clock)
		g.Draw(screen)
	}
	after, t1 := read(), g.State().T
	if t1 != t0 {
		t.Errorf("routine time moved while paused: %v -> %v", t0, t1)
	}
	if string(before) != string(after) {
		t.Errorf("picture changed while paused")
	}
	if inkIn(after, w, image.Rect(0, 0, w, h)) == 0 {
		t.Errorf("nothing on screen while paused")
	}
	var types []string
	for _, e := range *events {
		if e.Type == "play" || e.Type == "pause" {
			types = append(types, e.Type)
		}
	}
	if len(types) != 2 || types[0] != "play" || types[1] != "pause" {
		t.Errorf("play/pause events = %v; want [play pause]", types)
	}
}
