package anim

import (
	"math"
	"testing"
	"time"
)

var parseCommandTests = []struct {
	name  string
	value float64
	want  Command
	ok    bool
}{
	// commands without a value ignore it
	{"play", math.NaN(), Command{Kind: Play}, true},
	{"pause", 0, Command{Kind: Pause}, true},
	{"next", 0, Command{Kind: Next}, true},
	{"previous", 0, Command{Kind: Previous}, true},
	{"restart", 0, Command{Kind: Restart}, true},
	// seek
	{"seek", 0, Command{Kind: Seek}, true},
	{"seek", 12.5, Command{Kind: Seek, Time: 12500 * time.Millisecond}, true},
	{"seek", -1, Command{}, false},
	{"seek", math.NaN(), Command{}, false},
	{"seek", math.Inf(1), Command{}, false},
	{"seek", 1e300, Command{}, false},
	// rate
	{"rate", 0.25, Command{Kind: Rate, Rate: 0.25}, true},
	{"rate", 16, Command{Kind: Rate, Rate: 16}, true},
	{"rate", 0.2, Command{}, false},
	{"rate", 17, Command{}, false},
	{"rate", math.NaN(), Command{}, false},
	// visibility
	{"visibility", 1, Command{Kind: Visibility, Visible: true}, true},
	{"visibility", 0, Command{Kind: Visibility, Visible: false}, true},
	{"visibility", 0.5, Command{}, false},
	// sync
	{"sync", 3.5, Command{Kind: Sync, Time: 3500 * time.Millisecond}, true},
	{"sync", -0.1, Command{}, false},
	{"sync", math.NaN(), Command{}, false},
	// fullscreen
	{"fullscreen", 1, Command{Kind: Fullscreen, On: true}, true},
	{"fullscreen", 0, Command{Kind: Fullscreen}, true},
	{"fullscreen", 2, Command{}, false},
	// unknown
	{"", 0, Command{}, false},
	{"__proto__", 0, Command{}, false},
	{"toString", 0, Command{}, false},
	{"hasOwnProperty", 0, Command{}, false},
	{"Play", 0, Command{}, false},
	{"eval", 0, Command{}, false},
	{"constructor", 0, Command{}, false},
}

func TestParseCommand(t *testing.T) {
	for _, tt := range parseCommandTests {
		got, err := ParseCommand(tt.name, tt.value)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseCommand(%q, %v) = %+v, %v; want %+v, ok=%v", tt.name, tt.value, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParseCommand(f *testing.F) {
	for _, tt := range parseCommandTests {
		f.Add(tt.name, tt.value)
	}
	f.Add("seek", 86400.0)
	f.Add("rate", math.Inf(-1))
	f.Fuzz(func(t *testing.T, name string, value float64) {
		c, err := ParseCommand(name, value)
		if err != nil {
			if c != (Command{}) {
				t.Fatalf("ParseCommand(%q, %v) returned %+v with error %v", name, value, c, err)
			}
			return
		}
		if c.Time < 0 || c.Time > maxSeek {
			t.Fatalf("ParseCommand(%q, %v): time %v out of range", name, value, c.Time)
		}
		if c.Kind == Rate && (c.Rate < MinRate || c.Rate > MaxRate) {
			t.Fatalf("ParseCommand(%q, %v): rate %v out of range", name, value, c.Rate)
		}
	})
}

func TestIsCommand(t *testing.T) {
	for name, want := range map[string]bool{"play": true, "sync": true, "fullscreen": true, "Play": false, "constructor": false, "": false} {
		if got := IsCommand(name); got != want {
			t.Errorf("IsCommand(%q) = %v; want %v", name, got, want)
		}
	}
}
