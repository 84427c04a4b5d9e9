// Command worksheet writes the deterministic benchmark worksheet of
// validator/worksheet to standard output, so that Node and Chromium measure
// byte-for-byte the text the Go benchmarks measure:
//
//	go run ./tools/worksheet -size 1048576 > ws.sql
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/secint/secint/validator/worksheet"
)

func main() {
	size := flag.Int("size", 1<<20, "at least this many bytes")
	flag.Parse()
	if *size <= 0 {
		fmt.Fprintln(os.Stderr, "worksheet: -size must be positive")
		os.Exit(2)
	}
	if _, err := os.Stdout.WriteString(worksheet.Generate(*size)); err != nil {
		fmt.Fprintln(os.Stderr, "worksheet:", err)
		os.Exit(1)
	}
}
