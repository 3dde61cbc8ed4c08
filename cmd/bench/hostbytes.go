package main

import (
	"os"
	"path/filepath"
	"strings"
)

// hostBytes measures what the host page pays before the visitor presses
// Start, in brotli bytes as the site serves them (make dist's .br
// siblings): every file the embed asked for, in English and in Spanish.
func (b *bench) hostBytes() error {
	for _, lang := range []string{"en", "es"} {
		page := "/host.html"
		if lang == "es" {
			page = "/host-es.html"
		}
		ctx, done, err := b.tab(page, 1280, 800, 1)
		if err != nil {
			return err
		}
		if err := waitJS(ctx, `document.getElementById('w').shadowRoot.querySelector('.start') && document.readyState === 'complete' && new Promise((r) => requestIdleCallback(() => r(true)))`); err != nil {
			done()
			return err
		}
		urls, err := eval[[]string](ctx, `performance.getEntriesByType('resource').map((e) => e.name)`)
		done()
		if err != nil {
			return err
		}
		total := 0.0
		for _, u := range urls {
			name := strings.TrimPrefix(u, b.server.URL+"/")
			if strings.HasPrefix(name, "player") || strings.HasSuffix(name, ".wasm") || strings.Contains(name, "://") {
				continue
			}
			st, err := os.Stat(filepath.Join(b.site, name+".br"))
			if err != nil {
				st, err = os.Stat(filepath.Join(b.site, name))
			}
			if err == nil {
				total += float64(st.Size())
			}
		}
		b.table.add("host page's bytes before Start, brotli ("+lang+")", "KB", []float64{total / 1024}, nil, "", "<= 9 KB", func(m float64) bool { return m <= 9 })
	}
	return nil
}
