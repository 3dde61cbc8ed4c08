package site

import (
	"path"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

// minifier shrinks the front end's scripts and styles: the host page pays
// for embed.js and contract.js before the visitor starts, and every byte
// counts there. Names, strings and behaviour are kept.
var minifier = func() *minify.M {
	m := minify.New()
	m.AddFunc("text/javascript", js.Minify)
	m.AddFunc("text/css", css.Minify)
	return m
}()

// minifyTypes maps the extensions worth minifying to their media types.
var minifyTypes = map[string]string{".js": "text/javascript", ".css": "text/css"}

// minifyAll minifies every script and style of site in place.
func minifyAll(site Files) error {
	for name, b := range site {
		mt, ok := minifyTypes[path.Ext(name)]
		if !ok || name == "wasm_exec.js" {
			continue
		}
		out, err := minifier.Bytes(mt, b)
		if err != nil {
			return err
		}
		site[name] = out
	}
	return nil
}
