package widget

import (
	"net/url"

	"github.com/immerse-massage/stretch/anim"
)

// Setup is what the player takes from its address (player.html?…).
type Setup struct {
	// Config is the validated settings, with the visitor's own choice of
	// voice, tones and vibration over the attributes'.
	Config anim.Config
	// Begun, Autoplay and Session are as in Options and NewSession.
	Begun, Autoplay bool
	Session         string
	// Chose is set when the visitor chose voice, tones and vibration just
	// now, on the embed's facade: the choice is then to be remembered.
	Chose bool
	// Warnings say, one console line each, what was ignored and why.
	Warnings []string
}

// ReadSetup reads the player's query string. A malformed query is named
// in a warning, and every pair that could be read still applies. Booking
// links are pinned to bookingHosts (see anim.Config.PinBookingHosts). The
// visitor's choice comes from the choice parameter (made on the facade)
// or else from stored (remembered from an earlier visit, nil if none).
func ReadSetup(rawQuery string, bookingHosts []string, stored *Choice) Setup {
	var s Setup
	query, err := url.ParseQuery(rawQuery)
	if err != nil {
		s.Warnings = append(s.Warnings, "stretch-routine: the player's address has a malformed setting ("+err.Error()+"); it is ignored")
	}
	cfg, problems := anim.ParseConfig(query)
	if p := cfg.PinBookingHosts(bookingHosts); p != nil {
		problems = append(problems, *p)
	}
	for _, p := range problems {
		s.Warnings = append(s.Warnings, p.String())
	}
	var c *Choice
	if query.Has("choice") {
		chosen := ParseChoice(query.Get("choice"))
		c, s.Chose = &chosen, true
	} else {
		c = stored
	}
	if c != nil {
		cfg.Voice, cfg.Sound, cfg.Haptics = c.Voice, c.Sound, c.Haptics
	}
	s.Config = cfg
	s.Begun = query.Get("begun") == "1"
	s.Autoplay = query.Get("autoplay") == "1"
	s.Session = query.Get("session")
	return s
}
