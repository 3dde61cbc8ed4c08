package web

import (
	"os"
	"strings"
	"testing"
)

// The server examples in the README carry the player's policy headers
// word for word, so a clinic that copies them gets what the player needs:
// its CSP names the hash of the page's inline script, which changes with
// that script.
func TestReadmeServerExamplesCarryThePolicies(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ marker, want string }{
		{"script-src", PlayerCSP},
		{"screen-wake-lock=", PlayerPermissions},
	} {
		n := 0
		for i, line := range strings.Split(string(b), "\n") {
			if !strings.Contains(line, tc.marker) {
				continue
			}
			n++
			if !strings.Contains(line, `"`+tc.want+`"`) {
				t.Errorf("README.md:%d: %s\nwant the header value %q", i+1, strings.TrimSpace(line), tc.want)
			}
		}
		if n < 2 {
			t.Errorf("README.md has %d lines with %s; want the nginx and the Caddy examples", n, tc.marker)
		}
	}
}
