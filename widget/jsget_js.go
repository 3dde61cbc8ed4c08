//go:build js

package widget

import "syscall/js"

// property returns obj[name], or false when reading it throws (a sandboxed
// document's localStorage does). A getter that throws inside Value.Get
// cannot be recovered from: the exception unwinds through the Go program
// and ends it; through Reflect.get, a call, it becomes a panic that can.
func property(obj js.Value, name string) (v js.Value, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = js.Undefined(), false
		}
	}()
	return js.Global().Get("Reflect").Call("get", obj, name), true
}

// storage returns window.localStorage or sessionStorage (by name), or false
// where the document may not use it.
func storage(name string) (js.Value, bool) {
	s, ok := property(js.Global(), name)
	return s, ok && s.Type() == js.TypeObject
}
