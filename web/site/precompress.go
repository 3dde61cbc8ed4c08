package site

import (
	"bytes"
	"compress/gzip"
	"path"
	"sort"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions worth precompressing.
var compressible = map[string]bool{".html": true, ".js": true, ".css": true, ".svg": true, ".wasm": true, ".json": true}

// precompressAll writes name.br and name.gz next to every compressible file
// in site, when the compressed form is smaller. Files are compressed in
// parallel, largest first, so the wasm does not finish last.
func precompressAll(out string, site Files, quality int) error {
	var names []string
	for name := range site {
		if compressible[path.Ext(name)] {
			names = append(names, name)
		}
	}
	sort.Slice(names, func(i, j int) bool { return len(site[names[i]]) > len(site[names[j]]) })

	var wg sync.WaitGroup
	errs := make(chan error, 2*len(names))
	for _, name := range names {
		b := site[name]
		wg.Add(2)
		go func() {
			defer wg.Done()
			errs <- writeSmaller(out, name+".br", b, brotliBytes(b, quality))
		}()
		go func() {
			defer wg.Done()
			errs <- writeSmaller(out, name+".gz", b, gzipBytes(b))
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// writeSmaller writes packed to out/name when it is smaller than raw.
func writeSmaller(out, name string, raw, packed []byte) error {
	if len(packed) >= len(raw) {
		return nil
	}
	return Files{name: packed}.Write(out)
}

func brotliBytes(b []byte, quality int) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, quality)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}
