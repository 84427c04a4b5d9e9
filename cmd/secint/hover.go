package main

import (
	"fmt"
	"io"

	"github.com/secint/secint/validator"
)

// runHover prints what the engine says about the word at a position: JSON
// {"contents": markdown, "range": ...}, or {} when there is nothing to say.
func runHover(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	pa, ok := positionRequest("hover", args, stdin, stderr)
	if !ok {
		return 2
	}
	h := validator.Hover(pa.text, pa.position())
	if pa.format == "text" {
		if h != nil {
			fmt.Fprintln(stdout, h.Contents)
		}
		return 0
	}
	if h == nil {
		return writeJSON(struct{}{}, stdout, stderr)
	}
	return writeJSON(h, stdout, stderr)
}
