package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/secint/secint/validator"
)

// `secint complete` prints a stable subset of the engine's completion item:
// each of its fields is the engine's field of the same JSON name and type.
func TestCLIItemIsASubsetOfTheEngine(t *testing.T) {
	engine := map[string]reflect.Type{}
	et := reflect.TypeOf(validator.CompletionItem{})
	for i := 0; i < et.NumField(); i++ {
		name, _, _ := strings.Cut(et.Field(i).Tag.Get("json"), ",")
		engine[name] = et.Field(i).Type
	}
	ct := reflect.TypeOf(cliItem{})
	for i := 0; i < ct.NumField(); i++ {
		f := ct.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if typ, ok := engine[name]; !ok || typ != f.Type {
			t.Errorf("cliItem.%s (json %q, %v) is not a field of validator.CompletionItem", f.Name, name, f.Type)
		}
	}
}
