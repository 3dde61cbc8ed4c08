package site

import (
	"bytes"
	"fmt"
	"path"
	"slices"

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
		if mt == "text/javascript" {
			var err error
			if b, err = minifyStyleLiteral(b); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		out, err := minifier.Bytes(mt, b)
		if err != nil {
			return err
		}
		site[name] = out
	}
	return nil
}

// styleLiteral opens the template literal in which a script keeps its
// shadow root's styles; the literal ends at the first "`;" after it.
var styleLiteral = []byte("const CSS = `")

// minifyStyleLiteral minifies, as CSS, the styles that script js keeps in
// its CSS template literal (which the JavaScript minifier leaves as they
// are). A literal with a ${…} substitution is left alone.
func minifyStyleLiteral(js []byte) ([]byte, error) {
	start := bytes.Index(js, styleLiteral)
	if start < 0 {
		return js, nil
	}
	start += len(styleLiteral)
	n := bytes.Index(js[start:], []byte("`;"))
	if n < 0 {
		return nil, fmt.Errorf("the CSS template literal does not end")
	}
	style := js[start : start+n]
	if bytes.Contains(style, []byte("${")) || bytes.ContainsRune(style, '\\') {
		return js, nil
	}
	small, err := minifier.Bytes("text/css", style)
	if err != nil {
		return nil, err
	}
	return slices.Concat(js[:start], small, js[start+n:]), nil
}
