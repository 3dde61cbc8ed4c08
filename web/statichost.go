package web

import (
	"bytes"
	"strings"
)

// HeadersFile is the name of the file at the root of a built site from
// which Netlify and Cloudflare Pages take the headers to send.
const HeadersFile = "_headers"

// StaticHostHeaders returns the site's header rules (the ones NewHandler
// applies) as a _headers file for Netlify and Cloudflare Pages: after a
// comment, one block per rule, in order, each a path pattern followed by
// indented "Name: value" lines. Those hosts answer for an HTML page at its
// path without .html as well (Cloudflare Pages redirects there), so a rule
// for one page is written for that path too: /player gets player.html's
// policies. The file sets no Content-Encoding: those hosts compress on the
// fly and do not serve the .br and .gz siblings. Files that no rule types
// or caches get the host's own defaults, where NewHandler has its
// fallbacks.
func StaticHostHeaders() []byte {
	var b bytes.Buffer
	b.WriteString("# Response headers for Netlify and Cloudflare Pages, written by\n")
	b.WriteString("# web.StaticHostHeaders from the rules web.NewHandler applies. Do not edit.\n")
	for _, r := range headerRules {
		writeBlock(&b, r.pattern, r.header)
		if alias, ok := extensionless(r.pattern); ok {
			writeBlock(&b, alias, r.header)
		}
	}
	return b.Bytes()
}

// writeBlock writes one _headers block: pattern, then its headers.
func writeBlock(b *bytes.Buffer, pattern string, header []headerField) {
	b.WriteString("\n" + pattern + "\n")
	for _, f := range header {
		b.WriteString("  " + f.name + ": " + f.value + "\n")
	}
}

// extensionless returns the path at which static hosts also serve the
// single HTML page pattern names ("/player.html" → "/player",
// "/docs/index.html" → "/docs/"), and false for any other pattern.
func extensionless(pattern string) (string, bool) {
	if strings.Contains(pattern, "*") || !strings.HasSuffix(pattern, ".html") {
		return "", false
	}
	p := strings.TrimSuffix(pattern, ".html")
	if strings.HasSuffix(p, "/index") {
		p = strings.TrimSuffix(p, "index")
	}
	return p, true
}
