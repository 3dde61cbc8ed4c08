package main

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/immerse-massage/stretch/web"
	"github.com/immerse-massage/stretch/web/headless"
)

// bench holds what every measurement shares: the built site and the
// reference pages served in-process, and one headless Chromium.
type bench struct {
	site    string
	runs    int
	tmp     string
	server  *httptest.Server
	browser context.Context
	cancel  []func()
	table   table
}

// pages the bench serves beside the site.
const (
	staticPage = `<!doctype html><html lang="en"><title>Reference</title>
<body style="font:16px system-ui;background:#f7f4ef"><h1>Upper back mobility</h1>
<p>A static page with no script, measured in the same browser as the widget.</p></body></html>`
	// clickPage is the reference for the first visible sign: a click that
	// changes a text, in a page laid out like the host page.
	clickPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Click</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:16px;font:16px system-ui">
<h1>A clinic's article</h1><div id="w" style="height:640px;border-radius:16px;background:#f7f4ef;display:grid;place-items:center">
<button class="start" style="min-height:52px;padding:0 30px;border:0;border-radius:999px;background:#4f7964;color:#fff;font:inherit">Start</button>
<p id="t"></p></div><p>The rest of the article.</p>
<script>document.querySelector('.start').onclick = () => { document.getElementById('t').textContent = 'Get into position · 12'; };</script></body></html>`
	minimalPage = `<!doctype html><html lang="en"><title>Minimal</title><body style="margin:0">
<script src="wasm_exec.js"></script><script>const go = new Go();
fetch('minimal.wasm').then((res) => { performance.mark('stretch:wasm-response'); return WebAssembly.instantiateStreaming(res, go.importObject); })
.then((r) => { performance.mark('stretch:wasm-ready'); go.run(r.instance); });</script></body></html>`
	hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="embed.js"></script></head><body style="margin:0;padding:16px;font:16px system-ui">
<h1>A clinic's article</h1><stretch-routine id="w"></stretch-routine><p>The rest of the article.</p></body></html>`
)

func newBench(site string, runs int) (*bench, error) {
	if _, err := os.Stat(filepath.Join(site, "player.html")); err != nil {
		return nil, fmt.Errorf("%s holds no built site (make dist): %w", site, err)
	}
	b := &bench{site: site, runs: runs}
	var err error
	if b.tmp, err = os.MkdirTemp("", "stretch-bench-"); err != nil {
		return nil, err
	}
	minimal, err := buildWasm(b.tmp, "github.com/immerse-massage/stretch/cmd/bench/minimal")
	if err != nil {
		return nil, err
	}
	extra := map[string][]byte{"minimal.wasm": minimal, "minimal.wasm.br": brotliBytes(minimal)}
	for name, data := range extra {
		if err := os.WriteFile(filepath.Join(b.tmp, name), data, 0o644); err != nil {
			return nil, err
		}
	}
	handler := web.NewHandler(overlay{os.DirFS(b.tmp), os.DirFS(site)})
	mux := http.NewServeMux()
	mux.Handle("/", handler)
	pages := map[string]string{
		"/static.html": staticPage, "/click.html": clickPage, "/minimal.html": minimalPage, "/host.html": hostPage,
		"/host-es.html": strings.Replace(hostPage, `<stretch-routine id="w">`, `<stretch-routine id="w" lang="es">`, 1),
	}
	for path, body := range pages {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			fmt.Fprint(w, body)
		})
	}
	b.server = httptest.NewServer(mux)
	exe, err := headless.Find()
	if err != nil {
		return nil, err
	}
	opts := headless.Options(exe)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	b.cancel = append(b.cancel, cancelAlloc, cancel)
	if err := chromedp.Do(ctx); err != nil {
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	b.browser = ctx
	return b, nil
}

func (b *bench) close() {
	for i := len(b.cancel) - 1; i >= 0; i-- {
		b.cancel[i]()
	}
	if b.server != nil {
		b.server.Close()
	}
	os.RemoveAll(b.tmp)
}

// overlay is a file system that reads from its first, else its second.
type overlay [2]fs.FS

func (o overlay) Open(name string) (fs.File, error) {
	if f, err := o[0].Open(name); err == nil {
		return f, nil
	}
	return o[1].Open(name)
}

// tab opens path in a new tab of the given size, with the HTTP cache off
// (every run loads everything, as a first visit does), and returns its
// context and a func to close it.
func (b *bench) tab(path string, width, height int64, scale float64) (context.Context, func(), error) {
	ctx, cancel := chromedp.NewContext(b.browser)
	tctx, cancelT := context.WithTimeout(ctx, 5*time.Minute)
	done := func() { cancelT(); cancel() }
	err := chromedp.Do(tctx,
		chromedp.EmulateViewport(width, height, chromedp.EmulateScale(scale)),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, tg, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true})
			return err
		}),
		chromedp.Navigate(b.server.URL+path),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.BringToFront, cdp.Empty{})
			return err
		}),
	)
	if err != nil {
		done()
		return nil, nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return tctx, done, nil
}

// eval evaluates js in ctx's page, awaiting a promise, as a T.
func eval[T any](ctx context.Context, js string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

// waitJS polls cond (a JS expression) in ctx's page until it holds.
func waitJS(ctx context.Context, cond string) error {
	for {
		ok, err := eval[bool](ctx, "Promise.resolve("+cond+").then(Boolean)")
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", cond, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}
