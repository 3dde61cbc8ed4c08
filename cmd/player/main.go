//go:build js

// Command player is the WebAssembly player: it reads its settings from the
// page's query string (the embed passes the element's attributes there),
// warns in the console about each bad one, and runs the routine with its
// DOM overlay, controls and link to the embedding page.
package main

import (
	"strings"
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/widget"
)

func main() {
	widget.Mark("go-main")
	win := js.Global()
	console := win.Get("console")
	var choices widget.Choices
	var stored *widget.Choice
	if c, ok := choices.Stored(); ok {
		stored = &c
	}
	setup := widget.ReadSetup(strings.TrimPrefix(win.Get("location").Get("search").String(), "?"), bookingHosts(win), stored)
	for _, w := range setup.Warnings {
		console.Call("warn", w)
	}
	cfg := setup.Config
	if setup.Chose {
		choices.Remember(cfg.Voice, cfg.Sound, cfg.Haptics)
	}
	reduced := cfg.Motion == anim.MotionReduced
	if cfg.Motion == anim.MotionSystem {
		reduced = win.Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
	}

	link := widget.NewPageLink(cfg.Origin)
	speaker := widget.NewBrowserSpeaker()
	vibration := widget.NewVibration()
	wakeLock := widget.NewScreenWakeLock()
	screen := widget.NewScreenFill(link)
	session := widget.NewSession(setup.Session)
	page := widget.NewDOMPage(cfg, cfg.Timeline(), reduced, widget.Abilities{
		Voice: speaker != nil, Vibrate: vibration != nil, Fullscreen: screen.Available(),
	})
	opts := widget.Options{
		Config: cfg, Host: link, Page: page, ReducedMotion: reduced,
		// The embed passes begun=1: the visitor pressed its Start, and it
		// keeps the routine's time until the player is ready. autoplay=1
		// starts at once.
		Begun:    setup.Begun,
		Autoplay: setup.Autoplay,
		Restore:  session.Take(),
	}
	// Interfaces get only real values: a nil pointer in an interface is not
	// a nil interface.
	if speaker != nil {
		opts.Speaker = speaker
	}
	if vibration != nil {
		opts.Vibrator = vibration
	}
	if wakeLock != nil {
		opts.WakeLock = wakeLock
	}
	game := widget.NewGame(opts)
	widget.Mark("game")
	if strings.Contains(win.Get("location").Get("search").String(), "bench=1") {
		widget.ExposeFrameCosts(game)
	}
	link.Listen(game.Send)
	screen.Bind(game)
	session.KeepOnContextLoss(game)
	widget.BindControls(game, page, link, screen, &choices)
	if err := widget.Run(game); err != nil {
		console.Call("error", "stretch-routine: "+err.Error())
		code := "player-failed"
		if strings.Contains(strings.ToLower(err.Error()), "webgl") {
			code = "unsupported" // no WebGL 2 context to draw with
		}
		link.Emit(widget.Event{Type: "error", Detail: map[string]any{"code": code, "message": err.Error()}})
	}
}

// bookingHosts returns the booking hosts the site was built to allow
// (player.html's stretch-booking-hosts), or nil when any is allowed.
func bookingHosts(win js.Value) []string {
	meta := win.Get("document").Call("querySelector", `meta[name="stretch-booking-hosts"]`)
	if meta.IsNull() {
		return nil
	}
	return strings.Fields(meta.Get("content").String())
}
