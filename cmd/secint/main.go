// Command secint checks Snowflake External API Authentication integration SQL.
//
//	secint check [--format text|json|sarif|github] [--fix] [--max-warnings N] [FILE|DIR ...]
//	secint complete --line L --character C [--format json|text] [FILE|-]
//	secint hover --line L --character C [--format json|text] [FILE|-]
//	secint lsp [--stdio | --socket=PORT | --listen 127.0.0.1:PORT]
//
// It reads standard input for "-" or when no file is given. Exit status: 0 when
// no file has an error, 1 when any has, 2 on usage or I/O trouble.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: secint <command> [options]

commands:
  check [--format text|json|sarif|github] [--fix] [--max-warnings N] [FILE|DIR ...]
                                          check files and directories (standard input for
                                          - or none); --fix rewrites each file with the fixes
                                          applied (for - it prints the fixed text)
  complete --line L --character C [--format json|text] [FILE|-]
                                          what may be typed at a position
  hover --line L --character C [--format json|text] [FILE|-]
                                          what the word at a position means
                                          (L and C are 0-based, C in UTF-16 code units)
  lsp [--stdio | --socket=PORT | --listen 127.0.0.1:PORT]
                                          the language server for editors (LSP 3.17),
                                          on standard input and output by default
  serve [--addr 127.0.0.1:8080]           serve the browser playground (built in by make playground)
  version                                 print the version

secint COMMAND --help says more about a command.
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	if printHelp(args, stdout) {
		return 0
	}
	switch args[0] {
	case "check":
		return runCheck(args[1:], stdin, stdout, stderr)
	case "complete":
		return runComplete(args[1:], stdin, stdout, stderr)
	case "hover":
		return runHover(args[1:], stdin, stdout, stderr)
	case "lsp":
		return runLSP(args[1:], stdin, stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "secint", version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "secint: unknown command %q\n%s", args[0], usage)
	return 2
}
