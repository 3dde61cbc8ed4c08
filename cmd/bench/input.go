package main

import (
	"context"

	"github.com/chromedp/chromedp"
)

// click clicks the element expr (a JS expression) at its centre, with the
// mouse, as a visitor would.
func click(ctx context.Context, expr string) error {
	xy, err := eval[[]float64](ctx, `(() => { const r = `+expr+`.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	if err != nil {
		return err
	}
	return chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1]))
}
