//go:build !js

package widget

// newTones returns no tones: outside the browser the game is silent.
func newTones() Tones { return nil }
