//go:build js

package widget

import (
	"math"
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// Breath tone shape: a sine with a touch of its octave whose pitch glides
// from f0 to f1 over the tone, under a slow attack and a long release.
const (
	toneAttack = 0.25       // seconds to full volume
	tonePeak   = 0.35 * 0.6 // peak gain
	toneSteps  = 128        // points in a tone's pitch and volume curves
	toneIdle   = 1500       // ms after the last tone before the audio sleeps
)

// webTones plays the soft breath tones with the browser's Web Audio API: a
// gently rising tone at the start of the inhale and a falling one at the
// start of the exhale. Each tone is an oscillator and a gain node made for
// it and disconnected when it ends; once no tone has sounded for a moment
// the audio context is suspended, so a paused widget spends nothing on
// audio. It implements Tones.
type webTones struct {
	class  js.Value // the AudioContext constructor
	ctx    js.Value // the AudioContext, made on the first tone
	wave   js.Value // the waveform: a sine and its octave
	sleep  js.Func  // suspends ctx if no tone is sounding
	curves [2]toneCurves
	voices [2]js.Value // the sounding oscillator of each tone, if any
	active int         // tones sounding
}

// toneCurves are a tone's pitch and volume over its length, as
// Float32Arrays for AudioParam.setValueCurveAtTime.
type toneCurves struct {
	freq, gain js.Value
	secs       float64
}

// newTones prepares the tones. The audio context itself is made on the
// first tone; browsers let it make sound only after a user gesture, such as
// the sound toggle or the Start button.
func newTones() Tones {
	class := js.Global().Get("AudioContext")
	if class.IsUndefined() {
		class = js.Global().Get("webkitAudioContext") // Safari before 14.1
	}
	if class.IsUndefined() {
		return nil
	}
	return &webTones{class: class}
}

// Play starts the tone for phase p, if it has one, cutting off the same
// tone if it is still sounding.
func (t *webTones) Play(p anim.Phase) {
	var i int
	var f0, f1, secs float64
	switch p {
	case anim.Inhale:
		i, f0, f1, secs = 0, 392, 523.25, 1.6 // G4 up to C5
	case anim.Exhale:
		i, f0, f1, secs = 1, 523.25, 349.23, 2.0 // C5 down to F4
	default:
		return
	}
	if t.ctx.IsUndefined() {
		t.start()
	}
	if t.ctx.Get("state").String() != "running" {
		t.ctx.Call("resume")
	}
	c := &t.curves[i]
	if c.freq.IsUndefined() {
		*c = glideCurves(f0, f1, secs)
	}
	if v := t.voices[i]; !v.IsUndefined() {
		v.Call("stop")
	}

	now := t.ctx.Get("currentTime").Float()
	osc := t.ctx.Call("createOscillator")
	osc.Call("setPeriodicWave", t.wave)
	osc.Get("frequency").Call("setValueCurveAtTime", c.freq, now, c.secs)
	gain := t.ctx.Call("createGain")
	gain.Get("gain").Call("setValueCurveAtTime", c.gain, now, c.secs)
	osc.Call("connect", gain).Call("connect", t.ctx.Get("destination"))
	var ended js.Func
	ended = js.FuncOf(func(js.Value, []js.Value) any {
		osc.Call("disconnect")
		gain.Call("disconnect")
		ended.Release()
		if t.voices[i].Equal(osc) {
			t.voices[i] = js.Undefined()
		}
		if t.active--; t.active == 0 {
			js.Global().Call("setTimeout", t.sleep, toneIdle)
		}
		return nil
	})
	osc.Set("onended", ended)
	osc.Call("start", now)
	osc.Call("stop", now+c.secs)
	t.voices[i] = osc
	t.active++
}

// start makes the audio context and the tones' waveform. Should the
// browser hold the context suspended for want of a user gesture, the next
// tap, click or key press resumes it.
func (t *webTones) start() {
	t.ctx = t.class.New()
	real, imag := floats(3), floats(3)
	imag.SetIndex(1, 0.85) // the sine
	imag.SetIndex(2, 0.15) // its octave
	t.wave = t.ctx.Call("createPeriodicWave", real, imag, map[string]any{"disableNormalization": true})
	t.sleep = js.FuncOf(func(js.Value, []js.Value) any {
		if t.active == 0 && t.ctx.Get("state").String() == "running" {
			t.ctx.Call("suspend")
		}
		return nil
	})
	if t.ctx.Get("state").String() == "running" {
		return
	}
	doc := js.Global().Get("document")
	events := []string{"touchend", "keyup", "mouseup"}
	var unlock js.Func
	unlock = js.FuncOf(func(js.Value, []js.Value) any {
		if t.active > 0 {
			t.ctx.Call("resume")
		}
		if t.active > 0 || t.ctx.Get("state").String() == "running" {
			for _, ev := range events {
				doc.Call("removeEventListener", ev, unlock)
			}
			unlock.Release()
		}
		return nil
	})
	for _, ev := range events {
		doc.Call("addEventListener", ev, unlock)
	}
}

// glideCurves returns the curves of a tone sliding from f0 to f1 Hz over
// secs seconds: the pitch eases in and out along a half cosine, the volume
// rises for toneAttack seconds and falls away quadratically to silence.
func glideCurves(f0, f1, secs float64) toneCurves {
	c := toneCurves{freq: floats(toneSteps), gain: floats(toneSteps), secs: secs}
	for i := range toneSteps {
		x := float64(i) / (toneSteps - 1)
		c.freq.SetIndex(i, f0+(f1-f0)*(0.5-0.5*math.Cos(math.Pi*x)))
		c.gain.SetIndex(i, tonePeak*math.Min(1, x*secs/toneAttack)*(1-x)*(1-x))
	}
	return c
}

// floats returns a new Float32Array of n zeros.
func floats(n int) js.Value { return js.Global().Get("Float32Array").New(n) }
