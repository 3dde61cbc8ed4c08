//go:build js

package widget

import (
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
	// Abilities says which optional controls the device supports.
	abilities Abilities

	progressFills []js.Value

	last    View
	shown   bool
	stretch anim.StretchText  // the current stretch's words
	text    map[string]string // last text written to each element, by key
}

// Abilities says what the browser can do beyond drawing: speak, vibrate,
// fill the screen (itself or through the embedding page).
type Abilities struct {
	Voice, Vibrate, Fullscreen bool
}

// pageElements are the elements of player.html the player writes to or
// listens on, bound once by id (see bindElements).
type pageElements struct {
	app, loading, player, startScreen, endScreen, resumeScreen js.Value
	stretchCount, stretchTitle, progress                       js.Value
	stage, pacer, pacerCount                                   js.Value
	captionWord, captionCount, cue, breathCount                js.Value
	stepsButton, stepsLabel                                    js.Value
	notes, notesTitle, notesClose                              js.Value
	safety, steps, easier, avoid                               js.Value
	stepsHeading, easierHeading, avoidHeading                  js.Value
	keysHelp, controls                                         js.Value
	prevButton, playButton, nextButton, restartButton          js.Value
	soundButton, voiceButton, hapticsButton, fullscreenButton  js.Value
	optionsButton, options                                     js.Value
	voiceLabel, soundLabel, hapticsLabel, restartLabel         js.Value
	startTitle, startSummary, startSafety, startButton         js.Value
	choicesLegend, choiceVoice, choiceSound, choiceHaptics     js.Value
	resumeButton, resumeLabel, resumeWhere                     js.Value
	endTitle, endSummary, endInvitation                        js.Value
	bookLink, bookHost, againButton                            js.Value
	announcer                                                  js.Value
}

// bindElements looks up every element of pageElements by its id in
// player.html. A missing id is a broken page, so it panics with the id.
func bindElements(doc js.Value) pageElements {
	var e pageElements
	for _, b := range [...]struct {
		id  string
		dst *js.Value
	}{
		{"app", &e.app},
		{"loading", &e.loading},
		{"player", &e.player},
		{"start-screen", &e.startScreen},
		{"end-screen", &e.endScreen},
		{"resume-screen", &e.resumeScreen},
		{"stretch-count", &e.stretchCount},
		{"stretch-title", &e.stretchTitle},
		{"progress", &e.progress},
		{"stage-figure", &e.stage},
		{"stage-pacer", &e.pacer},
		{"pacer-count", &e.pacerCount},
		{"caption-word", &e.captionWord},
		{"caption-count", &e.captionCount},
		{"cue", &e.cue},
		{"breath-count", &e.breathCount},
		{"btn-steps", &e.stepsButton},
		{"steps-label", &e.stepsLabel},
		{"notes", &e.notes},
		{"notes-title", &e.notesTitle},
		{"btn-notes-close", &e.notesClose},
		{"safety", &e.safety},
		{"steps", &e.steps},
		{"easier", &e.easier},
		{"avoid", &e.avoid},
		{"steps-heading", &e.stepsHeading},
		{"easier-heading", &e.easierHeading},
		{"avoid-heading", &e.avoidHeading},
		{"keys-help", &e.keysHelp},
		{"controls", &e.controls},
		{"btn-prev", &e.prevButton},
		{"btn-play", &e.playButton},
		{"btn-next", &e.nextButton},
		{"btn-restart", &e.restartButton},
		{"btn-sound", &e.soundButton},
		{"btn-voice", &e.voiceButton},
		{"btn-haptics", &e.hapticsButton},
		{"btn-fullscreen", &e.fullscreenButton},
		{"btn-options", &e.optionsButton},
		{"options", &e.options},
		{"voice-label", &e.voiceLabel},
		{"sound-label", &e.soundLabel},
		{"haptics-label", &e.hapticsLabel},
		{"restart-label", &e.restartLabel},
		{"start-title", &e.startTitle},
		{"start-summary", &e.startSummary},
		{"start-safety", &e.startSafety},
		{"btn-start", &e.startButton},
		{"choices-legend", &e.choicesLegend},
		{"choice-voice", &e.choiceVoice},
		{"choice-sound", &e.choiceSound},
		{"choice-haptics", &e.choiceHaptics},
		{"btn-resume", &e.resumeButton},
		{"resume-label", &e.resumeLabel},
		{"resume-where", &e.resumeWhere},
		{"end-title", &e.endTitle},
		{"end-summary", &e.endSummary},
		{"end-invitation", &e.endInvitation},
		{"btn-book", &e.bookLink},
		{"book-host", &e.bookHost},
		{"btn-again", &e.againButton},
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
// accent colours. Controls the browser cannot back (see Abilities) are
// hidden.
func NewDOMPage(cfg anim.Config, tl *anim.Timeline, reducedMotion bool, can Abilities) *DOMPage {
	doc := js.Global().Get("document")
	p := &DOMPage{doc: doc, words: anim.WordsFor(cfg.Lang), cfg: cfg, timeline: tl, el: bindElements(doc), abilities: can, text: map[string]string{}}
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
	label(e.optionsButton, w.More)
	label(e.notesClose, w.HideSteps)
	e.voiceLabel.Set("textContent", w.Voice)
	e.soundLabel.Set("textContent", w.Tones)
	e.hapticsLabel.Set("textContent", w.Vibration)
	e.restartLabel.Set("textContent", w.Restart)
	e.options.Call("setAttribute", "aria-label", w.More)
	e.stepsLabel.Set("textContent", w.Steps)
	e.notesTitle.Set("textContent", w.Steps)
	e.stepsHeading.Set("textContent", w.Steps)
	e.easierHeading.Set("textContent", w.EasierOption+":")
	e.avoidHeading.Set("textContent", w.Avoid+":")
	e.keysHelp.Set("textContent", w.KeyboardHelp)
	e.notes.Call("setAttribute", "aria-label", w.Steps)
	e.progress.Call("setAttribute", "aria-label", w.Progress)
	e.voiceButton.Set("hidden", !can.Voice)
	e.choiceVoice.Set("hidden", !can.Voice)
	e.hapticsButton.Set("hidden", !can.Vibrate)
	e.choiceHaptics.Set("hidden", !can.Vibrate)
	e.fullscreenButton.Set("hidden", !can.Fullscreen)

	e.startTitle.Set("textContent", w.Title)
	e.startSummary.Set("textContent", keepNumbersTogether(w.Summary(tl.Count(), tl.Duration())))
	e.startSafety.Set("textContent", w.SafetyNote)
	e.startButton.Set("textContent", w.Start)
	e.choicesLegend.Set("textContent", w.EyesClosed)
	e.choiceVoice.Set("textContent", w.Voice)
	e.choiceSound.Set("textContent", w.Tones)
	e.choiceHaptics.Set("textContent", w.Vibration)
	e.resumeLabel.Set("textContent", w.Resume)
	e.endTitle.Set("textContent", w.Done)
	e.endSummary.Set("textContent", w.EndSummary(tl.Count(), tl.TotalBreaths(), tl.Duration()))
	e.endInvitation.Set("textContent", w.Invitation(cfg.Clinic))
	e.againButton.Set("textContent", w.StartAgain)
	if cfg.BookingURL != "" {
		e.bookLink.Call("setAttribute", "href", anim.BookingLink(cfg.BookingURL, cfg.BookingUTM, anim.UTMCompleted))
		e.bookLink.Set("textContent", w.BookMassage(cfg.Clinic))
		e.bookLink.Set("hidden", false)
		// Anyone can link the player with any booking URL: the visitor
		// sees where the button goes.
		e.bookHost.Set("textContent", w.Opens(anim.BookingHost(cfg.BookingURL)))
		e.bookHost.Set("hidden", false)
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

// BookingLink returns where the Book button goes during the routine:
// during stretch n (from 1) or, at the end, after it.
func (p *DOMPage) BookingLink() string {
	content := anim.UTMCompleted
	if !p.last.State.Ended {
		content = anim.UTMStretch(p.last.State.Index + 1)
	}
	return anim.BookingLink(p.cfg.BookingURL, p.cfg.BookingUTM, content)
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

// pressed shows a toggle's state.
func pressed(el js.Value, on bool) {
	el.Call("setAttribute", "aria-pressed", strconv.FormatBool(on))
}

// Show brings the overlay up to date with v.
func (p *DOMPage) Show(v View) {
	first := !p.shown
	if first {
		p.shown = true
		p.el.loading.Set("hidden", true)
		p.el.player.Set("hidden", false)
		p.el.player.Get("classList").Call("remove", "warming")
	}
	if first || v.Screen != p.last.Screen || v.AutoPaused != p.last.AutoPaused {
		p.showScreen(v, first)
	}
	st := v.State
	if first || st.Index != p.last.State.Index {
		p.showStretch(st)
	}
	if first || v.Playing != p.last.Playing {
		p.el.player.Call("setAttribute", "data-playing", strconv.FormatBool(v.Playing))
		label(p.el.playButton, pick(v.Playing, p.words.Pause, p.words.Play))
	}
	if first || v.Sound != p.last.Sound {
		pressed(p.el.soundButton, v.Sound)
		pressed(p.el.choiceSound, v.Sound)
	}
	if first || v.Voice != p.last.Voice {
		pressed(p.el.voiceButton, v.Voice)
		pressed(p.el.choiceVoice, v.Voice)
	}
	if first || v.Haptics != p.last.Haptics {
		pressed(p.el.hapticsButton, v.Haptics)
		pressed(p.el.choiceHaptics, v.Haptics)
	}
	if first || v.Fullscreen != p.last.Fullscreen {
		p.el.player.Get("classList").Call("toggle", "fullscreen", v.Fullscreen)
		p.doc.Get("documentElement").Get("classList").Call("toggle", "fullscreen", v.Fullscreen)
		label(p.el.fullscreenButton, pick(v.Fullscreen, p.words.ExitFullScreen, p.words.FullScreen))
		p.el.fullscreenButton.Call("setAttribute", "data-on", strconv.FormatBool(v.Fullscreen))
	}
	if first || st.Segment != p.last.State.Segment || st.Index != p.last.State.Index {
		p.el.player.Call("setAttribute", "data-segment", st.Segment.String())
	}
	p.showMoment(st)
	if v.AutoPaused {
		p.setText("resume", p.el.resumeWhere, resumeText(p.words, st, p.stretch.Title))
	}
	p.last = v
}

// pick returns a when cond holds, else b.
func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// showScreen shows one of the screens: start, end, the Resume after an
// automatic pause, or none over the routine. The routine behind a screen
// is inert so that keyboard focus stays on the screen.
func (p *DOMPage) showScreen(v View, first bool) {
	resume := v.AutoPaused && v.Screen == RoutineScreen
	p.el.startScreen.Set("hidden", v.Screen != StartScreen)
	p.el.endScreen.Set("hidden", v.Screen != EndScreen)
	p.el.resumeScreen.Set("hidden", !resume)
	p.el.player.Set("inert", v.Screen != RoutineScreen || resume)
	switch {
	case v.Screen == EndScreen:
		p.ShowNotes(false)
		p.el.endTitle.Call("focus")
	case resume:
		p.el.resumeButton.Call("focus")
	case v.Screen == RoutineScreen && !first:
		// The Start, Resume or Start again button just disappeared under
		// focus.
		active := p.doc.Get("activeElement")
		if active.IsNull() || active.Equal(p.doc.Get("body")) || !p.el.player.Call("contains", active).Bool() {
			p.el.playButton.Call("focus")
		}
	case v.Screen == StartScreen && first:
		p.el.startButton.Call("focus")
	}
}

// OptionsShown reports whether the less used controls are showing.
func (p *DOMPage) OptionsShown() bool { return !p.el.options.Get("hidden").Bool() }

// ShowOptions shows or hides the less used controls (voice, tones,
// vibration, restart).
func (p *DOMPage) ShowOptions(open bool) {
	if open == p.OptionsShown() {
		return
	}
	p.el.options.Set("hidden", !open)
	p.el.optionsButton.Call("setAttribute", "aria-expanded", strconv.FormatBool(open))
	if open {
		p.el.options.Call("querySelector", "button:not([hidden])").Call("focus")
	}
}

// NotesShown reports whether the stretch's notes sheet is open.
func (p *DOMPage) NotesShown() bool { return !p.el.notes.Get("hidden").Bool() }

// ShowNotes opens or closes the sheet with the stretch's steps, easier
// option and cautions, moving focus into it or back to its toggle.
func (p *DOMPage) ShowNotes(open bool) {
	if open == p.NotesShown() {
		return
	}
	p.el.notes.Set("hidden", !open)
	p.el.stepsButton.Call("setAttribute", "aria-expanded", strconv.FormatBool(open))
	p.el.player.Get("classList").Call("toggle", "notes-open", open)
	if open {
		p.el.notes.Call("focus")
	} else {
		p.el.stepsButton.Call("focus", map[string]any{"preventScroll": true})
	}
}

// showStretch writes what stays the same through one stretch.
func (p *DOMPage) showStretch(st anim.State) {
	text := anim.StretchContent(st.ID, p.cfg.Lang)
	p.stretch = text
	p.setText("count", p.el.stretchCount, keepNumbersTogether(p.words.StretchOf(st.Index+1, st.Count)))
	p.setText("title", p.el.stretchTitle, text.Title)
	p.el.stage.Call("setAttribute", "aria-label", text.Title+": "+text.Summary)
	p.setText("notes-title", p.el.notesTitle, text.Title)
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
	word, count := captionParts(p.words, st)
	p.setText("caption-word", p.el.captionWord, word)
	p.setText("caption-count", p.el.captionCount, count)
	secs := ""
	if !st.Ended {
		secs = strconv.Itoa(int((st.PhaseLeft + 999_999_999) / 1_000_000_000))
	}
	p.setText("pacer", p.el.pacerCount, secs)
	if st.Segment == anim.Setup {
		p.setText("cue", p.el.cue, text.Summary)
		p.setText("breaths", p.el.breathCount, keepNumbersTogether(p.words.Breaths(st.Breaths)))
	} else {
		p.setText("cue", p.el.cue, text.Cue(st.Phase))
		p.setText("breaths", p.el.breathCount, keepNumbersTogether(p.words.BreathOf(st.Breath+1, st.Breaths)))
	}
	for i, fill := range p.progressFills {
		start, end := p.timeline.StretchStart(i), p.timeline.StretchStart(i+1)
		f := 0.0
		if end > start {
			f = clamp01(float64(st.T-start) / float64(end-start))
		}
		w := strconv.FormatFloat(100*f, 'f', 1, 64) + "%"
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
