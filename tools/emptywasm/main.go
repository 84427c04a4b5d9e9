//go:build js && wasm

// Command emptywasm is the yardstick of the cold-start figure of `make bench`:
// a Go program that does nothing but tell JavaScript it is running, built with
// the toolchain and flags of `make wasm`. Its worker's time from `new Worker`
// to that message is what any Go wasm program pays to start.
package main

import "syscall/js"

func main() {
	if fn := js.Global().Get("__emptyReady"); fn.Type() == js.TypeFunction {
		fn.Invoke()
	}
	select {}
}
