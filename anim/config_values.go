package anim

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the values of the config fields that need more than a
// lookup. Each reader gets a value already trimmed of surrounding spaces and
// reports false for anything it does not accept.

func stretchIDStrings() []string {
	s := make([]string, len(AllStretches))
	for i, id := range AllStretches {
		s[i] = string(id)
	}
	return s
}

// parseStretchList reads a comma-separated list of stretch ids (any case,
// spaces around ids and empty items ignored): known ids, each at most once,
// at least one.
func parseStretchList(v string) ([]StretchID, bool) {
	var ids []StretchID
	for item := range strings.SplitSeq(v, ",") {
		id := StretchID(strings.ToLower(strings.TrimSpace(item)))
		if id == "" {
			continue
		}
		if !id.Valid() || len(ids) == len(AllStretches) {
			return nil, false
		}
		for _, seen := range ids {
			if seen == id {
				return nil, false
			}
		}
		ids = append(ids, id)
	}
	return ids, len(ids) > 0
}

// parseBreathCount reads a whole number of breaths, MinBreaths to
// MaxBreaths, written with one or two ASCII digits only.
func parseBreathCount(v string) (int, bool) {
	if len(v) > 2 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
		n = n*10 + int(v[i]-'0')
	}
	return n, n >= MinBreaths && n <= MaxBreaths
}

// ClinicMaxRunes is the longest clinic name accepted, in runes.
const ClinicMaxRunes = 80

// parseClinic reads a clinic name: valid UTF-8, runs of whitespace
// collapsed to one space, 1 to ClinicMaxRunes runes, at least one letter or
// digit, and no '<', '>', control characters (Cc) or invisible format
// characters (Cf, which include the bidirectional controls and zero-width
// spaces).
func parseClinic(v string) (string, bool) {
	if !utf8.ValidString(v) {
		return "", false
	}
	s := strings.Join(strings.Fields(v), " ")
	if n := utf8.RuneCountInString(s); n < 1 || n > ClinicMaxRunes {
		return "", false
	}
	visible := false
	for _, r := range s {
		if r == '<' || r == '>' || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
			return "", false
		}
		visible = visible || unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return s, visible
}

// BookingURLMax is the longest booking URL accepted, in characters (runes).
const BookingURLMax = 2000

// parseBookingURL reads a booking link by a grammar simple enough that
// embed.js applies exactly the same one (no URL parser decides):
//
//   - "http://" or "https://" (scheme in any case), then
//   - a host: ASCII letters, digits, '-' and '_' in dot-separated labels
//     (a trailing dot allowed); no IP address in brackets, then
//   - an optional port, 1 to 65535 without leading zeros, then
//   - an optional path, query and fragment starting with '/', '?' or '#',
//     of any characters but whitespace, control (Cc) and format (Cf)
//     characters and \ < > " ` { } | ^, where every '%' starts a %XX escape,
//
// at most BookingURLMax characters in all. So it has no user name or
// password, and browsers and net/url read it alike. The result is the
// value with its scheme in lower case.
func parseBookingURL(v string) (string, bool) {
	if !utf8.ValidString(v) || utf8.RuneCountInString(v) > BookingURLMax {
		return "", false
	}
	scheme, rest, ok := strings.Cut(v, "://")
	scheme = strings.ToLower(scheme)
	if !ok || (scheme != "http" && scheme != "https") {
		return "", false
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	if !bookingAuthority(rest[:end]) || !bookingTail(rest[end:]) {
		return "", false
	}
	return scheme + "://" + rest, true
}

// BookingHost returns the host name of a booking URL that ParseConfig
// accepted (without its port), such as "clinic.example"; "" for anything
// else.
func BookingHost(bookingURL string) string {
	_, rest, ok := strings.Cut(bookingURL, "://")
	if !ok {
		return ""
	}
	if end := strings.IndexAny(rest, "/?#"); end >= 0 {
		rest = rest[:end]
	}
	host, _, _ := strings.Cut(rest, ":")
	return host
}

// bookingAuthority reports whether a is host[:port] as parseBookingURL
// allows it: a host name, never an IP address in brackets, which no
// clinic books with and which browsers and net/url read by stricter rules
// than the embed's (http://[:] is no address).
func bookingAuthority(a string) bool {
	host, port := a, ""
	if i := strings.IndexByte(a, ':'); i >= 0 {
		host, port = a[:i], a[i:]
	}
	if !dnsHost(host) {
		return false
	}
	if port == "" {
		return true
	}
	digits := port[1:]
	if port[0] != ':' || len(digits) < 1 || len(digits) > 5 || digits[0] == '0' {
		return false
	}
	n := 0
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
		n = n*10 + int(digits[i]-'0')
	}
	return n <= 65535
}

// dnsHost reports whether h is dot-separated labels of ASCII letters,
// digits, '-' and '_', with an optional trailing dot.
func dnsHost(h string) bool {
	h = strings.TrimSuffix(h, ".")
	if h == "" {
		return false
	}
	for label := range strings.SplitSeq(h, ".") {
		if label == "" {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

// bookingTail reports whether t, the path, query and fragment of a
// booking URL, has only the characters parseBookingURL allows.
func bookingTail(t string) bool {
	for i, r := range t {
		switch {
		case unicode.IsSpace(r), unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), strings.ContainsRune("\\<>\"`{}|^", r):
			return false
		case r == '%':
			if i+2 >= len(t) || !isHex(t[i+1]) || !isHex(t[i+2]) {
				return false
			}
		}
	}
	return true
}

func isHex(c byte) bool {
	_, ok := hexDigit(c)
	return ok
}

// plainURLText reports whether v is valid UTF-8 without whitespace,
// control, format (invisible) characters or backslashes, which browsers
// and net/url may read differently.
func plainURLText(v string) bool {
	if !utf8.ValidString(v) {
		return false
	}
	for _, r := range v {
		if r == '\\' || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// parseOrigin reads a serialized origin as browsers write it
// (location.origin): "http" or "https", "://", a lower-case ASCII host name
// or IP address, and an optional port that is not the scheme's default;
// no path, not even "/", no query, fragment or user.
func parseOrigin(v string) (string, bool) {
	if v == OpaqueOrigin {
		return v, true
	}
	scheme, authority, ok := strings.Cut(v, "://")
	if !ok || len(v) > 300 || (scheme != "http" && scheme != "https") || authority == "" {
		return "", false
	}
	host, port := authority, ""
	if strings.HasPrefix(authority, "[") {
		end := strings.IndexByte(authority, ']')
		if end < 0 || !ipv6Literal(authority[1:end]) {
			return "", false
		}
		host, port = authority[1:end], authority[end+1:]
	} else if i := strings.IndexByte(authority, ':'); i >= 0 {
		host, port = authority[:i], authority[i:]
	}
	if host == "" || !originHost(host) || (!strings.HasPrefix(authority, "[") && strings.Contains(host, ":")) {
		return "", false
	}
	if port != "" {
		n, err := strconv.Atoi(port[1:])
		if port[0] != ':' || len(port) < 2 || port[1] == '0' || port[1] == '+' || port[1] == '-' || err != nil || n < 1 || n > 65535 ||
			(scheme == "http" && n == 80) || (scheme == "https" && n == 443) {
			return "", false
		}
	}
	return v, true
}

// ipv6Literal reports whether h is an IPv6 address as a serialized origin
// writes it between brackets: groups of one to four lower-case hex digits,
// eight of them, or fewer around one "::". (By hand, not with net/netip:
// the player's size counts.)
func ipv6Literal(h string) bool {
	groups := func(s string) int {
		if s == "" {
			return 0
		}
		n := 0
		for g := range strings.SplitSeq(s, ":") {
			if len(g) < 1 || len(g) > 4 || strings.Trim(g, "0123456789abcdef") != "" {
				return -1
			}
			n++
		}
		return n
	}
	before, after, compressed := strings.Cut(h, "::")
	if !compressed {
		return groups(h) == 8
	}
	a, b := groups(before), groups(after)
	return a >= 0 && b >= 0 && a+b <= 7
}

// originHost reports whether h has only the characters of a serialized
// origin's host: lower-case ASCII letters, digits, '.', '-', and ':' for
// IPv6 addresses.
func originHost(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == ':') {
			return false
		}
	}
	return true
}

// parseAccent reads "#rgb" or "#rrggbb" (hex digits in any case) as an
// opaque colour.
func parseAccent(v string) (Color, bool) {
	if (len(v) != 4 && len(v) != 7) || v[0] != '#' {
		return Color{}, false
	}
	var d [6]uint8
	for i := 1; i < len(v); i++ {
		x, ok := hexDigit(v[i])
		if !ok {
			return Color{}, false
		}
		d[i-1] = x
	}
	if len(v) == 4 {
		return Color{d[0] * 17, d[1] * 17, d[2] * 17, 0xff}, true
	}
	return Color{d[0]<<4 | d[1], d[2]<<4 | d[3], d[4]<<4 | d[5], 0xff}, true
}

func hexDigit(c byte) (uint8, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// parseOnOff reads "on" or "off" (any case) into *b.
func parseOnOff(v string, b *bool) bool {
	switch strings.ToLower(v) {
	case "on":
		*b = true
	case "off":
		*b = false
	default:
		return false
	}
	return true
}
