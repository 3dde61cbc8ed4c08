//go:build js

package widget

import (
	"math"
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// messageSource marks every message of ours, in both directions, so that
// neither side mistakes another script's messages for ours.
const messageSource = "stretch-routine"

// PageLink connects the player to the page around it. Events are posted to
// the parent window with an exact target origin (the embedding page's
// origin, or the player's own when it runs on its own); commands are
// accepted only from the parent window and only after validation.
type PageLink struct {
	parent       js.Value
	targetOrigin string
	listener     js.Func
}

// NewPageLink returns a link to the page that embeds the player. hostOrigin
// is the validated origin the embed passed in; when the player is not in a
// frame, its own origin is used. When it is framed but hostOrigin is empty,
// no event leaves the player, since there is no safe origin to send to.
func NewPageLink(hostOrigin string) *PageLink {
	win := js.Global()
	parent := win.Get("parent")
	l := &PageLink{parent: parent}
	if parent.Equal(win) {
		l.targetOrigin = win.Get("location").Get("origin").String()
	} else {
		l.targetOrigin = hostOrigin
	}
	if l.targetOrigin == "" || l.targetOrigin == "null" {
		js.Global().Get("console").Call("warn", "stretch-routine: no valid origin to post events to; events are not sent")
		l.targetOrigin = ""
	}
	return l
}

// Emit posts e to the parent window.
func (l *PageLink) Emit(e Event) {
	if l.targetOrigin == "" {
		return
	}
	l.parent.Call("postMessage", map[string]any{
		"source": messageSource,
		"kind":   "event",
		"type":   e.Type,
		"detail": e.Detail,
	}, l.targetOrigin)
}

// Listen starts passing valid commands from the parent window to send.
// Invalid commands are dropped with a console warning.
func (l *PageLink) Listen(send func(anim.Command)) {
	l.listener = js.FuncOf(func(this js.Value, args []js.Value) any {
		ev := args[0]
		if !ev.Get("source").Equal(l.parent) {
			return nil
		}
		data := ev.Get("data")
		if data.Type() != js.TypeObject || data.IsNull() {
			return nil
		}
		if s := data.Get("source"); s.Type() != js.TypeString || s.String() != messageSource {
			return nil
		}
		if k := data.Get("kind"); k.Type() != js.TypeString || k.String() != "command" {
			return nil
		}
		name := data.Get("cmd")
		if name.Type() != js.TypeString {
			return nil
		}
		c, err := anim.ParseCommand(name.String(), numberOf(data.Get("value")))
		if err != nil {
			js.Global().Get("console").Call("warn", "stretch-routine: ignoring command: "+err.Error())
			return nil
		}
		send(c)
		return nil
	})
	js.Global().Call("addEventListener", "message", l.listener)
}

// numberOf reads a JS number or boolean as a float64 (true is 1); anything
// else is NaN.
func numberOf(v js.Value) float64 {
	switch v.Type() {
	case js.TypeNumber:
		return v.Float()
	case js.TypeBoolean:
		if v.Bool() {
			return 1
		}
		return 0
	}
	return math.NaN()
}
