package main

import (
	"net/http"
	"testing"
	"time"
)

// TestNewServerTimeouts checks that the server bounds what a stalled or
// idle client can hold, without a write deadline that would cut off a
// slow download of the player's wasm.
func TestNewServerTimeouts(t *testing.T) {
	h := http.NewServeMux()
	srv := newServer(h)
	if srv.Handler != http.Handler(h) {
		t.Errorf("newServer(h).Handler = %v; want h", srv.Handler)
	}
	tests := []struct {
		name     string
		got      time.Duration
		min, max time.Duration // 0 max: must be 0 (no limit)
	}{
		{"ReadHeaderTimeout", srv.ReadHeaderTimeout, time.Second, 30 * time.Second},
		{"ReadTimeout", srv.ReadTimeout, srv.ReadHeaderTimeout, 2 * time.Minute},
		{"IdleTimeout", srv.IdleTimeout, 10 * time.Second, 5 * time.Minute},
		{"WriteTimeout", srv.WriteTimeout, 0, 0},
	}
	for _, tt := range tests {
		if tt.max == 0 {
			if tt.got != 0 {
				t.Errorf("%s = %v; want 0 (a whole-response deadline would cut off slow downloads)", tt.name, tt.got)
			}
			continue
		}
		if tt.got < tt.min || tt.got > tt.max {
			t.Errorf("%s = %v; want between %v and %v", tt.name, tt.got, tt.min, tt.max)
		}
	}
}
