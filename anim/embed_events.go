package anim

// EmbedEvents are the names of the events the <stretch-routine> element
// fires, in the embed contract's order.
var EmbedEvents = []string{"ready", "play", "pause", "stretchchange", "breathphase", "timeupdate", "ended", "bookingclick", "error"}

// IsEmbedEvent reports whether name is one of EmbedEvents.
func IsEmbedEvent(name string) bool {
	for _, e := range EmbedEvents {
		if e == name {
			return true
		}
	}
	return false
}
