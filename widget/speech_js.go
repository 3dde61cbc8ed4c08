//go:build js

package widget

import (
	"strings"
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// BrowserSpeaker speaks cues with the browser's speech synthesis, in a
// voice of the routine's language.
type BrowserSpeaker struct {
	synth  js.Value
	voices map[anim.Lang]js.Value
}

// NewBrowserSpeaker returns a speaker, or nil when the browser has no speech
// synthesis.
func NewBrowserSpeaker() *BrowserSpeaker {
	synth := js.Global().Get("speechSynthesis")
	if synth.IsUndefined() || synth.IsNull() || js.Global().Get("SpeechSynthesisUtterance").IsUndefined() {
		return nil
	}
	s := &BrowserSpeaker{synth: synth}
	// Voices load after the page, and may change.
	synth.Call("addEventListener", "voiceschanged", js.FuncOf(func(this js.Value, args []js.Value) any {
		s.voices = nil
		return nil
	}))
	return s
}

// speechLang is the BCP 47 tag a voice of lang is asked for.
func speechLang(lang anim.Lang) string {
	if lang == anim.Spanish {
		return "es-ES"
	}
	return "en-US"
}

// voiceFor returns the best voice the browser has for lang: a local one
// whose language starts with lang's, the browser's default among those
// first; or undefined, which lets the browser choose by the utterance's
// lang.
func (s *BrowserSpeaker) voiceFor(lang anim.Lang) js.Value {
	if v, ok := s.voices[lang]; ok {
		return v
	}
	if s.voices == nil {
		s.voices = map[anim.Lang]js.Value{}
	}
	best, bestScore := js.Undefined(), 0
	list := s.synth.Call("getVoices")
	for i := range list.Length() {
		v := list.Index(i)
		tag := strings.ToLower(v.Get("lang").String())
		if !strings.HasPrefix(tag, string(lang)) {
			continue
		}
		score := 1
		if v.Get("localService").Truthy() {
			score += 2
		}
		if v.Get("default").Truthy() {
			score++
		}
		if strings.EqualFold(tag, speechLang(lang)) {
			score++
		}
		if score > bestScore {
			best, bestScore = v, score
		}
	}
	if list.Length() > 0 {
		s.voices[lang] = best
	}
	return best
}

// Speak says text in lang, calmly, cutting off the previous cue so that
// cues never queue up behind each other.
func (s *BrowserSpeaker) Speak(text string, lang anim.Lang) {
	s.synth.Call("cancel")
	u := js.Global().Get("SpeechSynthesisUtterance").New(text)
	u.Set("lang", speechLang(lang))
	if v := s.voiceFor(lang); !v.IsUndefined() {
		u.Set("voice", v)
	}
	u.Set("rate", 0.92)
	u.Set("pitch", 1)
	s.synth.Call("speak", u)
}

// Stop stops speaking.
func (s *BrowserSpeaker) Stop() { s.synth.Call("cancel") }
