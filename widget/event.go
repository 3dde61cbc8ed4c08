package widget

// Event is one message from the player to the embedding page, named and
// shaped as in the embed contract (ready, play, pause, stretchchange,
// breathphase, timeupdate, ended, bookingclick, error). Detail holds only
// strings, numbers and booleans, so it crosses postMessage unchanged.
type Event struct {
	Type   string
	Detail map[string]any
}

// Host receives the player's events. In the browser it posts them to the
// parent window; tests record them.
type Host interface {
	Emit(Event)
}

// HostFunc adapts a function to the Host interface.
type HostFunc func(Event)

// Emit calls f(e).
func (f HostFunc) Emit(e Event) { f(e) }
