package npm

import (
	"bytes"
	_ "embed"
	"strings"
	"text/template"

	"github.com/immerse-massage/stretch/anim"
	"github.com/immerse-massage/stretch/web/site"
)

//go:embed readme.md.tmpl
var readmeSource string

var readmeTemplate = template.Must(template.New("README.md").Funcs(template.FuncMap{"cell": cell}).Parse(readmeSource))

// cell makes s safe in a Markdown table cell: no column breaks, no markup.
var cell = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "&", "&amp;").Replace

// readme returns the package's README.md: the snippet with CDN URLs pinned
// to site.Version's major version, the builder, the attributes and what
// each accepts (from package anim, as the widget's warnings say it), the
// iframe snippet, and self-hosting.
func readme() ([]byte, error) {
	var fields []anim.ConfigField
	for _, f := range anim.ConfigFields() {
		if f.Key != "origin" { // set by the embed itself, not an attribute
			fields = append(fields, f)
		}
	}
	var b bytes.Buffer
	err := readmeTemplate.Execute(&b, struct {
		Name, Version, Major, Label, Repository string
		Fields                                  []anim.ConfigField
	}{Name, site.Version, site.Major(site.Version), anim.WordsFor(anim.English).PlayerLabel, repository, fields})
	return b.Bytes(), err
}
