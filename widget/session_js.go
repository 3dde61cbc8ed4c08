//go:build js

package widget

import (
	"strconv"
	"strings"
	"syscall/js"
	"time"
)

// Session keeps this player's place across a reload of its page: Ebiten
// reloads the page when the browser loses the WebGL context, and the
// visitor must not be sent back to the start. The place is kept in the
// player's sessionStorage under the session id the embed chose, only at
// that moment, and read back once.
type Session struct{ key string }

// NewSession returns the session id's keeper, or nil without an id.
func NewSession(id string) *Session {
	if id == "" || len(id) > 64 {
		return nil
	}
	return &Session{key: "stretch-routine:session:" + id}
}

// Take returns and forgets the place kept before a reload, if any.
func (s *Session) Take() (r *Restore) {
	if s == nil {
		return nil
	}
	defer func() {
		if recover() != nil {
			r = nil
		}
	}()
	store, ok := storage("sessionStorage")
	if !ok {
		return nil
	}
	v := store.Call("getItem", s.key)
	store.Call("removeItem", s.key)
	if v.Type() != js.TypeString {
		return nil
	}
	f := strings.Split(v.String(), " ")
	if len(f) != 3 {
		return nil
	}
	ms, err1 := strconv.ParseInt(f[0], 10, 64)
	rate, err2 := strconv.ParseFloat(f[2], 64)
	if err1 != nil || err2 != nil || ms < 0 || ms > int64(24*time.Hour/time.Millisecond) {
		return nil
	}
	return &Restore{T: time.Duration(ms) * time.Millisecond, Playing: f[1] == "1", Rate: rate}
}

// KeepOnContextLoss saves g's place the moment the canvas loses its WebGL
// context, before Ebiten reloads the page.
func (s *Session) KeepOnContextLoss(g *Game) {
	if s == nil {
		return
	}
	canvas := js.Global().Get("document").Call("querySelector", "canvas")
	if canvas.IsNull() {
		return
	}
	canvas.Call("addEventListener", "webglcontextlost", js.FuncOf(func(this js.Value, args []js.Value) any {
		defer func() { recover() }()
		r := g.Session()
		playing := "0"
		if r.Playing {
			playing = "1"
		}
		v := strconv.FormatInt(int64(r.T/time.Millisecond), 10) + " " + playing + " " + strconv.FormatFloat(r.Rate, 'g', -1, 64)
		if store, ok := storage("sessionStorage"); ok {
			store.Call("setItem", s.key, v)
		}
		return nil
	}))
}
