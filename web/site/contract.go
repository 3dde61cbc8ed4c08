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
	Stretches    []contractStretch        `json:"stretches"`
	Presets      [][2]string              `json:"presets"`
	Pattern      contractPattern          `json:"pattern"`
	Breaths      [2]int                   `json:"breaths"`
	ClinicMax    int                      `json:"clinicMax"`
	BookingMax   int                      `json:"bookingMax"`
	BookingHosts []string                 `json:"bookingHosts"`
	Fields       [][2]string              `json:"fields"`
	Defaults     map[string]string        `json:"defaults"`
	Colors       map[string]string        `json:"colors"`
	MinContrast  float64                  `json:"minContrast"`
	Rate         [2]float64               `json:"rate"`
	Events       []string                 `json:"events"`
	Classes      map[string]string        `json:"classes"`
	UTM          map[string]string        `json:"utm"`
	Words        map[string]contractWords `json:"words"`
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
	GetIntoPosition string         `json:"getIntoPosition"`
	Titles          []string       `json:"titles"`
	FirstSteps      []string       `json:"firstSteps"`
	Templates       anim.Templates `json:"templates"`
}

// Events are the element's events, in the contract's order.
var Events = []string{"ready", "play", "pause", "stretchchange", "breathphase", "timeupdate", "ended", "bookingclick", "error"}

// newContract gathers the contract from package anim; bookingHosts, when
// not empty, are the only hosts a booking link may have.
func newContract(bookingHosts []string) contract {
	c := contract{
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
		Events:      Events,
		Classes: map[string]string{
			"space":   jsClass(unicode.IsSpace),
			"control": jsClass(func(r rune) bool { return unicode.Is(unicode.Cc, r) }),
			"format":  jsClass(func(r rune) bool { return unicode.Is(unicode.Cf, r) }),
		},
		UTM: map[string]string{
			"source": anim.UTMSource, "medium": anim.UTMMedium,
			"campaign": anim.UTMCampaign, "completed": anim.UTMCompleted,
		},
		Words: map[string]contractWords{},
	}
	for _, id := range anim.AllStretches {
		c.Stretches = append(c.Stretches, contractStretch{id, anim.SetupDuration(id).Seconds(), anim.DefaultBreaths(id)})
	}
	for _, p := range anim.PatternPresets() {
		c.Presets = append(c.Presets, [2]string{p.Name, p.Pattern.String()})
	}
	for _, f := range anim.ConfigFields() {
		if f.Key != "origin" {
			c.Fields = append(c.Fields, [2]string{f.Key, f.Accepted})
		}
	}
	for _, lang := range anim.Langs {
		w := anim.WordsFor(lang)
		cw := contractWords{
			Title: w.Title, Label: w.PlayerLabel, Start: w.Start,
			Loading: w.Loading, LoadFailed: w.LoadFailed, TryAgain: w.TryAgain,
			GetIntoPosition: w.GetIntoPosition, Templates: w.Templates(),
		}
		for _, id := range anim.AllStretches {
			text := anim.StretchContent(id, lang)
			cw.Titles = append(cw.Titles, text.Title)
			cw.FirstSteps = append(cw.FirstSteps, text.Steps[0])
		}
		c.Words[string(lang)] = cw
	}
	return c
}

// contractJS writes c as an ES module whose default export is the
// contract, frozen.
func contractJS(c contract) ([]byte, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("// Generated by web/site from package anim: the embed contract's numbers,\n")
	b.WriteString("// words and rules for the browser side. Do not edit; change anim instead.\n")
	fmt.Fprintf(&b, "export default Object.freeze(%s);\n", data)
	return b.Bytes(), nil
}

// jsClass returns the body of a JavaScript regular-expression character
// class (for a pattern with the u flag) that matches exactly the runes
// for which in reports true, as ranges of \u{…} escapes.
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
		fmt.Fprintf(&b, "\\u{%x}", start)
		if r > start {
			fmt.Fprintf(&b, "-\\u{%x}", r)
		}
	}
	return b.String()
}
