// Package lsp is secint's language server: it serves the Language Server
// Protocol 3.17 over a byte stream (standard input and output, or a loopback
// socket) for any editor with an LSP client, and answers every request with
// the engine's own diagnostics, completions, hovers and fixes, so that an
// editor never disagrees with the browser or the command line.
//
// The JSON-RPC layer and the protocol types are our own, written with
// encoding/json and bufio: the server speaks a few dozen methods, and the Go
// packages of LSP types are large, generated from older versions of the
// specification and rarely updated, so a bug or a missing 3.17 field there
// (positionEncoding, codeDescription, resolveSupport) would be ours to patch.
// Our types hold only the fields the server reads or writes.
//
// One file per feature, as gopls does it:
//
//	jsonrpc.go      framing (Content-Length headers), messages, error codes
//	protocol.go     the LSP types the server reads and writes
//	server.go       lifecycle, the message queue, cancellation, panics
//	text.go         open documents, full and incremental sync, positions
//	mapper.go       byte offsets and positions in UTF-16 or UTF-8
//	diagnostics.go  publishDiagnostics with each code's documentation link
//	config.go       the "secint" settings: initializationOptions, didChangeConfiguration
//	rules.go        per-rule severity settings (self-contained, for CI too)
//	completion.go   completion and completionItem/resolve
//	hover.go        hover
//	codeaction.go   quick fixes, source.fixAll.secint, willSaveWaitUntil
//	diff.go         the engine's fixed text as narrow edits (never a secret's value)
//	symbols.go      document symbols, definition and references
//	socket.go       --socket and --listen on 127.0.0.1
//
// The server never logs a document's text (a worksheet may hold the value
// of OAUTH_CLIENT_SECRET): its log lines name methods, URIs and counts only.
package lsp
