// Command worksheet writes a deterministic benchmark worksheet to standard
// output, so that Node and Chromium measure byte-for-byte the text the Go
// benchmarks measure:
//
//	go run ./tools/worksheet -size 1048576 > ws.sql              # validator/worksheet's mixed worksheet
//	go run ./tools/worksheet -kind setup -size 1048576 > ws.sql  # a repeated complete setup (worksheet.GenerateSetup)
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/secint/secint/validator/worksheet"
)

// The kinds -kind takes.
const (
	kindMixed = "mixed"
	kindSetup = "setup"
)

func main() {
	size := flag.Int("size", 1<<20, "at least this many bytes")
	kind := flag.String("kind", kindMixed, "the worksheet: "+kindMixed+" (statements of every form and flow among other SQL) or "+
		kindSetup+" (a complete External API Authentication setup, repeated with unique names)")
	flag.Parse()
	if *size <= 0 {
		fmt.Fprintln(os.Stderr, "worksheet: -size must be positive")
		os.Exit(2)
	}
	var text string
	switch *kind {
	case kindMixed:
		text = worksheet.Generate(*size)
	case kindSetup:
		text = worksheet.GenerateSetup(*size)
	default:
		fmt.Fprintf(os.Stderr, "worksheet: -kind must be %s or %s, not %q\n", kindMixed, kindSetup, *kind)
		os.Exit(2)
	}
	if _, err := os.Stdout.WriteString(text); err != nil {
		fmt.Fprintln(os.Stderr, "worksheet:", err)
		os.Exit(1)
	}
}
