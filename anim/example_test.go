package anim_test

import (
	"fmt"
	"net/url"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

func ExampleParsePattern() {
	p, err := anim.ParsePattern("box")
	fmt.Println(p, p.Cycle(), err)

	p, err = anim.ParsePattern("5.5-0-5.5-0")
	fmt.Println(p, p.Inhale, err)

	_, err = anim.ParsePattern("11-0-6-0")
	fmt.Println(err)
	// Output:
	// 4-4-4-4 16s <nil>
	// 5.5-0-5.5-0 5.5s <nil>
	// breath pattern: inhale must be 2 to 10 seconds, not 11
}

func ExampleNewTimeline() {
	tl := anim.NewTimeline(anim.Routine{
		Stretches: []anim.StretchID{anim.ShoulderBladeSqueeze, anim.ChildsPose},
		Pattern:   anim.PatternCalm,
		Breaths:   3,
	})
	fmt.Println("duration:", tl.Duration())
	for _, t := range []time.Duration{0, 10 * time.Second, 13 * time.Second, 52 * time.Second, tl.Duration()} {
		s := tl.At(t)
		fmt.Printf("%v: %s %v breath %d/%d %v, %v left, amount %.2f, ended %v\n",
			s.T, s.ID, s.Segment, s.Breath+1, s.Breaths, s.Phase, s.PhaseLeft, s.Amount, s.Ended)
	}
	// Output:
	// duration: 1m20s
	// 0s: shoulder-blade-squeeze setup breath 1/3 rest, 8s left, amount 0.00, ended false
	// 10s: shoulder-blade-squeeze breathing breath 1/3 inhale, 2s left, amount 0.50, ended false
	// 13s: shoulder-blade-squeeze breathing breath 1/3 exhale, 5s left, amount 0.93, ended false
	// 52s: childs-pose breathing breath 1/3 inhale, 2s left, amount 0.50, ended false
	// 1m20s: childs-pose breathing breath 3/3 exhale, 0s left, amount 0.00, ended true
}

func ExampleTimeline_Events() {
	tl := anim.NewTimeline(anim.Routine{
		Stretches: []anim.StretchID{anim.CatCow},
		Pattern:   anim.PatternBox,
		Breaths:   1,
	})
	// One big step from before the start to the end, as a slow frame would
	// give: every event, once, in order.
	for _, e := range tl.Events(anim.State{}, tl.At(time.Hour)) {
		fmt.Println(e.At, e.Kind, e.State.Phase)
	}
	// A seek back reports only where it lands.
	fmt.Println(tl.Events(tl.At(tl.Duration()), tl.At(13*time.Second)))
	// Output:
	// 0s stretchchange rest
	// 12s breathphase inhale
	// 16s breathphase hold
	// 20s breathphase exhale
	// 24s breathphase rest
	// 28s ended rest
	// [13s breathphase inhale cat-cow breath 1/1]
}

func ExampleParseConfig() {
	q, _ := url.ParseQuery("stretches=cat-cow,childs-pose&breath=478&breaths=abc&lang=es-MX" +
		"&clinic=%20Sunrise%20%20Spa%20&booking-url=javascript:alert(1)")
	c, problems := anim.ParseConfig(q)
	for _, p := range problems {
		fmt.Println(p)
	}
	tl := c.Timeline()
	w := anim.WordsFor(c.Lang)
	fmt.Println(c.Stretches, c.Pattern, c.Breaths, c.Clinic, c.BookingURL == "")
	fmt.Println(w.Summary(tl.Count(), tl.Duration()))
	fmt.Println(w.BookMassage(c.Clinic))
	// Output:
	// stretch-routine: ignoring breaths="abc": expected a whole number from 1 to 20; using the default
	// stretch-routine: ignoring booking-url="javascript:alert(1)": expected an absolute http:// or https:// URL of at most 2000 characters: an ASCII host name (the xn-- form of an international one), no user name or password, no spaces or invisible characters; using the default
	// [cat-cow childs-pose] 4-7-8-0 0 Sunrise Spa true
	// 2 estiramientos · unos 4 min
	// Reserva un masaje en Sunrise Spa
}

func ExampleWordsFor() {
	w := anim.WordsFor(anim.English)
	cue := anim.StretchContent(anim.CatCow, anim.English)
	tl := anim.DefaultConfig().Timeline()
	s := tl.At(14 * time.Second)
	fmt.Println(w.Title, "·", w.Summary(tl.Count(), tl.Duration()))
	fmt.Println(w.Caption(s), "|", cue.Cue(s.Phase), "|", w.BreathOf(s.Breath+1, s.Breaths))
	fmt.Println(w.EndSummary(tl.Count(), tl.TotalBreaths(), tl.Duration()))
	// Output:
	// Upper back mobility · 4 stretches · about 5 min
	// Breathe in · 2 | Inhale into Cow: belly down, chest up | Breath 1 of 6
	// You did 4 stretches, 25 breaths, in 5 minutes.
}
