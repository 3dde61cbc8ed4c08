//go:build js

package widget

import (
	"fmt"
	"strconv"
	"syscall/js"

	"github.com/immerse-massage/stretch/anim"
)

// DOMPage is the player's overlay in player.html: it writes the words,
// progress and control states into the page's elements, and tells the
// canvas where the figure and the pacer go. It only ever sets text and
// attributes, never HTML.
type DOMPage struct {
	doc      js.Value
	words    anim.Words
	cfg      anim.Config
	timeline *anim.Timeline
	el       pageElements

	progressFills []js.Value

	last    View
	shown   bool
	stretch anim.StretchText  // the current stretch's words
	text    map[string]string // last text written to each element, by key
}

// pageElements are the elements of player.html the player writes to or
// listens on, bound once by id (see bindElements).
type pageElements struct {
	app, loading, player, startScreen, endScreen js.Value
	stretchCount, stretchTitle, progress         js.Value
	stage, pacer, pacerCount                     js.Value
	caption, cue, breathCount                    js.Value
	notes, safety, steps, easier, avoid          js.Value
	stepsHeading, easierHeading, avoidHeading    js.Value
	keysHelp, controls                           js.Value
	prevButton, playButton, nextButton           js.Value
	restartButton, soundButton, voiceButton      js.Value
	startTitle, startSummary, startSafety        js.Value
	startButton                                  js.Value
	endTitle, endSummary, endInvitation          js.Value
	bookLink, againButton                        js.Value
	announcer                                    js.Value
}

// bindElements looks up every element of pageElements by its id in
// player.html. A missing id is a broken page, so it panics with the id.
func bindElements(doc js.Value) pageElements {
	var e pageElements
	for _, b := range [...]struct {
		id  string
		dst *js.Value
	}{
		{"app", &e.app}, {"loading", &e.loading}, {"player", &e.player},
		{"start-screen", &e.startScreen}, {"end-screen", &e.endScreen}, {"stretch-count", &e.stretchCount},
		{"stretch-title", &e.stretchTitle}, {"progress", &e.progress}, {"stage-figure", &e.stage},
		{"stage-pacer", &e.pacer}, {"pacer-count", &e.pacerCount}, {"caption", &e.caption},
		{"cue", &e.cue}, {"breath-count", &e.breathCount}, {"notes", &e.notes},
		{"safety", &e.safety}, {"steps", &e.steps}, {"easier", &e.easier},
		{"avoid", &e.avoid}, {"steps-heading", &e.stepsHeading}, {"easier-heading", &e.easierHeading},
		{"avoid-heading", &e.avoidHeading}, {"keys-help", &e.keysHelp}, {"controls", &e.controls},
		{"btn-prev", &e.prevButton}, {"btn-play", &e.playButton}, {"btn-next", &e.nextButton},
		{"btn-restart", &e.restartButton}, {"btn-sound", &e.soundButton}, {"btn-voice", &e.voiceButton},
		{"start-title", &e.startTitle}, {"start-summary", &e.startSummary}, {"start-safety", &e.startSafety},
		{"btn-start", &e.startButton}, {"end-title", &e.endTitle}, {"end-summary", &e.endSummary},
		{"end-invitation", &e.endInvitation}, {"btn-book", &e.bookLink}, {"btn-again", &e.againButton},
		{"announcer", &e.announcer},
	} {
		*b.dst = doc.Call("getElementById", b.id)
		if b.dst.IsNull() {
			panic("player.html has no #" + b.id)
		}
	}
	return e
}

// NewDOMPage binds the overlay in the current document and fills in every
// fixed word for cfg's language, the clinic's call to action and the
// accent colours.
func NewDOMPage(cfg anim.Config, tl *anim.Timeline, reducedMotion bool, voiceAvailable bool) *DOMPage {
	doc := js.Global().Get("document")
	p := &DOMPage{doc: doc, words: anim.WordsFor(cfg.Lang), cfg: cfg, timeline: tl, el: bindElements(doc), text: map[string]string{}}
	e := &p.el

	w := p.words
	root := doc.Get("documentElement")
	root.Set("lang", string(cfg.Lang))
	doc.Set("title", w.Title)
	ink := anim.AccentInk(cfg.Accent, anim.PageBackground)
	style := root.Get("style")
	style.Call("setProperty", "--accent", cfg.Accent.Hex())
	style.Call("setProperty", "--accent-strong", ink.Hex())
	style.Call("setProperty", "--on-accent", anim.OnColor(ink).Hex())

	e.player.Call("setAttribute", "aria-label", w.PlayerLabel)
	e.app.Call("setAttribute", "aria-label", w.Title)
	if reducedMotion {
		e.player.Get("classList").Call("add", "reduced-motion")
	}
	e.controls.Call("setAttribute", "aria-label", w.PlayerLabel)
	label(e.prevButton, w.PreviousStretch)
	label(e.nextButton, w.NextStretch)
	label(e.restartButton, w.Restart)
	e.stepsHeading.Set("textContent", w.Steps)
	e.easierHeading.Set("textContent", w.EasierOption+":")
	e.avoidHeading.Set("textContent", w.Avoid+":")
	e.keysHelp.Set("textContent", w.KeyboardHelp)
	e.notes.Call("setAttribute", "aria-label", w.Steps)
	e.progress.Call("setAttribute", "aria-label", w.Progress)
	if !voiceAvailable {
		e.voiceButton.Set("hidden", true)
	}

	summary := w.Summary(tl.Count(), tl.Duration())
	e.startTitle.Set("textContent", w.Title)
	e.startSummary.Set("textContent", summary)
	e.startSafety.Set("textContent", w.SafetyNote)
	e.startButton.Set("textContent", w.Start)
	e.endTitle.Set("textContent", w.Done)
	e.endSummary.Set("textContent", w.EndSummary(tl.Count(), tl.TotalBreaths(), tl.Duration()))
	e.endInvitation.Set("textContent", w.Invitation(cfg.Clinic))
	e.againButton.Set("textContent", w.StartAgain)
	if cfg.BookingURL != "" {
		book := e.bookLink
		book.Call("setAttribute", "href", cfg.BookingURL)
		book.Set("textContent", w.BookMassage(cfg.Clinic))
		book.Set("hidden", false)
	}

	for range tl.Count() {
		seg := doc.Call("createElement", "div")
		seg.Set("className", "progress-segment")
		fill := doc.Call("createElement", "div")
		fill.Set("className", "progress-fill")
		seg.Call("appendChild", fill)
		e.progress.Call("appendChild", seg)
		p.progressFills = append(p.progressFills, fill)
	}

	// The canvas is decoration: the words are in the DOM. Ebiten gives it
	// tabindex=1, which would put it first in the tab order.
	if canvas := doc.Call("querySelector", "canvas"); !canvas.IsNull() {
		canvas.Call("setAttribute", "aria-hidden", "true")
		canvas.Call("removeAttribute", "tabindex")
	}
	return p
}

// label sets a control's accessible name and tooltip.
func label(el js.Value, text string) {
	el.Call("setAttribute", "aria-label", text)
	el.Call("setAttribute", "title", text)
}

// setText writes text into el (known by key) when it differs from what is
// there, so a frame that changes nothing touches no DOM.
func (p *DOMPage) setText(key string, el js.Value, text string) {
	if old, ok := p.text[key]; ok && old == text {
		return
	}
	p.text[key] = text
	el.Set("textContent", text)
}

// Show brings the overlay up to date with v.
func (p *DOMPage) Show(v View) {
	first := !p.shown
	if first {
		p.shown = true
		p.el.loading.Set("hidden", true)
		p.el.player.Set("hidden", false)
	}
	if first || v.Screen != p.last.Screen {
		p.showScreen(v.Screen, first)
	}
	st := v.State
	if first || st.Index != p.last.State.Index {
		p.showStretch(st)
	}
	if first || v.Playing != p.last.Playing {
		p.el.player.Call("setAttribute", "data-playing", strconv.FormatBool(v.Playing))
		if v.Playing {
			label(p.el.playButton, p.words.Pause)
		} else {
			label(p.el.playButton, p.words.Play)
		}
	}
	if first || v.Sound != p.last.Sound {
		p.el.soundButton.Call("setAttribute", "aria-pressed", strconv.FormatBool(v.Sound))
		label(p.el.soundButton, pick(v.Sound, p.words.SoundOff, p.words.SoundOn))
	}
	if first || v.Voice != p.last.Voice {
		p.el.voiceButton.Call("setAttribute", "aria-pressed", strconv.FormatBool(v.Voice))
		label(p.el.voiceButton, pick(v.Voice, p.words.VoiceOff, p.words.VoiceOn))
	}
	p.showMoment(st)
	p.last = v
}

// pick returns a when cond holds, else b.
func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// showScreen shows one of the three screens; the routine behind a start or
// end screen is inert so that keyboard focus stays on the screen.
func (p *DOMPage) showScreen(s Screen, first bool) {
	p.el.startScreen.Set("hidden", s != StartScreen)
	p.el.endScreen.Set("hidden", s != EndScreen)
	p.el.player.Set("inert", s != RoutineScreen)
	switch {
	case s == EndScreen:
		p.el.endTitle.Call("focus")
	case s == RoutineScreen && !first:
		// The Start or Start again button just disappeared under focus.
		active := p.doc.Get("activeElement")
		if active.IsNull() || active.Equal(p.doc.Get("body")) || !p.el.player.Call("contains", active).Bool() {
			p.el.playButton.Call("focus")
		}
	case s == StartScreen && first:
		p.el.startButton.Call("focus")
	}
}

// showStretch writes what stays the same through one stretch.
func (p *DOMPage) showStretch(st anim.State) {
	text := anim.StretchContent(st.ID, p.cfg.Lang)
	p.stretch = text
	p.setText("count", p.el.stretchCount, p.words.StretchOf(st.Index+1, st.Count))
	p.setText("title", p.el.stretchTitle, text.Title)
	p.el.stage.Call("setAttribute", "aria-label", text.Title+": "+text.Summary)
	p.setText("easier", p.el.easier, text.Easier)
	p.setText("avoid", p.el.avoid, text.Avoid)
	p.el.safety.Set("hidden", st.Index != 0)
	p.setText("safety", p.el.safety, p.words.SafetyNote)
	p.el.steps.Set("textContent", "")
	for _, s := range text.Steps {
		li := p.doc.Call("createElement", "li")
		li.Set("textContent", s)
		p.el.steps.Call("appendChild", li)
	}
}

// showMoment writes what changes within a stretch: the caption, the cue,
// the breath counter and the progress bar.
func (p *DOMPage) showMoment(st anim.State) {
	text := p.stretch
	p.setText("caption", p.el.caption, p.words.Caption(st))
	secs := ""
	if !st.Ended {
		secs = strconv.Itoa(int((st.PhaseLeft + 999_999_999) / 1_000_000_000))
	}
	p.setText("pacer", p.el.pacerCount, secs)
	if st.Segment == anim.Setup {
		p.setText("cue", p.el.cue, text.Summary)
		p.setText("breaths", p.el.breathCount, p.words.Breaths(st.Breaths))
	} else {
		p.setText("cue", p.el.cue, text.Cue(st.Phase))
		p.setText("breaths", p.el.breathCount, p.words.BreathOf(st.Breath+1, st.Breaths))
	}
	for i, fill := range p.progressFills {
		start, end := p.timeline.StretchStart(i), p.timeline.StretchStart(i+1)
		f := 0.0
		if end > start {
			f = clamp01(float64(st.T-start) / float64(end-start))
		}
		w := fmt.Sprintf("%.1f%%", 100*f)
		if key := "progress" + strconv.Itoa(i); p.text[key] != w {
			p.text[key] = w
			fill.Get("style").Set("width", w)
		}
	}
	pct := strconv.Itoa(int(st.Progress*100 + 0.5))
	if p.text["pct"] != pct {
		p.text["pct"] = pct
		p.el.progress.Call("setAttribute", "aria-valuenow", pct)
		p.el.progress.Call("setAttribute", "aria-valuetext", p.words.StretchOf(st.Index+1, st.Count)+", "+pct+"%")
	}
}

// Boxes returns the figure's stage and the pacer, in CSS pixels.
func (p *DOMPage) Boxes() Boxes {
	return Boxes{Figure: boxOf(p.el.stage), Pacer: boxOf(p.el.pacer)}
}

func boxOf(el js.Value) Box {
	r := el.Call("getBoundingClientRect")
	return Box{r.Get("x").Float(), r.Get("y").Float(), r.Get("width").Float(), r.Get("height").Float()}
}

// Announce puts msg in the polite live region.
func (p *DOMPage) Announce(msg string) {
	p.el.announcer.Set("textContent", msg)
}
