package validator

import (
	"runtime"
	"strings"
	"testing"
)

// allocPerByte is what Check allocates, in all, per byte of text.
func allocPerByte(text string) float64 {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Check(text)
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
}

// Degenerate text allocates in proportion to its size, with a bound far
// above what it takes now and far below what it took. Before (issue 13),
// in bytes allocated per byte: 358 for ';' floods (a token of 64 bytes each,
// and the garbage of growing their array a quarter at a time; 8 MB of ';'
// was 1.9 GB resident in the command line), 157 for '; \n', 218 for empty
// lines (the line index grown the same way), 358 for '('. After: 3, 14, 37
// and 68.
func TestMemoryDegenerateInput(t *testing.T) {
	const size = 2 << 20
	for _, c := range []struct {
		name  string
		text  string
		bound float64
	}{
		// Lone ';'s make no tokens now: a few bytes per byte.
		{"semicolons", strings.Repeat(";", size), 20},
		{"semicolons and spaces", strings.Repeat("; \n", size/3), 40},
		{"empty statements after one", "ALTER INTEGRATION x SET ENABLED = TRUE" + strings.Repeat(";", size), 20},
		// Short lines: the line index is made at its size, not grown.
		{"empty lines", strings.Repeat("\n", size), 60},
		// One token per byte (64 bytes each) cannot go under that, but no
		// more than about one array's worth of garbage.
		{"open parentheses", strings.Repeat("(", size), 120},
	} {
		got := allocPerByte(c.text)
		t.Logf("%s: %.1f bytes per byte", c.name, got)
		if got > c.bound {
			t.Errorf("%s: %.0f bytes allocated per byte of text, want at most %.0f", c.name, got, c.bound)
		}
	}
}
