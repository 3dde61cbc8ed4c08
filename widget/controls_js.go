//go:build js

package widget

import (
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// Controls are the player's inputs besides the host page's commands: its
// buttons, the keyboard shortcuts (Space or K play/pause, arrows
// previous/next, M tones, F full screen, Escape to leave full screen or
// close the steps) and the page's visibility.
type Controls struct {
	g      *Game
	page   *DOMPage
	host   *PageLink
	screen *ScreenFill
	choice *Choices
}

// BindControls connects the overlay's controls to g. Booking clicks are
// reported to host; full screen goes through screen; the visitor's choices
// of tones, voice and vibration are remembered in choice.
func BindControls(g *Game, page *DOMPage, host *PageLink, screen *ScreenFill, choice *Choices) *Controls {
	c := &Controls{g: g, page: page, host: host, screen: screen, choice: choice}
	e := &page.el
	on := func(el js.Value, fn func()) {
		el.Call("addEventListener", "click", js.FuncOf(func(this js.Value, args []js.Value) any {
			fn()
			return nil
		}))
	}
	on(e.playButton, c.togglePlay)
	on(e.prevButton, func() { g.Send(anim.Command{Kind: anim.Previous}) })
	on(e.nextButton, func() { g.Send(anim.Command{Kind: anim.Next}) })
	on(e.restartButton, func() { g.Send(anim.Command{Kind: anim.Restart}) })
	on(e.soundButton, c.toggleSound)
	on(e.choiceSound, c.toggleSound)
	on(e.voiceButton, c.toggleVoice)
	on(e.choiceVoice, c.toggleVoice)
	on(e.hapticsButton, c.toggleHaptics)
	on(e.choiceHaptics, c.toggleHaptics)
	on(e.fullscreenButton, func() { screen.Fill(!page.last.Fullscreen) })
	on(e.stepsButton, func() { page.ShowNotes(!page.NotesShown()) })
	on(e.optionsButton, func() { page.ShowOptions(!page.OptionsShown()) })
	on(e.notesClose, func() { page.ShowNotes(false) })
	on(e.startButton, g.Start)
	on(e.resumeButton, func() { g.Send(anim.Command{Kind: anim.Play}) })
	on(e.againButton, func() {
		g.Send(anim.Command{Kind: anim.Restart})
		g.Send(anim.Command{Kind: anim.Play})
	})
	e.bookLink.Call("addEventListener", "click", js.FuncOf(func(this js.Value, args []js.Value) any {
		host.Emit(Event{Type: "bookingclick", Detail: map[string]any{
			"url": page.BookingLink(), "completed": page.last.State.Ended,
		}})
		return nil
	}))

	doc := js.Global().Get("document")
	doc.Call("addEventListener", "keydown", js.FuncOf(func(this js.Value, args []js.Value) any {
		if c.key(args[0]) {
			args[0].Call("preventDefault")
		}
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
	return c
}

// key handles one keydown and reports whether it was a shortcut.
func (c *Controls) key(ev js.Value) bool {
	if ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() || ev.Get("altKey").Bool() || ev.Get("defaultPrevented").Bool() {
		return false
	}
	v := c.page.last
	key := ev.Get("key").String()
	if key == "Escape" {
		switch {
		case c.page.OptionsShown():
			c.page.ShowOptions(false)
			c.page.el.optionsButton.Call("focus")
		case c.page.NotesShown():
			c.page.ShowNotes(false)
		case v.Fullscreen:
			c.screen.Fill(false)
		default:
			return false
		}
		return true
	}
	if v.Screen != RoutineScreen || v.AutoPaused {
		return false
	}
	target := ev.Get("target")
	onControl := false
	if target.Type() == js.TypeObject && !target.IsNull() {
		tag := target.Get("tagName")
		onControl = tag.Type() == js.TypeString && (tag.String() == "BUTTON" || tag.String() == "A")
	}
	switch key {
	case " ", "Spacebar":
		if onControl {
			return false // the focused control's own activation
		}
		c.togglePlay()
	case "k", "K":
		c.togglePlay()
	case "ArrowLeft":
		c.g.Send(anim.Command{Kind: anim.Previous})
	case "ArrowRight":
		c.g.Send(anim.Command{Kind: anim.Next})
	case "m", "M":
		c.toggleSound()
	case "f", "F":
		if c.page.abilities.Fullscreen {
			c.screen.Fill(!v.Fullscreen)
		}
	default:
		return false
	}
	return true
}

func (c *Controls) togglePlay() {
	if c.page.last.Playing {
		c.g.Send(anim.Command{Kind: anim.Pause})
	} else {
		c.g.Send(anim.Command{Kind: anim.Play})
	}
}

func (c *Controls) toggleSound() {
	on := !c.page.last.Sound
	c.g.SetSound(on)
	c.choice.Remember(c.page.last.Voice, on, c.page.last.Haptics)
}

func (c *Controls) toggleVoice() {
	on := !c.page.last.Voice
	c.g.SetVoice(on)
	c.choice.Remember(on, c.page.last.Sound, c.page.last.Haptics)
}

func (c *Controls) toggleHaptics() {
	on := !c.page.last.Haptics
	c.g.SetHaptics(on)
	c.choice.Remember(c.page.last.Voice, c.page.last.Sound, on)
}
