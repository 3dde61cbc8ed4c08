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

// cueStretch announces a new stretch to screen readers and, with voice on,
// speaks its title.
func (p *Player) cueStretch(st anim.State) {
	text := anim.StretchContent(st.ID, p.cfg.Lang)
	p.announce(p.words.StretchOf(st.Index+1, st.Count) + ": " + text.Title + ". " + p.words.GetIntoPosition + ".")
	if p.voice {
		p.speaker.Speak(text.Title+". "+p.words.GetIntoPosition+".", p.cfg.Lang)
	}
}

// cuePhase plays the breath tone and speaks the phase's cue: the full cue
// on a stretch's first breath, the phase word after that.
func (p *Player) cuePhase(st anim.State) {
	if p.sound && p.tones != nil {
		p.tones.Play(st.Phase)
	}
	if p.voice && (st.Phase == anim.Inhale || st.Phase == anim.Exhale) {
		say := p.words.PhaseWord(st.Phase)
		if st.Breath == 0 {
			say = anim.StretchContent(st.ID, p.cfg.Lang).Cue(st.Phase)
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
