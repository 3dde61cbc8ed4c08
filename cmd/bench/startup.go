package main

import "fmt"

// startupSteps are the moments of the embed's start-up, in order, each
// read as ms after the click on Start: in the host page ("host:") or in
// the player's frame ("frame:"; a performance mark, or "navigation" for
// the frame's own start and "html" for player.html's arrival).
var startupSteps = []struct{ name, at string }{
	{"the start view is in the DOM", "host:in-dom"},
	{"its frame begins (first visible sign)", "host:frame"},
	{"its frame is drawn", "host:shown"},
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

// minimalSteps are the same moments in the minimal program, from its
// page's start ("page:"), where it has them.
var minimalSteps = map[string]string{
	"player.html arrived":                             "page:html",
	"wasm response headers":                           "page:stretch:wasm-response",
	"wasm downloaded, compiled and instantiated":      "page:stretch:wasm-ready",
	"Go's init done, main runs":                       "page:stretch:go-main",
	"NewGame built":                                   "page:stretch:game",
	"first Update and Draw: the figure's first frame": "page:stretch:first-frame",
}

// minimalJS reads the minimal program's moments, in ms from its page's start.
const minimalJS = `(() => {
	const at = {'page:html': performance.getEntriesByType('navigation')[0].responseEnd};
	for (const m of performance.getEntriesByType('mark')) at['page:' + m.name] = m.startTime;
	return at;
})()`

// startupJS reads, in the host page after ready, every moment of
// startupSteps as ms after the click.
const startupJS = `(() => {
	const at = {};
	const click = performance.timeOrigin + window.__click;
	for (const m of performance.getEntriesByType('mark')) at['host:' + m.name] = performance.timeOrigin + m.startTime - click;
	at['host:shown'] = window.__shown - window.__click;
	at['host:frame'] = window.__frame - window.__click;
	at['host:in-dom'] = window.__inDom - window.__click;
	const f = document.getElementById('w').shadowRoot.querySelector('iframe').contentWindow;
	const origin = f.performance.timeOrigin;
	at['frame:navigation'] = origin - click;
	at['frame:html'] = origin + f.performance.getEntriesByType('navigation')[0].responseEnd - click;
	for (const m of f.performance.getEntriesByType('mark')) at['frame:' + m.name] = origin + m.startTime - click;
	return at;
})()`

// watchStart, run in a page before the click, notes when the click came
// (window.__click), when the first change it made to root (an element,
// or the shadow root of the one with id w) was in the DOM (__inDom), when
// the frame showing it began (__frame, the next animation frame) and when
// that frame was done (__shown, the one after).
const watchStart = `(() => {
	addEventListener('pointerdown', () => { window.__click = performance.now(); }, {capture: true});
	const w = document.getElementById('w'), root = w.shadowRoot || w;
	new MutationObserver((_, mo) => {
		mo.disconnect();
		window.__inDom = performance.now();
		requestAnimationFrame(() => {
			window.__frame = performance.now();
			requestAnimationFrame(() => { window.__shown = performance.now(); });
		});
	}).observe(root, {childList: true, subtree: true, characterData: true});
	return true;
})()`

// clickShown clicks the button of the reference page and returns how long
// its text change took to be drawn (ms from the click, as __shown).
func (b *bench) clickShown() (float64, error) {
	ctx, done, err := b.tab("/click.html", 1280, 800, 1)
	if err != nil {
		return 0, err
	}
	defer done()
	if _, err := eval[bool](ctx, watchStart); err != nil {
		return 0, err
	}
	if err := click(ctx, `document.querySelector('.start')`); err != nil {
		return 0, err
	}
	if err := waitJS(ctx, `window.__shown > 0`); err != nil {
		return 0, err
	}
	return eval[float64](ctx, `window.__shown - window.__click`)
}

// startup measures, b.runs times each, the minimal program's load to its
// first frame and the embed's click on Start to the player's first frame
// (ready) and to the first visible sign that the routine began.
func (b *bench) startup() error {
	var minimal, embed, begun, shown, clicked []float64
	steps, minimalAt := map[string][]float64{}, map[string][]float64{}
	for range b.runs {
		mat, err := b.minimalStartup()
		if err != nil {
			return err
		}
		m := mat["page:stretch:first-frame"]
		for name, at := range minimalSteps {
			minimalAt[name] = append(minimalAt[name], mat[at])
		}
		at, err := b.embedStartup()
		if err != nil {
			return err
		}
		c, err := b.clickShown()
		if err != nil {
			return err
		}
		minimal = append(minimal, m)
		embed = append(embed, at["frame:stretch:first-frame"])
		begun = append(begun, at["host:frame"])
		shown = append(shown, at["host:shown"])
		clicked = append(clicked, c)
		for _, s := range startupSteps {
			steps[s.name] = append(steps[s.name], at[s.at])
		}
	}
	b.table.add("click to the figure's first frame in the embed", "ms", embed, minimal, "minimal program's load to first frame",
		"<= 1.10", func(m float64) bool { return m <= 1.10 })
	b.table.add("click to the first visible sign that the routine began (its frame begins)", "ms", begun, nil, "",
		"<= 100 ms", func(m float64) bool { return m <= 100 })
	b.table.add("click to that frame drawn", "ms", shown, nil, "", "<= 100 ms", func(m float64) bool { return m <= 100 })
	b.table.add("click to that frame drawn, against a plain page", "ms", shown, clicked, "a click's text change drawn on a plain page", "", nil)
	b.table.add("minimal program's load to first frame (the reference)", "ms", minimal, nil, "", "", nil)
	b.table.Breakdown, b.table.MinimalBreakdown = map[string]float64{}, map[string]float64{}
	for name, xs := range steps {
		b.table.Breakdown[name] = median(xs)
	}
	for name, xs := range minimalAt {
		b.table.MinimalBreakdown[name] = median(xs)
	}
	return nil
}

// minimalStartup loads the minimal program and returns the moments of
// minimalSteps, in ms from the page's start.
func (b *bench) minimalStartup() (map[string]float64, error) {
	ctx, done, err := b.tab("/minimal.html", 1280, 800, 1)
	if err != nil {
		return nil, err
	}
	defer done()
	if err := waitJS(ctx, `performance.getEntriesByName('stretch:first-frame').length > 0`); err != nil {
		return nil, err
	}
	at, err := eval[map[string]float64](ctx, minimalJS)
	if err != nil {
		return nil, err
	}
	for _, k := range minimalSteps {
		if _, ok := at[k]; !ok {
			return nil, fmt.Errorf("minimal start-up: no %s", k)
		}
	}
	return at, nil
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
