package anim

import (
	"slices"
	"testing"
	"time"
)

// eventsRoutine is Shoulder Blade Squeeze (setup 8 s) then Child's Pose
// (setup 12 s), two breaths each of 2-0-2-1: the hold after the inhale is
// empty, so it never begins.
//
//	0 stretch 1 · 8 in · 10 out · 12 rest · 13 in · 15 out · 17 rest
//	18 stretch 2 · 30 in · 32 out · 34 rest · 35 in · 37 out · 39 rest · 40 end
var eventsRoutine = Routine{
	Stretches: []StretchID{ShoulderBladeSqueeze, ChildsPose},
	Pattern:   patternOf(2, 0, 2, 1),
	Breaths:   2,
}

var eventsTests = []struct {
	name      string
	from, to  float64 // seconds; from < 0 means the zero State
	want      []string
	wantSeeks []string // SeekEvents for the same pair
}{
	// The whole routine in one step from "before the start".
	{"everything", -1, 40, []string{
		"0s stretchchange shoulder-blade-squeeze 1/2",
		"8s breathphase inhale shoulder-blade-squeeze breath 1/2",
		"10s breathphase exhale shoulder-blade-squeeze breath 1/2",
		"12s breathphase rest shoulder-blade-squeeze breath 1/2",
		"13s breathphase inhale shoulder-blade-squeeze breath 2/2",
		"15s breathphase exhale shoulder-blade-squeeze breath 2/2",
		"17s breathphase rest shoulder-blade-squeeze breath 2/2",
		"18s stretchchange childs-pose 2/2",
		"30s breathphase inhale childs-pose breath 1/2",
		"32s breathphase exhale childs-pose breath 1/2",
		"34s breathphase rest childs-pose breath 1/2",
		"35s breathphase inhale childs-pose breath 2/2",
		"37s breathphase exhale childs-pose breath 2/2",
		"39s breathphase rest childs-pose breath 2/2",
		"40s ended",
	}, []string{"40s stretchchange childs-pose 2/2", "40s ended"}},
	{"start", -1, 0, []string{"0s stretchchange shoulder-blade-squeeze 1/2"},
		[]string{"0s stretchchange shoulder-blade-squeeze 1/2"}},

	// Forward steps: events in (from, to].
	{"no step", 0, 0, nil, nil},
	{"within setup", 0, 7.9, nil, nil},
	{"onto a boundary", 7.9, 8, []string{"8s breathphase inhale shoulder-blade-squeeze breath 1/2"},
		[]string{"8s breathphase inhale shoulder-blade-squeeze breath 1/2"}},
	{"from a boundary", 8, 9, nil, nil},
	{"over several phases", 9, 13, []string{
		"10s breathphase exhale shoulder-blade-squeeze breath 1/2",
		"12s breathphase rest shoulder-blade-squeeze breath 1/2",
		"13s breathphase inhale shoulder-blade-squeeze breath 2/2",
	}, []string{"13s breathphase inhale shoulder-blade-squeeze breath 2/2"}},
	{"over a stretch change", 17.5, 31, []string{
		"18s stretchchange childs-pose 2/2",
		"30s breathphase inhale childs-pose breath 1/2",
	}, []string{"31s stretchchange childs-pose 2/2", "31s breathphase inhale childs-pose breath 1/2"}},
	{"to the end", 38, 40, []string{"39s breathphase rest childs-pose breath 2/2", "40s ended"},
		[]string{"40s ended"}},
	{"past the end", 39, 45, []string{"40s ended"}, []string{"40s ended"}},
	{"after the end", 40, 50, nil, nil},

	// Backward seeks: what is landed in, at the new time.
	{"back within a phase", 31, 30.5, nil, nil},
	{"back to an earlier breath", 35.5, 31, []string{"31s breathphase inhale childs-pose breath 1/2"},
		[]string{"31s breathphase inhale childs-pose breath 1/2"}},
	{"back to another stretch", 31, 9, []string{
		"9s stretchchange shoulder-blade-squeeze 1/2",
		"9s breathphase inhale shoulder-blade-squeeze breath 1/2",
	}, []string{"9s stretchchange shoulder-blade-squeeze 1/2", "9s breathphase inhale shoulder-blade-squeeze breath 1/2"}},
	{"back into setup", 31, 20, nil, nil},
	{"back to the start", 31, 0, []string{"0s stretchchange shoulder-blade-squeeze 1/2"},
		[]string{"0s stretchchange shoulder-blade-squeeze 1/2"}},
	{"back from the end", 40, 39.5, []string{"39.5s breathphase rest childs-pose breath 2/2"},
		[]string{"39.5s breathphase rest childs-pose breath 2/2"}},
}

func eventStrings(evs []Event) []string {
	var s []string
	for _, e := range evs {
		s = append(s, e.String())
	}
	return s
}

func TestEvents(t *testing.T) {
	tl := NewTimeline(eventsRoutine)
	if got, want := tl.Duration(), 40*time.Second; got != want {
		t.Fatalf("Duration() = %v; want %v", got, want)
	}
	for _, tt := range eventsTests {
		var prev State
		if tt.from >= 0 {
			prev = tl.At(secondsD(tt.from))
		}
		cur := tl.At(secondsD(tt.to))
		if got := eventStrings(tl.Events(prev, cur)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Events(At(%vs), At(%vs)) =\n\t%q\nwant\n\t%q", tt.name, tt.from, tt.to, got, tt.want)
		}
		if got := eventStrings(tl.SeekEvents(prev, cur)); !slices.Equal(got, tt.wantSeeks) {
			t.Errorf("%s: SeekEvents(At(%vs), At(%vs)) =\n\t%q\nwant\n\t%q", tt.name, tt.from, tt.to, got, tt.wantSeeks)
		}
	}
}

// The State in an event is the state at its instant.
func TestEventStateIsStateAtEvent(t *testing.T) {
	tl := NewTimeline(eventsRoutine)
	for _, e := range tl.Events(State{}, tl.At(tl.Duration())) {
		if e.State != tl.At(e.At) {
			t.Errorf("event %v has State %+v; want At(%v) = %+v", e, e.State, e.At, tl.At(e.At))
		}
	}
}

func TestEventKindString(t *testing.T) {
	for _, tt := range []struct {
		k    EventKind
		want string
	}{{StretchChanged, "stretchchange"}, {PhaseChanged, "breathphase"}, {Ended, "ended"}, {EventKind(7), "EventKind(7)"}} {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("EventKind(%d).String() = %q; want %q", int(tt.k), got, tt.want)
		}
	}
}
