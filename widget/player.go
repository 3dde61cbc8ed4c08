package widget

import (
	"sync"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// timeUpdateEvery is the least wall time between two timeupdate events.
const timeUpdateEvery = 250 * time.Millisecond

// wakeGrace is how long the player stays awake after a wake. A resize
// reaches the player (its window event) before Ebiten hears of it (its
// resize observer); sleeping again at once would leave the resized, cleared
// canvas undrawn.
const wakeGrace = time.Second

// Player is the routine player without the drawing: the screens, the
// routine clock, the commands from the visitor and the host page, the
// events to the host page and the cues (screen reader, voice, tones).
// Nothing here imports Ebiten or the DOM, so it is tested natively with a
// ManualClock and a recording Host. Send, SetSound, SetVoice, Start and
// Wake may be called from any goroutine; everything else belongs to the
// goroutine that calls Update.
type Player struct {
	cfg      anim.Config
	timeline *anim.Timeline
	words    anim.Words
	clock    Clock
	host     Host
	page     Page
	speaker  Speaker
	tones    Tones
	vibrator Vibrator
	wakeLock WakeLock
	autoplay bool
	restore  *Restore

	mu      sync.Mutex
	pending []input
	// awakeUntil is the clock time before which the loop must not sleep.
	awakeUntil time.Duration
	wake       chan struct{}

	lastWall time.Duration
	// Routine time while playing is anchorT plus playedWall times rate:
	// playedWall is the wall time counted (see countedWall) since the
	// anchor was set by play, a seek or a rate change. Computing it from
	// the anchor rather than adding up each frame's share keeps it exact.
	anchorT        time.Duration
	playedWall     time.Duration
	rate           float64
	playing        bool
	screen         Screen
	state          anim.State
	fresh          bool // nothing announced yet: the routine has not begun
	autoPaused     bool
	sound          bool
	voice          bool
	haptics        bool
	fullscreen     bool
	lastTimeUpdate time.Duration
	awake          bool // the wake lock is held

	drawn     bool // the first frame is on screen
	readySent bool
	changed   bool // the picture differs from the last frame drawn
	view      View
	viewShown bool
	// layoutMoved is set when the page's layout may have moved the boxes
	// the canvas draws into.
	layoutMoved bool
}

// NewPlayer returns a Player for opts at the start of the routine: on the
// start screen, or about to play when opts.Autoplay is set.
func NewPlayer(opts Options) *Player {
	p := &Player{
		cfg:      opts.Config,
		timeline: opts.Config.Timeline(),
		words:    anim.WordsFor(opts.Config.Lang),
		clock:    opts.Clock,
		host:     opts.Host,
		page:     opts.Page,
		speaker:  opts.Speaker,
		tones:    opts.Tones,
		vibrator: opts.Vibrator,
		wakeLock: opts.WakeLock,
		autoplay: opts.Autoplay,
		restore:  opts.Restore,
		rate:     1,
		sound:    opts.Config.Sound,
		voice:    opts.Config.Voice && opts.Speaker != nil,
		haptics:  opts.Config.Haptics && opts.Vibrator != nil,
		changed:  true,
		fresh:    true,
		wake:     make(chan struct{}, 1),
	}
	if p.clock == nil {
		p.clock = wallClock{start: time.Now()}
	}
	if p.host == nil {
		p.host = HostFunc(func(Event) {})
	}
	if opts.Autoplay || opts.Begun {
		p.screen = RoutineScreen
	}
	p.lastWall = p.clock.Now()
	p.state = p.timeline.At(0)
	if r := opts.Restore; r != nil {
		p.fresh = false
		p.state = p.timeline.At(r.T)
		p.screen = RoutineScreen
		if p.state.Ended {
			p.screen = EndScreen
		}
		if r.Rate >= anim.MinRate && r.Rate <= anim.MaxRate {
			p.rate = r.Rate
		}
	}
	return p
}

// Session returns what Options.Restore needs to pick this session up
// again.
func (p *Player) Session() Restore {
	return Restore{T: p.state.T, Playing: p.playing, Rate: p.rate}
}

// State returns the routine state as of the last Update.
func (p *Player) State() anim.State { return p.state }

// Playing reports whether the routine is playing.
func (p *Player) Playing() bool { return p.playing }

// Screen reports which screen is showing.
func (p *Player) Screen() Screen { return p.screen }

// View returns what the page shows as of the last Update.
func (p *Player) View() View { return p.view }

// Rate returns the playback rate.
func (p *Player) Rate() float64 { return p.rate }

// Timeline returns the routine's timeline.
func (p *Player) Timeline() *anim.Timeline { return p.timeline }

// Update applies the queued input, advances routine time by the wall time since the last Update
// (see countedWall) times the playback rate, emits the events between the
// previous and the new state and brings the page up to date.
func (p *Player) Update() {
	now := p.clock.Now()
	wall := countedWall(now - p.lastWall)
	p.lastWall = now

	p.applyInput()
	if p.playing && wall > 0 {
		p.playedWall += wall
		p.moveTo(p.anchorT+time.Duration(float64(p.playedWall)*p.rate), false)
		if now-p.lastTimeUpdate >= timeUpdateEvery {
			p.lastTimeUpdate = now
			p.emit("timeupdate", map[string]any{"currentTime": p.state.T.Seconds()})
		}
	}
	p.showPage()
}

// FrameDrawn tells the player that the current picture is on screen; the
// first time, it sends ready (or restored) at once.
func (p *Player) FrameDrawn() {
	p.drawn = true
	p.changed = false
	if p.readySent {
		return
	}
	p.readySent = true
	switch {
	case p.restore != nil:
		// The page already knows this session: it is picked up, not ready
		// again.
		p.emit("restored", map[string]any{"currentTime": p.state.T.Seconds()})
		p.playing = p.restore.Playing && !p.state.Ended
		p.anchor()
	default:
		mark("ready")
		p.emit("ready", map[string]any{"duration": p.timeline.Duration().Seconds()})
		if p.autoplay {
			p.play()
		}
	}
}

// Changed reports whether the picture must be drawn again: the routine
// moved, or the page changed since the last FrameDrawn.
func (p *Player) Changed() bool { return p.changed }

// TakeLayoutMoved reports whether the page's layout may have moved since
// the last call (a new screen or stretch), so the canvas asks the page for
// its boxes again.
func (p *Player) TakeLayoutMoved() bool {
	moved := p.layoutMoved
	p.layoutMoved = false
	return moved
}

// Idle reports whether nothing can change until the visitor or the host
// page does something: the routine is not playing, ready has been sent, no
// input is waiting and no wake happened in the last wakeGrace. The picture
// may still need drawing (see Changed).
func (p *Player) Idle() bool {
	p.mu.Lock()
	waiting := len(p.pending) > 0 || p.clock.Now() < p.awakeUntil
	p.mu.Unlock()
	return !waiting && !p.playing && p.readySent
}

// Sleep blocks until Wake is called (or returns at once if it was called
// since the last Sleep).
func (p *Player) Sleep() { <-p.wake }

// Wake ends an idle wait (see Idle and Sleep): the page changed size, or
// input arrived. It never blocks and is safe from any goroutine.
func (p *Player) Wake() {
	p.mu.Lock()
	p.awakeUntil = p.clock.Now() + wakeGrace
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// showPage hands the page the current view when it changed, and holds the
// wake lock while the routine plays.
func (p *Player) showPage() {
	if p.playing != p.awake && p.wakeLock != nil {
		p.wakeLock.Hold(p.playing)
	}
	p.awake = p.playing
	v := View{
		Screen: p.screen, State: p.state, Playing: p.playing, AutoPaused: p.autoPaused,
		Sound: p.sound, Voice: p.voice, Haptics: p.haptics, Fullscreen: p.fullscreen,
	}
	if p.viewShown && v == p.view {
		return
	}
	// Any change of the page's words can move the boxes the canvas draws
	// into; reading them again costs little beside drawing.
	p.layoutMoved = true
	p.view, p.viewShown = v, true
	if p.page != nil {
		p.page.Show(v)
	}
	p.changed = true
}

// emit sends one event to the host page.
func (p *Player) emit(typ string, detail map[string]any) {
	if detail == nil {
		detail = map[string]any{}
	}
	p.host.Emit(Event{Type: typ, Detail: detail})
}
