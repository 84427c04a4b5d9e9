package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secint/secint/validator"
)

// tree writes files (path → content) under a new directory and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const (
	badSQL  = "ALTER SECURITY INTEGRATION x SET ENABLED = maybe;\n"  // one error
	warnSQL = "ALTER SECURITY INTEGRATION x SET ENABLED = 'TRUE';\n" // one warning
	okSQL   = "ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;\n"
)

func jsonPaths(t *testing.T, out string) []string {
	t.Helper()
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	var paths []string
	for _, f := range rep.Files {
		paths = append(paths, filepath.Base(f.Path))
	}
	return paths
}

func TestFlagsAmongFiles(t *testing.T) {
	a := writeFile(t, "a.sql", okSQL)
	b := writeFile(t, "b.sql", badSQL)
	code, out, errOut := runCLI(t, "", "check", a, "--format", "json", b)
	if code != 1 || strings.Join(jsonPaths(t, out), " ") != "a.sql b.sql" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// After --, a name that looks like a flag is a file.
	dir := tree(t, map[string]string{"--format": badSQL})
	code, out, _ = runCLI(t, "", "check", "--format=json", "--", filepath.Join(dir, "--format"))
	if code != 1 || strings.Join(jsonPaths(t, out), " ") != "--format" {
		t.Errorf("after --: exit %d, stdout %q", code, out)
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for _, cmd := range []string{"check", "complete", "hover", "serve", "version"} {
		for _, flag := range []string{"--help", "-h"} {
			code, out, errOut := runCLI(t, "", cmd, "x.sql", flag)
			if code != 0 || !strings.HasPrefix(out, "usage: secint "+cmd) || errOut != "" {
				t.Errorf("secint %s x.sql %s: exit %d, stdout %q, stderr %q", cmd, flag, code, out, errOut)
			}
		}
	}
	if code, out, _ := runCLI(t, "", "check", "--help"); !strings.Contains(out, "-max-warnings") || code != 0 {
		t.Errorf("check --help does not list its flags: %q", out)
	}
	// A file after -- named --help is a file, not a request for help.
	if code, _, errOut := runCLI(t, "", "check", "--", "--help"); code != 2 || !strings.Contains(errOut, "no such file") {
		t.Errorf("check -- --help: exit %d, %q", code, errOut)
	}
}

func TestMaxWarnings(t *testing.T) {
	w := writeFile(t, "w.sql", warnSQL+warnSQL)
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"check", w}, 0},
		{[]string{"check", "--max-warnings", "2", w}, 0},
		{[]string{"check", "--max-warnings", "1", w}, 1},
		{[]string{"check", w, "--max-warnings=0"}, 1},
		{[]string{"check", "--max-warnings", "x", w}, 2},
	} {
		code, _, errOut := runCLI(t, "", c.args...)
		if code != c.want {
			t.Errorf("secint %v: exit %d, want %d (%s)", c.args, code, c.want, errOut)
		}
		if c.want == 1 && !strings.Contains(errOut, "2 warnings, more than --max-warnings") {
			t.Errorf("secint %v: stderr %q does not say why", c.args, errOut)
		}
	}
}

func TestDirectoriesWalked(t *testing.T) {
	root := tree(t, map[string]string{
		"a.sql":                okSQL,
		"sub/b.sql":            badSQL,
		"sub/deeper/c.SQL.txt": badSQL, // not .sql
		"sub/notes.md":         badSQL,
		".hidden/d.sql":        badSQL,
		"node_modules/e.sql":   badSQL,
		"sub/deeper/f.sql":     warnSQL,
	})
	code, out, errOut := runCLI(t, "", "check", "--format", "json", root)
	if got := strings.Join(jsonPaths(t, out), " "); code != 1 || got != "a.sql b.sql f.sql" {
		t.Errorf("exit %d, files %q, stderr %q", code, got, errOut)
	}
	// The text report names each file by its path under the directory.
	_, out, _ = runCLI(t, "", "check", root)
	if !strings.Contains(out, filepath.Join(root, "sub", "b.sql")+":1:44: error invalid-enum-value") {
		t.Errorf("text: %q", out)
	}
}

func TestGitIgnoreRespected(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is needed for this test (and for .gitignore support)")
	}
	root := tree(t, map[string]string{
		".gitignore":    "build/\n*.tmp.sql\n",
		"a.sql":         okSQL,
		"build/gen.sql": badSQL,
		"x.tmp.sql":     badSQL,
		"sub/kept.sql":  warnSQL,
	})
	if out, err := exec.Command("git", "-C", root, "init", "-q").CombinedOutput(); err != nil {
		t.Fatalf("git init: %v %s", err, out)
	}
	code, out, errOut := runCLI(t, "", "check", "--format", "json", root)
	if got := strings.Join(jsonPaths(t, out), " "); code != 0 || got != "a.sql kept.sql" {
		t.Errorf("exit %d, files %q, stderr %q", code, got, errOut)
	}
	// A file named on the command line is checked even if git ignores it.
	if code, _, _ := runCLI(t, "", "check", filepath.Join(root, "x.tmp.sql")); code != 1 {
		t.Errorf("a named ignored file: exit %d, want 1", code)
	}
}

func TestStdinFilename(t *testing.T) {
	code, out, _ := runCLI(t, badSQL, "check", "--stdin-filename", "models/int.sql")
	if code != 1 || !strings.HasPrefix(out, "models/int.sql:1:44: error invalid-enum-value") {
		t.Errorf("exit %d, %q", code, out)
	}
	// secint.toml is looked for from the named file's directory.
	root := tree(t, map[string]string{"secint.toml": "[rules]\ninvalid-enum-value = \"warning\"\n"})
	code, out, _ = runCLI(t, badSQL, "check", "-", "--stdin-filename", filepath.Join(root, "x.sql"))
	if code != 0 || !strings.Contains(out, "warning invalid-enum-value") {
		t.Errorf("with settings: exit %d, %q", code, out)
	}
}

func TestConfigFile(t *testing.T) {
	root := tree(t, map[string]string{
		"secint.toml": `exclude = ["vendor/**"]
[rules]
quoted-value = "error"
invalid-enum-value = "off"
`,
		"a.sql":            warnSQL,
		"b.sql":            badSQL,
		"vendor/v.sql":     badSQL,
		"team/secint.toml": "[rules]\n", // nearer: nothing changed
		"team/t.sql":       warnSQL,
	})
	code, out, errOut := runCLI(t, "", "check", root)
	want := filepath.Join(root, "a.sql") + ":1:44: error quoted-value: "
	if code != 1 || !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 2 || !strings.Contains(out, filepath.Join(root, "team", "t.sql")+":1:44: warning quoted-value") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// An excluded file named on the command line is skipped too.
	if code, out, _ := runCLI(t, "", "check", filepath.Join(root, "vendor", "v.sql")); code != 0 || out != "" {
		t.Errorf("excluded named file: exit %d, %q", code, out)
	}
	// --config names another file.
	other := writeFile(t, "other.toml", "[rules]\nquoted-value = \"off\"\n")
	if code, out, _ := runCLI(t, "", "check", "--config", other, filepath.Join(root, "a.sql")); code != 0 || out != "" {
		t.Errorf("--config: exit %d, %q", code, out)
	}
}

func TestConfigErrors(t *testing.T) {
	root := tree(t, map[string]string{
		"secint.toml": "[rules]\nquoted-value = \"error\"\nexclude = \"off\"\n",
		"a.sql":       okSQL,
	})
	code, out, errOut := runCLI(t, "", "check", filepath.Join(root, "a.sql"))
	want := filepath.Join(root, "secint.toml") + ":3: rules.exclude: no secint rule has this code; exclude belongs before [rules], or TOML reads it as a rule"
	if code != 2 || out != "" || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, out, errOut, want)
	}
	root = tree(t, map[string]string{"secint.toml": "[rules]\n\n[output]\nformat = \"json\"\n", "a.sql": okSQL})
	code, _, errOut = runCLI(t, "", "check", root)
	if code != 2 || !strings.Contains(errOut, "secint.toml:3:2: unknown key output") {
		t.Errorf("unknown table: exit %d, %q", code, errOut)
	}
	root = tree(t, map[string]string{"secint.toml": "[rules]\nexclude = [\"x\"]\n", "a.sql": okSQL})
	code, _, errOut = runCLI(t, "", "check", root)
	if code != 2 || !strings.Contains(errOut, "secint.toml:2:11: rules.exclude: cannot decode TOML array into string") {
		t.Errorf("wrong type: exit %d, %q", code, errOut)
	}
}

func TestGitHubFormat(t *testing.T) {
	sql := "ALTER SECURITY INTEGRATION x SET ENABLED = maybe;\nALTER SECURITY INTEGRATION x SET ENABLED = 'TRUE';\nCREATE SECURITY INTEGRATION s TYPE = SAML2;\n"
	p := writeFile(t, "a,b:c.sql", sql)
	code, out, _ := runCLI(t, "", "check", "--format", "github", p)
	esc := strings.NewReplacer(",", "%2C", ":", "%3A").Replace(filepath.ToSlash(p))
	want := []string{
		"::error file=" + esc + ",line=1,col=44,endLine=1,endColumn=49,title=secint invalid-enum-value::MAYBE is not a value of ENABLED, which takes TRUE or FALSE",
		"::warning file=" + esc + ",line=2,col=44,endLine=2,endColumn=50,title=secint quoted-value::",
		"::notice file=" + esc + ",line=3,col=",
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 1 || len(lines) != 3 {
		t.Fatalf("exit %d, %q", code, out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d:\n got %q\nwant %q...", i+1, lines[i], w)
		}
	}
	if got := ghData("50% done\r\nnext"); got != "50%25 done%0D%0Anext" {
		t.Errorf("ghData: %q", got)
	}
}

func TestColour(t *testing.T) {
	results := []checkedFile{{path: "a.sql", diags: nil}}
	_, out, _ := runCLI(t, badSQL, "check")
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour in a pipe: %q", out)
	}
	results[0].diags = checkDiags(badSQL)
	var b strings.Builder
	writeText(&b, results, true)
	if !strings.Contains(b.String(), "\x1b[1;31merror\x1b[0m") {
		t.Errorf("no colour when asked: %q", b.String())
	}
	// /dev/null is a character device, as a terminal is.
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	t.Setenv("TERM", "xterm")
	t.Setenv("NO_COLOR", "")
	if !wantColor(null) {
		t.Error("no colour on a character device")
	}
	t.Setenv("NO_COLOR", "1")
	if wantColor(null) {
		t.Error("colour despite NO_COLOR")
	}
}

// Suppressions reach the command line through the engine, and nothing of
// a suppressed diagnostic is printed, in any format.
func TestSuppressionsInTheCLI(t *testing.T) {
	sql := "-- secint-disable-next-line unknown-property\nALTER SECURITY INTEGRATION x SET OAUTH_CLIENT_SECRETT = 'hunter2-never-printed';\n-- secint-disable-next-line empty-list\nSELECT 1;\n"
	for _, format := range []string{"text", "json", "sarif", "github"} {
		code, out, _ := runCLI(t, sql, "check", "--format", format)
		if code != 0 || strings.Contains(out, "hunter2") || strings.Contains(out, "OAUTH_CLIENT_SECRETT") || !strings.Contains(out, "unused-suppression") {
			t.Errorf("%s: exit %d, %q", format, code, out)
		}
	}
}

func checkDiags(sql string) []validator.Diagnostic { return validator.Check(sql) }

// The new formats hold no secret either, in the shapes hostile_test.go's
// TestCLINeverPrintsTheSecret uses, with and without suppressions; and an
// unused suppression never repeats what its comment says.
func TestNewFormatsNeverPrintTheSecret(t *testing.T) {
	const secret = "Kq7SecretValueZ"
	docs := []string{
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = '" + secret + "', ENABLED = maybe;",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = " + secret + ";",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = \"" + secret + "\" OAUTH_CLIENT_SECRET = $$" + secret + "$$;",
		"CREATE SECURITY INTEGRATION i TYPE = API_AUTHENTICATION OAUTH_CLIENT_SECRET = " + secret + "-x ENABLED = 1;",
		"ALTER SECURITY INTEGRATION i UNSET OAUTH_CLIENT_SECRET = '" + secret + "';",
		"-- secint-disable-next-line duplicate-property, syntax-error\nALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = '" + secret + "' OAUTH_CLIENT_SECRET = '" + secret + "';",
		"-- secint-disable-next-line " + secret + ", quoted-value\nSELECT 1;",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = '" + secret,
	}
	for _, doc := range docs {
		for _, format := range []string{"sarif", "github", "text", "json"} {
			_, out, errOut := runCLI(t, doc, "check", "--format", format, "--stdin-filename", "w.sql")
			if strings.Contains(strings.ToUpper(out+errOut), strings.ToUpper(secret)) {
				t.Errorf("--format %s on %q prints the secret:\n%s%s", format, doc, out, errOut)
			}
		}
	}
}

// include narrows what a directory walk checks; a named file is checked
// whatever include says, and standard input named into an excluded path is
// skipped as that file would be.
func TestConfigInclude(t *testing.T) {
	root := tree(t, map[string]string{
		"secint.toml":         "include = [\"models/**/*.sql\", \"*.ddl\"]\nexclude = [\"models/legacy/**\"]\n",
		"top.sql":             badSQL,
		"models/a.sql":        badSQL,
		"models/x/b.sql":      warnSQL,
		"models/legacy/c.sql": badSQL,
		"schema/d.ddl":        warnSQL,
	})
	code, out, errOut := runCLI(t, "", "check", "--format", "json", root)
	if got := strings.Join(jsonPaths(t, out), " "); code != 1 || got != "a.sql b.sql d.ddl" {
		t.Errorf("exit %d, files %q, stderr %q", code, got, errOut)
	}
	if code, out, _ := runCLI(t, "", "check", "--format", "json", filepath.Join(root, "top.sql")); code != 1 || strings.Join(jsonPaths(t, out), " ") != "top.sql" {
		t.Errorf("a named file outside include: exit %d, %q", code, out)
	}
	code, out, _ = runCLI(t, badSQL, "check", "--stdin-filename", filepath.Join(root, "models", "legacy", "new.sql"))
	if code != 0 || out != "" {
		t.Errorf("standard input named into an excluded path: exit %d, %q", code, out)
	}
}
