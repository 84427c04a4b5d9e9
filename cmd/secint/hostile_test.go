package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The command line on files it cannot or should not read, and on hostile
// text: a clear one-line message and exit status 2 for the first;
// no panic, and no stack trace ever, for both.

// runSafe runs the command line in-process and turns a panic into a test
// failure that says which command it was.
func runSafe(t *testing.T, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("secint %s panicked: %v", strings.Join(args, " "), p)
			}
		}()
		code = run(args, stdin, &out, &errOut)
	}()
	return code, out.String(), errOut.String()
}

// oneLineError checks what a refused input gives: exit status 2, nothing on
// standard output, and on standard error one line, "secint: " and then a
// message that names the file and holds each of want.
func oneLineError(t *testing.T, args []string, code int, stdout, stderr, path string, want ...string) {
	t.Helper()
	what := "secint " + strings.Join(args, " ")
	if code != 2 {
		t.Errorf("%s: exit %d, want 2 (stderr %q)", what, code, stderr)
	}
	if stdout != "" {
		t.Errorf("%s: stdout %q, want nothing", what, stdout)
	}
	if strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") || !strings.HasPrefix(stderr, "secint: ") {
		t.Errorf("%s: stderr %q, want one line starting with \"secint: \"", what, stderr)
	}
	if !strings.Contains(stderr, path) {
		t.Errorf("%s: stderr %q does not name %q", what, stderr, path)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("%s: stderr %q, want it to say %q", what, stderr, w)
		}
	}
	noStackTrace(t, what, stderr)
}

func noStackTrace(t *testing.T, what, s string) {
	t.Helper()
	for _, bad := range []string{"goroutine ", "panic", ".go:", "runtime.", "0x"} {
		if strings.Contains(s, bad) {
			t.Errorf("%s: output holds %q, a stack trace or an internal error: %q", what, bad, s)
		}
	}
}

// everyCommand is each command that reads a file, with what it needs.
func everyCommand(path string) [][]string {
	return [][]string{
		{"check", path},
		{"check", "--format", "json", path},
		{"check", "--fix", path},
		{"complete", "--line", "0", "--character", "0", path},
		{"hover", "--line", "0", "--character", "0", "--format", "text", path},
	}
}

// Files that cannot be read, or should not be: each gives exit status 2 and
// a one-line message that says what is wrong.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "plain.sql")
	if err := os.WriteFile(notDir, []byte("SELECT 1;"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Over 64 MiB, without writing 64 MiB: a sparse file.
	huge := filepath.Join(dir, "huge.sql")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	binary := filepath.Join(dir, "image.sql")
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), 0o644)
	// A UTF-16 file (as some editors save): NUL bytes between the letters.
	utf16 := filepath.Join(dir, "utf16.sql")
	var u16 []byte
	for _, c := range []byte("\xff\xfeALTER INTEGRATION x SET ENABLED = TRUE;") {
		u16 = append(u16, c, 0)
	}
	os.WriteFile(utf16, u16, 0o644)
	// Mostly invalid UTF-8 and no NUL: Latin-1 bytes, or random ones.
	garbage := filepath.Join(dir, "garbage.sql")
	g := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(g)
	for i := range g {
		if g[i] == 0 {
			g[i] = 0xff
		}
	}
	os.WriteFile(garbage, g, 0o644)
	// Binary past the first 8 KiB: a worksheet with an image or random
	// bytes pasted after it, and one NUL far in.
	sqlHead := strings.Repeat("SELECT 1;\n", 1000)
	late := filepath.Join(dir, "late-binary.sql")
	os.WriteFile(late, append([]byte(sqlHead), g...), 0o644)
	lateNUL := filepath.Join(dir, "late-nul.sql")
	os.WriteFile(lateNUL, []byte(sqlHead+strings.Repeat("SELECT 2;\n", 1000)+"\x00"), 0o644)
	dangling := filepath.Join(dir, "dangling.sql")
	os.Symlink(filepath.Join(dir, "gone.sql"), dangling)
	loop := filepath.Join(dir, "loop.sql")
	os.Symlink(loop, loop)

	type badFile struct {
		name, path string
		want       []string
		expensive  bool
	}
	cases := []badFile{
		{"a directory without SQL", t.TempDir(), []string{"is a directory"}, false},
		{"a missing file", filepath.Join(dir, "missing.sql"), []string{"no such file"}, false},
		{"a path through a file", filepath.Join(notDir, "x.sql"), []string{"not a directory"}, false},
		{"a dangling link", dangling, []string{"no such file"}, false},
		{"a link to itself", loop, []string{"too many levels of symbolic links"}, false},
		{"a file over 64 MiB", huge, []string{"larger than 64 MiB"}, true},
		{"an endless device", "/dev/zero", []string{"larger than 64 MiB"}, true},
		{"a binary file", binary, []string{"binary file"}, false},
		{"a UTF-16 file", utf16, []string{"binary file"}, false},
		{"random bytes", garbage, []string{"binary file"}, false},
		{"random bytes after 10 KB of SQL", late, []string{"binary file"}, false},
		{"a NUL after 20 KB of SQL", lateNUL, []string{"binary file"}, false},
		{"a name with NUL", "bad\x00name.sql", []string{"invalid argument"}, false},
		{"a name too long", strings.Repeat("n", 5000) + ".sql", []string{"file name too long"}, false},
	}
	// A file root cannot read either: /proc/self/mem, whose first page is
	// never mapped (an I/O error on read). Unprivileged runs also get a
	// file without permissions (root reads those).
	if _, err := os.ReadFile("/proc/self/mem"); err != nil {
		cases = append(cases, badFile{"a file whose reading fails", "/proc/self/mem", []string{"cannot read", "input/output error"}, false})
	}
	if os.Geteuid() != 0 {
		locked := filepath.Join(dir, "locked.sql")
		os.WriteFile(locked, []byte("SELECT 1;"), 0o000)
		cases = append(cases, badFile{"a file without permissions", locked, []string{"permission denied"}, false})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			commands := everyCommand(c.path)
			if c.expensive {
				commands = commands[:1] // reading 64 MiB takes a moment: once is enough
			}
			for _, args := range commands {
				code, out, errOut := runSafe(t, strings.NewReader(""), args...)
				if args[0] == "check" && args[1] == "--format" {
					// The JSON report of the files that could be read.
					var report jsonReport
					if err := json.Unmarshal([]byte(out), &report); err != nil || len(report.Files) != 0 {
						t.Errorf("secint %v: stdout %q, want an empty report", args, out)
					}
					out = ""
				}
				// A path with a NUL or of thousands of bytes is not repeated
				// whole; the rest are named.
				name := c.path
				if strings.ContainsRune(name, 0) || len(name) > 1000 {
					name = "secint: "
				}
				oneLineError(t, args, code, out, errOut, name, c.want...)
			}
		})
	}
	if _, err := os.Stat(huge); err != nil {
		t.Fatal(err)
	}
}

// A bad file among good ones: the good ones are still checked, the status
// is 2, and the message is one line.
func TestBadFileAmongGood(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.sql")
	os.WriteFile(good, []byte("ALTER INTEGRATION x SET ENABLED = maybe;\n"), 0o644)
	code, out, errOut := runSafe(t, strings.NewReader(""), "check", good, filepath.Join(dir, "missing.sql"), good)
	if code != 2 || strings.Count(out, "invalid-enum-value") != 2 || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// Standard input that is too big or binary is refused like a file.
func TestBadStandardInput(t *testing.T) {
	for _, c := range []struct {
		name  string
		stdin func() io.Reader
		want  string
	}{
		{"endless", func() io.Reader { return io.LimitReader(zeros{}, maxFileSize+2) }, "larger than 64 MiB"},
		{"binary", func() io.Reader { return strings.NewReader("SELECT\x00\x01") }, "binary file"},
	} {
		for _, args := range [][]string{{"check"}, {"check", "--fix", "-"}, {"complete", "--line", "0", "--character", "0"}, {"hover", "--line", "0", "--character", "0"}} {
			code, out, errOut := runSafe(t, c.stdin(), args...)
			oneLineError(t, args, code, out, errOut, "standard input", c.want)
		}
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// hostileTexts are texts that reach the engine (readable, not binary):
// invalid UTF-8 without NUL, unclosed strings and comments, deep
// parentheses, many statements, one long line, a long property list, CR
// line breaks, and position arguments far past the text.
func hostileTexts() map[string]string {
	r := rand.New(rand.NewSource(3))
	var lat strings.Builder
	for lat.Len() < 32<<10 {
		lat.WriteString("ALTER INTEGRATION x SET COMMENT = 'caf\xe9' "[r.Intn(10):])
		lat.WriteString(";\n")
	}
	return map[string]string{
		"latin-1":              lat.String(),
		"unclosed string":      "'" + strings.Repeat("ALTER INTEGRATION x SET ENABLED = TRUE;\n", 1000),
		"unclosed dollar":      "ALTER INTEGRATION x SET COMMENT = $$" + strings.Repeat("x;\n", 10000),
		"unclosed comment":     "/*" + strings.Repeat("ALTER INTEGRATION x SET ENABLED = TRUE;\n", 1000),
		"unclosed name":        `ALTER INTEGRATION "x` + strings.Repeat(" SET ENABLED = TRUE;\n", 1000),
		"parentheses":          "ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = " + strings.Repeat("(", 20_000),
		"empty statements":     strings.Repeat(";", 20_000),
		"errors":               strings.Repeat("ALTER INTEGRATION x SET ENABLED = maybe;\n", 1200),
		"one long line":        "SELECT '😀'; " + strings.Repeat("ALTER INTEGRATION x SET ENABLED = maybe; ", 600),
		"property list":        "ALTER SECURITY INTEGRATION x SET " + strings.Repeat("ENABLED = maybe, OAUTH_CLIENTID = 'c', ", 500) + "COMMENT = 'c';",
		"carriage returns":     strings.Repeat("ALTER INTEGRATION x\rSET ENABLED = 1;\r\n", 1000),
		"emoji and surrogates": strings.Repeat("ALTER INTEGRATION \"😀\" SET COMMENT = '日本😀', ENABLE = TRUE;\n", 500),
		"nothing":              "",
	}
}

// The commands over hostile text: no panic, a status of 0 or 1, output of
// the documented shape, no stack trace. Positions are taken at the start,
// in the middle, at the end and far past the text.
func TestHostileText(t *testing.T) {
	for name, text := range hostileTexts() {
		t.Run(name, func(t *testing.T) {
			lines := strings.Count(text, "\n") + strings.Count(text, "\r") - strings.Count(text, "\r\n")
			path := filepath.Join(t.TempDir(), "w.sql")
			os.WriteFile(path, []byte(text), 0o644)
			runs := [][]string{
				{"check", path},
				{"check", "--format", "json", "-"},
			}
			for i, pos := range [][2]int{{0, 0}, {lines / 2, 7}, {lines, 1 << 20}, {1 << 40, 1 << 40}} {
				l, c := fmt.Sprint(pos[0]), fmt.Sprint(pos[1])
				if i%2 == 0 {
					runs = append(runs, []string{"complete", "--line", l, "--character", c, path},
						[]string{"hover", "--line", l, "--character", c, "-"})
				} else {
					runs = append(runs, []string{"complete", "--line", l, "--character", c, "--format", "text", "-"},
						[]string{"hover", "--line", l, "--character", c, "--format", "text", path})
				}
			}
			runs = append(runs, []string{"check", "--fix", path}) // last: it rewrites the file
			for _, args := range runs {
				code, out, errOut := runSafe(t, strings.NewReader(text), args...)
				what := fmt.Sprintf("secint %s (%s)", strings.Join(args, " "), name)
				if code != 0 && code != 1 {
					t.Errorf("%s: exit %d, stderr %q", what, code, errOut)
				}
				noStackTrace(t, what, errOut)
				if args[0] == "check" && args[1] == "--fix" {
					continue // a file: stdout is the report
				}
				if strings.Contains(strings.Join(args, " "), "json") || (args[0] != "check" && !strings.Contains(strings.Join(args, " "), "text")) {
					var v any
					if err := json.Unmarshal([]byte(out), &v); err != nil {
						t.Errorf("%s: not JSON: %v", what, err)
					}
				}
			}
		})
	}
}

// What the command line prints about a document never holds the client
// secret, in any command, however the secret is written; only the fixed
// text of check --fix does, as often as the input did.
func TestCLINeverPrintsTheSecret(t *testing.T) {
	const secret = "Kq7SecretValueZ"
	docs := []string{
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = '" + secret + "', ENABLED = maybe;",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = " + secret + ";",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = \"" + secret + "\" OAUTH_CLIENT_SECRET = $$" + secret + "$$;",
		"CREATE SECURITY INTEGRATION i TYPE = API_AUTHENTICATION OAUTH_CLIENT_SECRET = " + secret + "-x ENABLED = 1;",
		"ALTER SECURITY INTEGRATION i UNSET OAUTH_CLIENT_SECRET = '" + secret + "';",
		"DROP INTEGRATION i OAUTH_CLIENT_SECRET = '" + secret + "';",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = '" + secret,
	}
	for _, doc := range docs {
		path := filepath.Join(t.TempDir(), "w.sql")
		os.WriteFile(path, []byte(doc), 0o644)
		var runs [][]string
		runs = append(runs, []string{"check", path}, []string{"check", "--format", "json", path}, []string{"check", "--fix", path})
		for c := 0; c <= len(doc); c += 3 {
			for _, cmd := range []string{"complete", "hover"} {
				runs = append(runs, []string{cmd, "--line", "0", "--character", fmt.Sprint(c), path},
					[]string{cmd, "--line", "0", "--character", fmt.Sprint(c), "--format", "text", path})
			}
		}
		for _, args := range runs {
			_, out, errOut := runSafe(t, strings.NewReader(""), args...)
			if strings.Contains(strings.ToUpper(out+errOut), strings.ToUpper(secret)) {
				t.Errorf("secint %s on %q prints the secret:\n%s%s", strings.Join(args, " "), doc, out, errOut)
			}
		}
		fixed, _ := os.ReadFile(path)
		if strings.Count(string(fixed), secret) > strings.Count(doc, secret) {
			t.Errorf("check --fix wrote the secret more often: %q", fixed)
		}
		// For standard input the fixed text goes to stdout; the report,
		// to stderr, never holds it.
		_, _, errOut := runSafe(t, strings.NewReader(doc), "check", "--fix", "-")
		if strings.Contains(strings.ToUpper(errOut), strings.ToUpper(secret)) {
			t.Errorf("check --fix - reports the secret: %s", errOut)
		}
	}
}
