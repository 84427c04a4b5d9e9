package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
)

// commandHelp is what `secint COMMAND --help` prints (to standard output,
// exit status 0).
var commandHelp = map[string]func() string{
	"check": func() string {
		var o checkOptions
		fs := flag.NewFlagSet("check", flag.ContinueOnError)
		checkFlags(fs, &o)
		return `usage: secint check [flags] [FILE|DIR|- ...]

Checks SQL files; a directory stands for the *.sql files under it (git-ignored
files, hidden directories and node_modules left out). Flags may come anywhere
among the files. Standard input is read for - or when nothing is named.
Settings come from the nearest secint.toml above each file.
Exit status: 0 clean, 1 an error (or more warnings than --max-warnings),
2 usage or I/O trouble.

` + flagDefaults(fs)
	},
	"complete": func() string {
		return `usage: secint complete --line L --character C [--format json|text] [FILE|-]

Prints what may be typed at a position (L and C 0-based, C in UTF-16 code units).
`
	},
	"hover": func() string {
		return `usage: secint hover --line L --character C [--format json|text] [FILE|-]

Prints what the word at a position means (L and C 0-based, C in UTF-16 code units).
`
	},
	"serve": func() string {
		return `usage: secint serve [--addr 127.0.0.1:8080]

Serves the browser playground built into this binary (port 0 picks a free one).
`
	},
	"version": func() string { return "usage: secint version\n\nPrints the version.\n" },
}

func flagDefaults(fs *flag.FlagSet) string {
	var b bytes.Buffer
	b.WriteString("flags:\n")
	fs.SetOutput(&b)
	fs.PrintDefaults()
	return b.String()
}

// helpRequested reports whether args (a command's arguments) ask for help
// before any "--".
func helpRequested(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// printHelp prints a command's help if it has some and it is asked for.
func printHelp(args []string, stdout io.Writer) bool {
	help, ok := commandHelp[args[0]]
	if !ok || !helpRequested(args[1:]) {
		return false
	}
	fmt.Fprint(stdout, help())
	return true
}
