package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"os"

	"github.com/secint/secint/lsp"
)

// runLSP serves the Language Server Protocol (package lsp):
//
//	secint lsp [--stdio]            on standard input and output (the default)
//	secint lsp --socket=PORT        connecting to a client listening on 127.0.0.1:PORT
//	secint lsp --listen ADDR        listening on a loopback ADDR, a session per connection
//
// Log lines go to standard error; they never hold a document's text.
// SECINT_TEST_HOOKS=1 serves secint/test/panic, for the client tests.
func runLSP(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool("stdio", true, "serve on standard input and output (the default)")
	socket := fs.Int("socket", 0, "connect to a client listening on 127.0.0.1:`PORT`")
	listen := fs.String("listen", "", "listen on `ADDR` (127.0.0.1:PORT or [::1]:PORT; port 0 picks one)")
	// VS Code's client may pass the id of its own process; secint exits
	// when its input ends, which is enough.
	fs.Int("clientProcessId", 0, "ignored")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "secint lsp: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	opts := lsp.Options{Version: version, Log: stderr, TestHooks: os.Getenv("SECINT_TEST_HOOKS") == "1"}
	var err error
	switch {
	case *listen != "":
		err = lsp.Listen(*listen, opts, func(a net.Addr) {
			fmt.Fprintf(stderr, "secint lsp: listening on %s\n", a)
		})
	case *socket != 0:
		err = lsp.Dial(*socket, opts)
	default:
		err = lsp.Serve(stdin, stdout, opts)
	}
	if err != nil {
		if err != lsp.ErrExitWithoutShutdown && err != io.EOF {
			fmt.Fprintf(stderr, "secint lsp: %v\n", err)
		}
		return 1
	}
	return 0
}
