package site

import (
	"bytes"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/anim/figure"
)

// posterWidth is the posters' intrinsic width in CSS pixels; they scale
// to their container.
const posterWidth = 400

// Posters draws, per stretch, a poster SVG of its most recognisable moment
// (<stretch-id>.svg, for the fallback and the card) and one of the first
// moment of a routine that starts with it (start-<stretch-id>.svg, for the
// embed's facade: the player's first frame, framed as the player frames
// it, so that the hand-over does not move the figure); and the printable
// routine card in every language (card.html in English, card.<lang>.html
// otherwise, and card.css), which is also what a visitor gets when the
// animated player cannot run. The names are relative to the site's
// posters/ directory.
func Posters() (Files, error) {
	files := Files{}
	for _, id := range anim.AllStretches {
		svg, err := poster(id, anim.DefaultLang)
		if err != nil {
			return nil, err
		}
		files[string(id)+".svg"] = svg
		if files["start-"+string(id)+".svg"], err = startPoster(id); err != nil {
			return nil, err
		}
	}
	cards, err := cards()
	if err != nil {
		return nil, err
	}
	files.Add("", cards)
	return files, nil
}

// startPoster renders the first moment of a routine that starts with
// stretch id, unlabelled: the facade labels it.
func startPoster(id anim.StretchID) ([]byte, error) {
	var b bytes.Buffer
	first := anim.NewTimeline(anim.Routine{Stretches: []anim.StretchID{id}, Pattern: anim.DefaultPattern}).At(0)
	err := figure.Scene(first, figure.Style{}).WriteSVG(&b, figure.SVGOptions{Width: posterWidth})
	return b.Bytes(), err
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
