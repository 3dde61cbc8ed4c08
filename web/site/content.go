package site

import (
	"encoding/json"

	"github.com/immerse-massage/stretch/anim"
)

// Content is what embed.js shows when the player cannot run: the routine
// as text and pictures, in one language. Build writes it as
// content.<lang>.json; embed.js fetches it only on failure and renders it
// with textContent. "{clinic}" in Book and Invitation stands for the
// clinic's name.
type Content struct {
	Lang              anim.Lang `json:"lang"`
	Title             string    `json:"title"`
	LoadFailed        string    `json:"loadFailed"`
	Fallback          string    `json:"fallback"`
	Safety            string    `json:"safety"`
	Steps             string    `json:"steps"`
	Easier            string    `json:"easier"`
	Avoid             string    `json:"avoid"`
	Book              string    `json:"book"`
	Invitation        string    `json:"invitation"`
	InvitationDefault string    `json:"invitationDefault"`
	Card              string    `json:"card,omitempty"`
	CardLink          string    `json:"cardLink,omitempty"`
	// Stretches are in the default routine's order; the fallback shows
	// those of the configured routine, in its order.
	Stretches []ContentSection `json:"stretches"`
}

// ContentSection is one stretch of Content.
type ContentSection struct {
	ID      anim.StretchID `json:"id"`
	Title   string         `json:"title"`
	Summary string         `json:"summary"`
	Steps   []string       `json:"steps"`
	Easier  string         `json:"easier"`
	Avoid   string         `json:"avoid"`
}

// contentFor gathers lang's fallback content from package anim. card is
// the printable card's page, or "" when the site has none.
func contentFor(lang anim.Lang, card string) Content {
	w := anim.WordsFor(lang)
	c := Content{
		Lang:              lang,
		Title:             w.Title,
		LoadFailed:        w.LoadFailed,
		Fallback:          w.Fallback,
		Safety:            w.SafetyDetail,
		Steps:             w.Steps,
		Easier:            w.EasierOption,
		Avoid:             w.Avoid,
		Book:              w.BookMassage("{clinic}"),
		Invitation:        w.Invitation("{clinic}"),
		InvitationDefault: w.Invitation(anim.DefaultClinic),
	}
	if card != "" {
		c.Card, c.CardLink = card, w.CardLink
	}
	for _, id := range anim.AllStretches {
		st := anim.StretchContent(id, lang)
		c.Stretches = append(c.Stretches, ContentSection{id, st.Title, st.Summary, st.Steps, st.Easier, st.Avoid})
	}
	return c
}

// addContent adds content.<lang>.json for every language to site, linking
// the printable card when site has it.
func addContent(site Files) error {
	for _, lang := range anim.Langs {
		card := "posters/" + cardFile(lang)
		if _, ok := site[card]; !ok {
			card = ""
		}
		b, err := json.Marshal(contentFor(lang, card))
		if err != nil {
			return err
		}
		site["content."+string(lang)+".json"] = b
	}
	return nil
}
