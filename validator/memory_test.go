package validator

import (
	"runtime"
	"strings"
	"testing"

	"github.com/secint/secint/validator/worksheet"
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
// lines (the line index grown the same way), 358 for '(' and 584 for '('
// after SET. After: 3, 14, 37, 76 and 76.
func TestMemoryDegenerateInput(t *testing.T) {
	const size = 1 << 20
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
		// The same after SET: was 584 (the parse of a two-million-token
		// statement), now not parsed (MaxStatementTokens).
		{"open parentheses after SET", "ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = " + strings.Repeat("(", size), 120},
	} {
		got := allocPerByte(c.text)
		t.Logf("%s: %.1f bytes per byte", c.name, got)
		if got > c.bound {
			t.Errorf("%s: %.0f bytes allocated per byte of text, want at most %.0f", c.name, got, c.bound)
		}
	}
}

// memoryShapes are the degenerate texts of issue 13 next to an ordinary
// worksheet, each of about size bytes: ';' floods, one huge line, '('
// floods (inside one of our statements and outside), empty lines.
func memoryShapes(size int) []struct{ name, text string } {
	sheet := worksheet.Generate(size)
	return []struct{ name, text string }{
		{"worksheet", sheet},
		{"semicolons", strings.Repeat(";", size)},
		{"semicolons-spaces", strings.Repeat("; \n", size/3)},
		{"one-line", strings.Repeat("ALTER INTEGRATION x SET ENABLED = maybe; ", size/41)},
		{"parens-in-statement", "ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = " + strings.Repeat("(", size)},
		{"parens", strings.Repeat("(", size)},
		{"empty-lines", strings.Repeat("\n", size)},
	}
}

// BenchmarkMemory reports, for each shape of 1 MiB (64 KiB with -short, as
// make bench-smoke runs it), what opening a
// document allocates per byte of text (alloc-B/byte) and what the open
// document keeps (retained-B/byte: the live heap after a GC, less what was
// live before). make bench prints them beside the same figures in wasm.
func BenchmarkMemory(b *testing.B) {
	size := 1 << 20
	if testing.Short() {
		size = 64 << 10
	}
	for _, sh := range memoryShapes(size) {
		b.Run(sh.name, func(b *testing.B) {
			var alloc, retained float64
			for b.Loop() {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				d := NewDocument(sh.text)
				runtime.GC()
				runtime.ReadMemStats(&after)
				alloc = float64(after.TotalAlloc - before.TotalAlloc)
				retained = float64(after.HeapAlloc) - float64(before.HeapAlloc)
				runtime.KeepAlive(d)
			}
			b.ReportMetric(alloc/float64(len(sh.text)), "alloc-B/byte")
			b.ReportMetric(retained/float64(len(sh.text)), "retained-B/byte")
		})
	}
}
