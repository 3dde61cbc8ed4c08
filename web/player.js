// Loads the player's WebAssembly, shows its progress, and says so when the
// routine cannot start. All behaviour lives in Go: this file only fetches
// and starts the wasm, tells the embedding element how loading goes
// (status messages: hello, progress), and reports a failure as an error
// event with a code the element can act on.
import C from './contract.js';

const SRC = 'stretch-routine';
const STALL_MS = 15000; // no byte for this long: the download has stalled
const SLOW_MS = 1000; // the download takes longer than this: the loading pacer breathes

const params = new URLSearchParams(location.search);
const lang = C.langs.find((l) => new RegExp(`^${l}([-_]|$)`, 'i').test(params.get('lang') || '')) || C.defaults.lang;
document.documentElement.lang = lang;
// The words come while the wasm downloads; nothing waits for them.
let words = null;
const wordsReady = import(`./words.${lang}.js`).then((m) => {
  words = m.default;
  text.textContent = words.loading;
  bar.setAttribute('aria-label', words.loading);
});

const loading = document.getElementById('loading');
const bar = loading.querySelector('.loading-bar');
const fill = loading.querySelector('.loading-fill');
const text = loading.querySelector('.loading-text');
const slowLoad = setTimeout(() => loading.classList.add('slow'), SLOW_MS);
// Begun in the element, whose start view covers the player and shows the
// routine while it loads: no loading view of our own, and no animation
// drawing frames that nobody sees while the wasm compiles.
// Warmed (warm=1), the player is out of sight under the element's facade.
const warm = params.get('warm') === '1';
if (params.get('begun') === '1' || warm) loading.hidden = true;

// The element passes the exact origin of its page (or "null" for a page
// without one). Messages go nowhere else; on its own, the player talks to
// itself.
const framed = window.parent !== window;
const origin = framed ? params.get('origin') : location.origin;
const target = origin === 'null' ? '*' : origin;

/**
 * begun resolves when the player may run: at once, or, warmed, when the
 * element says begin with the settings of the moment, which become the
 * query of this page's address (where the Go side reads them).
 */
const begun = !warm || !framed ? Promise.resolve() : new Promise((ok) => {
  addEventListener('message', function begin(e) {
    const d = e.data;
    if (e.source !== window.parent || (origin !== 'null' && e.origin !== origin) || d?.source !== SRC ||
      d.kind !== 'command' || d.cmd !== 'begin' || typeof d.value !== 'string' || d.value.length > 8192) return;
    removeEventListener('message', begin);
    history.replaceState(history.state, '', '?' + d.value);
    ok();
  });
});

/** status tells the embedding element how loading goes. */
function status(type, detail = {}) {
  if (!framed || !target) return;
  try {
    window.parent.postMessage({ source: SRC, kind: 'status', type, detail }, target);
  } catch {
    // Not a valid origin: nothing to tell.
  }
}

let shown = -1;
function progress(fraction) {
  const pct = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
  if (pct === shown) return;
  shown = pct;
  fill.style.width = pct + '%';
  bar.setAttribute('aria-valuenow', String(pct));
  if (words) text.textContent = words.templates.LoadingProgress.replace('%d', pct).replace('%%', '%');
  status('progress', { fraction: pct / 100 });
}

/**
 * watchDownload reads response, a copy of the wasm response, to report
 * progress against the uncompressed size (which the build writes into the
 * page), and aborts the download when no byte has come for STALL_MS: a
 * slow download that keeps moving is never abandoned. The response itself
 * goes to WebAssembly untouched, so the browser can keep the compiled code
 * with the cached file and skip compiling it next time.
 */
function watchDownload(response, total, abort) {
  if (!response.body) return;
  let seen = 0;
  // One timer per STALL_MS, not one per chunk: when it fires, it looks at
  // when the last bytes came.
  let last = performance.now();
  let timer;
  const check = () => {
    const idle = performance.now() - last;
    if (idle >= STALL_MS) abort(new Error(`the download stalled (no data for ${STALL_MS / 1000} s)`));
    else timer = setTimeout(check, STALL_MS - idle);
  };
  const reader = response.body.getReader();
  timer = setTimeout(check, STALL_MS);
  (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      last = performance.now();
      seen += value.byteLength;
      if (total > 0) progress(seen / total);
    }
    progress(1);
    clearTimeout(slowLoad);
    loading.classList.add('settled');
  })().catch(() => {}).finally(() => clearTimeout(timer));
}

let failed = false;
/** fail shows why the routine cannot start, and tells the element. */
async function fail(code, err) {
  if (failed) return;
  failed = true;
  await wordsReady.catch(() => {});
  // Without this language's words, the default language's, in the page.
  words ||= { ...loading.dataset };
  console.error('stretch-routine player:', err);
  text.textContent = words.loadFailed;
  bar.hidden = true;
  loading.querySelector('.loading-pacer').hidden = true;
  loading.hidden = false;
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'quiet-button';
  again.textContent = words.tryAgain;
  again.addEventListener('click', () => location.reload());
  const p = document.createElement('p');
  p.className = 'loading-error';
  const a = document.createElement('a');
  a.href = lang === 'es' ? 'posters/card.es.html' : 'posters/card.html';
  a.textContent = words.cardLink;
  p.append(a);
  loading.append(again, p);
  status('error');
  if (framed && target) {
    const detail = { code, message: String((err && err.message) || err) };
    try {
      window.parent.postMessage({ source: SRC, kind: 'event', type: 'error', detail }, target);
    } catch {
      // Not a valid origin: nothing to tell.
    }
  }
}

async function start() {
  // Making a WebGL context only to try it can take a second: Ebiten makes
  // the one it draws with, and says so if it cannot.
  if (typeof WebAssembly !== 'object' || typeof WebGL2RenderingContext !== 'function') return fail('unsupported', new Error('WebAssembly or WebGL 2 is not available'));
  if (typeof Go !== 'function') return fail('load-failed', new Error('wasm_exec.js did not load'));
  const meta = document.querySelector('meta[name="stretch-wasm"]');
  // Asked for and compiled by the page's head (web.WasmRequestScript);
  // here only if that script did not run.
  let request = window.stretchWasm;
  if (!request) {
    const ctl = new AbortController();
    const got = fetch(new URL(meta.content, location.href), { signal: ctl.signal });
    request = { response: got.then((r) => r.clone()), module: got.then((r) => WebAssembly.compileStreaming(r)), abort: (err) => ctl.abort(err) };
    request.module.catch(() => {});
  }
  let stalled;
  const abort = (err) => { stalled = err; request.abort(err); };
  const go = new Go();
  let instance;
  try {
    const response = await request.response;
    if (!response.ok) return fail('load-failed', new Error(`wasm download failed: HTTP ${response.status}`));
    performance.mark('stretch:wasm-response');
    watchDownload(response, Number(meta.dataset.bytes), abort);
    instance = await WebAssembly.instantiate(await request.module, go.importObject);
  } catch (err) {
    return fail(stalled ? 'stalled' : 'load-failed', stalled || err);
  }
  performance.mark('stretch:wasm-ready');
  // The size of the player's memory, for the soak test and the bench; there
  // once compiled, warmed or not.
  Object.defineProperty(window, 'stretchPlayerMemory', { value: () => instance.exports.mem.buffer.byteLength });
  await begun;
  // The player runs until the page goes away: if it ever stops, it failed.
  go.run(instance).then(
    () => fail('player-failed', new Error('the player stopped')),
    (err) => fail('player-failed', err));
}

performance.mark('stretch:player-js');
status('hello');
start();
