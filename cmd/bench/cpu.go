package main

import (
	"context"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

// cpuWindow is how long one measurement of main-thread CPU lasts.
const cpuWindow = 10 * time.Second

// pausedCPU measures the main thread's CPU (the host page and, being
// same-site here, the player in its frame) while the embed is paused,
// against a static page in the same browser, in shares of one core.
func (b *bench) pausedCPU() error {
	static, err := b.cpuShare("/static.html", nil)
	if err != nil {
		return err
	}
	paused, err := b.cpuShare("/host.html", func(ctx context.Context) error {
		w := `document.getElementById('w')`
		if err := waitJS(ctx, w+`.shadowRoot.querySelector('.start')`); err != nil {
			return err
		}
		if err := click(ctx, w+`.shadowRoot.querySelector('.start')`); err != nil {
			return err
		}
		if err := waitJS(ctx, w+`.state === 'playing'`); err != nil {
			return err
		}
		if _, err := eval[bool](ctx, w+`.pause(), true`); err != nil {
			return err
		}
		if err := waitJS(ctx, w+`.state === 'paused'`); err != nil {
			return err
		}
		// The player stays awake for a second after input, then sleeps.
		time.Sleep(3 * time.Second)
		return nil
	})
	if err != nil {
		return err
	}
	for i := range paused {
		paused[i] *= 100
	}
	for i := range static {
		static[i] *= 100
	}
	b.table.add("main-thread CPU, embed paused", "% of a core", paused, nil, "", "<= 0.5%", func(m float64) bool { return m <= 0.5 })
	b.table.add("main-thread CPU, static page (the reference)", "% of a core", static, nil, "", "", nil)
	b.table.add("main-thread CPU, embed paused", "% of a core", paused, static, "static page", "", nil)
	return nil
}

// cpuShare opens path, prepares it, and measures its main thread's busy
// share over b.runs windows of cpuWindow.
func (b *bench) cpuShare(path string, prepare func(context.Context) error) ([]float64, error) {
	ctx, done, err := b.tab(path, 1280, 800, 1)
	if err != nil {
		return nil, err
	}
	defer done()
	if prepare != nil {
		if err := prepare(ctx); err != nil {
			return nil, err
		}
	}
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, performance.Enable, performance.EnableParams{})
		return err
	})); err != nil {
		return nil, err
	}
	var shares []float64
	for range max(3, b.runs/2) {
		before, err := taskSeconds(ctx)
		if err != nil {
			return nil, err
		}
		start := time.Now()
		time.Sleep(cpuWindow)
		after, err := taskSeconds(ctx)
		if err != nil {
			return nil, err
		}
		shares = append(shares, (after-before)/time.Since(start).Seconds())
	}
	return shares, nil
}

// taskSeconds returns the TaskDuration metric: the seconds the page's
// main thread has spent on tasks.
func taskSeconds(ctx context.Context) (float64, error) {
	var v float64
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		m, err := cdp.Call(ctx, tg, performance.GetMetrics, cdp.Empty{})
		for _, x := range m.Metrics {
			if x.Name == "TaskDuration" {
				v = x.Value
			}
		}
		return err
	}))
	return v, err
}
