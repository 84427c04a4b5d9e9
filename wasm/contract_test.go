package main

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	engine "github.com/secint/secint/validator/protocol"
)

// The boundary is defined once, in validator/protocol (its json tags are the
// names). The structs here carry the same fields under js tags, because vert
// reads only those; web/src/index.d.ts declares them for TypeScript; and
// web/src/protocol.js repeats the methods, error codes and protocol number.
// These tests hold all of them to the Go definitions.

// fieldNames lists a struct's field names as its tag of kind key gives them.
func fieldNames(t reflect.Type, key string) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get(key), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// boundaryPairs are each protocol type with its wasm twin and its name in
// index.d.ts.
var boundaryPairs = []struct {
	proto, wasm any
	ts          string
}{
	{engine.Position{}, Position{}, "Position"},
	{engine.Range{}, Range{}, "Range"},
	{engine.TextEdit{}, TextEdit{}, "TextEdit"},
	{engine.Fix{}, Fix{}, "Fix"},
	{engine.Diagnostic{}, Diagnostic{}, "Diagnostic"},
	{engine.CompletionItem{}, CompletionItem{}, "CompletionItem"},
	{engine.HoverResult{}, Hover{}, "Hover"},
	{engine.CodeAction{}, CodeAction{}, "CodeAction"},
}

func TestWasmBoundaryMatchesProtocol(t *testing.T) {
	for _, p := range boundaryPairs {
		want := fieldNames(reflect.TypeOf(p.proto), "json")
		got := fieldNames(reflect.TypeOf(p.wasm), "js")
		if !slices.Equal(got, want) {
			t.Errorf("wasm %T sends %v; engine.%T has %v", p.wasm, got, p.proto, want)
		}
	}
}

// tsInterfaces reads the field names of each `export interface` of a .d.ts.
func tsInterfaces(t *testing.T, path string) map[string][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	iface := regexp.MustCompile(`(?s)export interface (\w+) \{(.*?)\n\}`)
	field := regexp.MustCompile(`(?m)^  (?:readonly )?(\w+)\??:`)
	for _, m := range iface.FindAllStringSubmatch(string(data), -1) {
		var names []string
		for _, f := range field.FindAllStringSubmatch(m[2], -1) {
			names = append(names, f[1])
		}
		slices.Sort(names)
		out[m[1]] = names
	}
	return out
}

func TestTypeScriptDeclarationsMatchProtocol(t *testing.T) {
	ts := tsInterfaces(t, "../web/src/index.d.ts")
	for _, p := range boundaryPairs {
		want := fieldNames(reflect.TypeOf(p.wasm), "js")
		got, ok := ts[p.ts]
		if !ok {
			t.Errorf("web/src/index.d.ts declares no interface %s", p.ts)
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("index.d.ts's %s has %v; the engine sends %v", p.ts, got, want)
		}
	}
}

func TestProtocolJSMatchesBridge(t *testing.T) {
	data, err := os.ReadFile("../web/src/protocol.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	m := regexp.MustCompile(`export const PROTOCOL = (\d+);`).FindStringSubmatch(src)
	if m == nil {
		t.Fatal("web/src/protocol.js has no PROTOCOL")
	}
	if n, _ := strconv.Atoi(m[1]); n != protocol {
		t.Errorf("web/src/protocol.js speaks protocol %d; the bridge speaks %d", n, protocol)
	}
	quoted := regexp.MustCompile(`'([a-zA-Z-]+)'`)
	list := func(name string) []string {
		block := regexp.MustCompile(`(?s)export const ` + name + ` = .*?\]\)`).FindString(src)
		if block == "" {
			t.Fatalf("web/src/protocol.js has no %s", name)
		}
		var out []string
		for _, q := range quoted.FindAllStringSubmatch(block, -1) {
			out = append(out, q[1])
		}
		return out
	}
	jsMethods := list("METHODS")
	if !slices.Equal(sorted(jsMethods), sorted(methods)) {
		t.Errorf("web/src/protocol.js's METHODS are %v; the module exports %v", jsMethods, methods)
	}
	jsCodes := list("ERROR_CODES")
	for _, c := range errorCodes {
		if !slices.Contains(jsCodes, c) {
			t.Errorf("the bridge returns error code %q, which web/src/protocol.js's ERROR_CODES lacks", c)
		}
	}
}

func sorted(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}
