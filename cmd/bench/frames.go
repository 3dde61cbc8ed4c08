package main

import (
	"fmt"
	"sort"
	"time"
)

// frameCost measures the Go cost of Update+Draw per frame while playing,
// in the player on its own at a phone's size (player.html?bench=1 records
// it), as its median and 95th percentile against a 60 Hz frame.
func (b *bench) frameCost() error {
	ctx, done, err := b.tab("/player.html?bench=1", 375, 667, 2)
	if err != nil {
		return err
	}
	defer done()
	if err := waitJS(ctx, `typeof window.stretchPlayerFrames === 'function' && document.getElementById('btn-start').checkVisibility()`); err != nil {
		return err
	}
	if err := click(ctx, `document.getElementById('btn-start')`); err != nil {
		return err
	}
	time.Sleep(15 * time.Second) // frames to measure, at 1x
	costs, err := eval[[][2]float64](ctx, `window.stretchPlayerFrames()`)
	if err != nil {
		return err
	}
	if len(costs) < 10 {
		return fmt.Errorf("frame cost: only %d frames measured", len(costs))
	}
	var total []float64
	for _, c := range costs {
		total = append(total, c[0]+c[1])
	}
	sort.Float64s(total)
	p50, p95 := total[len(total)/2], total[len(total)*95/100]
	frame := []float64{1000.0 / 60}
	b.table.add(fmt.Sprintf("Go Update+Draw per frame, p50 (%d frames)", len(total)), "ms", []float64{p50}, frame, "a 60 Hz frame", "", nil)
	b.table.add(fmt.Sprintf("Go Update+Draw per frame, p95 (%d frames)", len(total)), "ms", []float64{p95}, frame, "a 60 Hz frame", "", nil)
	return nil
}
