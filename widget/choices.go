package widget

import "strings"

// Choice is the visitor's own choice of how to follow without looking:
// voice, tones and vibration. The player remembers it for the next visit
// (see Choices in the browser), and it wins over the page's attributes.
type Choice struct {
	Voice, Sound, Haptics bool
}

// String encodes c as the comma-separated names of what is on, such as
// "voice,sound" ("" when nothing is), as the player stores it and as the
// embed passes it.
func (c Choice) String() string {
	var on []string
	for _, f := range []struct {
		name string
		on   bool
	}{{"voice", c.Voice}, {"sound", c.Sound}, {"haptics", c.Haptics}} {
		if f.on {
			on = append(on, f.name)
		}
	}
	return strings.Join(on, ",")
}

// ParseChoice reads what Choice.String writes. Unknown names are ignored.
func ParseChoice(s string) Choice {
	var c Choice
	for name := range strings.SplitSeq(s, ",") {
		switch strings.TrimSpace(name) {
		case "voice":
			c.Voice = true
		case "sound":
			c.Sound = true
		case "haptics":
			c.Haptics = true
		}
	}
	return c
}
