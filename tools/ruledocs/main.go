// Command ruledocs writes the rule documentation (docs/rules/*.md and
// docs/diagnostics.md) from the rule table and validator/ruledocs; `make docs`
// runs it from the repository's root.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/secint/secint/validator/ruledocs"
)

func main() {
	files, err := ruledocs.Files()
	if err != nil {
		fmt.Fprintln(os.Stderr, "ruledocs:", err)
		os.Exit(1)
	}
	old, _ := filepath.Glob("docs/rules/*.md")
	for _, p := range old {
		if _, ok := files[filepath.ToSlash(p)]; !ok {
			os.Remove(p)
		}
	}
	if err := os.MkdirAll("docs/rules", 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "ruledocs:", err)
		os.Exit(1)
	}
	for path, text := range files {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "ruledocs:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("ruledocs: wrote %d files\n", len(files))
}
