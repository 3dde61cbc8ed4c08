package e2e

import "testing"

// checkLoadedOnce checks, in a player that is ready, how its page loaded:
// the wasm was asked for once, from the page's head before player.js ran
// (player.js's fetch takes that response rather than a second download),
// and the overlay shows none of the sample text it was laid out with
// while the wasm loaded.
func checkLoadedOnce(t *testing.T, tb *tab) {
	t.Helper()
	got := evalJS[[]float64](tb, `(() => {
		const r = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.wasm'));
		const js = performance.getEntriesByName('stretch:player-js')[0];
		const samples = [...document.querySelectorAll('#player, #player *')].filter((e) =>
			e.checkVisibility() && getComputedStyle(e, '::after').content.includes('Aa 1')).length;
		return [r.length, r.length ? r[0].startTime : -1, js ? js.startTime : -1, samples];
	})()`)
	if requests := got[0]; requests != 1 {
		t.Errorf("the wasm was asked for %v times; want once", requests)
	} else if asked, js := got[1], got[2]; asked > js {
		t.Errorf("the wasm was asked for %.0f ms after load, after player.js ran (%.0f ms); want it asked for from the page's head, before", asked, js)
	}
	if samples := got[3]; samples != 0 {
		t.Errorf("%v elements of the overlay show the font-warming sample text; want none once the player shows", samples)
	}
}
