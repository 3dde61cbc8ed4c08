//go:build js

package widget

import (
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// BindControls connects the overlay's buttons, the keyboard shortcuts
// (Space or K play/pause, arrows previous/next, M sound) and the page's
// visibility to g. Booking clicks are reported to host.
func BindControls(g *Game, page *DOMPage, host Host) {
	doc := js.Global().Get("document")
	e := &page.el
	on := func(el js.Value, event string, fn func(ev js.Value)) {
		el.Call("addEventListener", event, js.FuncOf(func(this js.Value, args []js.Value) any {
			fn(args[0])
			return nil
		}))
	}
	toggle := func() {
		if page.last.Playing {
			g.Send(anim.Command{Kind: anim.Pause})
		} else {
			g.Send(anim.Command{Kind: anim.Play})
		}
	}
	on(e.playButton, "click", func(js.Value) { toggle() })
	on(e.prevButton, "click", func(js.Value) { g.Send(anim.Command{Kind: anim.Previous}) })
	on(e.nextButton, "click", func(js.Value) { g.Send(anim.Command{Kind: anim.Next}) })
	on(e.restartButton, "click", func(js.Value) { g.Send(anim.Command{Kind: anim.Restart}) })
	on(e.soundButton, "click", func(js.Value) { g.SetSound(!page.last.Sound) })
	on(e.voiceButton, "click", func(js.Value) { g.SetVoice(!page.last.Voice) })
	on(e.startButton, "click", func(js.Value) { g.Start() })
	on(e.againButton, "click", func(js.Value) {
		g.Send(anim.Command{Kind: anim.Restart})
		g.Send(anim.Command{Kind: anim.Play})
	})
	on(e.bookLink, "click", func(js.Value) {
		host.Emit(Event{Type: "bookingclick", Detail: map[string]any{"url": page.cfg.BookingURL}})
	})

	doc.Call("addEventListener", "keydown", js.FuncOf(func(this js.Value, args []js.Value) any {
		ev := args[0]
		if ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() || ev.Get("altKey").Bool() || ev.Get("defaultPrevented").Bool() {
			return nil
		}
		if page.last.Screen != RoutineScreen {
			return nil
		}
		key := ev.Get("key").String()
		target := ev.Get("target")
		onControl := false
		if target.Type() == js.TypeObject && !target.IsNull() {
			tag := target.Get("tagName")
			onControl = tag.Type() == js.TypeString && (tag.String() == "BUTTON" || tag.String() == "A")
		}
		switch key {
		case " ", "Spacebar":
			if onControl {
				return nil // the focused control's own activation
			}
			toggle()
		case "k", "K":
			toggle()
		case "ArrowLeft":
			g.Send(anim.Command{Kind: anim.Previous})
		case "ArrowRight":
			g.Send(anim.Command{Kind: anim.Next})
		case "m", "M":
			g.SetSound(!page.last.Sound)
		default:
			return nil
		}
		ev.Call("preventDefault")
		return nil
	}))

	// A paused player sleeps between frames; a new size must wake it.
	js.Global().Call("addEventListener", "resize", js.FuncOf(func(this js.Value, args []js.Value) any {
		g.Wake()
		return nil
	}))

	doc.Call("addEventListener", "visibilitychange", js.FuncOf(func(this js.Value, args []js.Value) any {
		if doc.Get("hidden").Bool() {
			g.Send(anim.Command{Kind: anim.Visibility, Visible: false})
		}
		return nil
	}))
}
