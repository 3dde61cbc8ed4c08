package widget

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// The default routine, as anim lays it out: Cat-Cow 0-72 s (setup 12 s,
// then 6 breaths of 4 s in, 6 s out), Shoulder Blade Squeeze 72-160 s,
// Child's Pose 160-232 s, Upper Back Extension 232-292 s.
const (
	squeezeStart   = 72 * time.Second
	childStart     = 160 * time.Second
	extensionStart = 232 * time.Second
	routineEnd     = 292 * time.Second
)

// frame is a 60 Hz frame.
const frame = time.Second / 60

// recorder is a Host that keeps every event.
type recorder struct{ events []Event }

func (r *recorder) Emit(e Event) { r.events = append(r.events, e) }

// take returns the events since the last take, each written as its type
// and the details that identify it, such as "breathphase inhale 0/6
// cat-cow" or "stretchchange 1 shoulder-blade-squeeze".
func (r *recorder) take() []string {
	var out []string
	for _, e := range r.events {
		out = append(out, describe(e))
	}
	r.events = nil
	return out
}

func describe(e Event) string {
	d := e.Detail
	switch e.Type {
	case "stretchchange":
		return fmt.Sprintf("stretchchange %v %v", d["index"], d["id"])
	case "breathphase":
		return fmt.Sprintf("breathphase %v %v/%v %v", d["phase"], d["index"], d["of"], d["stretchId"])
	case "timeupdate":
		return "timeupdate"
	}
	return e.Type
}

// without drops the events of type typ.
func without(evs []string, typ string) []string {
	return slices.DeleteFunc(evs, func(s string) bool { return strings.HasPrefix(s, typ) })
}

// fakePage is a Page that keeps what it was shown and told.
type fakePage struct {
	views []View
	said  []string
}

func (p *fakePage) Show(v View)         { p.views = append(p.views, v) }
func (p *fakePage) Boxes() Boxes        { return Boxes{} }
func (p *fakePage) Announce(msg string) { p.said = append(p.said, msg) }

// fakeSpeaker keeps what was spoken.
type fakeSpeaker struct{ said []string }

func (s *fakeSpeaker) Speak(text string, _ anim.Lang) { s.said = append(s.said, text) }
func (s *fakeSpeaker) Stop()                          { s.said = append(s.said, "(stop)") }

// fakeVibrator keeps the vibrations given.
type fakeVibrator struct{ phases []anim.Phase }

func (v *fakeVibrator) Vibrate(p anim.Phase) { v.phases = append(v.phases, p) }

// fakeWakeLock keeps what it was asked.
type fakeWakeLock struct{ asked []bool }

func (w *fakeWakeLock) Hold(on bool) { w.asked = append(w.asked, on) }

// fakeTones keeps the tones played.
type fakeTones struct{ played []anim.Phase }

func (t *fakeTones) Play(p anim.Phase) { t.played = append(t.played, p) }

// rig is a Player on a ManualClock with everything it says recorded.
type rig struct {
	t       *testing.T
	p       *Player
	clock   *ManualClock
	host    *recorder
	page    *fakePage
	speaker *fakeSpeaker
	tones   *fakeTones
	buzz    *fakeVibrator
	lock    *fakeWakeLock
}

// newRig returns a Player for opts (Config defaults to DefaultConfig) that
// has drawn its first frame and sent ready; the events so far are taken.
func newRig(t *testing.T, opts Options) *rig {
	t.Helper()
	r := &rig{t: t, clock: &ManualClock{}, host: &recorder{}, page: &fakePage{}, speaker: &fakeSpeaker{}, tones: &fakeTones{},
		buzz: &fakeVibrator{}, lock: &fakeWakeLock{}}
	if opts.Config.Stretches == nil {
		opts.Config = anim.DefaultConfig()
	}
	opts.Clock, opts.Host, opts.Page, opts.Speaker, opts.Tones = r.clock, r.host, r.page, r.speaker, r.tones
	opts.Vibrator, opts.WakeLock = r.buzz, r.lock
	r.p = NewPlayer(opts)
	r.p.Update()
	r.p.FrameDrawn()
	r.p.Update()
	r.host.take()
	return r
}

// step advances the clock by d and runs one Update.
func (r *rig) step(d time.Duration) {
	r.clock.Advance(d)
	r.p.Update()
}

// run plays d of wall time in frames of length f.
func (r *rig) run(d, f time.Duration) {
	for end := r.clock.Now() + d; r.clock.Now() < end; {
		r.step(min(f, end-r.clock.Now()))
	}
}

// send queues c and runs the Update that applies it, without moving the
// clock.
func (r *rig) send(c anim.Command) {
	r.p.Send(c)
	r.p.Update()
}

func seek(t time.Duration) anim.Command { return anim.Command{Kind: anim.Seek, Time: t} }

var (
	play     = anim.Command{Kind: anim.Play}
	pause    = anim.Command{Kind: anim.Pause}
	next     = anim.Command{Kind: anim.Next}
	previous = anim.Command{Kind: anim.Previous}
	restart  = anim.Command{Kind: anim.Restart}
)

func sameEvents(got, want []string) bool { return slices.Equal(got, want) }

func TestReadyAndAutoplay(t *testing.T) {
	for _, tc := range []struct {
		name       string
		autoplay   bool
		wantEvents []string
		wantScreen Screen
		wantPlay   bool
	}{
		{"start screen", false, []string{"ready"}, StartScreen, false},
		{"autoplay", true, []string{"ready", "play", "stretchchange 0 cat-cow"}, RoutineScreen, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &rig{t: t, clock: &ManualClock{}, host: &recorder{}}
			r.p = NewPlayer(Options{Config: anim.DefaultConfig(), Clock: r.clock, Host: r.host, Autoplay: tc.autoplay})
			r.step(frame)
			if got := r.host.take(); len(got) != 0 {
				t.Errorf("before the first frame is drawn: events %v; want none", got)
			}
			r.p.FrameDrawn()
			r.step(frame)
			if got := r.host.take(); !sameEvents(got, tc.wantEvents) {
				t.Errorf("after the first frame: events %v; want %v", got, tc.wantEvents)
			}
			if got := r.p.Screen(); got != tc.wantScreen {
				t.Errorf("screen = %v; want %v", got, tc.wantScreen)
			}
			if got := r.p.Playing(); got != tc.wantPlay {
				t.Errorf("playing = %v; want %v", got, tc.wantPlay)
			}
			r.step(frame)
			if got := r.host.take(); slices.Contains(got, "ready") {
				t.Errorf("ready sent twice")
			}
		})
	}
}

func TestNextAndPrevious(t *testing.T) {
	for _, tc := range []struct {
		name       string
		from       time.Duration
		cmd        anim.Command
		want       time.Duration
		wantEvents []string
		wantScreen Screen
	}{
		{"next from the start", 0, next, squeezeStart, []string{"stretchchange 1 shoulder-blade-squeeze"}, RoutineScreen},
		{"next just before a stretch ends", squeezeStart - time.Millisecond, next, squeezeStart, []string{"stretchchange 1 shoulder-blade-squeeze"}, RoutineScreen},
		{"next at a stretch's first instant", squeezeStart, next, childStart, []string{"stretchchange 2 childs-pose"}, RoutineScreen},
		{"next mid-breath", 100 * time.Second, next, childStart, []string{"stretchchange 2 childs-pose"}, RoutineScreen},
		{"next from the last stretch ends", extensionStart + 20*time.Second, next, routineEnd, []string{"ended"}, EndScreen},
		{"next at the end stays", routineEnd, next, routineEnd, nil, EndScreen},
		{"previous at the start stays", 0, previous, 0, nil, RoutineScreen},
		{"previous within the grace of the first", 2 * time.Second, previous, 0, nil, RoutineScreen},
		{"previous past the grace restarts the stretch", 5 * time.Second, previous, 0, nil, RoutineScreen},
		{"previous within the grace goes back a stretch", squeezeStart + 2*time.Second, previous, 0, []string{"stretchchange 0 cat-cow"}, RoutineScreen},
		{"previous at a stretch's first instant goes back", childStart, previous, squeezeStart, []string{"stretchchange 1 shoulder-blade-squeeze"}, RoutineScreen},
		{"previous mid-breath restarts the stretch", 100 * time.Second, previous, squeezeStart, nil, RoutineScreen},
		{"previous at the end restarts the last stretch", routineEnd, previous, extensionStart, nil, RoutineScreen},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, Options{Autoplay: true})
			r.send(seek(tc.from))
			r.host.take()
			r.send(tc.cmd)
			if got := r.p.State().T; got != tc.want {
				t.Errorf("time = %v; want %v", got, tc.want)
			}
			if got := without(r.host.take(), "timeupdate"); !sameEvents(got, tc.wantEvents) {
				t.Errorf("events = %v; want %v", got, tc.wantEvents)
			}
			if got := r.p.Screen(); got != tc.wantScreen {
				t.Errorf("screen = %v; want %v", got, tc.wantScreen)
			}
		})
	}
}

func TestSeek(t *testing.T) {
	// Each seek starts where the one before it landed.
	r := newRig(t, Options{Autoplay: true})
	r.send(pause)
	r.host.take()
	for _, tc := range []struct {
		to         time.Duration
		wantT      time.Duration
		wantEvents []string
		wantScreen Screen
	}{
		// Into stretch 2's third breath: where it lands, nothing jumped over.
		{100 * time.Second, 100 * time.Second, []string{"stretchchange 1 shoulder-blade-squeeze", "breathphase inhale 2/8 shoulder-blade-squeeze"}, RoutineScreen},
		// Within the same inhale: nothing new.
		{101 * time.Second, 101 * time.Second, nil, RoutineScreen},
		// Into the exhale of the same breath.
		{105 * time.Second, 105 * time.Second, []string{"breathphase exhale 2/8 shoulder-blade-squeeze"}, RoutineScreen},
		// Back into Cat-Cow's setup: no phase.
		{5 * time.Second, 5 * time.Second, []string{"stretchchange 0 cat-cow"}, RoutineScreen},
		// Beyond the end: clamped, ended.
		{time.Hour, routineEnd, []string{"stretchchange 3 upper-back-extension", "ended"}, EndScreen},
		// Back from the end into Child's Pose.
		{200 * time.Second, 200 * time.Second, []string{"stretchchange 2 childs-pose", "breathphase exhale 2/6 childs-pose"}, RoutineScreen},
	} {
		r.send(seek(tc.to))
		if got := r.p.State().T; got != tc.wantT {
			t.Errorf("seek %v: time = %v; want %v", tc.to, got, tc.wantT)
		}
		if got := r.host.take(); !sameEvents(got, tc.wantEvents) {
			t.Errorf("seek %v: events = %v; want %v", tc.to, got, tc.wantEvents)
		}
		if got := r.p.Screen(); got != tc.wantScreen {
			t.Errorf("seek %v: screen = %v; want %v", tc.to, got, tc.wantScreen)
		}
		if r.p.Playing() {
			t.Errorf("seek %v: playing; a seek must not start the routine", tc.to)
		}
	}
}

func TestRateChangesMidPhase(t *testing.T) {
	r := newRig(t, Options{Autoplay: true})
	r.run(13*time.Second, 100*time.Millisecond) // 1 s into Cat-Cow's first inhale (12-16 s)
	for _, tc := range []struct {
		rate   float64
		wall   time.Duration
		wantT  time.Duration
		phases []string
	}{
		{2, time.Second, 15 * time.Second, nil},
		{2, 500 * time.Millisecond, 16 * time.Second, []string{"breathphase exhale 0/6 cat-cow"}},
		{0.5, 4 * time.Second, 18 * time.Second, nil},
		{16, 400 * time.Millisecond, 24400 * time.Millisecond, []string{"breathphase inhale 1/6 cat-cow"}},
		{1, 1600 * time.Millisecond, 26 * time.Second, []string{"breathphase exhale 1/6 cat-cow"}},
	} {
		r.send(anim.Command{Kind: anim.Rate, Rate: tc.rate})
		r.host.take()
		r.run(tc.wall, 50*time.Millisecond)
		if got := r.p.State().T; got != tc.wantT {
			t.Errorf("at rate %v after %v of wall time: routine time %v; want %v", tc.rate, tc.wall, got, tc.wantT)
		}
		if got := without(r.host.take(), "timeupdate"); !sameEvents(got, tc.phases) {
			t.Errorf("at rate %v: events %v; want %v", tc.rate, got, tc.phases)
		}
		if got := r.p.Rate(); got != tc.rate {
			t.Errorf("rate = %v; want %v", got, tc.rate)
		}
	}
}

func TestPauseAndVisibility(t *testing.T) {
	for _, tc := range []struct {
		name       string
		cmd        anim.Command
		wantEvents []string
		wantPlay   bool
	}{
		{"pause", pause, []string{"pause"}, false},
		{"hidden pauses", anim.Command{Kind: anim.Visibility, Visible: false}, []string{"pause"}, false},
		{"visible again does not resume by itself", anim.Command{Kind: anim.Visibility, Visible: true}, nil, true},
		{"play while playing", play, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, Options{Autoplay: true})
			r.run(20*time.Second, 100*time.Millisecond)
			r.host.take()
			r.send(tc.cmd)
			if got := without(r.host.take(), "timeupdate"); !sameEvents(got, tc.wantEvents) {
				t.Errorf("events = %v; want %v", got, tc.wantEvents)
			}
			if got := r.p.Playing(); got != tc.wantPlay {
				t.Errorf("playing = %v; want %v", got, tc.wantPlay)
			}
			before := r.p.State().T
			r.run(10*time.Second, 100*time.Millisecond)
			moved := r.p.State().T - before
			if tc.wantPlay && moved != 10*time.Second {
				t.Errorf("playing: 10 s of wall time moved the routine %v", moved)
			}
			if !tc.wantPlay && moved != 0 {
				t.Errorf("paused: the routine moved %v", moved)
			}
		})
	}
	t.Run("hidden then visible, then play", func(t *testing.T) {
		r := newRig(t, Options{Autoplay: true})
		r.run(20*time.Second, 100*time.Millisecond)
		r.send(anim.Command{Kind: anim.Visibility, Visible: false})
		r.step(time.Minute) // the tab is in the background
		r.send(anim.Command{Kind: anim.Visibility, Visible: true})
		before := r.p.State().T
		r.host.take()
		r.send(play)
		r.run(time.Second, 100*time.Millisecond)
		if got := r.p.State().T - before; got != time.Second {
			t.Errorf("resumed: one second of wall time moved the routine %v; want 1s (no time lost or gained)", got)
		}
		if got := without(r.host.take(), "timeupdate"); !sameEvents(got, []string{"play"}) {
			t.Errorf("events on resuming = %v; want [play]", got)
		}
	})
}

// TestPauseReportsWhereItPaused checks that a pause first sends a
// timeupdate with the exact time it stopped at, as the page's currentTime
// would otherwise stay up to a frame and a quarter second behind.
func TestPauseReportsWhereItPaused(t *testing.T) {
	for _, tc := range []struct {
		name string
		cmd  anim.Command
	}{
		{"by the visitor", pause},
		{"the page hidden", anim.Command{Kind: anim.Visibility, Visible: false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, Options{Autoplay: true})
			r.run(20*time.Second, 100*time.Millisecond)
			r.step(1200 * time.Millisecond) // one slow frame
			r.host.events = nil
			r.send(tc.cmd)
			evs := r.host.events
			if len(evs) != 2 || evs[0].Type != "timeupdate" || evs[1].Type != "pause" {
				t.Fatalf("events = %v; want [timeupdate pause]", r.host.take())
			}
			if got, want := evs[0].Detail["currentTime"], r.p.State().T.Seconds(); got != want {
				t.Errorf("timeupdate before pause says %v s; want %v s, where it paused", got, want)
			}
		})
	}
	t.Run("already paused", func(t *testing.T) {
		r := newRig(t, Options{Autoplay: true})
		r.send(pause)
		r.host.take()
		r.send(pause)
		if got := r.host.take(); len(got) != 0 {
			t.Errorf("pausing again sent %v; want nothing", got)
		}
	})
}

func TestEndScreenAndStartAgain(t *testing.T) {
	r := newRig(t, Options{Autoplay: true})
	r.send(seek(routineEnd - 500*time.Millisecond))
	r.host.take()
	r.run(2*time.Second, 100*time.Millisecond)
	if got := without(r.host.take(), "timeupdate"); !sameEvents(got, []string{"ended"}) {
		t.Errorf("playing into the end: events %v; want [ended]", got)
	}
	if r.p.Screen() != EndScreen || r.p.Playing() || !r.p.State().Ended {
		t.Errorf("at the end: screen %v, playing %v, ended %v; want the end screen, not playing, ended", r.p.Screen(), r.p.Playing(), r.p.State().Ended)
	}
	if got, want := r.page.said[len(r.page.said)-1], anim.WordsFor(anim.English).Done; got != want {
		t.Errorf("announced at the end: %q; want %q", got, want)
	}
	r.run(10*time.Second, 100*time.Millisecond)
	if got := r.host.take(); len(got) != 0 {
		t.Errorf("after the end: events %v; want none", got)
	}

	// Start again, as the end screen's button sends it.
	r.p.Send(restart)
	r.p.Send(play)
	r.p.Update()
	if got := without(r.host.take(), "timeupdate"); !sameEvents(got, []string{"stretchchange 0 cat-cow", "play"}) {
		t.Errorf("Start again: events %v; want [stretchchange 0 cat-cow play]", got)
	}
	if r.p.Screen() != RoutineScreen || !r.p.Playing() || r.p.State().T != 0 {
		t.Errorf("after Start again: screen %v, playing %v at %v; want the routine playing from 0", r.p.Screen(), r.p.Playing(), r.p.State().T)
	}

	// Play on its own from the end also starts over.
	r.send(seek(time.Hour))
	r.host.take()
	r.send(play)
	if got := without(r.host.take(), "timeupdate"); !sameEvents(got, []string{"stretchchange 0 cat-cow", "play"}) {
		t.Errorf("play at the end: events %v; want [stretchchange 0 cat-cow play]", got)
	}
}

// TestTimeIsTrueAtAnyFrameRate plays with frames of 10 ms to 1.2 s (a slow
// phone, software WebGL): routine time follows the wall clock times the
// rate exactly, and the events are the same as with smooth 60 Hz frames.
func TestTimeIsTrueAtAnyFrameRate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name     string
		rate     float64
		min, max time.Duration
	}{
		{"60 Hz", 1, frame, frame},
		{"software GL", 1, 130 * time.Millisecond, 770 * time.Millisecond},
		{"very slow", 1, 900 * time.Millisecond, 1200 * time.Millisecond},
		{"fast rate, slow frames", 16, 100 * time.Millisecond, 600 * time.Millisecond},
		{"uneven", 0.25, 10 * time.Millisecond, 1200 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			smooth := newRig(t, Options{Autoplay: true})
			uneven := newRig(t, Options{Autoplay: true})
			for _, r := range []*rig{smooth, uneven} {
				r.send(anim.Command{Kind: anim.Rate, Rate: tc.rate})
			}
			wall := time.Duration(float64(80*time.Second) / tc.rate)
			smooth.run(wall, frame)
			for end := uneven.clock.Now() + wall; uneven.clock.Now() < end; {
				d := tc.min + time.Duration(rng.Int64N(int64(tc.max-tc.min)+1))
				uneven.step(min(d, end-uneven.clock.Now()))
			}
			want := min(time.Duration(float64(wall)*tc.rate), routineEnd)
			if got := uneven.p.State().T; got != want {
				t.Errorf("after %v of wall time at %vx: routine time %v; want %v", wall, tc.rate, got, want)
			}
			s, u := without(smooth.host.take(), "timeupdate"), without(uneven.host.take(), "timeupdate")
			if !sameEvents(u, s) {
				t.Errorf("events with uneven frames:\n%v\nwith smooth frames:\n%v", u, s)
			}
		})
	}
}

// TestStallIsLeftOut: a gap longer than anim.StallThreshold (a frozen tab, a
// sleeping phone) adds nothing to routine time; a long but ordinary frame
// adds all of it.
func TestStallIsLeftOut(t *testing.T) {
	for _, tc := range []struct {
		gap, want time.Duration
	}{
		{time.Second, time.Second},
		{anim.StallThreshold, anim.StallThreshold},
		{anim.StallThreshold + time.Millisecond, 0},
		{10 * time.Minute, 0},
	} {
		r := newRig(t, Options{Autoplay: true})
		r.step(frame)
		before := r.p.State().T
		r.step(tc.gap)
		if got := r.p.State().T - before; got != tc.want {
			t.Errorf("a frame %v after the last: routine time moved %v; want %v", tc.gap, got, tc.want)
		}
	}
}

func TestTimeUpdateAtMostFourASecond(t *testing.T) {
	r := newRig(t, Options{Autoplay: true})
	r.host.take()
	r.run(10*time.Second, frame)
	n := 0
	for _, e := range r.host.take() {
		if e == "timeupdate" {
			n++
		}
	}
	if n < 36 || n > 41 {
		t.Errorf("%d timeupdate events in 10 s of 60 Hz frames; want about 40 and at most 41", n)
	}
}

func TestCues(t *testing.T) {
	cfg := anim.DefaultConfig()
	cfg.Sound, cfg.Voice = true, true
	r := newRig(t, Options{Config: cfg, Autoplay: true})
	r.run(21900*time.Millisecond, 100*time.Millisecond) // setup, then one whole breath
	if want := []anim.Phase{anim.Inhale, anim.Exhale}; !slices.Equal(r.tones.played, want) {
		t.Errorf("tones = %v; want %v", r.tones.played, want)
	}
	cat := anim.StretchContent(anim.CatCow, anim.English)
	wantSaid := []string{"Next: Cat-Cow. Get into position. " + cat.Summary, cat.InhaleCue, cat.ExhaleCue}
	if !slices.Equal(r.speaker.said, wantSaid) {
		t.Errorf("spoken = %q; want %q", r.speaker.said, wantSaid)
	}
	// Later inhales say how many breaths are left.
	r.speaker.said = nil
	r.run(10*time.Second, 100*time.Millisecond)
	if want := []string{"Breathe in, 4 more breaths", "Breathe out"}; !slices.Equal(r.speaker.said, want) {
		t.Errorf("second breath spoken = %q; want %q", r.speaker.said, want)
	}
	r.send(seek(61900 * time.Millisecond)) // just before Cat-Cow's last breath
	r.speaker.said = nil
	r.run(time.Second, 100*time.Millisecond)
	if want := []string{"Breathe in, last breath"}; !slices.Equal(r.speaker.said, want) {
		t.Errorf("last breath spoken = %q; want %q", r.speaker.said, want)
	}
	if len(r.page.said) == 0 || !strings.Contains(r.page.said[0], "Cat-Cow") {
		t.Errorf("announced = %q; want the first stretch announced", r.page.said)
	}

	// A seek lands without tones or phase words, but names a new stretch.
	r.tones.played, r.speaker.said = nil, nil
	r.send(seek(100 * time.Second))
	if len(r.tones.played) != 0 {
		t.Errorf("a seek played tones %v", r.tones.played)
	}
	squeeze := anim.StretchContent(anim.ShoulderBladeSqueeze, anim.English)
	if want := []string{"Next: Shoulder Blade Squeeze. Get into position. " + squeeze.Summary}; !slices.Equal(r.speaker.said, want) {
		t.Errorf("a seek spoke %q; want %q", r.speaker.said, want)
	}

	// Off means off.
	r.p.SetSound(false)
	r.p.SetVoice(false)
	r.p.Update()
	r.tones.played, r.speaker.said = nil, nil
	r.run(20*time.Second, 100*time.Millisecond)
	if len(r.tones.played) != 0 || len(r.speaker.said) != 0 {
		t.Errorf("with sound and voice off: tones %v, spoken %q; want nothing", r.tones.played, r.speaker.said)
	}
}

func TestViewFollowsSettings(t *testing.T) {
	r := newRig(t, Options{})
	last := func() View { return r.page.views[len(r.page.views)-1] }
	if v := last(); v.Screen != StartScreen || v.Playing || v.Sound || v.Voice {
		t.Errorf("first view = %+v; want the start screen, paused, sound and voice off", v)
	}
	r.p.SetSound(true)
	r.p.SetVoice(true)
	r.p.Start()
	r.p.Update()
	if v := last(); v.Screen != RoutineScreen || !v.Playing || !v.Sound || !v.Voice {
		t.Errorf("after sound, voice and Start: view %+v; want the routine playing with sound and voice", v)
	}
	n := len(r.page.views)
	r.send(pause)
	r.p.Update()
	r.p.Update()
	if got := len(r.page.views) - n; got != 1 {
		t.Errorf("pausing then two idle updates showed the page %d times; want once", got)
	}
}

func TestIdleAndWake(t *testing.T) {
	r := &rig{t: t, clock: &ManualClock{}, host: &recorder{}}
	r.p = NewPlayer(Options{Config: anim.DefaultConfig(), Clock: r.clock, Host: r.host})
	r.p.Update()
	if r.p.Idle() {
		t.Errorf("idle before ready")
	}
	r.p.FrameDrawn()
	r.p.Update()
	if !r.p.Idle() {
		t.Errorf("not idle on the start screen after ready")
	}
	r.p.Send(play)
	if r.p.Idle() {
		t.Errorf("idle with a command waiting")
	}
	r.p.Update()
	if r.p.Idle() {
		t.Errorf("idle while playing")
	}
	r.send(pause)
	if r.p.Idle() {
		t.Errorf("idle within wakeGrace of the last input")
	}
	r.step(wakeGrace)
	if !r.p.Idle() {
		t.Errorf("not idle a wakeGrace after pausing")
	}
	done := make(chan struct{})
	go func() { r.p.Sleep(); close(done) }()
	r.p.Wake()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("Wake did not end Sleep")
	}
}

// TestSync: the embedding page began the routine (and announced play and
// the first stretch) before the player was ready; the player picks up
// where the page has got to, announcing only what came after the start,
// and cues only where it lands.
func TestSync(t *testing.T) {
	cfg := anim.DefaultConfig()
	cfg.Sound = true
	for _, tc := range []struct {
		name       string
		at         time.Duration
		wantEvents []string
		wantTones  []anim.Phase
		wantScreen Screen
	}{
		{"within the first setup", 3 * time.Second, nil, nil, RoutineScreen},
		{"into the first breath", 13 * time.Second, []string{"breathphase inhale 0/6 cat-cow"}, []anim.Phase{anim.Inhale}, RoutineScreen},
		{"two phases in", 17 * time.Second, []string{"breathphase inhale 0/6 cat-cow", "breathphase exhale 0/6 cat-cow"}, []anim.Phase{anim.Exhale}, RoutineScreen},
		{"past the first stretch", 75 * time.Second, nil, nil, RoutineScreen},
		{"past the end", time.Hour, nil, nil, EndScreen},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, Options{Config: cfg, Begun: true})
			if got := r.p.Screen(); got != RoutineScreen {
				t.Errorf("screen before sync = %v; want the routine", got)
			}
			r.send(anim.Command{Kind: anim.Sync, Time: tc.at})
			want := tc.wantEvents
			if tc.at == 75*time.Second {
				want = r.expectedUpTo(t, 75*time.Second)
			}
			if tc.at == time.Hour {
				want = r.expectedUpTo(t, routineEnd)
			}
			if got := r.host.take(); !sameEvents(got, want) {
				t.Errorf("events = %v; want %v", got, want)
			}
			if !slices.Equal(r.tones.played, tc.wantTones) {
				t.Errorf("tones = %v; want %v", r.tones.played, tc.wantTones)
			}
			if got := r.p.Screen(); got != tc.wantScreen {
				t.Errorf("screen = %v; want %v", got, tc.wantScreen)
			}
			if got := r.p.State().T; got != min(tc.at, routineEnd) {
				t.Errorf("time = %v; want %v", got, min(tc.at, routineEnd))
			}
			if tc.at < routineEnd {
				r.send(play)
				r.host.take()
				r.run(time.Second, 100*time.Millisecond)
				if got := r.p.State().T; got != tc.at+time.Second {
					t.Errorf("a second after play: time = %v; want %v", got, tc.at+time.Second)
				}
			}
		})
	}
}

// expectedUpTo returns the events of the default routine in (0, t], as a
// player that played there from the start would have sent them after the
// first stretchchange.
func (r *rig) expectedUpTo(t *testing.T, end time.Duration) []string {
	t.Helper()
	o := newRig(t, Options{Autoplay: true})
	o.run(end, 500*time.Millisecond)
	return without(without(o.host.take(), "timeupdate"), "play")
}

func TestHapticsAndWakeLock(t *testing.T) {
	cfg := anim.DefaultConfig()
	cfg.Haptics = true
	r := newRig(t, Options{Config: cfg, Autoplay: true})
	r.run(21900*time.Millisecond, 100*time.Millisecond)
	if want := []anim.Phase{anim.Inhale, anim.Exhale}; !slices.Equal(r.buzz.phases, want) {
		t.Errorf("vibrations = %v; want %v", r.buzz.phases, want)
	}
	r.p.SetHaptics(false)
	r.p.Update()
	r.buzz.phases = nil
	r.run(10*time.Second, 100*time.Millisecond)
	if len(r.buzz.phases) != 0 {
		t.Errorf("vibrations with haptics off = %v; want none", r.buzz.phases)
	}

	// The wake lock is held while playing and let go on pause, at the end
	// and when hidden.
	r.send(pause)
	r.send(play)
	r.send(anim.Command{Kind: anim.Visibility, Visible: false})
	r.send(play)
	r.send(seek(routineEnd))
	if want := []bool{true, false, true, false, true, false}; !slices.Equal(r.lock.asked, want) {
		t.Errorf("wake lock asked %v; want %v", r.lock.asked, want)
	}
}

func TestAutoPauseShowsResume(t *testing.T) {
	r := newRig(t, Options{Autoplay: true})
	r.run(5*time.Second, 100*time.Millisecond)
	last := func() View { return r.page.views[len(r.page.views)-1] }
	r.send(pause)
	if last().AutoPaused {
		t.Errorf("a pause by the visitor shows the automatic pause's Resume")
	}
	r.send(play)
	r.send(anim.Command{Kind: anim.Visibility, Visible: false})
	if v := last(); !v.AutoPaused || v.Playing {
		t.Errorf("after the page was hidden: view %+v; want paused automatically", v)
	}
	r.send(anim.Command{Kind: anim.Visibility, Visible: true})
	if v := last(); !v.AutoPaused || v.Playing {
		t.Errorf("visible again: view %+v; want still paused, with Resume, until the visitor plays", v)
	}
	r.send(play)
	if v := last(); v.AutoPaused || !v.Playing {
		t.Errorf("after Resume: view %+v; want playing", v)
	}
}

// TestRestore: after the page reloaded under the player (a lost WebGL
// context), it picks up its session where it was, sends restored and not
// ready, and announces nothing again.
func TestRestore(t *testing.T) {
	for _, tc := range []struct {
		name    string
		r       Restore
		wantT   time.Duration
		playing bool
		screen  Screen
	}{
		{"playing mid-stretch", Restore{T: 100 * time.Second, Playing: true, Rate: 2}, 102 * time.Second, true, RoutineScreen},
		{"paused", Restore{T: 100 * time.Second, Rate: 1}, 100 * time.Second, false, RoutineScreen},
		{"ended", Restore{T: routineEnd, Playing: true, Rate: 1}, routineEnd, false, EndScreen},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &rig{t: t, clock: &ManualClock{}, host: &recorder{}}
			r.p = NewPlayer(Options{Config: anim.DefaultConfig(), Clock: r.clock, Host: r.host, Restore: &tc.r})
			r.p.Update()
			r.p.FrameDrawn()
			r.p.Update()
			if got := r.host.take(); !sameEvents(got, []string{"restored"}) {
				t.Errorf("events on picking up = %v; want [restored]", got)
			}
			r.run(time.Second, 100*time.Millisecond)
			if got := r.p.State().T; got != tc.wantT {
				t.Errorf("a second later: time = %v; want %v", got, tc.wantT)
			}
			if r.p.Playing() != tc.playing || r.p.Screen() != tc.screen {
				t.Errorf("playing %v on %v; want %v on %v", r.p.Playing(), r.p.Screen(), tc.playing, tc.screen)
			}
			if got := without(r.host.take(), "timeupdate"); len(got) != 0 {
				t.Errorf("events in the second after = %v; want none", got)
			}
		})
	}
}
