package anim

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Pattern is a breath: how long to breathe in, hold full, breathe out and
// hold empty. A phase of zero length is skipped.
type Pattern struct {
	Inhale, Hold, Exhale, Rest time.Duration
}

// The breath presets accepted by ParsePattern by name.
var (
	// PatternCalm (4-0-6-0): a longer out-breath than in-breath. The default.
	PatternCalm = Pattern{Inhale: 4 * time.Second, Exhale: 6 * time.Second}
	// PatternBox (4-4-4-4): box breathing, four equal sides.
	PatternBox = Pattern{Inhale: 4 * time.Second, Hold: 4 * time.Second, Exhale: 4 * time.Second, Rest: 4 * time.Second}
	// Pattern478 (4-7-8-0): in for 4, hold for 7, out for 8.
	Pattern478 = Pattern{Inhale: 4 * time.Second, Hold: 7 * time.Second, Exhale: 8 * time.Second}
	// PatternCoherent (5.5-0-5.5-0): about 5.5 breaths a minute.
	PatternCoherent = Pattern{Inhale: 5500 * time.Millisecond, Exhale: 5500 * time.Millisecond}
)

// DefaultPattern is the pattern used when none, or an invalid one, is given.
var DefaultPattern = PatternCalm

// PatternPreset is a named breath pattern.
type PatternPreset struct {
	Name    string
	Pattern Pattern
}

// PatternPresets returns the named presets ParsePattern accepts, in the order
// they are documented: calm, box, 478, coherent.
func PatternPresets() []PatternPreset {
	return []PatternPreset{
		{"calm", PatternCalm},
		{"box", PatternBox},
		{"478", Pattern478},
		{"coherent", PatternCoherent},
	}
}

// The accepted range of each phase, and the step every phase is a multiple of.
const (
	PatternStep               = 500 * time.Millisecond
	MinInhale                 = 2 * time.Second
	MaxInhale                 = 10 * time.Second
	MinHold     time.Duration = 0
	MaxHold                   = 10 * time.Second
	MinExhale                 = 2 * time.Second
	MaxExhale                 = 12 * time.Second
)

// PatternAccepted describes, for people, what ParsePattern accepts.
const PatternAccepted = "inhale-hold-exhale-hold seconds such as 4-0-6-0 " +
	"(inhale 2-10, holds 0-10, exhale 2-12, in 0.5 s steps), or a preset: calm, box, 478, coherent"

// Phase returns the length of phase p of the breath (0 for an unknown phase).
func (p Pattern) Phase(ph Phase) time.Duration {
	switch ph {
	case Inhale:
		return p.Inhale
	case Hold:
		return p.Hold
	case Exhale:
		return p.Exhale
	case Rest:
		return p.Rest
	}
	return 0
}

// Cycle returns the length of one whole breath: the sum of the four phases.
func (p Pattern) Cycle() time.Duration { return p.Inhale + p.Hold + p.Exhale + p.Rest }

// String returns the pattern as inhale-hold-exhale-hold seconds, such as
// "4-0-6-0" or "5.5-0-5.5-0": whole seconds without a fraction, others with
// the shortest decimal fraction. ParsePattern reads it back to the same
// Pattern for every valid pattern.
func (p Pattern) String() string {
	parts := make([]string, 4)
	for i, d := range []time.Duration{p.Inhale, p.Hold, p.Exhale, p.Rest} {
		parts[i] = formatPatternSeconds(d)
	}
	return strings.Join(parts, "-")
}

// formatPatternSeconds writes d in seconds with as few decimals as needed:
// "4", "5.5", "0.001".
func formatPatternSeconds(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	whole, frac := d/time.Second, d%time.Second
	if frac == 0 {
		return fmt.Sprintf("%s%d", sign, whole)
	}
	return sign + strings.TrimRight(fmt.Sprintf("%d.%09d", whole, frac), "0")
}

// Validate reports whether every phase is within its range and a multiple of
// PatternStep; the error says which phase is not.
func (p Pattern) Validate() error {
	check := func(name string, d, lo, hi time.Duration) error {
		if d < lo || d > hi {
			return fmt.Errorf("%s must be %s to %s seconds, not %s", name,
				formatPatternSeconds(lo), formatPatternSeconds(hi), formatPatternSeconds(d))
		}
		if d%PatternStep != 0 {
			return fmt.Errorf("%s must be a multiple of 0.5 seconds, not %s", name, formatPatternSeconds(d))
		}
		return nil
	}
	return errors.Join(
		check("inhale", p.Inhale, MinInhale, MaxInhale),
		check("hold after the inhale", p.Hold, MinHold, MaxHold),
		check("exhale", p.Exhale, MinExhale, MaxExhale),
		check("hold after the exhale", p.Rest, MinHold, MaxHold),
	)
}

// ParsePattern reads a breath pattern: a preset name (calm, box, 478,
// coherent; any case) or four numbers of seconds separated by "-", in the
// order inhale, hold, exhale, hold, such as "4-0-6-0" or "5.5-0-5.5-0".
// Each number is plain decimal digits with an optional fraction ("4", "4.5",
// "4.50"); signs, exponents, NaN and Infinity are rejected. Spaces around the
// whole value and around each number are ignored. The result must pass
// Validate. On error the Pattern is DefaultPattern.
func ParsePattern(s string) (Pattern, error) {
	s = strings.TrimSpace(s)
	for _, pr := range PatternPresets() {
		if strings.EqualFold(s, pr.Name) {
			return pr.Pattern, nil
		}
	}
	fields := strings.Split(s, "-")
	if len(fields) != 4 {
		return DefaultPattern, fmt.Errorf("breath pattern: expected %s", PatternAccepted)
	}
	var d [4]time.Duration
	for i, f := range fields {
		v, ok := parsePatternSeconds(strings.TrimSpace(f))
		if !ok {
			return DefaultPattern, fmt.Errorf("breath pattern: part %d is not a number of seconds such as 4 or 5.5", i+1)
		}
		d[i] = v
	}
	p := Pattern{Inhale: d[0], Hold: d[1], Exhale: d[2], Rest: d[3]}
	if err := p.Validate(); err != nil {
		return DefaultPattern, fmt.Errorf("breath pattern: %w", err)
	}
	return p, nil
}

// parsePatternSeconds reads "d", "dd", "d.f…" or "dd.f…" (at most two whole
// digits and nine fraction digits) as a duration in seconds.
func parsePatternSeconds(s string) (time.Duration, bool) {
	whole, frac, hasDot := strings.Cut(s, ".")
	if len(whole) < 1 || len(whole) > 2 || (hasDot && (len(frac) < 1 || len(frac) > 9)) {
		return 0, false
	}
	var d time.Duration
	for _, c := range whole {
		if c < '0' || c > '9' {
			return 0, false
		}
		d = d*10 + time.Duration(c-'0')
	}
	d *= time.Second
	unit := time.Second
	for _, c := range frac {
		if c < '0' || c > '9' {
			return 0, false
		}
		unit /= 10
		d += time.Duration(c-'0') * unit
	}
	return d, true
}
