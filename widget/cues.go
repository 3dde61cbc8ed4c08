package widget

import "github.com/immerse-massage/stretch/anim"

// Speaker speaks cues aloud (the browser's speech synthesis).
type Speaker interface {
	// Speak says text in lang, cutting off whatever it was saying.
	Speak(text string, lang anim.Lang)
	// Stop stops speaking.
	Stop()
}

// Tones sounds the soft breath tones.
type Tones interface {
	// Play starts the tone of phase p (the inhale and the exhale have one;
	// the holds are silent).
	Play(p anim.Phase)
}

// Vibrator gives haptic cues.
type Vibrator interface {
	// Vibrate gives the short vibration of phase p.
	Vibrate(p anim.Phase)
}

// WakeLock keeps the screen from dimming and locking.
type WakeLock interface {
	// Hold asks for the screen to stay awake (true) or lets it sleep
	// (false). It is called only when the wish changes.
	Hold(on bool)
}

// cueStretch announces a new stretch to screen readers and, with voice on,
// names it as the next stretch to get into position for.
func (p *Player) cueStretch(st anim.State) {
	text := anim.StretchContent(st.ID, p.cfg.Lang)
	p.announce(p.words.StretchOf(st.Index+1, st.Count) + ": " + text.Title + ". " + p.words.GetIntoPosition + ".")
	if p.voice {
		p.speaker.Speak(p.words.NextStretchIs(text.Title)+". "+p.words.GetIntoPosition+". "+text.Summary, p.cfg.Lang)
	}
}

// cuePhase plays the breath tone, vibrates, and speaks the phase's cue:
// the full cue on a stretch's first breath, then the phase word, with the
// breaths still to come on each inhale.
func (p *Player) cuePhase(st anim.State) {
	if p.sound && p.tones != nil {
		p.tones.Play(st.Phase)
	}
	if p.haptics && p.vibrator != nil {
		p.vibrator.Vibrate(st.Phase)
	}
	if p.voice && (st.Phase == anim.Inhale || st.Phase == anim.Exhale) {
		say := p.words.PhaseWord(st.Phase)
		if st.Breath == 0 {
			say = anim.StretchContent(st.ID, p.cfg.Lang).Cue(st.Phase)
		}
		if st.Phase == anim.Inhale && st.Breath > 0 {
			say += ", " + p.words.BreathsLeft(st.Breaths-st.Breath-1)
		}
		p.speaker.Speak(say, p.cfg.Lang)
	}
}

// announce says msg to screen readers through the page's live region.
func (p *Player) announce(msg string) {
	if p.page != nil {
		p.page.Announce(msg)
	}
}
