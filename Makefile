# secint: the two commands people run are `make playground` and `make test`.
SHELL := /bin/bash
GO ?= go
ANTLR_JAR := tools/node_modules/antlr4ng-cli/antlr4-4.13.2-SNAPSHOT-complete.jar
GRAMMARS := grammar/SecintLexer.g4 grammar/SecintParser.g4
# VERSION is the one version source: stamped into bin/secint and secint.wasm,
# and written into web/package.json by make web.
VERSION := $(shell cat VERSION)
STAMP := -X main.version=$(VERSION)

.PHONY: all build generate check-generated test vet gotest conformance playground clean

all: build

# The ANTLR tool is pinned in tools/package-lock.json and fetched through npm.
$(ANTLR_JAR): tools/package.json tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# generate writes parser/ from grammar/ (Go target, no listener or visitor: the
# validator walks the tree itself).
generate: $(ANTLR_JAR)
	@$(MAKE) --no-print-directory gen-into OUT=parser

gen-into: $(ANTLR_JAR)
	rm -rf $(OUT) && mkdir -p $(OUT)
	cd grammar && java -jar $(abspath $(ANTLR_JAR)) -Dlanguage=Go -package parser -no-listener -no-visitor \
		-Xexact-output-dir -o $(abspath $(OUT)) SecintLexer.g4 SecintParser.g4
	rm -f $(OUT)/*.interp $(OUT)/*.tokens
	gofmt -w $(OUT)

# check-generated fails when parser/ is not what grammar/ generates.
check-generated: $(ANTLR_JAR)
	@tmp=$$(mktemp -d) && $(MAKE) --no-print-directory gen-into OUT=$$tmp/parser >/dev/null && \
	if diff -r $$tmp/parser parser >/dev/null; then echo "parser/ matches grammar/"; rm -rf $$tmp; \
	else echo "parser/ is stale: run 'make generate' and commit the result"; diff -r $$tmp/parser parser | head -20; rm -rf $$tmp; exit 1; fi

# build makes the npm package with its wasm (web/dist/, esbuild) and the
# command line (bin/secint, which embeds the playground when
# playground-build has made it).
build: web cli

# cli builds bin/secint alone (with whatever playground/dist/ holds).
.PHONY: cli
cli:
	mkdir -p bin
	$(GO) build -trimpath -ldflags '$(STAMP)' -o bin/secint ./cmd/secint

# vet checks our own packages. parser/ is generated: the ANTLR Go target puts
# a `goto errorExit` after each rule's return on purpose, which vet calls
# unreachable code; that code is checked by check-generated instead.
vet:
	$(GO) vet $$($(GO) list ./... | grep -v '/parser$$')

gotest:
	$(GO) test ./...

# fast is the everyday tier: Go only (vet and every Go test), no npm, no
# browser; a minute or two. make test runs everything.
.PHONY: fast
fast: vet gotest

# conformance runs secint over the shared real-world corpus when it is there.
conformance: build
	@if [ -f ../shared/corpus/real-world.jsonl ]; then \
		$(GO) run ./tools/conformance ../shared/corpus/real-world.jsonl; \
	else echo "conformance: ../shared/corpus not found, skipped"; fi

test: check-generated vet gotest conformance webtest e2e lsptest bench-smoke packaging-test

# --- WebAssembly and the JavaScript package (web/) ---
.PHONY: wasm web webtest

WEB_DEPS := web/node_modules/.package-lock.json

# wasm builds the engine for the browser, and copies the wasm_exec.js of the
# same Go toolchain next to it (never committed: web/dist/ is git-ignored).
# WASM_BUILD is also how make bench builds its empty Go program (the same flags).
# Two more flags are for secint's size (brotli): antlr.nomutex makes
# the ANTLR runtime's locks no-ops, right for WebAssembly, where one goroutine
# runs the engine (and a little faster); -l for the ANTLR runtime alone stops
# the compiler from inlining inside it (its promoted methods and small getters
# copied into each caller): about 30 KB of brotli for a few percent of parse
# time. Inlining stays on for the Go runtime and our packages, where turning
# it off costs far more time.
WASM_BUILD = GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w $(STAMP)'
WASM_SIZE_FLAGS := -tags antlr.nomutex -gcflags='github.com/antlr4-go/antlr/v4=-l'
wasm:
	mkdir -p web/dist
	$(WASM_BUILD) $(WASM_SIZE_FLAGS) -o web/dist/secint.wasm ./wasm
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" web/dist/wasm_exec.js

# esbuild is pinned in web/package.json and web/package-lock.json.
$(WEB_DEPS): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# web builds the npm package in web/dist/: the client, the Monaco adapter,
# the worker file, their type declarations, secint.wasm and wasm_exec.js.
web: wasm $(WEB_DEPS) web-version
	cd web && node build.mjs

# web-version writes VERSION into web/package.json (a change to commit when
# VERSION changes; TestVersionOneSource fails until it is).
.PHONY: web-version
web-version:
	@node tools/stamp-version.mjs

# webtest runs the package's tests (node:test) against the real secint.wasm
# (and bin/secint: the engine's fix-all is checked against check --fix).
webtest: build
	cd web && node --test test/*.test.js

# --- The playground (web/playground/) and its browser tests ---
.PHONY: playground-build e2e

PORT ?= 8080
PLAYGROUND_DEPS := web/playground/node_modules/.package-lock.json
CHROMIUM := /usr/bin/chromium

# monaco-editor, esbuild, marked and playwright-core are pinned in
# web/playground/package.json and package-lock.json.
$(PLAYGROUND_DEPS): web/playground/package.json web/playground/package-lock.json
	cd web/playground && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# playground-build bundles the page (Monaco and the secint package) into
# playground/dist/ with its brotli and gzip copies (git-ignored), then builds
# bin/secint, which embeds them.
playground-build: web $(PLAYGROUND_DEPS)
	cd web/playground && node build.mjs
	@$(MAKE) --no-print-directory build

# playground builds everything and serves it: make playground PORT=9000
playground: playground-build
	bin/secint serve --addr 127.0.0.1:$(PORT)

# The browser tests drive Debian's Chromium (Playwright's own download does
# not work here); installed when it is missing (make test runs as root).
$(CHROMIUM):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core

# e2e runs the browser tests against bin/secint serve on a free loopback
# port; screenshots go to web/test-results/.
e2e: playground-build $(CHROMIUM)
	cd web/playground && node --test test/*.test.js

clean:
	rm -rf bin

# packaging-test: the npm tarball from a fresh clone of the committed tree,
# installed and imported by a scratch project (tools/test/publish.sh), and
# the pre-commit hook run by Debian's pre-commit (installed when missing) on a
# scratch repository (tools/test/precommit.sh).
.PHONY: packaging-test
packaging-test:
	@command -v pre-commit >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y pre-commit; }
	bash tools/test/publish.sh
	bash tools/test/precommit.sh

# docs writes the rule pages (docs/rules/CODE.md) and their index
# (docs/diagnostics.md) from the rule table and validator/ruledocs/pages;
# go test fails when the committed ones are stale.
.PHONY: docs
docs:
	$(GO) run ./tools/ruledocs
	node editors/vscode/sync-rules.mjs

# --- fuzzing ---
# fuzz runs every fuzz target of validator/ for FUZZTIME each (make fuzz
# FUZZTIME=10m). An input that fails is saved under validator/testdata/fuzz/,
# and `make test` runs it from then on with the targets' seeds.
FUZZTIME ?= 30s
.PHONY: fuzz
fuzz:
	@set -e; for f in $$($(GO) test -list '^Fuzz' ./validator | grep '^Fuzz'); do \
		echo "--- $$f for $(FUZZTIME)"; \
		$(GO) test ./validator -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME); \
	done

# --- benchmarks ---
# bench prints the speed table (docs/speed.md) and writes bench/results.json (git-ignored):
# wasm in Node, Monaco and cold start in headless Chromium, the playground's
# page load (cold and repeat visits, PAGELOAD_RUNS fresh profiles), sizes, and
# the native go test -bench figures, over worksheets of validator/worksheet.
#   make bench SIZES="102400 1048576" RUNS=15 WARMUP=3 EDITS=50 COLD=7 NATIVE_COUNT=5 PAGELOAD_RUNS=5
# bench-smoke runs all of it once at a tiny size (make test does, to keep it
# working; no test asserts a time). Both need the browser tests' setup.
.PHONY: bench bench-smoke bench-tools
SIZES ?= 102400 1048576
RUNS ?= 15
WARMUP ?= 3
EDITS ?= 50
COLD ?= 7
NATIVE_COUNT ?= 5
PAGELOAD_RUNS ?= 5

# bench-tools builds into bench/build/ (git-ignored) the worksheet generator
# and the empty Go wasm program of the cold-start figure.
bench-tools:
	mkdir -p bench/build
	$(GO) build -o bench/build/worksheet ./tools/worksheet
	$(WASM_BUILD) -o bench/build/empty.wasm ./tools/emptywasm

bench: playground-build $(CHROMIUM) bench-tools
	node web/bench/bench.mjs --sizes "$(SIZES)" --runs $(RUNS) --warmup $(WARMUP) --edits $(EDITS) \
		--cold $(COLD) --native-count $(NATIVE_COUNT) --pageload-runs $(PAGELOAD_RUNS)

bench-smoke: playground-build $(CHROMIUM) bench-tools
	node web/bench/bench.mjs --smoke --out bench/build/results-smoke.json

# bench-peers puts secint next to dt-sql-parser (pinned in
# web/bench/peers/package.json, installed into its git-ignored
# node_modules/) on the same worksheets in one Node process, and prints
# secint ÷ peer for validate, edit, completion and one statement. Not part
# of make test: the peer takes about 17 minutes for one run on a megabyte.
#   make bench-peers PEER_SIZES=102400 PEER_RUNS=5 PEER_DIALECT=TrinoSQL
.PHONY: bench-peers
PEER_SIZES ?= 102400 1048576
PEER_RUNS ?= 1
PEER_DIALECT ?= GenericSQL
PEERS_DEPS := web/bench/peers/node_modules/.package-lock.json
$(PEERS_DEPS): web/bench/peers/package.json web/bench/peers/package-lock.json
	cd web/bench/peers && npm ci --no-audit --no-fund --loglevel=error
	touch $@

bench-peers: web bench-tools $(PEERS_DEPS)
	node web/bench/peers.mjs --sizes "$(PEER_SIZES)" --runs $(PEER_RUNS) --dialect $(PEER_DIALECT)

# --- the language server's clients (issue 15) ---
# lsptest drives `secint lsp` with real clients: Neovim's built-in LSP client
# (headless, in UTF-16 and in UTF-8), and vscode-languageserver-protocol, the
# library VS Code's client is built on, with the VS Code extension's own
# client code and a check of its packaged .vsix. (The recorded Go sessions
# run with gotest.) Debian's neovim is installed when missing, as chromium is.
.PHONY: lsptest nvimtest vscodetest vsix lsp-bin
NVIM := /usr/bin/nvim
VSCODE_DEPS := editors/vscode/node_modules/.package-lock.json

lsp-bin:
	mkdir -p bin
	$(GO) build -trimpath -o bin/secint-lsp ./cmd/secint

$(NVIM):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y neovim

nvimtest: lsp-bin $(NVIM)
	@set -e; for enc in utf-16 utf-8; do \
		echo "nvim session, $$enc positions"; \
		SECINT=$(abspath bin/secint-lsp) SECINT_ENC=$$enc timeout 120 $(NVIM) --headless --clean -u NONE \
			-c 'luafile editors/neovim/test/session.lua'; \
	done

# The VS Code extension (editors/vscode/): its dependencies are pinned in
# its package.json and package-lock.json.
$(VSCODE_DEPS): editors/vscode/package.json editors/vscode/package-lock.json
	cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# vsix bundles the extension with its language client (esbuild, build.mjs)
# and packages it once per platform, each .vsix with its own
# native server (Go cross-compiles it; CGO is off, so the Linux binary is
# static and serves Alpine too), into editors/vscode/dist/:
#   make vsix VSIX_TARGETS=linux-x64
VSIX_TARGETS ?= linux-x64 linux-arm64 alpine-x64 alpine-arm64 darwin-x64 darwin-arm64 win32-x64 win32-arm64
VSIX_VERSION = $(shell node -p 'require("./editors/vscode/package.json").version')
vsix: $(VSCODE_DEPS)
	cd editors/vscode && node build.mjs
	@# The editor's server has no use for the playground that make
	@# playground-build embeds in bin/secint: an overlay of playground.go
	@# (in a temporary directory, outside the module) embeds only
	@# dist/.gitkeep, as in a fresh clone, for these builds.
	@grep -q '^//go:embed all:dist$$' playground/playground.go || { echo "vsix: playground.go's embed line changed; update the overlay"; exit 1; }
	@set -eo pipefail; ov=$$(mktemp -d); trap 'rm -rf "$$ov"' EXIT; \
	sed 's|^//go:embed all:dist$$|//go:embed dist/.gitkeep|' playground/playground.go > $$ov/playground.go; \
	printf '{"Replace":{"%s":"%s"}}' $(abspath playground/playground.go) $$ov/playground.go > $$ov/overlay.json; \
	mkdir -p editors/vscode/dist; for t in $(VSIX_TARGETS); do \
		os=$${t%-*}; arch=$${t#*-}; exe=secint; \
		case $$os in win32) os=windows; exe=secint.exe;; alpine) os=linux;; esac; \
		case $$arch in x64) arch=amd64;; esac; \
		rm -rf editors/vscode/bin && mkdir -p editors/vscode/bin; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags='-s -w' \
			-overlay $$ov/overlay.json -o editors/vscode/bin/$$exe ./cmd/secint; \
		echo "vsix $$t"; \
		(cd editors/vscode && npx vsce package --no-dependencies --target $$t --skip-license --out dist/secint-$$t-$(VSIX_VERSION).vsix) | grep -v 'WARNING.*bundle your extension' ; \
	done; rm -rf editors/vscode/bin

# vscodetest: the extension's unit tests, its manifest, the Node client
# session against bin/secint-lsp, and this platform's .vsix.
HOST_VSIX_TARGET := linux-$(if $(filter aarch64 arm64,$(shell uname -m)),arm64,x64)
vscodetest: lsp-bin $(VSCODE_DEPS)
	@$(MAKE) --no-print-directory vsix VSIX_TARGETS=$(HOST_VSIX_TARGET)
	cd editors/vscode && SECINT=$(abspath bin/secint-lsp) SECINT_VSIX_TARGET=$(HOST_VSIX_TARGET) \
		SECINT_VSIX=$(abspath editors/vscode/dist)/secint-$(HOST_VSIX_TARGET)-$(VSIX_VERSION).vsix \
		node --test test/

lsptest: nvimtest vscodetest
