package widget

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2/audio"
	"github.com/immerse-massage/stretch/anim"
)

// sampleRate is the audio sample rate of the breath tones.
const sampleRate = 48000

// tones plays the soft breath tones with Ebiten's audio: a gently rising
// tone at the start of the inhale and a falling one at the start of the
// exhale. They are synthesised on first use, so the wasm ships no audio
// files and a routine without sound spends nothing on them. It implements
// Tones.
type tones struct {
	ctx            *audio.Context
	inhale, exhale *audio.Player
}

// newTones prepares the tones. The audio context itself starts on first
// play; browsers let it make sound only after a user gesture, which the
// sound toggle is.
func newTones() *tones { return &tones{} }

// Play starts the tone for phase p, if it has one.
func (t *tones) Play(p anim.Phase) {
	var pl **audio.Player
	var f0, f1, secs float64
	switch p {
	case anim.Inhale:
		pl, f0, f1, secs = &t.inhale, 392, 523.25, 1.6 // G4 up to C5
	case anim.Exhale:
		pl, f0, f1, secs = &t.exhale, 523.25, 349.23, 2.0 // C5 down to F4
	default:
		return
	}
	if t.ctx == nil {
		if t.ctx = audio.CurrentContext(); t.ctx == nil {
			t.ctx = audio.NewContext(sampleRate)
		}
	}
	if *pl == nil {
		*pl = t.ctx.NewPlayerFromBytes(glide(f0, f1, secs))
		(*pl).SetVolume(0.35)
	}
	(*pl).Rewind()
	(*pl).Play()
}

// glide synthesises a soft tone sliding from f0 to f1 Hz over secs seconds:
// a sine with a touch of its octave, a slow attack and a long release, as
// 16-bit little-endian stereo PCM.
func glide(f0, f1, secs float64) []byte {
	n := int(secs * sampleRate)
	out := make([]byte, 4*n)
	phase := 0.0
	attack := 0.25 * sampleRate
	for i := range n {
		x := float64(i) / float64(n)
		f := f0 + (f1-f0)*(0.5-0.5*math.Cos(math.Pi*x))
		phase += 2 * math.Pi * f / sampleRate
		env := math.Min(1, float64(i)/attack) * math.Pow(1-x, 2)
		v := env * (0.85*math.Sin(phase) + 0.15*math.Sin(2*phase))
		s := int16(v * 0.6 * math.MaxInt16)
		for ch := range 2 {
			out[4*i+2*ch] = byte(s)
			out[4*i+2*ch+1] = byte(s >> 8)
		}
	}
	return out
}
