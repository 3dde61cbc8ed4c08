package anim

import "strings"

// Lang is a language the routine's words are available in, as a primary
// BCP 47 language subtag ("en", "es").
type Lang string

// The languages the widget speaks.
const (
	English Lang = "en"
	Spanish Lang = "es"
)

// DefaultLang is the language used when none, or an unknown one, is asked for.
const DefaultLang = English

// Langs lists every supported language, default first.
var Langs = []Lang{English, Spanish}

// Valid reports whether l is one of Langs.
func (l Lang) Valid() bool { return l == English || l == Spanish }

// ParseLang reads a language tag the way a page's lang attribute is written:
// case-insensitively, ignoring surrounding spaces and any region or script
// after the first "-" or "_" (so "es-MX", "ES" and "es_419" are all Spanish).
// It reports false, with DefaultLang, for any other language.
func ParseLang(tag string) (Lang, bool) {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if l := Lang(tag); l.Valid() {
		return l, true
	}
	return DefaultLang, false
}
