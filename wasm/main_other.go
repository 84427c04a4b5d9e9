//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main exists so that `go build ./...` and `go vet ./...` pass on the host;
// the bridge itself only runs as WebAssembly.
func main() {
	fmt.Fprintln(os.Stderr, "secint wasm bridge: build it with GOOS=js GOARCH=wasm (make wasm)")
	os.Exit(2)
}
