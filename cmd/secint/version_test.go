package main

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// VERSION is the one version source: web/package.json and its lock say the
// same (make web writes them), the CHANGELOG has a section for it, and no Go
// file writes a version of its own (the Makefile stamps them).
func TestVersionOneSource(t *testing.T) {
	data, err := os.ReadFile("../../VERSION")
	if err != nil {
		t.Fatal(err)
	}
	v := strings.TrimSpace(string(data))
	if !regexp.MustCompile(`^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$`).MatchString(v) {
		t.Fatalf("VERSION %q is no semantic version", v)
	}
	for _, f := range []string{"../../web/package.json", "../../web/package-lock.json"} {
		var pkg struct {
			Version  string `json:"version"`
			Packages map[string]struct {
				Version string `json:"version"`
			} `json:"packages"`
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &pkg); err != nil {
			t.Fatal(err)
		}
		if pkg.Version != v || (pkg.Packages != nil && pkg.Packages[""].Version != v) {
			t.Errorf("%s says version %q, VERSION %q: run make web-version", f, pkg.Version, v)
		}
	}
	changelog, err := os.ReadFile("../../CHANGELOG.md")
	if err != nil || !regexp.MustCompile(`(?m)^## `+regexp.QuoteMeta(v)+`\b`).Match(changelog) {
		t.Errorf("CHANGELOG.md has no section for %s", v)
	}
	literal := regexp.MustCompile(`(?m)^var version = "[0-9]`)
	for _, f := range []string{"version.go", "../../wasm/bridge.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if literal.Match(src) {
			t.Errorf("%s writes a version by hand; the Makefile stamps it from VERSION", f)
		}
	}
}

// The Makefile stamps the version into the CLI and the wasm.
func TestMakefileStamps(t *testing.T) {
	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"VERSION := $(shell cat VERSION)", "STAMP := -X main.version=$(VERSION)",
		"-ldflags '$(STAMP)' -o bin/secint ./cmd/secint", "WASM_BUILD = GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w $(STAMP)'"} {
		if !strings.Contains(string(mk), want) {
			t.Errorf("the Makefile lacks %q", want)
		}
	}
	if code, out, _ := runCLI(t, "", "--version"); code != 0 || out != "secint "+version+"\n" {
		t.Errorf("--version: %d %q", code, out)
	}
}
