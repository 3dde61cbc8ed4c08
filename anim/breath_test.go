package anim

import (
	"strings"
	"testing"
	"time"
)

func secondsD(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func patternOf(in, hold, ex, rest float64) Pattern {
	return Pattern{Inhale: secondsD(in), Hold: secondsD(hold), Exhale: secondsD(ex), Rest: secondsD(rest)}
}

var parsePatternTests = []struct {
	in   string
	want Pattern
	ok   bool
}{
	// Presets, any case, spaces around.
	{"calm", patternOf(4, 0, 6, 0), true},
	{"box", patternOf(4, 4, 4, 4), true},
	{"478", patternOf(4, 7, 8, 0), true},
	{"coherent", patternOf(5.5, 0, 5.5, 0), true},
	{"  Coherent ", patternOf(5.5, 0, 5.5, 0), true},
	{"BOX", patternOf(4, 4, 4, 4), true},

	// Four numbers.
	{"4-0-6-0", patternOf(4, 0, 6, 0), true},
	{"4-7-8-0", patternOf(4, 7, 8, 0), true},
	{"5.5-0-5.5-0", patternOf(5.5, 0, 5.5, 0), true},
	{"4.0-0.5-6.50-0", patternOf(4, 0.5, 6.5, 0), true},
	{" 4 - 0 - 6 - 0 ", patternOf(4, 0, 6, 0), true},
	{"04-00-06-00", patternOf(4, 0, 6, 0), true},

	// Range edges.
	{"2-0-2-0", patternOf(2, 0, 2, 0), true},
	{"10-10-12-10", patternOf(10, 10, 12, 10), true},
	{"1.5-0-6-0", Pattern{}, false},
	{"10.5-0-6-0", Pattern{}, false},
	{"4-10.5-6-0", Pattern{}, false},
	{"4-0-1.5-0", Pattern{}, false},
	{"4-0-12.5-0", Pattern{}, false},
	{"4-0-6-10.5", Pattern{}, false},

	// Not in 0.5 s steps.
	{"4.25-0-6-0", Pattern{}, false},
	{"4-0.1-6-0", Pattern{}, false},
	{"4-0-6-0.000000001", Pattern{}, false},

	// Not a pattern.
	{"", Pattern{}, false},
	{"calm-ish", Pattern{}, false},
	{"4-0-6", Pattern{}, false},
	{"4-0-6-0-0", Pattern{}, false},
	{"4--6-0", Pattern{}, false},
	{"4,0,6,0", Pattern{}, false},
	{"4 0 6 0", Pattern{}, false},
	{"+4-0-6-0", Pattern{}, false},
	{"4.-0-6-0", Pattern{}, false},
	{".5-0-6-0", Pattern{}, false},
	{"NaN-0-6-0", Pattern{}, false},
	{"Inf-0-6-0", Pattern{}, false},
	{"1e1-0-6-0", Pattern{}, false},
	{"0x4-0-6-0", Pattern{}, false},
	{"-4-0-6-0", Pattern{}, false},
	{"4-0-6-0.5.5", Pattern{}, false},
	{"999999999999999999999-0-6-0", Pattern{}, false},
	{"4-0-6-0.1234567890", Pattern{}, false},
	{"４-0-6-0", Pattern{}, false}, // fullwidth digit
}

func TestParsePattern(t *testing.T) {
	for _, tt := range parsePatternTests {
		got, err := ParsePattern(tt.in)
		if tt.ok {
			if err != nil || got != tt.want {
				t.Errorf("ParsePattern(%q) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
			}
			continue
		}
		if err == nil {
			t.Errorf("ParsePattern(%q) = %v, nil; want an error", tt.in, got)
		} else if got != DefaultPattern {
			t.Errorf("ParsePattern(%q) = %v, %v; want DefaultPattern with the error", tt.in, got, err)
		}
	}
}

func TestParsePatternErrorSaysWhy(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"11-0-6-0", "inhale must be 2 to 10 seconds, not 11"},
		{"4-0-6-0.25", "hold after the exhale must be a multiple of 0.5 seconds, not 0.25"},
		{"4-0-6", "expected inhale-hold-exhale-hold"},
		{"4-x-6-0", "part 2 is not a number"},
	} {
		_, err := ParsePattern(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParsePattern(%q) error = %v; want it to contain %q", tt.in, err, tt.want)
		}
	}
}

var patternStringTests = []struct {
	p    Pattern
	want string
}{
	{patternOf(4, 0, 6, 0), "4-0-6-0"},
	{patternOf(5.5, 0, 5.5, 0), "5.5-0-5.5-0"},
	{patternOf(10, 10, 12, 10), "10-10-12-10"},
	{Pattern{Inhale: time.Millisecond}, "0.001-0-0-0"},
	{Pattern{Inhale: -1500 * time.Millisecond}, "-1.5-0-0-0"},
}

func TestPatternString(t *testing.T) {
	for _, tt := range patternStringTests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q; want %q", tt.p, got, tt.want)
		}
	}
}

// Every valid pattern (all 157,000-odd of them) round-trips through String.
func TestPatternRoundTripAllValid(t *testing.T) {
	n := 0
	for in := MinInhale; in <= MaxInhale; in += PatternStep {
		for hold := MinHold; hold <= MaxHold; hold += PatternStep {
			for ex := MinExhale; ex <= MaxExhale; ex += PatternStep {
				for rest := MinHold; rest <= MaxHold; rest += PatternStep {
					p := Pattern{in, hold, ex, rest}
					got, err := ParsePattern(p.String())
					if err != nil || got != p {
						t.Fatalf("ParsePattern(%q) = %v, %v; want %v", p.String(), got, err, p)
					}
					n++
				}
			}
		}
	}
	if want := 17 * 21 * 21 * 21; n != want {
		t.Errorf("checked %d patterns; want %d", n, want)
	}
}

func TestPatternCycleAndPhase(t *testing.T) {
	p := patternOf(4, 7, 8, 0.5)
	if got, want := p.Cycle(), secondsD(19.5); got != want {
		t.Errorf("%v.Cycle() = %v; want %v", p, got, want)
	}
	for _, tt := range []struct {
		ph   Phase
		want time.Duration
	}{{Inhale, secondsD(4)}, {Hold, secondsD(7)}, {Exhale, secondsD(8)}, {Rest, secondsD(0.5)}, {Phase(9), 0}} {
		if got := p.Phase(tt.ph); got != tt.want {
			t.Errorf("%v.Phase(%v) = %v; want %v", p, tt.ph, got, tt.want)
		}
	}
}

func TestPatternPresetsAreValidAndNamed(t *testing.T) {
	want := map[string]string{"calm": "4-0-6-0", "box": "4-4-4-4", "478": "4-7-8-0", "coherent": "5.5-0-5.5-0"}
	presets := PatternPresets()
	if len(presets) != len(want) {
		t.Fatalf("PatternPresets() has %d presets; want %d", len(presets), len(want))
	}
	for _, pr := range presets {
		if err := pr.Pattern.Validate(); err != nil {
			t.Errorf("preset %s: Validate() = %v", pr.Name, err)
		}
		if got := pr.Pattern.String(); got != want[pr.Name] {
			t.Errorf("preset %s = %s; want %s", pr.Name, got, want[pr.Name])
		}
	}
	if DefaultPattern != PatternCalm {
		t.Errorf("DefaultPattern = %v; want calm", DefaultPattern)
	}
}
