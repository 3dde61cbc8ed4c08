package web

import (
	"slices"
	"testing"
)

// TestAcceptedEncodings checks which of the site's precompressed codings
// an Accept-Encoding header accepts. Coding names and the q parameter's
// name are case-insensitive (RFC 9110, sections 8.4.1 and 5.6.6); q=0
// in any spelling refuses a coding.
func TestAcceptedEncodings(t *testing.T) {
	tests := []struct {
		header string
		want   []string // accepted among br and gzip, sorted
	}{
		{"", nil},
		{"identity", nil},
		{"br", []string{"br"}},
		{"BR", []string{"br"}},
		{"Gzip, BR", []string{"br", "gzip"}},
		{"x-gzip", []string{"gzip"}},
		{"br;q=0", nil},
		{"br;Q=0", nil},
		{"br; q=0.000", nil},
		{"br; Q=0.0, gzip", []string{"gzip"}},
		{"br;q=0.", nil},
		{"br ; q = 0", nil},
		{"br;level=1;Q=0", nil},
		{"br;q=0.001", []string{"br"}},
		{"br;Q=0.5", []string{"br"}},
		{"br;q=1", []string{"br"}},
		{"*", []string{"br", "gzip"}},
		{"gzip;q=0, *", []string{"br"}},
		{"*, br;Q=0", []string{"gzip"}},
		{"*;q=0", nil},
		{"*;Q=0, gzip", []string{"gzip"}},
	}
	for _, tt := range tests {
		acc := acceptedEncodings(tt.header)
		var got []string
		for _, enc := range []string{"br", "gzip"} {
			if acc[enc] {
				got = append(got, enc)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("acceptedEncodings(%q) accepts %q; want %q", tt.header, got, tt.want)
		}
	}
}
