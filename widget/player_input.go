package widget

import (
	"time"

	"github.com/immerse-massage/stretch/anim"
)

// input is one queued request: a routine command or a widget setting.
type input struct {
	cmd     anim.Command
	setting setting
	on      bool
}

// setting names a widget-level request (noSetting means the input is a
// routine command).
type setting int

const (
	noSetting setting = iota
	soundSetting
	voiceSetting
	hapticsSetting
	startSetting
)

// Send queues a routine command, applied at the start of the next Update.
// It is safe to call from any goroutine.
func (p *Player) Send(c anim.Command) { p.queue(input{cmd: c}) }

// SetSound turns the breath tones on or off (from the next Update).
func (p *Player) SetSound(on bool) { p.queue(input{setting: soundSetting, on: on}) }

// SetVoice turns the spoken cues on or off (from the next Update).
func (p *Player) SetVoice(on bool) { p.queue(input{setting: voiceSetting, on: on}) }

// SetHaptics turns the vibration on each phase on or off (from the next
// Update).
func (p *Player) SetHaptics(on bool) { p.queue(input{setting: hapticsSetting, on: on}) }

// Start leaves the start screen and plays, as the Start button does.
func (p *Player) Start() { p.queue(input{setting: startSetting}) }

func (p *Player) queue(in input) {
	p.mu.Lock()
	p.pending = append(p.pending, in)
	p.mu.Unlock()
	p.Wake()
}

// applyInput applies every queued input in the order it came.
func (p *Player) applyInput() {
	p.mu.Lock()
	ins := p.pending
	p.pending = nil
	p.mu.Unlock()
	for _, in := range ins {
		switch in.setting {
		case soundSetting:
			p.sound = in.on
		case voiceSetting:
			p.voice = in.on && p.speaker != nil
			if !p.voice && p.speaker != nil {
				p.speaker.Stop()
			}
		case hapticsSetting:
			p.haptics = in.on && p.vibrator != nil
		case startSetting:
			p.play()
		default:
			p.apply(in.cmd)
		}
	}
}

// apply carries out one routine command.
func (p *Player) apply(c anim.Command) {
	switch c.Kind {
	case anim.Play:
		p.play()
	case anim.Pause:
		p.pause()
	case anim.Seek:
		p.moveTo(c.Time, true)
	case anim.Rate:
		p.rate = c.Rate
		p.anchor()
	case anim.Restart:
		p.moveTo(0, true)
	case anim.Next:
		p.moveTo(p.timeline.NextStart(p.state.T), true)
	case anim.Previous:
		p.moveTo(p.timeline.PreviousStart(p.state.T), true)
	case anim.Visibility:
		if !c.Visible && p.playing {
			p.pause()
			p.autoPaused = true
		}
	case anim.Sync:
		p.sync(c.Time)
	case anim.Fullscreen:
		p.fullscreen = c.On
	}
}

// sync picks up the routine at time t after the embedding page began it
// and announced play and the first stretch: the events after the start up
// to t are emitted, the cues only for where t lands.
func (p *Player) sync(t time.Duration) {
	if !p.fresh {
		p.moveTo(t, true)
		return
	}
	p.fresh = false
	p.screen = RoutineScreen
	p.state = p.timeline.At(0)
	evs := p.timeline.Events(p.state, p.timeline.At(t))
	p.state = p.timeline.At(t)
	p.anchor()
	for i, e := range evs {
		p.emitTimelineEvent(e, i == len(evs)-1)
	}
	if p.state.Ended {
		p.screen = EndScreen
	}
}

// play starts or resumes the routine, from the start when it had ended.
func (p *Player) play() {
	if p.playing {
		return
	}
	if p.state.Ended {
		p.moveTo(0, true)
	}
	p.screen = RoutineScreen
	p.playing = true
	p.autoPaused = false
	p.anchor()
	p.lastTimeUpdate = p.clock.Now()
	p.emit("play", nil)
	if p.fresh {
		p.moveTo(p.state.T, false)
	}
}

// pause pauses the routine where it is and reports that time in a
// timeupdate just before pause.
func (p *Player) pause() {
	if !p.playing {
		return
	}
	p.playing = false
	// Like a media element, say where it stopped: the last timeupdate can
	// be a frame and a quarter second behind.
	p.lastTimeUpdate = p.clock.Now()
	p.emit("timeupdate", map[string]any{"currentTime": p.state.T.Seconds()})
	p.emit("pause", nil)
}

// moveTo moves the routine to time t and emits the events in between: every
// one when time flows, only where it lands when the visitor jumps.
func (p *Player) moveTo(t time.Duration, jump bool) {
	cur := p.timeline.At(t)
	prev := p.state
	if p.fresh {
		// The zero State is "before the start": the first stretch is news.
		prev, p.fresh = anim.State{}, false
	}
	var evs []anim.Event
	if jump {
		evs = p.timeline.SeekEvents(prev, cur)
	} else {
		evs = p.timeline.Events(prev, cur)
	}
	p.state = cur
	if jump {
		p.anchor()
	}
	for _, e := range evs {
		p.emitTimelineEvent(e, !jump)
	}
	if cur.Ended {
		p.playing = false
		p.screen = EndScreen
	} else if p.screen == EndScreen {
		p.screen = RoutineScreen
	}
}

// anchor restarts the count of played wall time from the current routine
// time, as after a seek or a change of rate.
func (p *Player) anchor() {
	p.anchorT, p.playedWall = p.state.T, 0
}

// emitTimelineEvent turns one timeline event into the host event and the
// visitor's cues; phase cues only sound while time flows.
func (p *Player) emitTimelineEvent(e anim.Event, flowing bool) {
	st := e.State
	switch e.Kind {
	case anim.StretchChanged:
		text := anim.StretchContent(st.ID, p.cfg.Lang)
		p.emit("stretchchange", map[string]any{"index": st.Index, "id": string(st.ID), "title": text.Title})
		p.cueStretch(st)
	case anim.PhaseChanged:
		p.emit("breathphase", map[string]any{"phase": st.Phase.String(), "index": st.Breath, "of": st.Breaths, "stretchId": string(st.ID)})
		if flowing {
			p.cuePhase(st)
		}
	case anim.Ended:
		p.emit("ended", nil)
		p.announce(p.words.Done)
	}
}
