//go:build js

package widget

import (
	"math"
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// PageLink connects the player to the page around it. Events are posted to
// the parent window with an exact target origin (the embedding page's
// origin, or the player's own when it runs on its own); commands are
// accepted only from the parent window and only after validation.
type PageLink struct {
	parent       js.Value
	targetOrigin string
	listener     js.Func
	warned       map[string]bool
}

// NewPageLink returns a link to the page that embeds the player. hostOrigin
// is the validated origin the embed passed in, or anim.OpaqueOrigin; when the
// player is not in a frame, its own origin is used. When it is framed but
// hostOrigin is empty, no event leaves the player, since there is no safe
// origin to send to.
func NewPageLink(hostOrigin string) *PageLink {
	win := js.Global()
	parent := win.Get("parent")
	l := &PageLink{parent: parent, warned: map[string]bool{}}
	switch {
	case parent.Equal(win):
		l.targetOrigin = win.Get("location").Get("origin").String()
	case hostOrigin == anim.OpaqueOrigin:
		// The embedding page has no origin that can be named (a file://
		// page, a sandboxed frame): events go to the parent window,
		// whatever its origin.
		l.targetOrigin = "*"
	default:
		l.targetOrigin = hostOrigin
	}
	if l.targetOrigin == "" || l.targetOrigin == "null" {
		l.warnOnce("origin", "no valid origin to post events to; events are not sent")
		l.targetOrigin = ""
	}
	return l
}

// Emit posts e to the parent window: as an event of the contract, or as
// status when it is none of anim.EmbedEvents (such as restored).
func (l *PageLink) Emit(e Event) {
	kind := "event"
	if !anim.IsEmbedEvent(e.Type) {
		kind = "status"
	}
	l.post(kind, e.Type, e.Detail)
}

// Status posts a message that is not one of the contract's events (the
// player's own state for the element, such as full screen) to the parent.
func (l *PageLink) Status(typ string, detail map[string]any) { l.post("status", typ, detail) }

func (l *PageLink) post(kind, typ string, detail map[string]any) {
	if l.targetOrigin == "" {
		return
	}
	if detail == nil {
		detail = map[string]any{}
	}
	l.parent.Call("postMessage", map[string]any{
		"source": messageSource,
		"kind":   kind,
		"type":   typ,
		"detail": detail,
	}, l.targetOrigin)
}

// Listen starts passing valid commands from the parent window to send.
// Anything else posted to the player is ignored; a command that is not
// valid is reported once per kind of fault in the console, so that a
// flood of bad commands costs nothing but the reading.
func (l *PageLink) Listen(send func(anim.Command)) {
	l.listener = js.FuncOf(func(this js.Value, args []js.Value) any {
		// A page can post any value that structured cloning allows; a
		// BigInt, for one, makes syscall/js panic. Nothing posted may
		// stop the player.
		defer func() {
			if r := recover(); r != nil {
				l.warnOnce("unreadable", "ignoring a message the player cannot read")
			}
		}()
		ev := args[0]
		if !ev.Get("source").Equal(l.parent) {
			return nil
		}
		c, fault, err := readCommand(ev.Get("data"))
		if fault == "" {
			send(c)
		} else if err != nil {
			l.warnOnce(fault, "ignoring command: "+err.Error())
		}
		return nil
	})
	js.Global().Call("addEventListener", "message", l.listener)
}

// readCommand reads a command message posted to the player (see
// commandOf for the fault and error).
func readCommand(data js.Value) (anim.Command, string, error) {
	return commandOf(readMessage(data))
}

// readMessage reads what commandOf needs of a posted value.
func readMessage(data js.Value) message {
	var m message
	if data.Type() != js.TypeObject || data.IsNull() {
		return m
	}
	m.object = true
	str := func(name string) (string, bool) {
		v := data.Get(name)
		if v.Type() != js.TypeString {
			return "", false
		}
		return v.String(), true
	}
	m.source, m.hasSource = str("source")
	m.kind, m.hasKind = str("kind")
	m.cmd, m.hasCmd = str("cmd")
	m.value = numberOf(data.Get("value"))
	return m
}

// warnOnce logs msg in the console, once for each kind.
func (l *PageLink) warnOnce(kind, msg string) {
	if l.warned[kind] || len(l.warned) > 32 {
		return
	}
	l.warned[kind] = true
	js.Global().Get("console").Call("warn", "stretch-routine: "+msg)
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
