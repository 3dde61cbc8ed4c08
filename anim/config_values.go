package anim

import (
	"net/url"
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
// collapsed to one space, 1 to ClinicMaxRunes runes, and no '<', '>',
// control or bidirectional-control characters.
func parseClinic(v string) (string, bool) {
	if !utf8.ValidString(v) {
		return "", false
	}
	s := strings.Join(strings.Fields(v), " ")
	if n := utf8.RuneCountInString(s); n < 1 || n > ClinicMaxRunes {
		return "", false
	}
	for _, r := range s {
		if r == '<' || r == '>' || unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return "", false
		}
	}
	return s, true
}

// BookingURLMax is the longest booking URL accepted, in bytes.
const BookingURLMax = 2000

// parseBookingURL reads an absolute http or https URL with a host, no user
// name or password, no whitespace, control characters or backslashes, of at
// most BookingURLMax bytes (before and after normalising). It returns the
// URL as net/url writes it (scheme in lower case).
func parseBookingURL(v string) (string, bool) {
	if len(v) > BookingURLMax || !plainURLText(v) {
		return "", false
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") ||
		u.Opaque != "" || u.User != nil || u.Hostname() == "" {
		return "", false
	}
	s := u.String()
	if len(s) > BookingURLMax || !plainURLText(s) {
		return "", false
	}
	return s, true
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
	if len(v) > 300 || !plainURLText(v) {
		return "", false
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		v != u.Scheme+"://"+u.Host {
		return "", false
	}
	host, port := u.Hostname(), u.Port()
	if host == "" || !originHost(host) {
		return "", false
	}
	if strings.Contains(u.Host, "]") != strings.HasPrefix(u.Host, "[") {
		return "", false
	}
	if strings.HasSuffix(u.Host, ":") {
		return "", false
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || port[0] == '0' || n < 1 || n > 65535 ||
			(u.Scheme == "http" && n == 80) || (u.Scheme == "https" && n == 443) {
			return "", false
		}
	}
	return v, true
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
