package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/immerse-massage/stretch/web"
)

// referencePage is the CPU reference: a static page with some text, as a
// host page without the widget would be.
const referencePage = `<!doctype html><html lang="en"><title>Reference</title>
<body style="font:16px system-ui;background:#f7f4ef"><h1>Upper back mobility</h1>
<p>A static page with no script, measured in the same browser as the player.</p></body></html>`

// recordEvents keeps the player's events so a scenario can wait for them.
const recordEvents = `window.__ev = [];
window.addEventListener('message', (e) => {
  if (e.data && e.data.source === 'stretch-routine' && e.data.kind === 'event') window.__ev.push(e.data);
});`

// scenario is one state of the page whose CPU cost is measured.
type scenario struct {
	name string
	path string
	// prepare brings the page into the state to measure.
	prepare func(ctx context.Context) error
}

func benchCPU(site string, window time.Duration, rounds int) error {
	mux := http.NewServeMux()
	mux.Handle("/", web.NewHandler(os.DirFS(site)))
	mux.HandleFunc("/reference.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, referencePage)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	scenarios := []scenario{
		{"static reference page", "/reference.html", nil},
		{"player playing (rate 1)", "/player.html", func(ctx context.Context) error {
			return command(ctx, "play")
		}},
		{"player on its start screen", "/player.html", nil},
		{"player paused", "/player.html", func(ctx context.Context) error {
			if err := command(ctx, "play"); err != nil {
				return err
			}
			time.Sleep(2 * time.Second)
			return command(ctx, "pause")
		}},
		{"player ended", "/player.html", func(ctx context.Context) error {
			if err := command(ctx, "play"); err != nil {
				return err
			}
			if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.postMessage({source:'stretch-routine',kind:'command',cmd:'seek',value:86400}, location.origin)`)); err != nil {
				return err
			}
			return waitEvent(ctx, "ended")
		}},
	}
	results := make([][]float64, len(scenarios))
	for range rounds {
		for i, sc := range scenarios {
			ms, err := measure(srv.URL, sc, window)
			if err != nil {
				return fmt.Errorf("%s: %w", sc.name, err)
			}
			results[i] = append(results[i], ms)
		}
	}
	ref, play := median(results[0]), median(results[1])
	fmt.Printf("browser CPU (all Chromium processes, ms of CPU per s, median of %d × %v):\n", rounds, window)
	for i, sc := range scenarios {
		m := median(results[i])
		fmt.Printf("  %-28s %7.1f ms/s   %5.2f × reference   %5.3f × playing\n", sc.name, m, m/ref, m/play)
	}
	return nil
}

// measure opens sc in a fresh headless Chromium, prepares it, lets it
// settle, and returns the CPU the browser used per second of the window.
func measure(base string, sc scenario, window time.Duration) (float64, error) {
	execPath, err := browserPath()
	if err != nil {
		return 0, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("hide-scrollbars", true),
		// Composite on the GPU path (SwiftShader here), as browsers with a GPU
		// do: headless's default software compositor drops parts of a WebGL
		// canvas under a DOM overlay, which no visitor would see.
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.WindowSize(1280, 800),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelTimeout()
	err = chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recordEvents})
			return err
		}),
		chromedp.Navigate(base+sc.path),
	)
	if err != nil {
		return 0, err
	}
	if strings.HasPrefix(sc.path, "/player") {
		if err := waitEvent(ctx, "ready"); err != nil {
			return 0, err
		}
	}
	if sc.prepare != nil {
		if err := sc.prepare(ctx); err != nil {
			return 0, err
		}
	}
	time.Sleep(time.Second)
	pid := chromedp.FromContext(ctx).Browser.Process().Pid
	before := treeCPU(pid)
	start := time.Now()
	time.Sleep(window)
	used := treeCPU(pid) - before
	return float64(used.Milliseconds()) / time.Since(start).Seconds(), nil
}

// command posts a command to the player as its parent (itself) would.
func command(ctx context.Context, cmd string) error {
	return chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.postMessage({source:'stretch-routine',kind:'command',cmd:%q}, location.origin)`, cmd)))
}

// waitEvent waits until the player has posted an event of type typ.
func waitEvent(ctx context.Context, typ string) error {
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`window.__ev.some(e => e.type === %q)`, typ)))
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", typ, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// treeCPU returns the user+system CPU time used so far by process pid and
// all its descendants, from /proc.
func treeCPU(pid int) time.Duration {
	parent := map[int]int{}
	ticks := map[int]int64{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// Fields after the parenthesised command name: state ppid ... utime(14) stime(15).
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(f) < 13 {
			continue
		}
		pp, _ := strconv.Atoi(f[1])
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		parent[p] = pp
		ticks[p] = ut + st
	}
	var total int64
	for p, t := range ticks {
		for q := p; q > 1; q = parent[q] {
			if q == pid {
				total += t
				break
			}
		}
	}
	return time.Duration(total) * time.Second / 100 // USER_HZ is 100 on Linux
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func browserPath() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no Chromium found (make test installs Debian's chromium)")
}
