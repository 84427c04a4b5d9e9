package main

import "runtime/debug"

// version is secint's version. Its one source is the file VERSION at the
// top of the repository: the Makefile stamps it with -ldflags
// '-X main.version=...' (as it does the wasm bridge's, and writes it into
// web/package.json). A binary built by `go install module@vX.Y.Z` takes its
// module version instead; any other build says "dev".
var version = ""

func init() {
	if version != "" {
		return
	}
	version = "dev"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		version = info.Main.Version
		if len(version) > 1 && version[0] == 'v' {
			version = version[1:]
		}
	}
}
