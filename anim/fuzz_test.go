package anim

import (
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Hostile and odd values every fuzz target starts from; they also run in
// plain go test.
var fuzzSeeds = []string{
	"", " ", "calm", "box", "478", "coherent", "4-0-6-0", "5.5-0-5.5-0", "10-10-12-10",
	"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "NaN", "Infinity", "-Infinity",
	"1e309", "1e3", "-1", "0", "20", "21", "5.5", "0x10", "٥",
	"<img src=x onerror=alert(1)>", "Spa\x00\x1b[31m", "Spa\u202eexe", "\xff\xfe",
	"https://clinic.example/book", "https://user:pass@clinic.example/", "https://clinic.example\\@evil.example",
	"//evil.example", "https://clinic.example", "http://[::1]:8080", "null", "*",
	"es-MX", "ES", "#abc", "#a1b2c3", "on", "OFF", "reduced", "cat-cow,childs-pose", "cat-cow,cat-cow",
	"Clínica Ñandú 🌿", strings.Repeat("a", 81), strings.Repeat("ñ", 5000), strings.Repeat("-", 3000),
	"https://" + strings.Repeat("a", 2100) + ".example",
}

func FuzzParsePattern(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePattern(s)
		if err != nil {
			if p != DefaultPattern {
				t.Fatalf("ParsePattern(%q) = %v, %v; want DefaultPattern with an error", s, p, err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePattern(%q) = %v, an invalid pattern: %v", s, p, err)
		}
		again, err := ParsePattern(p.String())
		if err != nil || again != p || again.String() != p.String() {
			t.Fatalf("ParsePattern(%q) = %v, but ParsePattern(%q) = %v, %v", s, p, p.String(), again, err)
		}
		if got := NewTimeline(Routine{Stretches: []StretchID{CatCow}, Pattern: p, Breaths: 1}).Pattern(); got != p {
			t.Fatalf("NewTimeline dropped the valid pattern %v for %v", p, got)
		}
	})
}

// configKeys are the keys ParseConfig reads.
var configKeys = func() (keys []string) {
	for _, f := range ConfigFields() {
		keys = append(keys, f.Key)
	}
	return keys
}()

func FuzzParseConfig(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add("", s, uint8(i))
		f.Add(url.Values{configKeys[i%len(configKeys)]: {s}}.Encode(), s, uint8(i+3))
	}
	f.Add("stretches=cat-cow&breath=box&breaths=3&clinic=Spa&booking-url=https%3A%2F%2Fx.example&lang=es&accent=%23fff&sound=on&voice=on&motion=reduced&origin=https%3A%2F%2Fx.example", "", uint8(0))
	f.Add("breaths=1&breaths=abc&%zz=1;x", "", uint8(200))
	f.Fuzz(func(t *testing.T, query, value string, key uint8) {
		q, _ := url.ParseQuery(query) // keeps what it could parse
		if q == nil {
			q = url.Values{}
		}
		q.Set(configKeys[int(key)%len(configKeys)], value)
		c, problems := ParseConfig(q)
		checkConfigValid(t, c)
		seen := map[string]bool{}
		for _, p := range problems {
			if !slices.Contains(configKeys, p.Field) || seen[p.Field] {
				t.Fatalf("problem for unknown or repeated field %q: %v", p.Field, problems)
			}
			seen[p.Field] = true
			if utf8.RuneCountInString(p.Value) > ProblemValueMax+1 || !strings.HasPrefix(p.String(), "stretch-routine: ignoring "+p.Field+"=") {
				t.Fatalf("problem too long or malformed: %v", p)
			}
		}
		again, problems := ParseConfig(c.Values())
		if len(problems) != 0 || !reflect.DeepEqual(again, c) {
			t.Fatalf("ParseConfig(%v.Values()) = %+v, %v; want the same config", c, again, problems)
		}
		if c.Timeline().Duration() <= 0 {
			t.Fatalf("config %+v has an empty timeline", c)
		}
	})
}

// checkConfigValid checks, independently of the parser, that c is within
// what the player accepts.
func checkConfigValid(t *testing.T, c Config) {
	t.Helper()
	if len(c.Stretches) == 0 {
		t.Fatalf("no stretches: %+v", c)
	}
	for i, id := range c.Stretches {
		if !id.Valid() || slices.Contains(c.Stretches[:i], id) {
			t.Fatalf("stretches %v: unknown or repeated %q", c.Stretches, id)
		}
	}
	if err := c.Pattern.Validate(); err != nil {
		t.Fatalf("pattern %v: %v", c.Pattern, err)
	}
	if c.Breaths != 0 && (c.Breaths < 1 || c.Breaths > 20) {
		t.Fatalf("breaths %d", c.Breaths)
	}
	n := utf8.RuneCountInString(c.Clinic)
	if n < 1 || n > 80 || !utf8.ValidString(c.Clinic) || strings.ContainsAny(c.Clinic, "<>") ||
		strings.TrimSpace(c.Clinic) != c.Clinic || strings.Contains(c.Clinic, "  ") ||
		strings.IndexFunc(c.Clinic, unicode.IsControl) >= 0 || strings.IndexFunc(c.Clinic, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) >= 0 ||
		strings.IndexFunc(c.Clinic, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		t.Fatalf("clinic %q", c.Clinic)
	}
	if c.BookingURL != "" {
		u, err := url.Parse(c.BookingURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.Opaque != "" ||
			utf8.RuneCountInString(c.BookingURL) > 2000 || strings.IndexFunc(c.BookingURL, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || strings.ContainsRune("\\<>\"`{}|^", r)
		}) >= 0 {
			t.Fatalf("booking URL %q", c.BookingURL)
		}
	}
	if !c.Lang.Valid() || c.Accent.A != 0xff || c.Motion < MotionSystem || c.Motion > MotionReduced {
		t.Fatalf("lang %q, accent %v, motion %v", c.Lang, c.Accent, c.Motion)
	}
	if c.Origin != "" && c.Origin != OpaqueOrigin {
		u, err := url.Parse(c.Origin)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || c.Origin != u.Scheme+"://"+u.Host {
			t.Fatalf("origin %q", c.Origin)
		}
	}
}
