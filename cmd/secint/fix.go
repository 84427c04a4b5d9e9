package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/secint/secint/validator"
)

// fixInput applies every fix to a document (secint check --fix). A file is
// rewritten in place when anything changed; for "-" the fixed text is printed
// to stdout. It returns the fixed text, to be checked and reported.
func fixInput(path, text string, settings validator.Settings, stdout, stderr io.Writer) (string, error) {
	fixed, n := validator.FixAllWith(text, settings)
	if path == "-" {
		_, err := io.WriteString(stdout, fixed)
		return fixed, err
	}
	if fixed == text {
		return text, nil
	}
	if err := writeAtomic(path, fixed); err != nil {
		return text, fmt.Errorf("%s: cannot write the fixes, the file is unchanged: %v", path, unwrapPathError(err))
	}
	fmt.Fprintf(stderr, "%s: %d %s applied\n", path, n, plural(n, "fix", "fixes"))
	return fixed, nil
}

// writeAtomic replaces the file at path with text so that, whatever
// happens, the file is either the old text or the new one, never a part of
// it: the text goes to a temporary file in the same directory (the same file
// system, so the rename is atomic), is flushed to disk, takes the original's
// permission bits, and is renamed over the original. A symbolic link is
// followed, and the file it names is replaced, not the link. On any failure
// the temporary file is removed and the original left as it was.
//
// What this does not keep: the owner (when the caller is not the owner and
// cannot chown), extended attributes, and other hard links to the file, which
// keep the old text.
func writeAtomic(path, text string) (err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".secint-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = io.WriteString(tmp, text); err != nil {
		return err
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), real)
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
