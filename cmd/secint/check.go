package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/secint/secint/validator"
)

var version = "0.1.0-dev"

// maxFileSize bounds what secint reads from one file: worksheets are far
// smaller, and a larger input is almost surely not SQL.
const maxFileSize = 64 << 20

// jsonReport is the stable JSON shape of `secint check --format json`.
type jsonReport struct {
	Files []jsonFile `json:"files"`
}

type jsonFile struct {
	Path        string                 `json:"path"`
	Diagnostics []validator.Diagnostic `json:"diagnostics"`
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	stdout0 := stdout
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	fix := fs.Bool("fix", false, "apply the fixes: rewrite each FILE; for - print the fixed text (the report then goes to stderr)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "secint check: --format must be text or json, not %q\n", *format)
		return 2
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	status := 0
	report := jsonReport{Files: []jsonFile{}}
	if *fix && containsStdin(paths) {
		stdout = stderr // standard output carries the fixed text
	}
	for _, path := range paths {
		text, err := readInput(path, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "secint: %v\n", err)
			status = 2
			continue
		}
		if *fix {
			if text, err = fixInput(path, text, stdout0, stderr); err != nil {
				fmt.Fprintf(stderr, "secint: %v\n", err)
				status = 2
				continue
			}
		}
		diags := validator.Check(text)
		for _, d := range diags {
			if d.Severity == validator.SeverityError && status == 0 {
				status = 1
			}
		}
		if *format == "json" {
			if diags == nil {
				diags = []validator.Diagnostic{}
			}
			report.Files = append(report.Files, jsonFile{Path: path, Diagnostics: diags})
			continue
		}
		for _, d := range diags {
			// Text positions are 1-based, as compilers print them.
			fmt.Fprintf(stdout, "%s:%d:%d: %s %s: %s\n", path, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Severity, d.Code, d.Message)
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintf(stderr, "secint: %v\n", err)
			return 2
		}
	}
	return status
}

// readInput reads a file, or standard input for "-", refusing directories,
// huge files and binary files with a clear message.
func readInput(path string, stdin io.Reader) (string, error) {
	var r io.Reader = stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return "", describeOpenError(path, err)
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return "", fmt.Errorf("%s: %v", path, err)
		}
		if info.IsDir() {
			return "", fmt.Errorf("%s is a directory; give .sql files", path)
		}
		r, name = f, path
	}
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return "", fmt.Errorf("%s: cannot read: %v", name, unwrapPathError(err))
	}
	if len(data) > maxFileSize {
		return "", fmt.Errorf("%s is larger than %d MiB; secint checks SQL worksheets, not data files", name, maxFileSize>>20)
	}
	if looksBinary(data) {
		return "", fmt.Errorf("%s looks like a binary file, not SQL text", name)
	}
	return string(data), nil
}

func describeOpenError(path string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: no such file", path)
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf("%s: permission denied", path)
	}
	return fmt.Errorf("%s: %v", path, unwrapPathError(err))
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// looksBinary reports a NUL byte anywhere, or a block of 8 KiB (the first,
// or any later one) that is more than a tenth invalid UTF-8: a binary file,
// or SQL with a binary blob pasted in. The whole file is read, so that a
// text header before an image or archive does not let it through. A few
// stray Latin-1 bytes in a worksheet stay far below the bar.
func looksBinary(data []byte) bool {
	const block = 8192
	for start := 0; start < len(data); start += block {
		b := data[start:min(start+block, len(data))]
		bad := 0
		for i := 0; i < len(b); {
			if b[i] == 0 {
				return true
			}
			if b[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				bad++
			}
			i += size
		}
		if bad*10 > len(b) {
			return true
		}
	}
	return false
}
