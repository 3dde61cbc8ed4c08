package e2e

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/immerse-massage/stretch/anim"
)

// soakRoutine is how much routine time the soak plays.
const soakRoutine = 2 * time.Hour

// soakWarmUp is how many playthroughs warm the player up before its
// memory is the baseline.
const soakWarmUp = 2

// TestSoak (make soak; skipped otherwise) plays two hours of routine time
// at 16x: whole playthroughs, each with a rate change on the way, and
// seeks in between. Every playthrough's events must be exactly the
// routine's, every seek's exactly where it lands; and the player's memory
// (JS heap and wasm linear memory) may grow by at most 2 MB from the end
// of the warm-up (the first two playthroughs: every move, landing and code
// path has run once, and Go's heap has grown to its working size, which
// wasm memory keeps) to the end of the last. The test's own record of
// events is emptied after each playthrough, so that it does not count.
func TestSoak(t *testing.T) {
	if os.Getenv("STRETCH_SOAK") == "" {
		t.Skip("the soak test runs with make soak")
	}
	tb := openTab(t, "/player.html", desktop)
	tb.waitEvent("ready", 1, time.Minute)
	tl := anim.DefaultConfig().Timeline()
	var breaths int
	for i := range tl.Count() {
		breaths += tl.BreathsOf(i)
	}
	wantPhases := 2 * breaths // the calm pattern: an inhale and an exhale
	rounds := int(soakRoutine / tl.Duration())
	var start, first, last [2]float64
	for round := range rounds {
		n0 := 0
		tb.command("restart", nil)
		tb.command("rate", 16)
		tb.command("play", nil)
		// Slow down and speed up again on the way.
		tb.waitFor(fmt.Sprintf(`window.__stretchEvents.slice(%d).filter(e => e.type === 'stretchchange').length >= 3`, n0), 2*time.Minute)
		tb.command("rate", 4)
		tb.waitEvent("breathphase", len(tb.eventsOf("breathphase"))+2, time.Minute)
		tb.command("rate", 16)
		tb.waitFor(fmt.Sprintf(`window.__stretchEvents.slice(%d).some(e => e.type === 'ended')`, n0), 2*time.Minute)
		counts := map[string]int{}
		for _, e := range tb.events()[n0:] {
			counts[e.Type]++
		}
		if counts["stretchchange"] != tl.Count() || counts["breathphase"] != wantPhases || counts["ended"] != 1 || counts["play"] != 1 {
			t.Errorf("playthrough %d: events %v; want %d stretchchange, %d breathphase, 1 play, 1 ended", round+1, counts, tl.Count(), wantPhases)
		}
		// Seeks land where they say, without what they jump over.
		prev := tl.At(tl.Duration())
		for _, at := range []time.Duration{100 * time.Second, 20 * time.Second, 250 * time.Second} {
			n := len(tb.events())
			tb.command("seek", at.Seconds())
			want := tl.SeekEvents(prev, tl.At(at))
			prev = tl.At(at)
			tb.waitFor(fmt.Sprintf(`window.__stretchEvents.length >= %d`, n+len(want)), 10*time.Second)
			got := tb.events()[n : n+len(want)]
			for i, e := range want {
				if got[i].Type != e.Kind.String() {
					t.Errorf("seek to %v: event %d is %s; want %s", at, i, got[i].Type, e.Kind)
				}
			}
		}
		evalJS[bool](tb, `window.__stretchEvents.length = 0, true`)
		mem := soakMemory(t, tb)
		if round == 0 {
			start = mem
		}
		if round == soakWarmUp-1 {
			first = mem
		}
		last = mem
		t.Logf("round %d/%d: JS heap %.2f MB, wasm memory %.2f MB", round+1, rounds, mem[0]/1e6, mem[1]/1e6)
	}
	growth := (last[0] - first[0]) + (last[1] - first[1])
	t.Logf("memory after the first playthrough: JS heap %.2f MB, wasm %.2f MB; after the warm-up: %.2f MB, %.2f MB; after %d: %.2f MB, %.2f MB; growth since the warm-up %.2f MB",
		start[0]/1e6, start[1]/1e6, first[0]/1e6, first[1]/1e6, rounds, last[0]/1e6, last[1]/1e6, growth/1e6)
	if growth > 2e6 {
		t.Errorf("memory grew by %.2f MB over %v of routine time; want at most 2 MB", growth/1e6, soakRoutine)
	}
}

// soakMemory returns the page's JS heap in use after a garbage collection
// and the player's wasm linear memory, in bytes.
func soakMemory(t *testing.T, tb *tab) [2]float64 {
	t.Helper()
	var heap float64
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
			return err
		}
		u, err := cdp.Call(ctx, tg, runtime.GetHeapUsage, cdp.Empty{})
		heap = u.UsedSize
		return err
	}))
	if err != nil {
		t.Fatalf("reading the JS heap: %v", err)
	}
	return [2]float64{heap, evalJS[float64](tb, `window.stretchPlayerMemory()`)}
}
