// Package playground serves the secint playground: the page with its Monaco
// editor, the engine's worker and secint.wasm, and the diagnostics docs. The
// files are built into dist/ by `make playground-build` (web/playground/build.mjs)
// and embedded in the binary, so `secint serve` needs nothing beside it. A
// fresh clone has only dist/.gitkeep: it compiles, and Built says false.
package playground

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var embedded embed.FS

// Assets returns the playground embedded in this binary.
func Assets() fs.FS {
	sub, err := fs.Sub(embedded, "dist")
	if err != nil {
		panic(err) // "dist" is a valid path: cannot happen
	}
	return sub
}

// Built reports whether assets hold a built playground.
func Built(assets fs.FS) bool {
	st, err := fs.Stat(assets, "index.html")
	return err == nil && !st.IsDir()
}
