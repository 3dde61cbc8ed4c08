// Loads the player's WebAssembly with a progress bar and starts it. All
// behaviour lives in Go; this file only fetches, reports progress, and shows
// a message if the routine cannot start.

const loading = document.getElementById('loading');
const bar = loading.querySelector('.loading-bar');
const fill = loading.querySelector('.loading-fill');
const text = loading.querySelector('.loading-text');

function progress(fraction) {
  const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  fill.style.width = pct + '%';
  bar.setAttribute('aria-valuenow', String(pct));
}

// counted wraps a wasm response so that reading it reports progress against
// the uncompressed size, which the build writes into the page.
function counted(response, total) {
  if (!response.body || !(total > 0)) return response;
  let seen = 0;
  const reader = response.body.getReader();
  const stream = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) { progress(1); controller.close(); return; }
      seen += value.byteLength;
      progress(seen / total);
      controller.enqueue(value);
    },
    cancel(reason) { return reader.cancel(reason); },
  });
  return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
}

function fail(err) {
  console.error('stretch-routine player:', err);
  text.textContent = 'The animated routine could not start on this device.';
  bar.hidden = true;
  loading.querySelector('.loading-pacer').hidden = true;
  const p = document.createElement('p');
  p.className = 'loading-error';
  const a = document.createElement('a');
  const spanish = /^es/i.test(new URLSearchParams(location.search).get('lang') || '');
  a.href = spanish ? 'posters/card.es.html' : 'posters/card.html';
  a.textContent = 'Open the routine as text and pictures';
  p.append(a);
  loading.append(p);
  // Tell the embedding page at once, so it can show the routine as text
  // and pictures. postMessage delivers only if the parent really has the
  // origin the embed passed in; anything else is dropped by the browser.
  const origin = new URLSearchParams(location.search).get('origin');
  if (window.parent !== window && origin) {
    const detail = { code: 'load-failed', message: String((err && err.message) || err) };
    try {
      window.parent.postMessage({ source: 'stretch-routine', kind: 'event', type: 'error', detail }, origin);
    } catch (e) {
      // Not a valid origin: nothing to tell.
    }
  }
}

async function start() {
  if (typeof WebAssembly !== 'object' || typeof Go !== 'function') {
    throw new Error('WebAssembly is not available');
  }
  const meta = document.querySelector('meta[name="stretch-wasm"]');
  const url = new URL(meta.content, location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`wasm download failed: HTTP ${response.status}`);
  const go = new Go();
  const { instance } = await WebAssembly.instantiateStreaming(
    counted(response, Number(meta.dataset.bytes)), go.importObject);
  go.run(instance).catch(fail);
}

start().catch(fail);
