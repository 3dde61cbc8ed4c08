package anim

import "testing"

// bookingLinkTests are shared with embed.js's conformance test: the
// fallback's booking link must be rewritten exactly as the player's.
var bookingLinkTests = []struct {
	raw     string
	utm     bool
	content string
	want    string
}{
	{"https://clinic.example/book", false, UTMCompleted, "https://clinic.example/book"},
	{"https://clinic.example/book", true, UTMCompleted,
		"https://clinic.example/book?utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=completed"},
	{"https://clinic.example", true, UTMStretch(2),
		"https://clinic.example?utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=stretch-2"},
	// The URL's own query is kept as written, in front.
	{"https://clinic.example/book?service=deep-tissue&lang=es", true, UTMCompleted,
		"https://clinic.example/book?service=deep-tissue&lang=es&utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=completed"},
	{"https://clinic.example/book?", true, UTMCompleted,
		"https://clinic.example/book?utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=completed"},
	{"https://clinic.example/book?a=1&", true, UTMCompleted,
		"https://clinic.example/book?a=1&utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=completed"},
	// A fragment stays last.
	{"https://clinic.example/book?a=1#slots", true, UTMCompleted,
		"https://clinic.example/book?a=1&utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=completed#slots"},
	{"https://clinic.example/#/book?x=1", true, UTMCompleted,
		"https://clinic.example/?utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=completed#/book?x=1"},
	// The clinic's own utm_* win.
	{"https://clinic.example/book?utm_source=newsletter&utm_campaign=spring", true, UTMCompleted,
		"https://clinic.example/book?utm_source=newsletter&utm_campaign=spring&utm_medium=widget&utm_content=completed"},
	// Names are compared decoded.
	{"https://clinic.example/book?utm%5Fsource=ig&x=%26%3D", true, UTMStretch(1),
		"https://clinic.example/book?utm%5Fsource=ig&x=%26%3D&utm_medium=widget&utm_campaign=upper-back-routine&utm_content=stretch-1"},
	// Everything present: unchanged.
	{"https://c.example/?utm_source=a&utm_medium=b&utm_campaign=c&utm_content=d", true, UTMCompleted,
		"https://c.example/?utm_source=a&utm_medium=b&utm_campaign=c&utm_content=d"},
	// No content: no utm_content.
	{"https://c.example/", true, "",
		"https://c.example/?utm_source=stretch-routine&utm_medium=widget&utm_campaign=upper-back-routine"},
}

func TestBookingLink(t *testing.T) {
	for _, tt := range bookingLinkTests {
		if got := BookingLink(tt.raw, tt.utm, tt.content); got != tt.want {
			t.Errorf("BookingLink(%q, %v, %q) =\n%s\nwant\n%s", tt.raw, tt.utm, tt.content, got, tt.want)
		}
		if _, problems := ParseConfig(map[string][]string{"booking-url": {BookingLink(tt.raw, tt.utm, tt.content)}}); len(problems) != 0 {
			t.Errorf("BookingLink(%q) is not a valid booking URL: %v", tt.raw, problems)
		}
	}
}
