package site

import (
	"strconv"
	"strings"
)

// Version is the product's version, in semver: the one source for every
// place that shows one (the npm package's package.json and README, and the
// CDN URLs in the repository's README, pinned to its major version, which
// a test checks). Raise the major version when a change breaks the embed
// contract for pages that already use it.
const Version = "1.0.0"

// Major returns the major version of a semver version such as Version
// ("1" for "1.0.0"), or "" when v does not start with one.
func Major(v string) string {
	major, _, ok := strings.Cut(v, ".")
	if _, err := strconv.ParseUint(major, 10, 64); !ok || err != nil || (len(major) > 1 && major[0] == '0') {
		return ""
	}
	return major
}
