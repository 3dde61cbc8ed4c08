package npm

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/immerse-massage/stretch/web/site"
)

func TestPackageJSON(t *testing.T) {
	files := []string{"embed.js", "player.html", "posters/cat-cow.svg"}
	b, err := packageJSON(files)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("package.json is not JSON: %v\n%s", err, b)
	}
	for _, tc := range []struct {
		key  string
		want any
	}{
		{"name", "stretch-routine"},
		{"version", site.Version},
		{"license", "MIT"},
		{"type", "module"},
		{"main", "embed.js"},
		{"exports", map[string]any{".": "./embed.js", "./package.json": "./package.json"}},
		{"files", []any{"embed.js", "player.html", "posters/cat-cow.svg"}},
	} {
		if !reflect.DeepEqual(got[tc.key], tc.want) {
			t.Errorf("package.json %s = %#v; want %#v", tc.key, got[tc.key], tc.want)
		}
	}
	for _, key := range []string{"description", "keywords", "repository"} {
		if got[key] == nil {
			t.Errorf("package.json has no %s", key)
		}
	}
}
