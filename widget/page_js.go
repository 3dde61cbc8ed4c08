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

	player, startScreen, endScreen        js.Value
	stretchCount, stretchTitle, stage     js.Value
	progress                              js.Value
	progressFills                         []js.Value
	caption, cue, breathCount, pacerCount js.Value
	safety, steps, easier, avoid          js.Value
	playButton, soundButton, voiceButton  js.Value
	figureBox, pacerBox                   js.Value
	endTitle, announcer                   js.Value

	last    View
	shown   bool
	stretch anim.StretchText  // the current stretch's words
	text    map[string]string // last text written to each element id
}

// NewDOMPage binds the overlay in the current document and fills in every
// fixed word for cfg's language, the clinic's call to action and the
// accent colours.
func NewDOMPage(cfg anim.Config, tl *anim.Timeline, reducedMotion bool, voiceAvailable bool) *DOMPage {
	doc := js.Global().Get("document")
	p := &DOMPage{doc: doc, words: anim.WordsFor(cfg.Lang), cfg: cfg, timeline: tl, text: map[string]string{}}
	byID := func(id string) js.Value { return doc.Call("getElementById", id) }
	p.player, p.startScreen, p.endScreen = byID("player"), byID("start-screen"), byID("end-screen")
	p.stretchCount, p.stretchTitle, p.stage = byID("stretch-count"), byID("stretch-title"), byID("stage-figure")
	p.progress = byID("progress")
	p.caption, p.cue, p.breathCount, p.pacerCount = byID("caption"), byID("cue"), byID("breath-count"), byID("pacer-count")
	p.safety, p.steps, p.easier, p.avoid = byID("safety"), byID("steps"), byID("easier"), byID("avoid")
	p.playButton, p.soundButton, p.voiceButton = byID("btn-play"), byID("btn-sound"), byID("btn-voice")
	p.figureBox, p.pacerBox = byID("stage-figure"), byID("stage-pacer")
	p.endTitle, p.announcer = byID("end-title"), byID("announcer")

	w := p.words
	root := doc.Get("documentElement")
	root.Set("lang", string(cfg.Lang))
	doc.Set("title", w.Title)
	ink := anim.AccentInk(cfg.Accent, anim.PageBackground)
	style := root.Get("style")
	style.Call("setProperty", "--accent", cfg.Accent.Hex())
	style.Call("setProperty", "--accent-strong", ink.Hex())
	style.Call("setProperty", "--on-accent", anim.OnColor(ink).Hex())

	p.player.Call("setAttribute", "aria-label", w.PlayerLabel)
	doc.Call("getElementById", "app").Call("setAttribute", "aria-label", w.Title)
	if reducedMotion {
		p.player.Get("classList").Call("add", "reduced-motion")
	}
	byID("controls").Call("setAttribute", "aria-label", w.PlayerLabel)
	label(byID("btn-prev"), w.PreviousStretch)
	label(byID("btn-next"), w.NextStretch)
	label(byID("btn-restart"), w.Restart)
	byID("steps-heading").Set("textContent", w.Steps)
	byID("easier-heading").Set("textContent", w.EasierOption+":")
	byID("avoid-heading").Set("textContent", w.Avoid+":")
	byID("keys-help").Set("textContent", w.KeyboardHelp)
	byID("notes").Call("setAttribute", "aria-label", w.Steps)
	p.progress.Call("setAttribute", "aria-label", w.Progress)
	if !voiceAvailable {
		p.voiceButton.Set("hidden", true)
	}

	summary := w.Summary(tl.Count(), tl.Duration())
	byID("start-title").Set("textContent", w.Title)
	byID("start-summary").Set("textContent", summary)
	byID("start-safety").Set("textContent", w.SafetyNote)
	byID("btn-start").Set("textContent", w.Start)
	p.endTitle.Set("textContent", w.Done)
	byID("end-summary").Set("textContent", w.EndSummary(tl.Count(), tl.TotalBreaths(), tl.Duration()))
	byID("end-invitation").Set("textContent", w.Invitation(cfg.Clinic))
	byID("btn-again").Set("textContent", w.StartAgain)
	if cfg.BookingURL != "" {
		book := byID("btn-book")
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
		p.progress.Call("appendChild", seg)
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
		p.doc.Call("getElementById", "loading").Set("hidden", true)
		p.player.Set("hidden", false)
	}
	if first || v.Screen != p.last.Screen {
		p.showScreen(v.Screen, first)
	}
	st := v.State
	if first || st.Index != p.last.State.Index {
		p.showStretch(st)
	}
	if first || v.Playing != p.last.Playing {
		p.player.Call("setAttribute", "data-playing", strconv.FormatBool(v.Playing))
		if v.Playing {
			label(p.playButton, p.words.Pause)
		} else {
			label(p.playButton, p.words.Play)
		}
	}
	if first || v.Sound != p.last.Sound {
		p.soundButton.Call("setAttribute", "aria-pressed", strconv.FormatBool(v.Sound))
		label(p.soundButton, pick(v.Sound, p.words.SoundOff, p.words.SoundOn))
	}
	if first || v.Voice != p.last.Voice {
		p.voiceButton.Call("setAttribute", "aria-pressed", strconv.FormatBool(v.Voice))
		label(p.voiceButton, pick(v.Voice, p.words.VoiceOff, p.words.VoiceOn))
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
	p.startScreen.Set("hidden", s != StartScreen)
	p.endScreen.Set("hidden", s != EndScreen)
	p.player.Set("inert", s != RoutineScreen)
	switch {
	case s == EndScreen:
		p.endTitle.Call("focus")
	case s == RoutineScreen && !first:
		// The Start or Start again button just disappeared under focus.
		active := p.doc.Get("activeElement")
		if active.IsNull() || active.Equal(p.doc.Get("body")) || !p.player.Call("contains", active).Bool() {
			p.playButton.Call("focus")
		}
	case s == StartScreen && first:
		p.doc.Call("getElementById", "btn-start").Call("focus")
	}
}

// showStretch writes what stays the same through one stretch.
func (p *DOMPage) showStretch(st anim.State) {
	text := anim.StretchContent(st.ID, p.cfg.Lang)
	p.stretch = text
	p.setText("count", p.stretchCount, p.words.StretchOf(st.Index+1, st.Count))
	p.setText("title", p.stretchTitle, text.Title)
	p.stage.Call("setAttribute", "aria-label", text.Title+": "+text.Summary)
	p.setText("easier", p.easier, text.Easier)
	p.setText("avoid", p.avoid, text.Avoid)
	p.safety.Set("hidden", st.Index != 0)
	p.setText("safety", p.safety, p.words.SafetyNote)
	p.steps.Set("textContent", "")
	for _, s := range text.Steps {
		li := p.doc.Call("createElement", "li")
		li.Set("textContent", s)
		p.steps.Call("appendChild", li)
	}
}

// showMoment writes what changes within a stretch: the caption, the cue,
// the breath counter and the progress bar.
func (p *DOMPage) showMoment(st anim.State) {
	text := p.stretch
	p.setText("caption", p.caption, p.words.Caption(st))
	secs := ""
	if !st.Ended {
		secs = strconv.Itoa(int((st.PhaseLeft + 999_999_999) / 1_000_000_000))
	}
	p.setText("pacer", p.pacerCount, secs)
	if st.Segment == anim.Setup {
		p.setText("cue", p.cue, text.Summary)
		p.setText("breaths", p.breathCount, p.words.Breaths(st.Breaths))
	} else {
		p.setText("cue", p.cue, text.Cue(st.Phase))
		p.setText("breaths", p.breathCount, p.words.BreathOf(st.Breath+1, st.Breaths))
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
		p.progress.Call("setAttribute", "aria-valuenow", pct)
		p.progress.Call("setAttribute", "aria-valuetext", p.words.StretchOf(st.Index+1, st.Count)+", "+pct+"%")
	}
}

// Boxes returns the figure's stage and the pacer, in CSS pixels.
func (p *DOMPage) Boxes() Boxes {
	return Boxes{Figure: boxOf(p.figureBox), Pacer: boxOf(p.pacerBox)}
}

func boxOf(el js.Value) Box {
	r := el.Call("getBoundingClientRect")
	return Box{r.Get("x").Float(), r.Get("y").Float(), r.Get("width").Float(), r.Get("height").Float()}
}

// Announce puts msg in the polite live region.
func (p *DOMPage) Announce(msg string) {
	p.announcer.Set("textContent", msg)
}
