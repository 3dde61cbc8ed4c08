package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/immerse-massage/stretch/anim"
)

// memoryRoutine is the routine time over which memory growth is measured.
const memoryRoutine = 30 * time.Minute

// memoryGrowth plays memoryRoutine of routine time at 16x, playthrough
// after playthrough, and measures the player's memory (JS heap after a
// garbage collection, plus its wasm linear memory) after a warm-up of two
// playthroughs (every move and code path has run, and Go's heap has grown
// to its working size, which wasm memory keeps) and at the end.
func (b *bench) memoryGrowth() error {
	ctx, done, err := b.tab("/player.html", 1280, 800, 1)
	if err != nil {
		return err
	}
	defer done()
	if err := waitJS(ctx, `typeof window.stretchPlayerMemory === 'function' && document.getElementById('btn-start').checkVisibility()`); err != nil {
		return err
	}
	post := func(cmd string, value float64) error {
		_, err := eval[bool](ctx, fmt.Sprintf(`window.postMessage({source: 'stretch-routine', kind: 'command', cmd: %q, value: %v}, location.origin), true`, cmd, value))
		return err
	}
	duration := anim.DefaultConfig().Timeline().Duration().Seconds()
	if err := post("rate", 16); err != nil {
		return err
	}
	var first, last float64
	rounds := int(memoryRoutine.Seconds() / duration)
	for round := range rounds {
		if err := post("restart", 0); err != nil {
			return err
		}
		if err := post("play", 0); err != nil {
			return err
		}
		if err := waitJS(ctx, `document.getElementById('end-screen').checkVisibility()`); err != nil {
			return err
		}
		m, err := memoryNow(ctx)
		if err != nil {
			return err
		}
		if round == 1 {
			first = m
		}
		last = m
	}
	b.table.add(fmt.Sprintf("memory after %v of routine at 16x (JS heap + wasm)", memoryRoutine), "MB", []float64{last / 1e6}, []float64{first / 1e6}, "after the warm-up", "", nil)
	b.table.add(fmt.Sprintf("memory growth over %v of routine at 16x", memoryRoutine), "MB", []float64{(last - first) / 1e6}, nil, "", "", nil)
	return nil
}

// memoryNow returns the page's JS heap in use after a garbage collection
// plus the player's wasm linear memory, in bytes.
func memoryNow(ctx context.Context) (float64, error) {
	var heap float64
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
			return err
		}
		u, err := cdp.Call(ctx, tg, runtime.GetHeapUsage, cdp.Empty{})
		heap = u.UsedSize
		return err
	}))
	if err != nil {
		return 0, err
	}
	wasm, err := eval[float64](ctx, `window.stretchPlayerMemory()`)
	return heap + wasm, err
}
