// Package e2e tests the built site end to end: it serves the site in-process
// and drives headless Chromium with chromedp, asserting on what a visitor
// sees (screenshots) and on the public events.
package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/immerse-massage/stretch/web"
	"github.com/immerse-massage/stretch/web/headless"
	"github.com/immerse-massage/stretch/web/site"
)

// server serves the built site for every test in the package, and the
// test pages next to it (see withTestPages). A test that needs no faults
// and no request log, and keeps no choice in the player's storage (which
// every page of one origin shares), embeds the widget there: every such
// test then loads the same wasm from the same address, which the browser
// keeps compiled, as it does for a clinic's returning visitor.
var server *httptest.Server

// siteDir is the directory of the built site that server serves.
var siteDir string

// browser is the shared headless Chromium; each test opens its own tab.
var browser context.Context

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func run(m *testing.M) (int, error) {
	site := os.Getenv("STRETCH_SITE")
	if site == "" {
		dir, err := os.MkdirTemp("", "stretch-site-")
		if err != nil {
			return 0, err
		}
		defer os.RemoveAll(dir)
		if err := buildSite(dir); err != nil {
			return 0, err
		}
		site = dir
	}
	siteDir = site
	server = httptest.NewServer(withTestPages(web.NewHandler(os.DirFS(site))))
	defer server.Close()

	execPath, err := headless.Find()
	if err != nil {
		return 0, err
	}
	opts := headless.Options(execPath,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("hide-scrollbars", true),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		return 0, fmt.Errorf("starting Chromium: %w", err)
	}
	browser = ctx
	return m.Run(), nil
}

// buildSite builds the site into dir as make dist does, but quickly (low
// brotli quality).
func buildSite(dir string) error {
	return site.Build(dir, site.Options{Brotli: 4, Log: os.Stderr})
}
