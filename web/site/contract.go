package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/immerse-massage/stretch/anim"
)

// contract is what the browser side (embed.js, player.js, fallback.js, the
// embed builder) knows of the embed contract: package anim's numbers, words
// and rules, generated at build time into contract.js so that nothing is
// copied by hand.
type contract struct {
	Wasm         string            `json:"wasm"`
	Stretches    []contractStretch `json:"stretches"`
	Presets      [][2]string       `json:"presets"`
	Pattern      contractPattern   `json:"pattern"`
	Breaths      [2]int            `json:"breaths"`
	ClinicMax    int               `json:"clinicMax"`
	BookingMax   int               `json:"bookingMax"`
	BookingHosts []string          `json:"bookingHosts"`
	Defaults     map[string]string `json:"defaults"`
	Colors       map[string]string `json:"colors"`
	MinContrast  float64           `json:"minContrast"`
	Rate         [2]float64        `json:"rate"`
	Events       []string          `json:"events"`
	Classes      map[string]string `json:"classes"`
	UTM          map[string]string `json:"utm"`
	Langs        []anim.Lang       `json:"langs"`
}

// contractStretch is one stretch: its id, get-into-position seconds and
// default breaths.
type contractStretch struct {
	ID      anim.StretchID `json:"id"`
	Setup   float64        `json:"setup"`
	Breaths int            `json:"breaths"`
}

// contractPattern bounds the four phases of a breath pattern, in seconds.
type contractPattern struct {
	Min  [4]float64 `json:"min"`
	Max  [4]float64 `json:"max"`
	Step float64    `json:"step"`
}

// contractWords are one language's words for the browser side.
type contractWords struct {
	Title           string         `json:"title"`
	Label           string         `json:"label"`
	Start           string         `json:"start"`
	Loading         string         `json:"loading"`
	LoadFailed      string         `json:"loadFailed"`
	TryAgain        string         `json:"tryAgain"`
	CardLink        string         `json:"cardLink"`
	GetIntoPosition string         `json:"getIntoPosition"`
	BreatheIn       string         `json:"breatheIn"`
	Hold            string         `json:"hold"`
	BreatheOut      string         `json:"breatheOut"`
	Rest            string         `json:"rest"`
	EyesClosed      string         `json:"eyesClosed"`
	Voice           string         `json:"voice"`
	Tones           string         `json:"tones"`
	Vibration       string         `json:"vibration"`
	Resume          string         `json:"resume"`
	Play            string         `json:"play"`
	Pause           string         `json:"pause"`
	Titles          []string       `json:"titles"`
	FirstSteps      []string       `json:"firstSteps"`
	Templates       anim.Templates `json:"templates"`
}

// newContract gathers the contract from package anim for a site whose
// player wasm is wasm; bookingHosts, when not empty, are the only hosts a
// booking link may have.
func newContract(wasm string, bookingHosts []string) contract {
	c := contract{
		Wasm:         wasm,
		Breaths:      [2]int{anim.MinBreaths, anim.MaxBreaths},
		ClinicMax:    anim.ClinicMaxRunes,
		BookingMax:   anim.BookingURLMax,
		BookingHosts: append([]string{}, bookingHosts...),
		Pattern: contractPattern{
			Min:  [4]float64{anim.MinInhale.Seconds(), anim.MinHold.Seconds(), anim.MinExhale.Seconds(), anim.MinHold.Seconds()},
			Max:  [4]float64{anim.MaxInhale.Seconds(), anim.MaxHold.Seconds(), anim.MaxExhale.Seconds(), anim.MaxHold.Seconds()},
			Step: anim.PatternStep.Seconds(),
		},
		Defaults: map[string]string{
			"clinic": anim.DefaultClinic,
			"accent": anim.DefaultAccent.Hex(),
			"breath": anim.DefaultPattern.String(),
			"lang":   string(anim.DefaultLang),
		},
		Colors: map[string]string{
			"background": anim.PageBackground.Hex(),
			"onDark":     anim.OnColor(anim.Color{A: 0xff}).Hex(),
			"onLight":    anim.OnColor(anim.Color{R: 0xff, G: 0xff, B: 0xff, A: 0xff}).Hex(),
		},
		MinContrast: anim.MinTextContrast,
		Rate:        [2]float64{anim.MinRate, anim.MaxRate},
		Events:      anim.EmbedEvents,
		Classes: map[string]string{
			"space":   jsClass(unicode.IsSpace),
			"control": jsClass(func(r rune) bool { return unicode.Is(unicode.Cc, r) }),
			"format":  jsClass(func(r rune) bool { return unicode.Is(unicode.Cf, r) }),
		},
		UTM: map[string]string{
			"source": anim.UTMSource, "medium": anim.UTMMedium,
			"campaign": anim.UTMCampaign, "completed": anim.UTMCompleted,
		},
		Langs: anim.Langs,
	}
	for _, id := range anim.AllStretches {
		c.Stretches = append(c.Stretches, contractStretch{id, anim.SetupDuration(id).Seconds(), anim.DefaultBreaths(id)})
	}
	for _, p := range anim.PatternPresets() {
		c.Presets = append(c.Presets, [2]string{p.Name, p.Pattern.String()})
	}
	return c
}

// wordsFor gathers lang's words for the browser side.
func wordsFor(lang anim.Lang) contractWords {
	w := anim.WordsFor(lang)
	cw := contractWords{
		Title: w.Title, Label: w.PlayerLabel, Start: w.Start,
		Loading: w.Loading, LoadFailed: w.LoadFailed, TryAgain: w.TryAgain, CardLink: w.CardLink,
		GetIntoPosition: w.GetIntoPosition, Templates: w.Templates(),
		BreatheIn: w.BreatheIn, Hold: w.Hold, BreatheOut: w.BreatheOut, Rest: w.Rest,
		EyesClosed: w.EyesClosed, Voice: w.Voice, Tones: w.Tones, Vibration: w.Vibration,
		Resume: w.Resume, Play: w.Play, Pause: w.Pause,
	}
	for _, id := range anim.AllStretches {
		text := anim.StretchContent(id, lang)
		cw.Titles = append(cw.Titles, text.Title)
		cw.FirstSteps = append(cw.FirstSteps, text.Steps[0])
	}
	return cw
}

// acceptedJS writes, as an ES module whose default export is an array of
// [attribute, what it accepts] pairs, the words of the warnings about bad
// attribute values: embed.js loads it only when it has one to give.
func acceptedJS() ([]byte, error) {
	var fields [][2]string
	for _, f := range anim.ConfigFields() {
		if f.Key != "origin" {
			fields = append(fields, [2]string{f.Key, f.Accepted})
		}
	}
	return moduleJS("what each attribute accepts", fields)
}

// contractJS writes c as an ES module whose default export is the
// contract.
func contractJS(c contract) ([]byte, error) {
	return moduleJS("the embed contract's numbers and rules", c)
}

// wordsJS writes lang's words for the browser side as an ES module
// (words.<lang>.js): the host page loads only its own language's.
func wordsJS(lang anim.Lang) ([]byte, error) {
	return moduleJS("the "+string(lang)+" words of the browser side", wordsFor(lang))
}

// moduleJS writes v as an ES module whose default export is v, frozen,
// generated from package anim: what is said of it names its content.
func moduleJS(what string, v any) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Generated by web/site from package anim: %s. Do not edit; change anim instead.\n", what)
	fmt.Fprintf(&b, "export default Object.freeze(%s);\n", data)
	return b.Bytes(), nil
}

// jsClass returns the body of a JavaScript regular-expression character
// class (for a pattern with the u flag) that matches exactly the runes
// for which in reports true, as ranges of escapes.
func jsClass(in func(rune) bool) string {
	var b strings.Builder
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !in(r) {
			continue
		}
		start := r
		for r+1 <= unicode.MaxRune && in(r+1) {
			r++
		}
		b.WriteString(jsEscape(start))
		if r > start {
			b.WriteString("-" + jsEscape(r))
		}
	}
	return b.String()
}

// jsEscape writes r as the shortest escape a JavaScript regular expression
// with the u flag reads as r: \xhh, \uhhhh or \u{h…}.
func jsEscape(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\u{%x}", r)
}
