package validator_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/secint/secint/validator"
)

// TestEditMakesNoNewDiagnosticsArray: an edit of a document with a
// thousand problems allocates less than one array of its diagnostics (the
// Analyses take turns in two, internal/document's diagBuffers), and the
// Analysis before the edit still holds what it held.
func TestEditMakesNoNewDiagnosticsArray(t *testing.T) {
	warn := "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n"
	d := validator.NewDocument(strings.Repeat(warn, 990))
	if n := len(d.Analysis().Diagnostics); n != 990 {
		t.Fatalf("%d diagnostics, want 990", n)
	}
	at := validator.Position{Line: 500, Character: 30}
	edit := func(i int) {
		c := validator.Change{Range: &validator.Range{Start: at, End: at}, Text: "X"}
		if i%2 == 1 {
			c = validator.Change{Range: &validator.Range{Start: at, End: validator.Position{Line: 500, Character: 31}}}
		}
		d.Update([]validator.Change{c})
	}
	for i := 0; i < 4; i++ {
		edit(i)
	}
	before := d.Analysis().Diagnostics
	want := fmt.Sprint(before)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	const n = 20
	for i := 0; i < n; i++ {
		edit(i)
		if i == 0 && fmt.Sprint(before) != want {
			t.Fatal("the Analysis before an edit changed with it")
		}
	}
	runtime.ReadMemStats(&m1)
	per := (m1.TotalAlloc - m0.TotalAlloc) / n
	array := uint64(len(before)) * uint64(unsafe.Sizeof(validator.Diagnostic{}))
	if per >= array {
		t.Errorf("an edit allocates %d bytes, at least an array of its %d diagnostics (%d bytes)", per, len(before), array)
	}
}
