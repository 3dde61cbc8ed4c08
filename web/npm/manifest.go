package npm

import (
	"bytes"
	"encoding/json"

	"github.com/immerse-massage/stretch/web/site"
)

// Name is the package's name on npm: unscoped, so that CDN URLs stay short
// (https://unpkg.com/stretch-routine@1/embed.js).
const Name = "stretch-routine"

// repository is where the package's source lives: the Go module's path.
const repository = "https://github.com/immerse-massage/stretch"

// manifest is the package's package.json.
type manifest struct {
	Name        string            `json:"name"`
	Version     string            `json:"version"`
	Description string            `json:"description"`
	Keywords    []string          `json:"keywords"`
	License     string            `json:"license"`
	Homepage    string            `json:"homepage"`
	Repository  map[string]string `json:"repository"`
	Type        string            `json:"type"`
	Main        string            `json:"main"`
	Exports     map[string]string `json:"exports"`
	Files       []string          `json:"files"`
}

// packageJSON returns the package.json of a package that holds files
// (slash-separated paths of the built site): entry embed.js, version
// site.Version, and only those files.
func packageJSON(files []string) ([]byte, error) {
	m := manifest{
		Name:    Name,
		Version: site.Version,
		Description: "A guided, breath-paced upper-back stretching routine for any web page: " +
			"one <stretch-routine> element, an animated figure (Go and WebAssembly), and a Book button for your clinic.",
		Keywords: []string{"stretching", "upper-back", "mobility", "breathing", "massage",
			"web-component", "custom-element", "embed", "webassembly", "wellness"},
		License:    "MIT",
		Homepage:   repository + "#readme",
		Repository: map[string]string{"type": "git", "url": "git+" + repository + ".git"},
		// Every script of the site is an ES module.
		Type:    "module",
		Main:    "embed.js",
		Exports: map[string]string{".": "./embed.js", "./package.json": "./package.json"},
		Files:   files,
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the description names <stretch-routine> as it is
	enc.SetIndent("", "  ")
	err := enc.Encode(m)
	return b.Bytes(), err
}
