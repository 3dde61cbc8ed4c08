package anim

import (
	"math/rand/v2"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestDefaultConfig(t *testing.T) {
	c := DefaultConfig()
	want := Config{
		Stretches: AllStretches, Pattern: PatternCalm, Clinic: "IMMERSE Modern Massage",
		Lang: English, Accent: DefaultAccent, Motion: MotionSystem,
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("DefaultConfig() = %+v; want %+v", c, want)
	}
	c.Stretches[0] = "changed"
	if AllStretches[0] != CatCow {
		t.Fatal("changing DefaultConfig().Stretches changed AllStretches")
	}
	if got, want := DefaultConfig().Timeline().Duration(), defaultRoutineDuration; got != want {
		t.Errorf("DefaultConfig().Timeline().Duration() = %v; want %v", got, want)
	}
}

// configTests set one key and say what the Config becomes (want applied to
// DefaultConfig) or that the value is a problem (want nil).
var configTests = []struct {
	key, value string
	want       func(*Config)
}{
	// stretches
	{"stretches", "childs-pose", func(c *Config) { c.Stretches = []StretchID{ChildsPose} }},
	{"stretches", "upper-back-extension, cat-cow", func(c *Config) { c.Stretches = []StretchID{UpperBackExtension, CatCow} }},
	{"stretches", "Cat-Cow,,childs-pose,", func(c *Config) { c.Stretches = []StretchID{CatCow, ChildsPose} }},
	{"stretches", "cat-cow,cat-cow", nil},
	{"stretches", "cat-cow,yoga", nil},
	{"stretches", ",,", nil},
	{"stretches", "cat cow", nil},

	// breath
	{"breath", "box", func(c *Config) { c.Pattern = PatternBox }},
	{"breath", "5.5-0-5.5-0", func(c *Config) { c.Pattern = PatternCoherent }},
	{"breath", "4-0-6", nil},
	{"breath", "11-0-6-0", nil},
	{"breath", "javascript:alert(1)", nil},

	// breaths
	{"breaths", "1", func(c *Config) { c.Breaths = 1 }},
	{"breaths", "20", func(c *Config) { c.Breaths = 20 }},
	{"breaths", " 07 ", func(c *Config) { c.Breaths = 7 }},
	{"breaths", "0", nil},
	{"breaths", "21", nil},
	{"breaths", "-1", nil},
	{"breaths", "+5", nil},
	{"breaths", "5.5", nil},
	{"breaths", "5.0", nil},
	{"breaths", "1e3", nil},
	{"breaths", "1e1", nil},
	{"breaths", "NaN", nil},
	{"breaths", "Infinity", nil},
	{"breaths", "0x10", nil},
	{"breaths", "99999999999999999999999", nil},
	{"breaths", "abc", nil},
	{"breaths", "٥", nil}, // Arabic-Indic five

	// clinic
	{"clinic", "Sunrise Spa", func(c *Config) { c.Clinic = "Sunrise Spa" }},
	{"clinic", "  Sunrise \t\n Spa  ", func(c *Config) { c.Clinic = "Sunrise Spa" }},
	{"clinic", "Clínica Masaje & Co. \"Ñ\"", func(c *Config) { c.Clinic = "Clínica Masaje & Co. \"Ñ\"" }},
	{"clinic", strings.Repeat("é", 80), func(c *Config) { c.Clinic = strings.Repeat("é", 80) }},
	{"clinic", strings.Repeat("é", 81), nil},
	{"clinic", "<img src=x onerror=alert(1)>", nil},
	{"clinic", "Spa > Clinic", nil},
	{"clinic", "Spa\x00", nil},
	{"clinic", "Spa\x1b[31m", nil},
	{"clinic", "Spa\u202egnp.exe", nil},
	{"clinic", "Spa\xff", nil},
	{"clinic", "\u200b", nil},
	{"clinic", "Spa\u200b", nil},
	{"clinic", "\ufeffSpa", nil},
	{"clinic", "...", nil},
	{"clinic", "Spa $' & $` Co", func(c *Config) { c.Clinic = "Spa $' & $` Co" }},
	{"clinic", "7", func(c *Config) { c.Clinic = "7" }},
	{"clinic", "\u0085Spa", func(c *Config) { c.Clinic = "Spa" }},

	// booking-url
	{"booking-url", "https://clinic.example/book", func(c *Config) { c.BookingURL = "https://clinic.example/book" }},
	{"booking-url", "http://clinic.example:8080/book?x=1&y=2#top", func(c *Config) { c.BookingURL = "http://clinic.example:8080/book?x=1&y=2#top" }},
	{"booking-url", "HTTPS://clinic.example/", func(c *Config) { c.BookingURL = "https://clinic.example/" }},
	{"booking-url", "https://" + strings.Repeat("a", 1984) + ".example", func(c *Config) { c.BookingURL = "https://" + strings.Repeat("a", 1984) + ".example" }},
	{"booking-url", "https://" + strings.Repeat("a", 1985) + ".example", nil},
	{"booking-url", "javascript:alert(1)", nil},
	{"booking-url", "JavaScript:alert(1)", nil},
	{"booking-url", "data:text/html,<script>alert(1)</script>", nil},
	{"booking-url", "/book", nil},
	{"booking-url", "//clinic.example/book", nil},
	{"booking-url", "clinic.example/book", nil},
	{"booking-url", "ftp://clinic.example/", nil},
	{"booking-url", "https://user:pass@clinic.example/", nil},
	{"booking-url", "https://user@clinic.example/", nil},
	{"booking-url", "https://clinic.example/ book", nil},
	{"booking-url", "https://clinic.example/\tbook", nil},
	{"booking-url", "https://clinic.example/\x00", nil},
	{"booking-url", "https://clinic.example\\@evil.example/", nil},
	{"booking-url", "https:evil.example", nil},
	{"booking-url", "https:///book", nil},
	{"booking-url", "https://:443/", nil},
	{"booking-url", "https://clinic.example/\u200bbook", nil},
	{"booking-url", "https://clinic.example/50%off", nil},
	{"booking-url", "https://clinic.example/50%25off", func(c *Config) { c.BookingURL = "https://clinic.example/50%25off" }},
	{"booking-url", "https://x.example:99999/", nil},
	{"booking-url", "https://x.example:65535/", func(c *Config) { c.BookingURL = "https://x.example:65535/" }},
	{"booking-url", "https://x.example:0/", nil},
	{"booking-url", "https://x.example:080/", nil},
	{"booking-url", "https://x.example:/", nil},
	{"booking-url", "https://[::1]:8443/book", nil},
	{"booking-url", "http://[:]", nil},
	{"booking-url", "https://[::1/", nil},
	{"booking-url", "https://clínica.example/", nil},
	{"booking-url", "https://xn--clnica-qta.example/reservar?niño=1", func(c *Config) { c.BookingURL = "https://xn--clnica-qta.example/reservar?niño=1" }},
	{"booking-url", "https://clinic.example./", func(c *Config) { c.BookingURL = "https://clinic.example./" }},
	{"booking-url", "https://clinic..example/", nil},
	{"booking-url", "https://clinic.example/<script>", nil},
	{"booking-url", "https://clinic.example/a|b", nil},
	{"booking-url", "https://clinic.example?x=1", func(c *Config) { c.BookingURL = "https://clinic.example?x=1" }},
	{"booking-url", "https://clinic.example#top", func(c *Config) { c.BookingURL = "https://clinic.example#top" }},
	{"booking-url", "https://clinic.example", func(c *Config) { c.BookingURL = "https://clinic.example" }},

	// lang
	{"lang", "es", func(c *Config) { c.Lang = Spanish }},
	{"lang", "ES-mx", func(c *Config) { c.Lang = Spanish }},
	{"lang", "es_419", func(c *Config) { c.Lang = Spanish }},
	{"lang", "en-GB", func(c *Config) { c.Lang = English }},
	{"lang", "fr", nil},
	{"lang", "esp", nil},

	// accent
	{"accent", "#fff", func(c *Config) { c.Accent = Color{0xff, 0xff, 0xff, 0xff} }},
	{"accent", "#1A2b3C", func(c *Config) { c.Accent = Color{0x1a, 0x2b, 0x3c, 0xff} }},
	{"accent", "#f80", func(c *Config) { c.Accent = Color{0xff, 0x88, 0x00, 0xff} }},
	{"accent", "fff", nil},
	{"accent", "#ffff", nil},
	{"accent", "#ggg", nil},
	{"accent", "red", nil},
	{"accent", "#12345678", nil},
	{"accent", "rgb(1,2,3)", nil},

	// sound, voice
	{"sound", "on", func(c *Config) { c.Sound = true }},
	{"sound", "OFF", func(c *Config) { c.Sound = false }},
	{"sound", "true", nil},
	{"voice", "On", func(c *Config) { c.Voice = true }},
	{"voice", "1", nil},
	{"haptics", "on", func(c *Config) { c.Haptics = true }},
	{"haptics", "vibrate", nil},
	{"booking-utm", "ON", func(c *Config) { c.BookingUTM = true }},
	{"booking-utm", "yes", nil},

	// motion
	{"motion", "reduced", func(c *Config) { c.Motion = MotionReduced }},
	{"motion", "FULL", func(c *Config) { c.Motion = MotionFull }},
	{"motion", "none", nil},

	// origin
	{"origin", "https://clinic.example", func(c *Config) { c.Origin = "https://clinic.example" }},
	{"origin", "http://localhost:8080", func(c *Config) { c.Origin = "http://localhost:8080" }},
	{"origin", "http://[::1]:3000", func(c *Config) { c.Origin = "http://[::1]:3000" }},
	{"origin", "https://127.0.0.1", func(c *Config) { c.Origin = "https://127.0.0.1" }},
	{"origin", "http://[::]", func(c *Config) { c.Origin = "http://[::]" }},
	{"origin", "http://[2001:db8:0:0:0:0:0:1]", func(c *Config) { c.Origin = "http://[2001:db8:0:0:0:0:0:1]" }},
	{"origin", "http://[:]", nil},
	{"origin", "http://[:::1]", nil},
	{"origin", "http://[1::2::3]", nil},
	{"origin", "http://[12345::1]", nil},
	{"origin", "http://[1:2:3:4:5:6:7]", nil},
	{"origin", "http://[1:2:3:4:5:6:7:8:9]", nil},
	{"origin", "https://clinic.example/", nil},
	{"origin", "https://clinic.example/path", nil},
	{"origin", "https://clinic.example?x", nil},
	{"origin", "https://clinic.example#x", nil},
	{"origin", "https://Clinic.example", nil},
	{"origin", "https://clinic.example:443", nil},
	{"origin", "http://clinic.example:80", nil},
	{"origin", "https://clinic.example:0", nil},
	{"origin", "https://clinic.example:08080", nil},
	{"origin", "https://clinic.example:65536", nil},
	{"origin", "https://clinic.example:", nil},
	{"origin", "https://user@clinic.example", nil},
	{"origin", "null", func(c *Config) { c.Origin = OpaqueOrigin }},
	{"origin", "*", nil},
	{"origin", "file://", nil},
	{"origin", "javascript:alert(1)", nil},
	{"origin", "https://clínica.example", nil},
}

// shortQ quotes s for a test message, cut to 60 bytes.
func shortQ(s string) string {
	if len(s) > 60 {
		return strconv.Quote(s[:60]) + "…"
	}
	return strconv.Quote(s)
}

func TestParseConfig(t *testing.T) {
	for _, tt := range configTests {
		got, problems := ParseConfig(url.Values{tt.key: {tt.value}})
		want := DefaultConfig()
		if tt.want != nil {
			tt.want(&want)
			if len(problems) != 0 {
				t.Errorf("ParseConfig(%s=%s) problems = %v; want none", tt.key, shortQ(tt.value), problems)
			}
		} else if len(problems) != 1 || problems[0].Field != tt.key {
			t.Errorf("ParseConfig(%s=%s) problems = %v; want one for %s", tt.key, shortQ(tt.value), problems, tt.key)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ParseConfig(%s=%s) = %+v; want %+v", tt.key, shortQ(tt.value), got, want)
		}
	}
}

func TestParseConfigEmptyAndUnknown(t *testing.T) {
	for _, q := range []url.Values{
		nil,
		{},
		{"breaths": {""}, "clinic": {"   "}, "lang": {""}},
		{"unknown": {"x"}, "Breaths": {"abc"}}, // keys are case-sensitive, others ignored
	} {
		got, problems := ParseConfig(q)
		if !reflect.DeepEqual(got, DefaultConfig()) || len(problems) != 0 {
			t.Errorf("ParseConfig(%v) = %+v, %v; want the default and no problems", q, got, problems)
		}
	}
	// Only the first of repeated values counts.
	got, _ := ParseConfig(url.Values{"breaths": {"3", "abc"}})
	if got.Breaths != 3 {
		t.Errorf("ParseConfig(breaths=3&breaths=abc).Breaths = %d; want 3", got.Breaths)
	}
}

// Several bad values: each is reported once, in key order, and every other
// field is still read.
func TestParseConfigManyProblems(t *testing.T) {
	q := url.Values{
		"origin":      {"*"},
		"breaths":     {"abc"},
		"lang":        {"es"},
		"booking-url": {"javascript:alert(1)"},
		"accent":      {"#abc"},
	}
	got, problems := ParseConfig(q)
	var fields []string
	for _, p := range problems {
		fields = append(fields, p.Field)
	}
	if want := "breaths booking-url origin"; strings.Join(fields, " ") != want {
		t.Errorf("problem fields = %v; want %s", fields, want)
	}
	if got.Lang != Spanish || got.Accent != (Color{0xaa, 0xbb, 0xcc, 0xff}) || got.Breaths != 0 || got.BookingURL != "" || got.Origin != "" {
		t.Errorf("ParseConfig(%v) = %+v; want lang and accent read, the rest default", q, got)
	}
}

var problemStringTests = []struct {
	key, value, want string
}{
	{"breaths", "abc", `stretch-routine: ignoring breaths="abc": expected a whole number from 1 to 20; using the default`},
	{"sound", "yes\n", `stretch-routine: ignoring sound="yes\n": expected on or off; using the default`},
	{"accent", "red", `stretch-routine: ignoring accent="red": expected a colour as #rgb or #rrggbb; using the default`},
	{"clinic", "<b>", `stretch-routine: ignoring clinic="<b>": expected plain text of 1 to 80 characters with a letter or digit, without <, >, control or invisible characters; using the default`},
}

func TestProblemString(t *testing.T) {
	for _, tt := range problemStringTests {
		_, problems := ParseConfig(url.Values{tt.key: {tt.value}})
		if len(problems) != 1 || problems[0].String() != tt.want {
			t.Errorf("ParseConfig(%s=%q) problems = %q; want [%s]", tt.key, tt.value, problems, tt.want)
		}
	}
}

// A huge value is cut short in the problem, never echoed whole.
func TestProblemValueShortened(t *testing.T) {
	huge := strings.Repeat("ñ", 1<<20)
	for _, f := range ConfigFields() {
		key := f.Key
		_, problems := ParseConfig(url.Values{key: {huge}})
		if len(problems) != 1 {
			t.Fatalf("ParseConfig(%s=<1 MB>) problems = %d; want 1", key, len(problems))
		}
		p := problems[0]
		if n := utf8.RuneCountInString(p.Value); n != ProblemValueMax+1 || !strings.HasSuffix(p.Value, "…") || !strings.HasPrefix(huge, strings.TrimSuffix(p.Value, "…")) {
			t.Errorf("%s: Problem.Value has %d runes (%q…); want the first %d and an ellipsis", key, n, p.Value[:10], ProblemValueMax)
		}
		if len(p.String()) > 500 {
			t.Errorf("%s: Problem.String() is %d bytes; want it short", key, len(p.String()))
		}
	}
	// A value of exactly the limit is kept whole.
	exact := strings.Repeat("x", ProblemValueMax)
	if _, problems := ParseConfig(url.Values{"accent": {exact}}); problems[0].Value != exact {
		t.Errorf("a %d-rune value was shortened to %q", ProblemValueMax, problems[0].Value)
	}
}

// randomConfig is a valid Config with every field varied.
func randomConfig(r *rand.Rand) Config {
	c := DefaultConfig()
	perm := r.Perm(len(AllStretches))
	c.Stretches = nil
	for _, i := range perm[:1+r.IntN(len(perm))] {
		c.Stretches = append(c.Stretches, AllStretches[i])
	}
	c.Pattern = randomPattern(r)
	c.Breaths = r.IntN(MaxBreaths + 1)
	c.Clinic = []string{DefaultClinic, "Sunrise Spa", "Clínica Ñandú & Co.", strings.Repeat("z", 80)}[r.IntN(4)]
	c.BookingURL = []string{"", "https://clinic.example/book", "http://x.example:81/a?b=c#d"}[r.IntN(3)]
	c.Lang = Langs[r.IntN(len(Langs))]
	c.Accent = Color{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 0xff}
	c.Sound, c.Voice, c.Haptics, c.BookingUTM = r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(2) == 0
	c.Motion = Motion(r.IntN(3))
	c.Origin = []string{"", "https://clinic.example", "http://localhost:8080"}[r.IntN(3)]
	return c
}

// Values encodes a config that ParseConfig reads back unchanged, through a
// real query string.
func TestConfigValuesRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 500 {
		c := randomConfig(r)
		q, err := url.ParseQuery(c.Values().Encode())
		if err != nil {
			t.Fatal(err)
		}
		got, problems := ParseConfig(q)
		if len(problems) != 0 || !reflect.DeepEqual(got, c) {
			t.Fatalf("ParseConfig(%s) = %+v, %v; want %+v", c.Values().Encode(), got, problems, c)
		}
	}
}

func TestConfigRoutine(t *testing.T) {
	c, _ := ParseConfig(url.Values{"stretches": {"childs-pose,cat-cow"}, "breath": {"box"}, "breaths": {"3"}})
	r := c.Routine()
	want := Routine{Stretches: []StretchID{ChildsPose, CatCow}, Pattern: PatternBox, Breaths: 3}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("Routine() = %+v; want %+v", r, want)
	}
	if got, want := c.Timeline().Duration(), 12*time.Second+12*time.Second+6*16*time.Second; got != want {
		t.Errorf("Timeline().Duration() = %v; want %v", got, want)
	}
	r.Stretches[0] = "changed"
	if c.Stretches[0] != ChildsPose {
		t.Error("changing Routine().Stretches changed the Config")
	}
}

func TestParseLang(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"en", English, true}, {"es", Spanish, true}, {" ES-MX ", Spanish, true}, {"en-us", English, true},
		{"es_ES", Spanish, true}, {"", English, false}, {"fr-CA", English, false}, {"e", English, false}, {"-es", English, false},
	} {
		if got, ok := ParseLang(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseLang(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMotionString(t *testing.T) {
	for m, want := range map[Motion]string{MotionSystem: "system", MotionFull: "full", MotionReduced: "reduced"} {
		if got := m.String(); got != want {
			t.Errorf("Motion(%d).String() = %q; want %q", int(m), got, want)
		}
	}
}

func TestPinBookingHosts(t *testing.T) {
	for _, tc := range []struct {
		url   string
		hosts []string
		want  string
		bad   bool
	}{
		{"https://clinic.example/book", nil, "https://clinic.example/book", false},
		{"https://clinic.example/book", []string{"clinic.example"}, "https://clinic.example/book", false},
		{"https://CLINIC.example:8443/book", []string{"clinic.example"}, "https://CLINIC.example:8443/book", false},
		{"https://evil.example/book", []string{"clinic.example", "book.clinic.example"}, "", true},
		{"https://clinic.example.evil.example/", []string{"clinic.example"}, "", true},
		{"", []string{"clinic.example"}, "", false},
	} {
		c := DefaultConfig()
		c.BookingURL = tc.url
		p := c.PinBookingHosts(tc.hosts)
		if c.BookingURL != tc.want || (p != nil) != tc.bad {
			t.Errorf("PinBookingHosts(%q, %v): booking URL %q, problem %v; want %q, problem %v", tc.url, tc.hosts, c.BookingURL, p, tc.want, tc.bad)
		}
		if p != nil && p.Field != "booking-url" {
			t.Errorf("problem field %q; want booking-url", p.Field)
		}
	}
}

func TestBookingHost(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://clinic.example/book", "clinic.example"},
		{"https://Clinic.Example:8443?x=1", "Clinic.Example"},
		{"https://clinic.example#top", "clinic.example"},
		{"nonsense", ""},
	} {
		if got := BookingHost(tc.url); got != tc.want {
			t.Errorf("BookingHost(%q) = %q; want %q", tc.url, got, tc.want)
		}
	}
}
