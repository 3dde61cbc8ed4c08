//go:build js

package widget

import "syscall/js"

// choiceKey is where the player keeps the visitor's choice in its own
// origin's localStorage: nothing else is stored, and no cookie is set.
const choiceKey = "stretch-routine:choice"

// Choices remembers the visitor's choice of voice, tones and vibration in
// the player's storage. Storage that is missing or refused (private modes,
// blocked third-party storage) is simply not used.
type Choices struct{}

// Stored returns the choice remembered from an earlier visit, if any.
func (Choices) Stored() (c Choice, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	store, ok := storage("localStorage")
	if !ok {
		return Choice{}, false
	}
	v := store.Call("getItem", choiceKey)
	if v.Type() != js.TypeString {
		return Choice{}, false
	}
	return ParseChoice(v.String()), true
}

// Remember stores the visitor's choice for the next visit.
func (Choices) Remember(voice, sound, haptics bool) {
	defer func() { recover() }()
	if store, ok := storage("localStorage"); ok {
		store.Call("setItem", choiceKey, Choice{voice, sound, haptics}.String())
	}
}
