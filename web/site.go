// Package web holds the widget's static front end (embed.js, the player page
// and its script and styles, the demo pages) and the HTTP handler that serves
// a built site: precompressed siblings chosen by Accept-Encoding, exact MIME
// types and cache headers suited to content-hashed files.
package web

import "embed"

// Source is the front end as written in this directory: the files that
// cmd/dist copies (and templates, for player.html) into a built site.
//
//go:embed *.html *.js *.css
var Source embed.FS
