package site

import (
	"bytes"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// posterWidth is the posters' intrinsic width in CSS pixels; they scale
// to their container.
const posterWidth = 400

// Posters draws one poster SVG per stretch (<stretch-id>.svg, for the
// embed's facade and fallback) and the printable routine card in every
// language (card.html in English, card.<lang>.html otherwise, and
// card.css), which is also what a visitor gets when the animated player
// cannot run. The names are relative to the site's posters/ directory.
func Posters() (Files, error) {
	files := Files{}
	for _, id := range anim.AllStretches {
		svg, err := poster(id, anim.DefaultLang)
		if err != nil {
			return nil, err
		}
		files[string(id)+".svg"] = svg
	}
	cards, err := cards()
	if err != nil {
		return nil, err
	}
	files.Add("", cards)
	return files, nil
}

// poster renders stretch id's poster, labelled in lang.
func poster(id anim.StretchID, lang anim.Lang) ([]byte, error) {
	var b bytes.Buffer
	d := figure.Scene(figure.PosterState(id), figure.Style{})
	err := d.WriteSVG(&b, figure.SVGOptions{
		Width:      posterWidth,
		Title:      anim.StretchContent(id, lang).Title,
		Background: anim.PageBackground,
	})
	return b.Bytes(), err
}
