//go:build !(js && wasm)

// The program is for GOOS=js GOARCH=wasm only; elsewhere it does nothing, so
// that `go vet ./...` and `go test ./...` have a package to look at.
package main

func main() {}
