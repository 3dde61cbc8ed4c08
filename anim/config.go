package anim

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Motion is how much the figure may move.
type Motion int

const (
	// MotionSystem follows the visitor's prefers-reduced-motion setting.
	MotionSystem Motion = iota
	// MotionFull always animates fully.
	MotionFull
	// MotionReduced always reduces motion.
	MotionReduced
)

// String returns "system", "full" or "reduced".
func (m Motion) String() string {
	switch m {
	case MotionFull:
		return "full"
	case MotionReduced:
		return "reduced"
	}
	return "system"
}

// Config is the player's settings, read from its query string. A Config
// from ParseConfig or DefaultConfig is always valid.
type Config struct {
	// Stretches to do, in order: known ids, no repeats, at least one.
	Stretches []StretchID
	// Pattern paces each breath.
	Pattern Pattern
	// Breaths per stretch, 1-20; 0 means each stretch's DefaultBreaths.
	Breaths int
	// Clinic is the clinic named in the call to action: plain text of 1-80
	// runes, whitespace collapsed, without '<', '>' or control characters.
	Clinic string
	// BookingURL is where "Book a massage" goes: an absolute http or https
	// URL, or "" to hide the button.
	BookingURL string
	// Lang is the language of every word shown.
	Lang Lang
	// Accent is the accent colour (always opaque).
	Accent Color
	// Sound plays soft tones on the inhale and exhale.
	Sound bool
	// Voice speaks the cues.
	Voice bool
	// Haptics gives a short vibration at each breath phase, where the
	// device can.
	Haptics bool
	// BookingUTM tags the booking link with utm_* parameters (see
	// BookingLink).
	BookingUTM bool
	// Motion says whether to reduce motion.
	Motion Motion
	// Origin is the host page's origin (scheme://host[:port]) the player
	// posts its events to, OpaqueOrigin for a page that has none that can
	// be named, or "" if none was given.
	Origin string
}

// DefaultConfig is the configuration with no settings: every stretch, the
// calm pattern, each stretch's own breaths, DefaultClinic, no booking
// button, English, DefaultAccent, sound and voice off, motion following the
// system.
func DefaultConfig() Config {
	return Config{
		Stretches: slices.Clone(AllStretches),
		Pattern:   DefaultPattern,
		Clinic:    DefaultClinic,
		Lang:      DefaultLang,
		Accent:    DefaultAccent,
		Motion:    MotionSystem,
	}
}

// configField is one query key: what it accepts and how it is set. set
// leaves c unchanged when it reports false.
type configField struct {
	key, accepted string
	set           func(c *Config, v string) bool
}

// configFields are the query keys in the order ParseConfig reports them.
var configFields = []configField{
	{"stretches", "a comma-separated list of " + strings.Join(stretchIDStrings(), ", ") + ", each at most once",
		func(c *Config, v string) bool {
			ids, ok := parseStretchList(v)
			if ok {
				c.Stretches = ids
			}
			return ok
		}},
	{"breath", PatternAccepted, func(c *Config, v string) bool {
		p, err := ParsePattern(v)
		if err == nil {
			c.Pattern = p
		}
		return err == nil
	}},
	{"breaths", "a whole number from 1 to 20", func(c *Config, v string) bool {
		n, ok := parseBreathCount(v)
		if ok {
			c.Breaths = n
		}
		return ok
	}},
	{"clinic", "plain text of 1 to 80 characters with a letter or digit, without <, >, control or invisible characters", func(c *Config, v string) bool {
		s, ok := parseClinic(v)
		if ok {
			c.Clinic = s
		}
		return ok
	}},
	{"booking-url", "an absolute http:// or https:// URL of at most 2000 characters: an ASCII host name (the xn-- form of an international one), no user name or password, no spaces or invisible characters",
		func(c *Config, v string) bool {
			s, ok := parseBookingURL(v)
			if ok {
				c.BookingURL = s
			}
			return ok
		}},
	{"lang", "en or es (a region such as es-MX is fine)", func(c *Config, v string) bool {
		l, ok := ParseLang(v)
		if ok {
			c.Lang = l
		}
		return ok
	}},
	{"accent", "a colour as #rgb or #rrggbb", func(c *Config, v string) bool {
		col, ok := parseAccent(v)
		if ok {
			c.Accent = col
		}
		return ok
	}},
	{"sound", "on or off", func(c *Config, v string) bool { return parseOnOff(v, &c.Sound) }},
	{"voice", "on or off", func(c *Config, v string) bool { return parseOnOff(v, &c.Voice) }},
	{"haptics", "on or off", func(c *Config, v string) bool { return parseOnOff(v, &c.Haptics) }},
	{"booking-utm", "on or off", func(c *Config, v string) bool { return parseOnOff(v, &c.BookingUTM) }},
	{"motion", "full or reduced", func(c *Config, v string) bool {
		switch strings.ToLower(v) {
		case "full":
			c.Motion = MotionFull
		case "reduced":
			c.Motion = MotionReduced
		default:
			return false
		}
		return true
	}},
	{"origin", "a page origin such as https://clinic.example (http or https, a host and an optional port, nothing else), or null",
		func(c *Config, v string) bool {
			s, ok := parseOrigin(v)
			if ok {
				c.Origin = s
			}
			return ok
		}},
}

// ParseConfig reads the player's query string (keys stretches, breath,
// breaths, clinic, booking-url, lang, accent, sound, voice, haptics,
// booking-utm, motion, origin) into a Config. A key that is absent, or whose value is empty after
// trimming spaces, keeps its default; a value that is not accepted keeps the
// default and adds a Problem, in the order of the keys above. Other keys are
// ignored, and of a repeated key only the first value counts. It never
// panics.
func ParseConfig(q url.Values) (Config, []Problem) {
	c := DefaultConfig()
	var problems []Problem
	for _, f := range configFields {
		raw := q.Get(f.key)
		v := strings.TrimSpace(raw)
		if v == "" {
			continue
		}
		if !f.set(&c, v) {
			problems = append(problems, newProblem(f.key, raw, f.accepted))
		}
	}
	return c, problems
}

// Values encodes c as a query string ParseConfig reads back to c. Fields at
// their "none" value (Breaths 0, no BookingURL, MotionSystem, no Origin)
// are left out.
func (c Config) Values() url.Values {
	q := url.Values{}
	ids := make([]string, len(c.Stretches))
	for i, id := range c.Stretches {
		ids[i] = string(id)
	}
	q.Set("stretches", strings.Join(ids, ","))
	q.Set("breath", c.Pattern.String())
	if c.Breaths != 0 {
		q.Set("breaths", strconv.Itoa(c.Breaths))
	}
	q.Set("clinic", c.Clinic)
	if c.BookingURL != "" {
		q.Set("booking-url", c.BookingURL)
	}
	q.Set("lang", string(c.Lang))
	q.Set("accent", c.Accent.Hex())
	q.Set("sound", onOff(c.Sound))
	q.Set("voice", onOff(c.Voice))
	q.Set("haptics", onOff(c.Haptics))
	q.Set("booking-utm", onOff(c.BookingUTM))
	if c.Motion != MotionSystem {
		q.Set("motion", c.Motion.String())
	}
	if c.Origin != "" {
		q.Set("origin", c.Origin)
	}
	return q
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// Routine is the routine c describes.
func (c Config) Routine() Routine {
	return Routine{Stretches: slices.Clone(c.Stretches), Pattern: c.Pattern, Breaths: c.Breaths}
}

// Timeline lays out c's routine: NewTimeline(c.Routine()).
func (c Config) Timeline() *Timeline { return NewTimeline(c.Routine()) }

// OpaqueOrigin is the origin of a page that has none that can be named:
// a file:// page, a sandboxed frame.
const OpaqueOrigin = "null"

// PinBookingHosts drops c's booking URL, and returns the Problem, when
// hosts is not empty and the URL's host is none of them (compared without
// case): a site built for one clinic then never links elsewhere.
func (c *Config) PinBookingHosts(hosts []string) *Problem {
	if len(hosts) == 0 || c.BookingURL == "" {
		return nil
	}
	for _, h := range hosts {
		if strings.EqualFold(BookingHost(c.BookingURL), h) {
			return nil
		}
	}
	p := newProblem("booking-url", c.BookingURL, "a link to "+strings.Join(hosts, " or "))
	c.BookingURL = ""
	return &p
}

// ConfigField describes one setting ParseConfig reads: its query key, which
// is also the element's attribute, and what it accepts, in the words of
// the warning about a bad value.
type ConfigField struct {
	Key, Accepted string
}

// ConfigFields returns the settings ParseConfig reads, in the order it
// reports their problems. The last, origin, is set by the embed itself and
// is no attribute of the element.
func ConfigFields() []ConfigField {
	out := make([]ConfigField, len(configFields))
	for i, f := range configFields {
		out[i] = ConfigField{f.key, f.accepted}
	}
	return out
}
