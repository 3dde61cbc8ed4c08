package web

import (
	"crypto/sha256"
	"encoding/base64"
)

// WasmRequestScript is player.html's one inline script: it asks for the
// player's wasm while the page's head is read, in parallel with the
// page's own scripts, and leaves the response and a way to abort it in
// window.stretchWasm for player.js. It asks with fetch(), not with a
// <link rel="preload">: Chromium keeps the compiled code of a wasm that a
// fetch() brought (a returning visitor's player starts without compiling,
// about a third of the CPU here), but compiled a preloaded one again on
// every load.
const WasmRequestScript = `(() => {
  const m = document.querySelector('meta[name="stretch-wasm"]');
  if (!m || typeof WebAssembly !== 'object') return;
  const c = new AbortController();
  const response = fetch(new URL(m.content, location.href), { signal: c.signal });
  response.catch(() => {}); // player.js reports a failure
  window.stretchWasm = { response, abort: (err) => c.abort(err) };
})();`

// wasmRequestHash is WasmRequestScript's CSP source, which lets it run in
// player.html and no other inline script.
var wasmRequestHash = func() string {
	sum := sha256.Sum256([]byte(WasmRequestScript))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}()
