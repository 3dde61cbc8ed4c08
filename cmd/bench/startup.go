package main

import "fmt"

// startupSteps are the moments of the embed's start-up, in order, each
// read as ms after the click on Start: in the host page ("host:") or in
// the player's frame ("frame:"; a performance mark, or "navigation" for
// the frame's own start and "html" for player.html's arrival).
var startupSteps = []struct{ name, at string }{
	{"the start view shows (first visible sign)", "host:shown"},
	{"iframe made, player.html asked for", "frame:navigation"},
	{"player.html arrived", "frame:html"},
	{"player.js runs (styles, scripts, contract, words)", "frame:stretch:player-js"},
	{"wasm response headers", "frame:stretch:wasm-response"},
	{"wasm downloaded, compiled and instantiated", "frame:stretch:wasm-ready"},
	{"Go's init done, main runs", "frame:stretch:go-main"},
	{"NewGame built", "frame:stretch:game"},
	{"first Update and Draw: the figure's first frame", "frame:stretch:first-frame"},
	{"ready reaches the element", "host:stretch:ready"},
}

// startupJS reads, in the host page after ready, every moment of
// startupSteps as ms after the click.
const startupJS = `(() => {
	const at = {};
	const click = performance.timeOrigin + window.__click;
	for (const m of performance.getEntriesByType('mark')) at['host:' + m.name] = performance.timeOrigin + m.startTime - click;
	at['host:shown'] = performance.timeOrigin + window.__shown - click;
	const f = document.getElementById('w').shadowRoot.querySelector('iframe').contentWindow;
	const origin = f.performance.timeOrigin;
	at['frame:navigation'] = origin - click;
	at['frame:html'] = origin + f.performance.getEntriesByType('navigation')[0].responseEnd - click;
	for (const m of f.performance.getEntriesByType('mark')) at['frame:' + m.name] = origin + m.startTime - click;
	return at;
})()`

// watchStart, run in the host page before the click, notes when the
// click came and when the frame with the start view was painted.
const watchStart = `(() => {
	addEventListener('pointerdown', () => { window.__click = performance.now(); }, {capture: true});
	new PerformanceObserver((list) => {
		for (const m of list.getEntries()) if (m.name === 'stretch:started')
			requestAnimationFrame(() => requestAnimationFrame(() => { window.__shown = performance.now(); }));
	}).observe({type: 'mark'});
	return true;
})()`

// startup measures, b.runs times each, the minimal program's load to its
// first frame and the embed's click on Start to the player's first frame
// (ready) and to the first visible sign that the routine began.
func (b *bench) startup() error {
	var minimal, embed, shown []float64
	steps := map[string][]float64{}
	for range b.runs {
		m, err := b.minimalFirstFrame()
		if err != nil {
			return err
		}
		at, err := b.embedStartup()
		if err != nil {
			return err
		}
		minimal = append(minimal, m)
		embed = append(embed, at["frame:stretch:first-frame"])
		shown = append(shown, at["host:shown"])
		for _, s := range startupSteps {
			steps[s.name] = append(steps[s.name], at[s.at])
		}
	}
	b.table.add("click to the figure's first frame in the embed", "ms", embed, minimal, "minimal program's load to first frame",
		"<= 1.10", func(m float64) bool { return m <= 1.10 })
	b.table.add("click to the first visible sign that the routine began", "ms", shown, nil, "",
		"<= 100 ms", func(m float64) bool { return m <= 100 })
	b.table.add("minimal program's load to first frame (the reference)", "ms", minimal, nil, "", "", nil)
	b.table.Breakdown = map[string]float64{}
	for name, xs := range steps {
		b.table.Breakdown[name] = median(xs)
	}
	return nil
}

// minimalFirstFrame loads the minimal program and returns when its first
// frame was drawn, in ms from the page's start.
func (b *bench) minimalFirstFrame() (float64, error) {
	ctx, done, err := b.tab("/minimal.html", 1280, 800, 1)
	if err != nil {
		return 0, err
	}
	defer done()
	if err := waitJS(ctx, `performance.getEntriesByName('stretch:first-frame').length > 0`); err != nil {
		return 0, err
	}
	return eval[float64](ctx, `performance.getEntriesByName('stretch:first-frame')[0].startTime`)
}

// embedStartup opens a host page with the embed, clicks Start as a
// visitor would, waits for ready, and returns the moments of
// startupSteps.
func (b *bench) embedStartup() (map[string]float64, error) {
	ctx, done, err := b.tab("/host.html", 1280, 800, 1)
	if err != nil {
		return nil, err
	}
	defer done()
	start := `document.getElementById('w').shadowRoot.querySelector('.start')`
	if err := waitJS(ctx, start); err != nil {
		return nil, err
	}
	if _, err := eval[bool](ctx, watchStart); err != nil {
		return nil, err
	}
	if err := click(ctx, start); err != nil {
		return nil, err
	}
	if err := waitJS(ctx, `performance.getEntriesByName('stretch:ready').length > 0 && window.__shown > 0`); err != nil {
		return nil, err
	}
	at, err := eval[map[string]float64](ctx, startupJS)
	if err != nil {
		return nil, err
	}
	for _, s := range startupSteps {
		if _, ok := at[s.at]; !ok {
			return nil, fmt.Errorf("start-up: no %s (%s)", s.name, s.at)
		}
	}
	return at, nil
}
