package site

import (
	"testing"

	"github.com/immerse-massage/stretch/web"
)

// TestWasmNameIsCachedForGood checks that the name Build gives the
// player's wasm is one the header rules cache as immutable, and that the
// name changes with the content.
func TestWasmNameIsCachedForGood(t *testing.T) {
	const immutable = "public, max-age=31536000, immutable"
	a, b := wasmFileName([]byte("\x00asm one")), wasmFileName([]byte("\x00asm two"))
	if a == b {
		t.Errorf("wasmFileName gives %q to two different binaries", a)
	}
	for _, name := range []string{a, b} {
		h := web.HeadersFor(name)
		if got := h.Get("Cache-Control"); got != immutable {
			t.Errorf("HeadersFor(%q) Cache-Control = %q; want %q", name, got, immutable)
		}
		if got, want := h.Get("Content-Type"), "application/wasm"; got != want {
			t.Errorf("HeadersFor(%q) Content-Type = %q; want %q", name, got, want)
		}
	}
}
