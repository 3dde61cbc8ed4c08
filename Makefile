# Two commands matter: `make run` builds and serves the demo, `make test`
# runs every test layer. See README.md.

GO      ?= go
PORT    ?= 8080
DIST    ?= dist
BROTLI  ?= 11
PACKAGE_OUT ?= .
BROWSER := $(shell command -v chromium || command -v chromium-browser || command -v google-chrome)

# Packages that run natively (everything but the browser end-to-end tests).
NATIVE_PKGS = $(shell $(GO) list ./... | grep -v '/web/e2e$$')

.PHONY: run dist package test vet test-native test-widget test-e2e e2e-tools npm-tool browser bench fuzz soak clean

## run: build the site into $(DIST) and serve it on 127.0.0.1:$(PORT)
run: dist
	$(GO) run ./cmd/serve -dir $(DIST) -addr 127.0.0.1:$(PORT)

## dist: build the whole static site into $(DIST)
dist:
	$(GO) run ./cmd/dist -out $(DIST) -brotli $(BROTLI)

## package: pack the site as an npm package, <name>-<version>.tgz in
## $(PACKAGE_OUT), with npm pack; the last line printed is its path
package: npm-tool
	$(GO) run ./cmd/package -out $(PACKAGE_OUT)

## test: vet, then the native, in-browser (wasm) and end-to-end tests
test: browser vet test-native test-widget test-e2e

## vet: gofmt, go vet (native and wasm) and tidy module files
vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	CGO_ENABLED=0 $(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./widget/... ./cmd/player/...
	$(GO) mod tidy -diff
	$(GO) mod tidy -modfile=tools.mod -diff

test-native:
	CGO_ENABLED=0 $(GO) test $(NATIVE_PKGS)

# wasmbrowsertest (a tool of tools.mod) runs the GOOS=js test binaries in
# headless Chromium; `go tool -n` builds it for this machine and prints its
# path.
test-widget: browser
	GOOS=js GOARCH=wasm $(GO) test -exec="$$($(GO) tool -modfile=tools.mod -n wasmbrowsertest)" ./widget/...

# The end-to-end tests build the site themselves, with quick brotli: no
# test depends on the best compression, which only make dist spends time on.
# -parallel is above the core count: the tests themselves keep to one
# test doing CPU work per core (web/e2e/cpuslots_test.go), and a test that
# only waits on a clock lends its slot meanwhile.
test-e2e: browser e2e-tools
	$(GO) test -count=1 -parallel 8 ./web/e2e/

## e2e-tools: install the end-to-end tests' browser-side tools (axe-core)
## from web/e2e/package-lock.json
e2e-tools: npm-tool
	npm ci --prefix web/e2e --no-audit --no-fund --loglevel=error

## npm-tool: make sure npm is installed (Debian's npm with apt-get as root)
npm-tool:
	@command -v npm >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's npm..."; \
			apt-get update -qq && apt-get install -y -qq npm >/dev/null; \
		else \
			echo "npm is needed: install Debian's npm package (sudo apt-get install npm)"; exit 1; \
		fi; }

## browser: make sure headless Chromium is installed (apt-get as root)
browser:
ifeq ($(BROWSER),)
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests..."; \
		apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "make test needs Chromium: install Debian's chromium package (sudo apt-get install chromium)"; exit 1; \
	fi
endif

## bench: what the product costs, as ratios against references measured in
## the same run: per-frame model cost, wasm size, browser CPU when idle
bench: browser dist
	CGO_ENABLED=0 $(GO) test -run='^$$' -bench=. -benchmem ./anim/...
	$(GO) run ./cmd/bench -site $(DIST) -json bench.json

## fuzz: run every fuzz target for FUZZTIME each (their seed corpora also
## run in make test)
FUZZTIME ?= 1m
fuzz:
	@for t in FuzzParsePattern FuzzParseConfig FuzzParseCommand; do \
		echo "== anim $$t"; CGO_ENABLED=0 $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) ./anim/ || exit 1; done
	@for t in FuzzCommandMessage FuzzReadSetup; do \
		echo "== widget $$t"; CGO_ENABLED=0 $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) ./widget/ || exit 1; done

## soak: play 2 h of routine time at 16x with restarts, seeks and rate
## changes, and report the player's memory at the start and the end
soak: browser dist
	STRETCH_SITE=$(CURDIR)/$(DIST) STRETCH_SOAK=1 $(GO) test -count=1 -v -timeout=30m -run='^TestSoak$$' ./web/e2e/

clean:
	rm -rf $(DIST)
