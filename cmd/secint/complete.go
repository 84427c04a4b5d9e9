package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/secint/secint/validator"
)

// cliItem is the stable JSON shape of one item of `secint complete`.
type cliItem struct {
	Label            string          `json:"label"`
	Kind             string          `json:"kind"`
	Detail           string          `json:"detail"`
	Documentation    string          `json:"documentation"`
	InsertText       string          `json:"insertText"`
	InsertTextFormat string          `json:"insertTextFormat"`
	Range            validator.Range `json:"range"`
}

type cliCompletion struct {
	Items []cliItem `json:"items"`
}

// positionArgs are the options complete and hover share, and the text of
// the file they name.
type positionArgs struct {
	line, character int
	format          string
	path            string
	text            string
}

// position is the caret the options name.
func (pa positionArgs) position() validator.Position {
	return validator.Position{Line: pa.line, Character: pa.character}
}

// positionRequest reads --line, --character, --format and one FILE or "-"
// (standard input when none is given; options may follow the file), then
// the file. It reports trouble on stderr and returns false.
func positionRequest(name string, args []string, stdin io.Reader, stderr io.Writer) (positionArgs, bool) {
	pa, ok := parsePositionArgs(name, args, stderr)
	if !ok {
		return pa, false
	}
	text, err := readInput(pa.path, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "secint: %v\n", err)
		return pa, false
	}
	pa.text = text
	return pa, true
}

func parsePositionArgs(name string, args []string, stderr io.Writer) (positionArgs, bool) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pa positionArgs
	fs.IntVar(&pa.line, "line", -1, "0-based line of the caret")
	fs.IntVar(&pa.character, "character", -1, "0-based character of the caret, in UTF-16 code units")
	fs.StringVar(&pa.format, "format", "json", "output format: json or text")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return pa, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
	if pa.line < 0 || pa.character < 0 {
		fmt.Fprintf(stderr, "secint %s: --line and --character are required (0-based; character in UTF-16 code units)\n", name)
		return pa, false
	}
	if pa.format != "json" && pa.format != "text" {
		fmt.Fprintf(stderr, "secint %s: --format must be json or text, not %q\n", name, pa.format)
		return pa, false
	}
	switch len(files) {
	case 0:
		pa.path = "-"
	case 1:
		pa.path = files[0]
	default:
		fmt.Fprintf(stderr, "secint %s: give one file (or - for standard input), not %d\n", name, len(files))
		return pa, false
	}
	return pa, true
}

// runComplete prints what may stand at a position of a file.
func runComplete(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	pa, ok := positionRequest("complete", args, stdin, stderr)
	if !ok {
		return 2
	}
	items := validator.Complete(pa.text, pa.position())
	if pa.format == "text" {
		for _, it := range items {
			fmt.Fprintf(stdout, "%s\t%s\t%s\n", oneLine(it.Label), it.Kind, oneLine(it.Detail))
		}
		return 0
	}
	out := cliCompletion{Items: []cliItem{}}
	for _, it := range items {
		out.Items = append(out.Items, cliItem{Label: it.Label, Kind: it.Kind, Detail: it.Detail,
			Documentation: it.Documentation, InsertText: it.InsertText, InsertTextFormat: it.InsertTextFormat,
			Range: it.Range})
	}
	return writeJSON(out, stdout, stderr)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func writeJSON(v any, stdout, stderr io.Writer) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "secint: %v\n", err)
		return 2
	}
	return 0
}
