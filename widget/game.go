package widget

import (
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// maxFrameStep bounds how much wall time one frame may count, so a stalled
// tab or a slow frame never skips a stretch.
const maxFrameStep = 100 * time.Millisecond

// timeUpdateEvery is the least wall time between two timeupdate events.
const timeUpdateEvery = 250 * time.Millisecond

// Options configures a Game.
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
	// Autoplay skips the start screen: the visitor already chose to start
	// (in the embed's facade), so the routine plays from the first frame.
	Autoplay bool
	// ReducedMotion keeps the camera still and shows the pacer as a bar.
	ReducedMotion bool
}

// Game plays the routine. Create it with NewGame; it implements ebiten.Game.
type Game struct {
	opts     Options
	timeline *anim.Timeline
	words    anim.Words
	clock    Clock
	host     Host

	mu      sync.Mutex
	pending []input

	lastWall   time.Duration
	rate       float64
	playing    bool
	screen     Screen
	state      anim.State
	fresh      bool // nothing announced yet: the routine has not begun
	sound      bool
	voice      bool
	lastUpdate time.Duration

	drawnOnce bool
	readySent bool
	dirty     bool
	view      View
	viewShown bool

	canvas canvas
	tones  *tones
	wake   chan struct{}
	// awakeUntil is the clock time before which the loop must not sleep.
	awakeUntil time.Duration
}

// wakeGrace is how long the loop stays awake after a wake. A resize reaches
// this Game (its window event) before Ebiten hears of it (its resize
// observer); sleeping again at once would leave the resized, cleared canvas
// undrawn.
const wakeGrace = time.Second

// input is one queued request: a routine command or a widget setting.
type input struct {
	cmd     anim.Command
	setting setting
	on      bool
}

// setting names a widget-level toggle (0 means the input is a command).
type setting int

const (
	noSetting setting = iota
	soundSetting
	voiceSetting
	startSetting
)

// NewGame returns a Game for opts, at the start of the routine: on the start
// screen, or about to play when opts.Autoplay is set.
func NewGame(opts Options) *Game {
	g := &Game{
		opts:     opts,
		timeline: opts.Config.Timeline(),
		words:    anim.WordsFor(opts.Config.Lang),
		clock:    opts.Clock,
		host:     opts.Host,
		rate:     1,
		sound:    opts.Config.Sound,
		voice:    opts.Config.Voice && opts.Speaker != nil,
		dirty:    true,
		wake:     make(chan struct{}, 1),
	}
	if g.clock == nil {
		g.clock = wallClock{start: time.Now()}
	}
	if g.host == nil {
		g.host = HostFunc(func(Event) {})
	}
	if opts.Autoplay {
		g.screen = RoutineScreen
	}
	// Build every move between the routine's stretches now, while the page
	// is still loading, rather than on the frame a stretch begins.
	figure.Prepare(opts.Config.Stretches)
	g.lastWall = g.clock.Now()
	g.state = g.timeline.At(0)
	g.fresh = true
	g.canvas.init(opts)
	return g
}

// Send queues a routine command, applied at the start of the next Update.
// It is safe to call from any goroutine.
func (g *Game) Send(c anim.Command) { g.queue(input{cmd: c}) }

// SetSound turns the breath tones on or off (from the next Update).
func (g *Game) SetSound(on bool) { g.queue(input{setting: soundSetting, on: on}) }

// SetVoice turns the spoken cues on or off (from the next Update).
func (g *Game) SetVoice(on bool) { g.queue(input{setting: voiceSetting, on: on}) }

// Start leaves the start screen and plays, as the Start button does.
func (g *Game) Start() { g.queue(input{setting: startSetting}) }

func (g *Game) queue(in input) {
	g.mu.Lock()
	g.pending = append(g.pending, in)
	g.mu.Unlock()
	g.Wake()
}

// Wake ends an idle wait (see Idle): the page changed size, or input
// arrived. It never blocks and is safe from any goroutine.
func (g *Game) Wake() {
	g.mu.Lock()
	g.awakeUntil = g.clock.Now() + wakeGrace
	g.mu.Unlock()
	select {
	case g.wake <- struct{}{}:
	default:
	}
}

// Idle reports whether nothing can change until the visitor or the host
// page does something: the routine is not playing, its last frame is on
// screen, no input is waiting and no wake happened in the last wakeGrace.
func (g *Game) Idle() bool {
	g.mu.Lock()
	waiting := len(g.pending) > 0 || g.clock.Now() < g.awakeUntil
	g.mu.Unlock()
	return !waiting && !g.playing && g.readySent && !g.dirty && !g.canvas.changed()
}

// State returns the routine state as of the last Update.
func (g *Game) State() anim.State { return g.state }

// Playing reports whether the routine is playing.
func (g *Game) Playing() bool { return g.playing }

// Screen reports which screen is showing.
func (g *Game) Screen() Screen { return g.screen }

// Update applies queued input, advances routine time by the wall time since
// the last Update times the playback rate, emits the events between the
// previous and the new state, and brings the page up to date.
func (g *Game) Update() error {
	now := g.clock.Now()
	wall := min(now-g.lastWall, maxFrameStep)
	g.lastWall = now

	g.applyInput()
	if g.drawnOnce && !g.readySent {
		g.readySent = true
		g.emit("ready", map[string]any{"duration": g.timeline.Duration().Seconds()})
		if g.opts.Autoplay {
			g.play()
		}
	}
	if g.playing && wall > 0 {
		g.moveTo(g.state.T+time.Duration(float64(wall)*g.rate), false)
		if now-g.lastUpdate >= timeUpdateEvery || !g.playing {
			g.lastUpdate = now
			g.emit("timeupdate", map[string]any{"currentTime": g.state.T.Seconds()})
		}
	}
	g.showPage()
	return nil
}

// moveTo moves the routine to time t and emits the events in between: every
// one when time flows, only where it lands when the visitor jumps.
func (g *Game) moveTo(t time.Duration, jump bool) {
	cur := g.timeline.At(t)
	prev := g.state
	if g.fresh {
		// The zero State is "before the start": the first stretch is news.
		prev, g.fresh = anim.State{}, false
	}
	var evs []anim.Event
	if jump {
		evs = g.timeline.SeekEvents(prev, cur)
	} else {
		evs = g.timeline.Events(prev, cur)
	}
	if cur.T != g.state.T {
		g.dirty = true
	}
	g.state = cur
	for _, e := range evs {
		g.emitTimelineEvent(e, !jump)
	}
	if cur.Ended {
		g.playing = false
		g.screen = EndScreen
	} else if g.screen == EndScreen {
		g.screen = RoutineScreen
	}
}

func (g *Game) applyInput() {
	g.mu.Lock()
	ins := g.pending
	g.pending = nil
	g.mu.Unlock()
	for _, in := range ins {
		switch in.setting {
		case soundSetting:
			g.sound = in.on
		case voiceSetting:
			g.voice = in.on && g.opts.Speaker != nil
			if !g.voice && g.opts.Speaker != nil {
				g.opts.Speaker.Stop()
			}
		case startSetting:
			g.play()
		default:
			g.apply(in.cmd)
		}
	}
}

func (g *Game) apply(c anim.Command) {
	switch c.Kind {
	case anim.Play:
		g.play()
	case anim.Pause:
		g.pause()
	case anim.Seek:
		g.moveTo(c.Time, true)
	case anim.Rate:
		g.rate = c.Rate
	case anim.Restart:
		g.moveTo(0, true)
	case anim.Next:
		g.moveTo(g.timeline.NextStart(g.state.T), true)
	case anim.Previous:
		g.moveTo(g.timeline.PreviousStart(g.state.T), true)
	case anim.Visibility:
		if !c.Visible {
			g.pause()
		}
	}
}

func (g *Game) play() {
	if g.playing {
		return
	}
	if g.state.Ended {
		g.moveTo(0, true)
	}
	g.screen = RoutineScreen
	g.playing = true
	g.lastUpdate = g.clock.Now()
	g.emit("play", nil)
	if g.fresh {
		g.moveTo(g.state.T, false)
	}
}

func (g *Game) pause() {
	if !g.playing {
		return
	}
	g.playing = false
	g.emit("pause", nil)
}

func (g *Game) emitTimelineEvent(e anim.Event, flowing bool) {
	st := e.State
	switch e.Kind {
	case anim.StretchChanged:
		text := anim.StretchContent(st.ID, g.opts.Config.Lang)
		g.emit("stretchchange", map[string]any{"index": st.Index, "id": string(st.ID), "title": text.Title})
		g.cueStretch(st)
	case anim.PhaseChanged:
		g.emit("breathphase", map[string]any{"phase": st.Phase.String(), "index": st.Breath, "of": st.Breaths, "stretchId": string(st.ID)})
		if flowing {
			g.cuePhase(st)
		}
	case anim.Ended:
		g.emit("ended", nil)
		g.announce(g.words.Done)
	}
}

// cueStretch announces a new stretch to screen readers and, with voice on,
// speaks its title.
func (g *Game) cueStretch(st anim.State) {
	text := anim.StretchContent(st.ID, g.opts.Config.Lang)
	g.announce(g.words.StretchOf(st.Index+1, st.Count) + ": " + text.Title + ". " + g.words.GetIntoPosition + ".")
	if g.voice {
		g.opts.Speaker.Speak(text.Title+". "+g.words.GetIntoPosition+".", g.opts.Config.Lang)
	}
}

// cuePhase plays the breath tone and speaks the phase's cue: the full cue
// on a stretch's first breath, the phase word after that.
func (g *Game) cuePhase(st anim.State) {
	if g.sound {
		if g.tones == nil {
			g.tones = newTones()
		}
		g.tones.play(st.Phase)
	}
	if g.voice && (st.Phase == anim.Inhale || st.Phase == anim.Exhale) {
		say := g.words.PhaseWord(st.Phase)
		if st.Breath == 0 {
			say = anim.StretchContent(st.ID, g.opts.Config.Lang).Cue(st.Phase)
		}
		g.opts.Speaker.Speak(say, g.opts.Config.Lang)
	}
}

func (g *Game) announce(msg string) {
	if g.opts.Page != nil {
		g.opts.Page.Announce(msg)
	}
}

func (g *Game) emit(typ string, detail map[string]any) {
	if detail == nil {
		detail = map[string]any{}
	}
	g.host.Emit(Event{Type: typ, Detail: detail})
}

// showPage hands the page the current view when it changed.
func (g *Game) showPage() {
	v := View{Screen: g.screen, State: g.state, Playing: g.playing, Sound: g.sound, Voice: g.voice}
	if g.viewShown && v == g.view {
		return
	}
	layoutMayMove := !g.viewShown || v.Screen != g.view.Screen || v.State.Index != g.view.State.Index || v.State.Segment != g.view.State.Segment
	g.view, g.viewShown = v, true
	if g.opts.Page != nil {
		g.opts.Page.Show(v)
		if layoutMayMove {
			g.canvas.invalidateBoxes()
		}
	}
	g.dirty = true
}

// Draw paints the figure and the pacer, but only when something changed
// since the last frame: paused, waiting or finished, it draws nothing.
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.dirty && !g.canvas.changed() {
		return
	}
	g.canvas.draw(screen, g.state)
	g.dirty = false
	g.drawnOnce = true
}

// Layout returns the screen size in device pixels, so the canvas is crisp on
// high-density screens.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	return g.canvas.layout(outsideWidth, outsideHeight, ebiten.Monitor().DeviceScaleFactor())
}
