package main

import (
	"net/http"
	"time"
)

// newServer returns the HTTP server that serves h, with timeouts that
// bound what a stalled or idle client can hold:
//
//   - ReadHeaderTimeout (10 s): the request line and headers must arrive
//     in time (slowloris).
//   - ReadTimeout (30 s): the whole request, body included. The site takes
//     only GET and HEAD, so a body is never expected; this bounds a client
//     that trickles one. It does not limit the response: net/http clears
//     the read deadline once the request has been read.
//   - IdleTimeout (60 s): an idle keep-alive connection is closed.
//   - No WriteTimeout. net/http's WriteTimeout is a deadline for the whole
//     response, not for progress, and the player's wasm is megabytes: on a
//     slow mobile link it takes minutes, so any deadline short enough to
//     matter would cut off real visitors mid-download. A peer that
//     vanishes is dropped by TCP (retransmission timeout, keep-alive
//     probes); a client that stays connected but stops reading keeps its
//     connection. That is acceptable for local use and simple hosting;
//     many visitors belong on a static host or CDN (see README).
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
}
