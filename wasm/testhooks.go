//go:build js && wasm

package main

import (
	"os"
	"syscall/js"
)

// panicForTest is exported as __secintPanicForTest only when the loader set
// SECINT_TEST_HOOKS=1 in the environment at start (the web package's tests
// do; createSecint does only when asked to by its undocumented testHooks
// option). No document text reaches it: it is a separate export taking one
// word, which the runtime of an ordinary client does not have at all.
//
//	panic  a Go panic inside an export: recovered, an error value comes back
//	exit   the Go program exits, as on a fatal error: the runtime is dead
//	stack  unbounded recursion: the JavaScript call stack overflows (a RangeError)
//	hang   a loop that never returns: only a worker's watchdog can end it (in
//	       the page's own thread nothing can, so it is for worker tests only)
func panicForTest(args []js.Value) (any, error) {
	kind, err := stringArg(args, 0, "kind")
	if err != nil {
		return nil, err
	}
	switch kind {
	case "panic":
		var m map[string]int
		m["boom"]++ // assignment to a nil map: a runtime error
	case "exit":
		os.Exit(3)
	case "stack":
		return recurse(0), nil
	case "hang":
		for spin := 0; ; spin++ {
			if spin < 0 {
				break
			}
		}
	}
	return nil, errorf(codeInvalid, "unknown kind %q", kind)
}

func recurse(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	return recurse(n+1) + int(pad[0])
}
