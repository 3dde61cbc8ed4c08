package web

import (
	"crypto/sha256"
	"encoding/base64"
)

// WasmRequestScript is player.html's one inline script: it asks for the
// player's wasm while the page's head is read, and compiles it as it
// downloads, in parallel with the page's own scripts. It leaves in
// window.stretchWasm a copy of the response (for player.js to read the
// status and the progress from), the compiled module, and a way to abort
// the download. It asks with fetch() and compiles with compileStreaming,
// not with a <link rel="preload">: Chromium keeps the compiled code of a
// wasm that a fetch() brought to a streaming compile (a returning
// visitor's player starts without compiling, about a third of the CPU
// here), but compiled a preloaded one again on every load.
const WasmRequestScript = `(() => {
  const m = document.querySelector('meta[name="stretch-wasm"]');
  if (!m || typeof WebAssembly !== 'object') return;
  const c = new AbortController();
  const got = fetch(new URL(m.content, location.href), { signal: c.signal });
  // The copy is taken before the compiler reads the response.
  const response = got.then((r) => r.clone());
  const module = got.then((r) => WebAssembly.compileStreaming(r));
  response.catch(() => {}); // player.js reports a failure
  module.catch(() => {});
  window.stretchWasm = { response, module, abort: (err) => c.abort(err) };
})();`

// wasmRequestHash is WasmRequestScript's CSP source, which lets it run in
// player.html and no other inline script.
var wasmRequestHash = func() string {
	sum := sha256.Sum256([]byte(WasmRequestScript))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}()
