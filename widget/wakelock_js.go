//go:build js

package widget

import "syscall/js"

// ScreenWakeLock keeps the screen awake with the Screen Wake Lock API
// while the routine plays. The browser releases the lock when the page is
// hidden; it is taken again when the page shows while still wanted. Where
// the API is missing or refused, nothing happens and nothing is logged.
type ScreenWakeLock struct {
	want     bool
	sentinel js.Value
	asking   bool
	funcs    []js.Func
}

// NewScreenWakeLock returns a wake lock, or nil when the browser has none.
func NewScreenWakeLock() *ScreenWakeLock {
	wl := js.Global().Get("navigator").Get("wakeLock")
	if wl.IsUndefined() || wl.IsNull() {
		return nil
	}
	w := &ScreenWakeLock{sentinel: js.Null()}
	doc := js.Global().Get("document")
	w.funcs = append(w.funcs, js.FuncOf(func(this js.Value, args []js.Value) any {
		if !doc.Get("hidden").Bool() && w.want {
			w.request()
		}
		return nil
	}))
	doc.Call("addEventListener", "visibilitychange", w.funcs[0])
	return w
}

// Hold asks for the screen to stay awake, or lets it sleep.
func (w *ScreenWakeLock) Hold(on bool) {
	w.want = on
	if on {
		w.request()
		return
	}
	if !w.sentinel.IsNull() {
		w.sentinel.Call("release").Call("catch", ignore)
		w.sentinel = js.Null()
	}
}

// request takes the lock unless it is held or being asked for.
func (w *ScreenWakeLock) request() {
	if w.asking || (!w.sentinel.IsNull() && !w.sentinel.Get("released").Bool()) {
		return
	}
	if js.Global().Get("document").Get("hidden").Bool() {
		return // refused while hidden; taken again on visibilitychange
	}
	w.asking = true
	p := js.Global().Get("navigator").Get("wakeLock").Call("request", "screen")
	var got js.Func
	got = js.FuncOf(func(this js.Value, args []js.Value) any {
		w.asking = false
		if w.want {
			w.sentinel = args[0]
		} else {
			args[0].Call("release").Call("catch", ignore)
		}
		got.Release()
		return nil
	})
	p.Call("then", got, js.FuncOf(func(this js.Value, args []js.Value) any {
		w.asking = false
		return nil
	}))
}

// ignore is a promise handler that swallows a rejection.
var ignore = js.FuncOf(func(this js.Value, args []js.Value) any { return nil })
