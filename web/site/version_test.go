package site

import (
	"regexp"
	"testing"
)

func TestVersionIsSemver(t *testing.T) {
	// Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH, no leading zeros,
	// an optional pre-release.
	semver := regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$`)
	if !semver.MatchString(Version) {
		t.Errorf("Version = %q; want a semver version such as 1.2.3", Version)
	}
}

func TestMajor(t *testing.T) {
	for _, tc := range []struct{ v, want string }{
		{"1.0.0", "1"},
		{"12.3.4", "12"},
		{"0.9.1", "0"},
		{"2.0.0-beta.1", "2"},
		{"01.0.0", ""},
		{"v1.0.0", ""},
		{"1", ""},
		{"", ""},
	} {
		if got := Major(tc.v); got != tc.want {
			t.Errorf("Major(%q) = %q; want %q", tc.v, got, tc.want)
		}
	}
}
