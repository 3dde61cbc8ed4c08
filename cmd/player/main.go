//go:build js

// Command player is the WebAssembly player: it reads its settings from the
// page's query string (the embed passes the element's attributes there),
// warns in the console about each bad one, and runs the routine with its
// DOM overlay, controls and link to the embedding page.
package main

import (
	"net/url"
	"strings"
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/widget"
)

func main() {
	win := js.Global()
	query, _ := url.ParseQuery(strings.TrimPrefix(win.Get("location").Get("search").String(), "?"))
	cfg, problems := anim.ParseConfig(query)
	console := win.Get("console")
	for _, p := range problems {
		console.Call("warn", p.String())
	}
	reduced := cfg.Motion == anim.MotionReduced
	if cfg.Motion == anim.MotionSystem {
		reduced = win.Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
	}
	// The embed passes autoplay=1: the visitor pressed its Start button.
	autoplay := query.Get("autoplay") == "1"

	link := widget.NewPageLink(cfg.Origin)
	speaker := widget.NewBrowserSpeaker()
	page := widget.NewDOMPage(cfg, cfg.Timeline(), reduced, speaker != nil)
	opts := widget.Options{Config: cfg, Host: link, Page: page, Autoplay: autoplay, ReducedMotion: reduced}
	if speaker != nil {
		opts.Speaker = speaker
	}
	game := widget.NewGame(opts)
	link.Listen(game.Send)
	widget.BindControls(game, page, link)
	if err := widget.Run(game); err != nil {
		console.Call("error", "stretch-routine: "+err.Error())
		link.Emit(widget.Event{Type: "error", Detail: map[string]any{"code": "player-failed", "message": err.Error()}})
	}
}
