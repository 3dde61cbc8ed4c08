package anim

import (
	"fmt"
	"time"
)

// EventKind is what happened between two states of a Timeline.
type EventKind int

const (
	// StretchChanged: a stretch began (its Setup segment).
	StretchChanged EventKind = iota
	// PhaseChanged: a breathing phase began: the first inhale after Setup,
	// or any later phase. Phases of zero length never begin.
	PhaseChanged
	// Ended: the routine reached its end.
	Ended
)

// String returns the name of the host-page event the kind maps to:
// "stretchchange", "breathphase" or "ended".
func (k EventKind) String() string {
	switch k {
	case StretchChanged:
		return "stretchchange"
	case PhaseChanged:
		return "breathphase"
	case Ended:
		return "ended"
	}
	return fmt.Sprintf("EventKind(%d)", int(k))
}

// Event is something that happened at routine time At. State is the state
// at that instant.
type Event struct {
	Kind  EventKind
	At    time.Duration
	State State
}

// String describes the event for logs and tests, such as
// "12s breathphase inhale cat-cow breath 1/6".
func (e Event) String() string {
	switch e.Kind {
	case PhaseChanged:
		return fmt.Sprintf("%v %v %v %s breath %d/%d", e.At, e.Kind, e.State.Phase, e.State.ID, e.State.Breath+1, e.State.Breaths)
	case StretchChanged:
		return fmt.Sprintf("%v %v %s %d/%d", e.At, e.Kind, e.State.ID, e.State.Index+1, e.State.Count)
	}
	return fmt.Sprintf("%v %v", e.At, e.Kind)
}

// Events returns what happened as the routine played from state prev to
// state cur, in time order, for the playing loop to call once a frame.
//
// Going forward (cur.T > prev.T), it returns every event in (prev.T, cur.T],
// each exactly once however large the step: so the events of one big step
// equal those of many small steps covering it. A zero prev (State{}) means
// "before the start": the events in [0, cur.T], starting with
// StretchChanged for the first stretch at 0.
//
// Going backward (a seek back), it returns what the visitor lands in, at
// cur.T: StretchChanged if the stretch differs, then PhaseChanged if cur is
// in a breathing phase other than prev's.
//
// Only the T of each state (and, going backward, its position) is used;
// both are clamped to [0, Duration()]. Equal times give no events.
func (tl *Timeline) Events(prev, cur State) []Event {
	from, to := tl.clampT(prev.T), tl.clampT(cur.T)
	if prev.Count == 0 {
		return tl.eventsBetween(from, to, true)
	}
	if to < from {
		return tl.landingEvents(prev, tl.At(to))
	}
	return tl.eventsBetween(from, to, false)
}

// SeekEvents returns what a jump from prev to cur (in either direction)
// lands in, at cur.T, without the events jumped over: StretchChanged if the
// stretch differs, PhaseChanged if cur is in a breathing phase other than
// prev's, and Ended if cur is ended and prev was not. A zero prev (State{})
// counts as differing in everything. Equal times give no events.
func (tl *Timeline) SeekEvents(prev, cur State) []Event {
	if prev.Count != 0 && tl.clampT(prev.T) == tl.clampT(cur.T) {
		return nil
	}
	return tl.landingEvents(prev, tl.At(cur.T))
}

func (tl *Timeline) clampT(t time.Duration) time.Duration { return min(max(t, 0), tl.total) }

// landingEvents is the events of landing in cur coming from prev.
func (tl *Timeline) landingEvents(prev, cur State) []Event {
	var evs []Event
	fresh := prev.Count == 0
	if fresh || cur.Index != prev.Index {
		evs = append(evs, Event{StretchChanged, cur.T, cur})
	}
	samePhase := !fresh && !prev.Ended && prev.Segment == Breathing &&
		prev.Index == cur.Index && prev.Breath == cur.Breath && prev.Phase == cur.Phase
	if !cur.Ended && cur.Segment == Breathing && !samePhase {
		evs = append(evs, Event{PhaseChanged, cur.T, cur})
	}
	if cur.Ended && (fresh || !prev.Ended) {
		evs = append(evs, Event{Ended, cur.T, cur})
	}
	return evs
}

// eventsBetween lists the events at instants b with from < b <= to, or
// from <= b <= to when inclusive.
func (tl *Timeline) eventsBetween(from, to time.Duration, inclusive bool) []Event {
	if to < from || (to == from && !inclusive) {
		return nil
	}
	in := func(b time.Duration) bool { return b <= to && (b > from || (inclusive && b == from)) }
	var evs []Event
	add := func(k EventKind, b time.Duration) { evs = append(evs, Event{k, b, tl.At(b)}) }
	cycle := tl.pattern.Cycle()
	for _, sp := range tl.spans {
		if sp.end < from {
			continue
		}
		if sp.start > to {
			break
		}
		if in(sp.start) {
			add(StretchChanged, sp.start)
		}
		k := 0
		if from > sp.breathingStart {
			k = int((from - sp.breathingStart) / cycle)
		}
		for ; k < sp.breaths; k++ {
			b := sp.breathingStart + time.Duration(k)*cycle
			if b > to {
				break
			}
			for ph := Inhale; ph <= Rest; ph++ {
				d := tl.pattern.Phase(ph)
				if d > 0 && in(b) {
					add(PhaseChanged, b)
				}
				b += d
			}
		}
	}
	if in(tl.total) {
		add(Ended, tl.total)
	}
	return evs
}
