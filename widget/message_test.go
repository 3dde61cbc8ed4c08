package widget

import (
	"math"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

func ours(cmd string, value float64) message {
	return message{object: true, source: messageSource, hasSource: true, kind: "command", hasKind: true, cmd: cmd, hasCmd: true, value: value}
}

func TestCommandOf(t *testing.T) {
	for _, tc := range []struct {
		name  string
		m     message
		want  anim.Command
		fault string
	}{
		{"play", ours("play", math.NaN()), anim.Command{Kind: anim.Play}, ""},
		{"seek", ours("seek", 12), anim.Command{Kind: anim.Seek, Time: 12e9}, ""},
		{"not an object", message{}, anim.Command{}, "other"},
		{"another script's", message{object: true, source: "other", hasSource: true}, anim.Command{}, "other"},
		{"an event of ours", message{object: true, source: messageSource, hasSource: true, kind: "event", hasKind: true}, anim.Command{}, "other"},
		{"no name", message{object: true, source: messageSource, hasSource: true, kind: "command", hasKind: true}, anim.Command{}, "name"},
		{"unknown", ours("constructor", 0), anim.Command{}, "unknown"},
		{"bad value", ours("rate", 100), anim.Command{}, "value:rate"},
	} {
		got, fault, err := commandOf(tc.m)
		if got != tc.want || fault != tc.fault || (err != nil) != (fault != "" && fault != "other") {
			t.Errorf("%s: commandOf = %+v, %q, %v; want %+v, %q", tc.name, got, fault, err, tc.want, tc.fault)
		}
	}
}

// FuzzCommandMessage: whatever a page posts, reading it never panics, a
// command comes only from a message of ours, and its values are in range.
func FuzzCommandMessage(f *testing.F) {
	f.Add(true, messageSource, "command", "play", 0.0, true, true, true)
	f.Add(true, messageSource, "command", "seek", 1e300, true, true, true)
	f.Add(true, messageSource, "command", "rate", math.NaN(), true, true, true)
	f.Add(false, "", "", "", 0.0, false, false, false)
	f.Add(true, messageSource, "command", "__proto__", -0.0, true, true, true)
	f.Fuzz(func(t *testing.T, object bool, source, kind, cmd string, value float64, hasSource, hasKind, hasCmd bool) {
		m := message{object: object, source: source, kind: kind, cmd: cmd, value: value, hasSource: hasSource, hasKind: hasKind, hasCmd: hasCmd}
		c, fault, err := commandOf(m)
		if fault == "" {
			if !object || source != messageSource || kind != "command" || err != nil {
				t.Fatalf("commandOf(%+v) = %+v from a message that is not a valid command of ours", m, c)
			}
			if c.Kind == anim.Rate && (c.Rate < anim.MinRate || c.Rate > anim.MaxRate) {
				t.Fatalf("rate %v out of range", c.Rate)
			}
			return
		}
		if c != (anim.Command{}) {
			t.Fatalf("commandOf(%+v) = %+v with fault %q", m, c, fault)
		}
		if fault != "other" && (err == nil || len(err.Error()) > 300 || strings.ContainsAny(fault, "\n")) {
			t.Fatalf("fault %q with error %v", fault, err)
		}
	})
}
