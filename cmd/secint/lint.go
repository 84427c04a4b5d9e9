package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/secint/secint/validator"
	"github.com/secint/secint/validator/config"
)

// checkOptions are secint check's flags.
type checkOptions struct {
	format        string
	fix           bool
	maxWarnings   int
	stdinFilename string
	configPath    string
	contextPath   string
	color         bool
}

// checkFlags declares secint check's flags on fs.
func checkFlags(fs *flag.FlagSet, o *checkOptions) {
	fs.StringVar(&o.format, "format", "text", "output format: text, json, sarif (SARIF 2.1.0) or github (workflow-command annotations)")
	fs.BoolVar(&o.fix, "fix", false, "apply the fixes: rewrite each FILE; for - print the fixed text (the report then goes to stderr)")
	fs.IntVar(&o.maxWarnings, "max-warnings", -1, "exit 1 when there are more than N warnings (-1: warnings never fail)")
	fs.StringVar(&o.stdinFilename, "stdin-filename", "", "the file name to report standard input as (also where secint.toml is looked for)")
	fs.StringVar(&o.configPath, "config", "", "use this settings file instead of the nearest secint.toml")
	fs.StringVar(&o.contextPath, "context", "", "a JSON file declaring the objects made outside the files (rows of SHOW INTEGRATIONS, DESCRIBE INTEGRATION, SHOW SECRETS, SHOW NETWORK RULES)")
}

// checkedFile is one file's result.
type checkedFile struct {
	path  string // as reported
	text  string
	diags []validator.Diagnostic
	// hiddenErrors are the errors past the caps: not shown, still counted.
	hiddenErrors int
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	stdout0 := stdout
	var o checkOptions
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	checkFlags(fs, &o)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	switch o.format {
	case "text", "json", "sarif", "github":
	default:
		fmt.Fprintf(stderr, "secint check: --format must be text, json, sarif or github, not %q\n", o.format)
		return 2
	}
	o.color = o.format == "text" && wantColor(stdout)
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	settings := newSettingsFinder(o.configPath)
	var ctx *validator.Context
	if o.contextPath != "" {
		data, err := os.ReadFile(o.contextPath)
		if err == nil {
			ctx, err = validator.ParseContextJSON(data)
		}
		if err != nil {
			fmt.Fprintf(stderr, "secint: --context %s: %v\n", o.contextPath, err)
			return 2
		}
	}
	status := 0
	if o.fix && containsStdin(paths) {
		stdout = stderr // standard output carries the fixed text
		o.color = o.color && wantColor(stderr)
	}
	var results []checkedFile
	for _, in := range expand(paths, settings, stderr, &status) {
		shown := in.path
		if in.path == "-" && o.stdinFilename != "" {
			shown = o.stdinFilename
		}
		s, err := settings.forFile(shown, in.path == "-" && o.stdinFilename == "")
		if err != nil {
			fmt.Fprintf(stderr, "secint: %v\n", err)
			return 2
		}
		if in.path == "-" && o.stdinFilename != "" && !s.selects(shown, false) {
			continue // excluded by the settings, as a named file would be
		}
		s.Settings.Context = ctx
		text, err := readInput(in.path, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "secint: %v\n", err)
			status = 2
			continue
		}
		if o.fix {
			if text, err = fixInput(in.path, text, s.Settings, stdout0, stderr); err != nil {
				fmt.Fprintf(stderr, "secint: %v\n", err)
				status = 2
				continue
			}
		}
		an := validator.AnalyzeIn(text, ctx)
		results = append(results, checkedFile{path: shown, text: text, diags: s.Settings.Apply(an.Diagnostics), hiddenErrors: hiddenErrors(an, s.Settings)})
	}
	errs, warns := 0, 0
	for _, r := range results {
		errs += r.hiddenErrors
		for _, d := range r.diags {
			switch d.Severity {
			case validator.SeverityError:
				errs++
			case validator.SeverityWarning:
				warns++
			}
		}
	}
	if err := report(o, results, stdout); err != nil {
		fmt.Fprintf(stderr, "secint: %v\n", err)
		return 2
	}
	if status == 0 && (errs > 0 || o.maxWarnings >= 0 && warns > o.maxWarnings) {
		status = 1
		if errs == 0 {
			fmt.Fprintf(stderr, "secint: %d %s, more than --max-warnings %d\n", warns, plural(warns, "warning", "warnings"), o.maxWarnings)
		}
	}
	return status
}

func report(o checkOptions, results []checkedFile, w io.Writer) error {
	switch o.format {
	case "json":
		rep := jsonReport{Files: []jsonFile{}}
		for _, r := range results {
			diags := r.diags
			if diags == nil {
				diags = []validator.Diagnostic{}
			}
			rep.Files = append(rep.Files, jsonFile{Path: r.path, Diagnostics: diags})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case "sarif":
		return writeSARIF(w, results)
	case "github":
		writeGitHub(w, results)
		return nil
	}
	writeText(w, results, o.color)
	return nil
}

// parseInterspersed parses flags found anywhere among the arguments, as
// linters take them (secint check a.sql --format json b.sql); "--" ends the
// flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// wantColor says whether w gets colour: a terminal, unless NO_COLOR is set
// to anything (https://no-color.org).
func wantColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
}

// input is one file to check: named, walked, or standard input ("-").
type input struct{ path string }

// expand turns the arguments into the files to check: a directory becomes
// the *.sql files under it (the settings' include and exclude globs applied,
// files git ignores left out), a named file is kept unless excluded.
func expand(paths []string, sf *settingsFinder, stderr io.Writer, status *int) []input {
	var out []input
	for _, p := range paths {
		if p == "-" {
			out = append(out, input{p})
			continue
		}
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			s, cerr := sf.forFile(p, false)
			if cerr != nil {
				fmt.Fprintf(stderr, "secint: %v\n", cerr)
				*status = 2
				continue
			}
			if err == nil && !s.selects(p, false) {
				continue
			}
			out = append(out, input{p}) // missing files are reported when read
			continue
		}
		files, err := walkSQL(p, sf)
		if err != nil {
			fmt.Fprintf(stderr, "secint: %v\n", err)
			*status = 2
			continue
		}
		if files = gitUnignored(p, files); len(files) == 0 {
			fmt.Fprintf(stderr, "secint: %s is a directory with no .sql file to check\n", p)
			*status = 2
		}
		for _, f := range files {
			out = append(out, input{f})
		}
	}
	return out
}

// walkSQL lists the files under dir that the settings select, in lexical
// order, skipping hidden directories and node_modules.
func walkSQL(dir string, sf *settingsFinder) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if p != dir && (strings.HasPrefix(name, ".") || name == "node_modules") {
				return filepath.SkipDir
			}
			if s, err := sf.forFile(filepath.Join(p, "x"), false); err != nil {
				return err
			} else if p != dir && s.excludesDir(p) {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		s, err := sf.forFile(p, false)
		if err != nil {
			return err
		}
		if s.selects(p, true) {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// gitUnignored drops the files git ignores (.gitignore and the rest of
// git's exclude rules) when dir is in a git work tree and git is installed;
// otherwise it returns files as they are.
func gitUnignored(dir string, files []string) []string {
	if len(files) == 0 {
		return files
	}
	abs := make([]string, len(files))
	for i, f := range files {
		a, err := filepath.Abs(f)
		if err != nil {
			return files
		}
		abs[i] = a
	}
	cmd := exec.Command("git", "-C", dir, "check-ignore", "-z", "--stdin")
	cmd.Stdin = strings.NewReader(strings.Join(abs, "\x00") + "\x00")
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		return files // not a work tree, or no git: nothing is ignored
	}
	ignored := map[string]bool{}
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" {
			ignored[p] = true
		}
	}
	kept := files[:0:0]
	for i, f := range files {
		if !ignored[abs[i]] {
			kept = append(kept, f)
		}
	}
	return kept
}

// settingsFinder finds the settings of each file: the nearest secint.toml
// above it (read once per directory), or the one --config names.
type settingsFinder struct {
	fixed string
	byDir map[string]*config.Config
}

func newSettingsFinder(fixed string) *settingsFinder {
	return &settingsFinder{fixed: fixed, byDir: map[string]*config.Config{}}
}

// fileSettings are the settings that apply to one file.
type fileSettings struct {
	validator.Settings
	dir string // what globs are relative to; "" without a file
}

// forFile returns the settings of the file at path; cwd says to look from
// the working directory (standard input without a name).
func (sf *settingsFinder) forFile(path string, cwd bool) (fileSettings, error) {
	dir := filepath.Dir(path)
	if cwd {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fileSettings{}, err
	}
	cfg, ok := sf.byDir[abs]
	if !ok {
		p := sf.fixed
		if p == "" {
			if p, err = config.Find(abs); err != nil {
				return fileSettings{}, err
			}
		}
		if p != "" {
			if cfg, err = config.Load(p); err != nil {
				return fileSettings{}, err
			}
		}
		sf.byDir[abs] = cfg
	}
	if cfg == nil {
		return fileSettings{}, nil
	}
	return fileSettings{Settings: cfg.Settings, dir: cfg.Dir}, nil
}

// rel is path relative to the settings' directory, / separated.
func (s fileSettings) rel(path string) string {
	if s.dir == "" {
		return filepath.ToSlash(path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	r, err := filepath.Rel(s.dir, abs)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(r)
}

func (s fileSettings) selects(path string, walked bool) bool {
	return s.Settings.Selects(s.rel(path), walked)
}

func (s fileSettings) excludesDir(path string) bool { return s.Settings.ExcludesDir(s.rel(path)) }

// hiddenErrors counts the errors the caps left out of a file's diagnostics:
// they fail the check too. With rule settings that change levels, what a
// hidden diagnostic would have become is not known, so only the settings-free
// count is trusted.
func hiddenErrors(an validator.Analysis, s validator.Settings) int {
	if len(s.Rules) > 0 {
		return 0
	}
	return an.Hidden.Errors()
}
