// Command serve serves a built site (the output of cmd/dist) over HTTP for
// local use and simple hosting, and prints the demo page's URL.
//
//	go run ./cmd/serve -dir dist -addr 127.0.0.1:8080
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/immerse-massage/stretch/web"
)

func main() {
	dir := flag.String("dir", "dist", "built site directory (from cmd/dist)")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	if err := run(*dir, *addr); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(dir, addr string) error {
	site := os.DirFS(dir)
	if _, err := fs.Stat(site, "player.html"); err != nil {
		return fmt.Errorf("%s has no player.html: build the site first (make dist)", dir)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	page := "player.html"
	if _, err := fs.Stat(site, "index.html"); err == nil {
		page = ""
	}
	fmt.Printf("Serving %s\nDemo: http://%s/%s\n", dir, ln.Addr(), page)
	srv := newServer(logRequests(web.NewHandler(site)))
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// logRequests logs each request's method, path and duration.
func logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		log.Printf("%s %s %v", r.Method, r.URL.Path, time.Since(start).Round(time.Microsecond))
	})
}
