package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/secint/secint/validator"
)

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
