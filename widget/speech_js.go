//go:build js

package widget

import (
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// BrowserSpeaker speaks cues with the browser's speech synthesis.
type BrowserSpeaker struct {
	synth js.Value
}

// NewBrowserSpeaker returns a speaker, or nil when the browser has no speech
// synthesis.
func NewBrowserSpeaker() *BrowserSpeaker {
	synth := js.Global().Get("speechSynthesis")
	if synth.IsUndefined() || synth.IsNull() || js.Global().Get("SpeechSynthesisUtterance").IsUndefined() {
		return nil
	}
	return &BrowserSpeaker{synth: synth}
}

// speechLangs maps our languages to the BCP 47 tags voices are chosen by.
var speechLangs = map[anim.Lang]string{anim.English: "en-US", anim.Spanish: "es-ES"}

// Speak says text in lang, calmly, cutting off the previous cue.
func (s *BrowserSpeaker) Speak(text string, lang anim.Lang) {
	s.synth.Call("cancel")
	u := js.Global().Get("SpeechSynthesisUtterance").New(text)
	u.Set("lang", speechLangs[lang])
	u.Set("rate", 0.92)
	u.Set("pitch", 1)
	s.synth.Call("speak", u)
}

// Stop stops speaking.
func (s *BrowserSpeaker) Stop() { s.synth.Call("cancel") }
