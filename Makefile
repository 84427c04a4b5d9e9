# secint: the two commands people run are `make playground` and `make test`.
SHELL := /bin/bash
GO ?= go
ANTLR_JAR := tools/node_modules/antlr4ng-cli/antlr4-4.13.2-SNAPSHOT-complete.jar
GRAMMARS := grammar/SecintLexer.g4 grammar/SecintParser.g4

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

build:
	mkdir -p bin
	$(GO) build -trimpath -o bin/secint ./cmd/secint

vet:
	$(GO) vet ./...

gotest:
	$(GO) test ./...

# conformance runs secint over the shared real-world corpus when it is there.
conformance: build
	@if [ -f ../shared/corpus/real-world.jsonl ]; then \
		$(GO) run ./tools/conformance ../shared/corpus/real-world.jsonl; \
	else echo "conformance: ../shared/corpus not found, skipped"; fi

test: check-generated vet gotest conformance webtest

# --- WebAssembly and the JavaScript package (web/) ---
.PHONY: wasm web webtest

WEB_DEPS := web/node_modules/.package-lock.json

# wasm builds the engine for the browser, and copies the wasm_exec.js of the
# same Go toolchain next to it (never committed: web/dist/ is git-ignored).
wasm:
	mkdir -p web/dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o web/dist/secint.wasm ./wasm
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" web/dist/wasm_exec.js

# esbuild is pinned in web/package.json and web/package-lock.json.
$(WEB_DEPS): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# web builds the npm package in web/dist/: the client, the Monaco adapter,
# the worker file, their type declarations, secint.wasm and wasm_exec.js.
web: wasm $(WEB_DEPS)
	cd web && node build.mjs

# webtest runs the package's tests (node:test) against the real secint.wasm.
webtest: web
	cd web && node --test test/*.test.js

playground:
	@echo "The playground is not built yet (see the WebAssembly and playground issues)."; exit 1

clean:
	rm -rf bin
