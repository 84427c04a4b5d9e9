package main

import (
	"fmt"
	"io"
	"os"

	"github.com/secint/secint/validator"
)

// fixInput applies every fix to a document (secint check --fix). A file is
// rewritten in place when anything changed; for "-" the fixed text is printed
// to stdout. It returns the fixed text, to be checked and reported.
func fixInput(path, text string, stdout, stderr io.Writer) (string, error) {
	fixed, n := validator.FixAll(text)
	if path == "-" {
		_, err := io.WriteString(stdout, fixed)
		return fixed, err
	}
	if fixed == text {
		return text, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return text, fmt.Errorf("%s: %v", path, unwrapPathError(err))
	}
	if err := os.WriteFile(path, []byte(fixed), info.Mode().Perm()); err != nil {
		return text, fmt.Errorf("%s: cannot write the fixes: %v", path, unwrapPathError(err))
	}
	fmt.Fprintf(stderr, "%s: %d %s applied\n", path, n, plural(n, "fix", "fixes"))
	return fixed, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func containsStdin(paths []string) bool {
	for _, p := range paths {
		if p == "-" {
			return true
		}
	}
	return false
}
