package widget

import (
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

func TestReadSetup(t *testing.T) {
	on := Choice{Voice: true, Sound: true}
	for _, tc := range []struct {
		name     string
		query    string
		hosts    []string
		stored   *Choice
		check    func(Setup) bool
		warnings []string // each must appear in one warning
	}{
		{"plain", "lang=es&begun=1&session=abc", nil, nil, func(s Setup) bool {
			return s.Config.Lang == anim.Spanish && s.Begun && !s.Autoplay && s.Session == "abc" && !s.Chose
		}, nil},
		{"malformed part kept apart", "lang=es&clinic=50%off", nil, nil, func(s Setup) bool {
			return s.Config.Lang == anim.Spanish && s.Config.Clinic == anim.DefaultClinic
		}, []string{"malformed"}},
		{"bad value", "breaths=99", nil, nil, func(s Setup) bool { return s.Config.Breaths == 0 }, []string{"breaths"}},
		{"pinned host", "booking-url=https%3A%2F%2Fevil.example%2F", []string{"clinic.example"}, nil, func(s Setup) bool {
			return s.Config.BookingURL == ""
		}, []string{"booking-url", "clinic.example"}},
		{"remembered choice over attributes", "sound=off&voice=off", nil, &on, func(s Setup) bool {
			return s.Config.Voice && s.Config.Sound && !s.Config.Haptics && !s.Chose
		}, nil},
		{"choice made now over remembered", "choice=haptics", nil, &on, func(s Setup) bool {
			return !s.Config.Voice && !s.Config.Sound && s.Config.Haptics && s.Chose
		}, nil},
		{"empty choice is a choice", "choice=&voice=on", nil, nil, func(s Setup) bool {
			return !s.Config.Voice && s.Chose
		}, nil},
	} {
		s := ReadSetup(tc.query, tc.hosts, tc.stored)
		if !tc.check(s) {
			t.Errorf("%s: ReadSetup(%q) = %+v", tc.name, tc.query, s)
		}
		for _, w := range tc.warnings {
			if !strings.Contains(strings.Join(s.Warnings, "\n"), w) {
				t.Errorf("%s: warnings %q; want one naming %q", tc.name, s.Warnings, w)
			}
		}
		if tc.warnings == nil && len(s.Warnings) != 0 {
			t.Errorf("%s: warnings %q; want none", tc.name, s.Warnings)
		}
	}
}

// FuzzReadSetup: any address gives a valid configuration and short
// warnings, never a panic.
func FuzzReadSetup(f *testing.F) {
	for _, q := range []string{"", "lang=es&begun=1", "clinic=50%off", "choice=voice,sound&sound=off", "%zz=1;x&&=", "booking-url=javascript:alert(1)&origin=null"} {
		f.Add(q, "clinic.example")
	}
	f.Fuzz(func(t *testing.T, query, host string) {
		s := ReadSetup(query, []string{host}, nil)
		if err := s.Config.Pattern.Validate(); err != nil || len(s.Config.Stretches) == 0 || !s.Config.Lang.Valid() {
			t.Fatalf("ReadSetup(%q) gave an invalid config %+v", query, s.Config)
		}
		if s.Config.BookingURL != "" && !strings.EqualFold(anim.BookingHost(s.Config.BookingURL), host) {
			t.Fatalf("ReadSetup(%q) kept booking URL %q, not on %q", query, s.Config.BookingURL, host)
		}
		for _, w := range s.Warnings {
			if len(w) > 2000 || !strings.HasPrefix(w, "stretch-routine: ") {
				t.Fatalf("warning %q", w)
			}
		}
	})
}
