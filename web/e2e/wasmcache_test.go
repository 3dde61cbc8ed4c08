package e2e

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// TestReturningVisitorSkipsCompiling loads the player a second time from
// the same address, as a returning visitor does: the browser takes the
// wasm's compiled code from its cache instead of compiling the module
// again, which Chromium's trace tells as v8.wasm.moduleCacheHit for the
// wasm's address. (A wasm asked for with <link rel="preload"> was
// compiled again on every load.)
func TestReturningVisitorSkipsCompiling(t *testing.T) {
	parallel(t)
	// The shared server, which other tests load the player from too: a
	// first load here may already find the code kept.
	first := openTab(t, "/player.html", phone)
	first.waitEvent("ready", 1, readyTimeout)
	// The browser keeps the code once V8 has optimised enough of it, some
	// time after the start: a load before then compiles, so try a few.
	var hits []string
	for try := 1; try <= 4 && len(hits) == 0; try++ {
		tr := startTrace(t, "disabled-by-default-devtools.timeline")
		again := openTab(t, "/player.html", phone)
		again.waitEvent("ready", 1, readyTimeout)
		for _, e := range tr.stop(t) {
			if e.Name == "v8.wasm.moduleCacheHit" && strings.HasPrefix(e.Args.URL, server.URL+"/") && strings.HasSuffix(e.Args.URL, ".wasm") {
				hits = append(hits, e.Args.URL)
			}
		}
		t.Logf("load %d after the first: %d cache hits for the wasm", try, len(hits))
	}
	if len(hits) == 0 {
		t.Errorf("4 loads of the player after the first compiled the wasm again; want its compiled code from the browser's cache")
	}
}

// traceEvent is the part of a Chromium trace event that tests read.
type traceEvent struct {
	Name string
	Args struct{ URL string }
}

// trace collects the browser's trace events of some categories.
type trace struct {
	mu      sync.Mutex
	events  []traceEvent
	done    chan struct{}
	stopped bool
}

// traceMu lets one test trace the browser at a time: Chromium runs one
// trace.
var traceMu sync.Mutex

// startTrace starts tracing the whole browser in categories.
func startTrace(t *testing.T, categories ...string) *trace {
	t.Helper()
	traceMu.Lock()
	tr := &trace{done: make(chan struct{})}
	if err := chromedp.ListenBrowser(browser, tr.listen); err != nil {
		traceMu.Unlock()
		t.Fatalf("listening to the browser: %v", err)
	}
	if _, err := chromedp.CallBrowser(browser, tracing.Start, tracing.StartParams{
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: categories},
		TransferMode: tracing.StartTransferModeReportEvents,
	}); err != nil {
		traceMu.Unlock()
		t.Fatalf("starting a trace: %v", err)
	}
	// A test that fails before stop still ends the trace and lets the
	// next one trace.
	t.Cleanup(func() {
		if !tr.stopped {
			tr.stop(t)
		}
	})
	return tr
}

func (tr *trace) listen(ev any) {
	switch ev := ev.(type) {
	case *tracing.EventDataCollected:
		tr.mu.Lock()
		defer tr.mu.Unlock()
		select {
		case <-tr.done: // a later trace's
			return
		default:
		}
		for _, raw := range ev.Value {
			var e traceEvent
			if json.Unmarshal(raw, &e) == nil {
				tr.events = append(tr.events, e)
			}
		}
	case *tracing.EventTracingComplete:
		select {
		case <-tr.done:
		default:
			close(tr.done)
		}
	}
}

// stop ends the trace and returns its events.
func (tr *trace) stop(t *testing.T) []traceEvent {
	t.Helper()
	tr.stopped = true
	defer traceMu.Unlock()
	if _, err := chromedp.CallBrowser(browser, tracing.End, cdp.Empty{}); err != nil {
		t.Fatalf("ending a trace: %v", err)
	}
	select {
	case <-tr.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("the trace did not complete within 30 s")
	}
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.events
}
