package site

import (
	_ "embed"
	"html/template"
	"strings"

	"github.com/immerse-massage/stretch/anim"
)

// cardCSS styles both cards, on screen (a phone first) and in print.
//
//go:embed card.css
var cardCSS []byte

//go:embed card.html.tmpl
var cardSource string

// cardTemplate lays out the routine card; html/template escapes every text.
var cardTemplate = template.Must(template.New("card").Parse(cardSource))

// cardStretch is one stretch on the card.
type cardStretch struct {
	anim.StretchText
	ID     anim.StretchID
	Number int
	// Picture is the stretch's poster, inline. It is our own SVG, whose
	// only text (its label) WriteSVG escapes.
	Picture template.HTML
}

// cardPage is everything one card shows.
type cardPage struct {
	Lang      anim.Lang
	W         anim.Words
	Summary   string
	Stretches []cardStretch
	// Invitation closes the card with the clinic's invitation to book.
	Invitation string
	// OtherLang and OtherHref link to the card in the other language.
	OtherLang, OtherHref, OtherName string
}

// cardFile names the card in lang.
func cardFile(lang anim.Lang) string {
	if lang == anim.DefaultLang {
		return "card.html"
	}
	return "card." + string(lang) + ".html"
}

// langNames are each language's name in itself, for the language link.
var langNames = map[anim.Lang]string{anim.English: "English", anim.Spanish: "Español"}

// cards returns card.css and the card in every language.
func cards() (Files, error) {
	files := Files{"card.css": cardCSS}
	for _, lang := range anim.Langs {
		page, err := newCardPage(lang)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		if err := cardTemplate.Execute(&b, page); err != nil {
			return nil, err
		}
		files[cardFile(lang)] = []byte(b.String())
	}
	return files, nil
}

// newCardPage gathers the card's content in lang.
func newCardPage(lang anim.Lang) (cardPage, error) {
	w := anim.WordsFor(lang)
	tl := anim.DefaultConfig().Timeline()
	p := cardPage{
		Lang:       lang,
		W:          w,
		Summary:    w.Summary(len(anim.AllStretches), tl.Duration()),
		Invitation: w.Invitation(anim.DefaultClinic),
	}
	for _, other := range anim.Langs {
		if other != lang {
			p.OtherLang, p.OtherHref, p.OtherName = string(other), cardFile(other), langNames[other]
			break
		}
	}
	for i, id := range anim.AllStretches {
		svg, err := poster(id, lang)
		if err != nil {
			return p, err
		}
		p.Stretches = append(p.Stretches, cardStretch{
			StretchText: anim.StretchContent(id, lang),
			ID:          id,
			Number:      i + 1,
			Picture:     template.HTML(svg),
		})
	}
	return p, nil
}
