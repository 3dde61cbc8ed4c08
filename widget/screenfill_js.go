//go:build js

package widget

import (
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// ScreenFill makes the widget fill the screen: with the Fullscreen API
// where the browser allows it in the player's frame, otherwise (iPhone
// Safari has element full screen only for video) by asking the embedding
// element to pin the player's frame over the page, which it confirms with
// a fullscreen command.
type ScreenFill struct {
	g      *Game
	link   *PageLink
	native bool
	framed bool
}

// NewScreenFill prepares full screen for g, reporting changes to the
// embedding page through link.
func NewScreenFill(link *PageLink) *ScreenFill {
	win := js.Global()
	doc := win.Get("document")
	s := &ScreenFill{link: link}
	s.native = doc.Get("fullscreenEnabled").Truthy() && doc.Get("documentElement").Get("requestFullscreen").Type() == js.TypeFunction
	s.framed = !win.Get("parent").Equal(win) && link.targetOrigin != ""
	return s
}

// Available reports whether the widget can fill the screen at all.
func (s *ScreenFill) Available() bool { return s.native || s.framed }

// Bind starts following the browser's full-screen state for g.
func (s *ScreenFill) Bind(g *Game) {
	s.g = g
	doc := js.Global().Get("document")
	doc.Call("addEventListener", "fullscreenchange", js.FuncOf(func(this js.Value, args []js.Value) any {
		on := !doc.Get("fullscreenElement").IsNull()
		g.Send(anim.Command{Kind: anim.Fullscreen, On: on})
		s.link.Status("fullscreen", map[string]any{"on": on, "native": true})
		return nil
	}))
}

// Fill enters (on) or leaves full screen.
func (s *ScreenFill) Fill(on bool) {
	doc := js.Global().Get("document")
	if s.native {
		if on {
			p := doc.Get("documentElement").Call("requestFullscreen")
			// Refused (no user gesture, a frame without allow="fullscreen"):
			// pin instead where a page can pin.
			p.Call("catch", js.FuncOf(func(this js.Value, args []js.Value) any {
				s.pin(true)
				return nil
			}))
			return
		}
		if !doc.Get("fullscreenElement").IsNull() {
			doc.Call("exitFullscreen").Call("catch", js.FuncOf(func(this js.Value, args []js.Value) any { return nil }))
			return
		}
	}
	s.pin(on)
}

// pin asks the embedding element to pin (or unpin) the player's frame
// over the page.
func (s *ScreenFill) pin(on bool) {
	if s.framed {
		s.link.Status("fullscreen", map[string]any{"on": on, "native": false})
	}
}
