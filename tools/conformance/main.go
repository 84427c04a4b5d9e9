// Command conformance runs the engine over a JSON-lines corpus of real-world
// statements ({"id", "sql", "expect": "valid"|"invalid"|"uncertain", ...}) and
// fails when a valid statement gets an error or an invalid one gets none.
// Uncertain statements are listed with what secint says, never failed.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/secint/secint/validator"
)

type entry struct {
	ID     string `json:"id"`
	SQL    string `json:"sql"`
	Expect string `json:"expect"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: conformance CORPUS.jsonl")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "conformance:", err)
		os.Exit(2)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	passed, failed := 0, 0
	for sc.Scan() {
		var e entry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Fprintln(os.Stderr, "conformance: bad line:", err)
			os.Exit(2)
		}
		var errs []validator.Diagnostic
		diags := validator.Check(e.SQL)
		for _, d := range diags {
			if d.Severity == validator.SeverityError {
				errs = append(errs, d)
			}
		}
		switch {
		case e.Expect == "valid" && len(errs) > 0:
			failed++
			fmt.Printf("FAIL %s: valid, but secint reports:\n", e.ID)
			for _, d := range errs {
				fmt.Printf("     %d:%d %s: %s\n", d.Range.Start.Line+1, d.Range.Start.Character+1, d.Code, d.Message)
			}
		case e.Expect == "invalid" && len(errs) == 0:
			failed++
			fmt.Printf("FAIL %s: invalid, but secint reports no error\n", e.ID)
		case e.Expect == "uncertain":
			fmt.Printf("note %s (uncertain):", e.ID)
			if len(diags) == 0 {
				fmt.Print(" nothing")
			}
			for _, d := range diags {
				fmt.Printf(" [%s %s]", d.Severity, d.Code)
			}
			fmt.Println()
		default:
			passed++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "conformance:", err)
		os.Exit(2)
	}
	fmt.Printf("conformance: %d passed, %d failed\n", passed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}
