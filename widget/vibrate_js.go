//go:build js

package widget

import (
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// Vibration gives the haptic cues with navigator.vibrate: one short pulse
// as the inhale begins, two as the exhale begins, a faint tick on a hold.
type Vibration struct{ nav js.Value }

// NewVibration returns haptics, or nil where the browser cannot vibrate
// (iPhone Safari, desktops).
func NewVibration() *Vibration {
	nav := js.Global().Get("navigator")
	if nav.Get("vibrate").Type() != js.TypeFunction {
		return nil
	}
	return &Vibration{nav: nav}
}

// Vibrate gives phase p's pattern.
func (v *Vibration) Vibrate(p anim.Phase) {
	var pattern []any
	switch p {
	case anim.Inhale:
		pattern = []any{60}
	case anim.Exhale:
		pattern = []any{40, 80, 40}
	default:
		pattern = []any{15}
	}
	defer func() { recover() }()
	v.nav.Call("vibrate", pattern)
}
