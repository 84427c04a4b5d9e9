// Package progress lets a long analysis say that it is still working. The
// engine runs one request to the end before it answers, and in a browser
// worker nothing else runs meanwhile: a watchdog that sees no answer for a
// while cannot tell a slow analysis (a 10 MB paste) from a hung one. The
// lexer, the parser and the document's loops call Tick every few thousand
// steps; a host that wants to know (the wasm bridge, which tells the
// JavaScript client) sets a hook with Set, and throttles it itself.
//
// Tick is cheap when no hook is set: one atomic load.
package progress

import "sync/atomic"

var hook atomic.Pointer[func()]

// Set makes Tick call fn; nil stops it.
func Set(fn func()) {
	if fn == nil {
		hook.Store(nil)
		return
	}
	hook.Store(&fn)
}

// Tick says that the work goes on. Callers call it every few thousand small
// steps (tokens lexed or parsed, statements checked), not on each one.
func Tick() {
	if fn := hook.Load(); fn != nil {
		(*fn)()
	}
}
