package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckText(t *testing.T) {
	code, out, _ := runCLI(t, "SELECT 1;\nALTER INTEGRATION x SET ENABLED = maybe;\n", "check")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := "-:2:35: error invalid-enum-value: MAYBE is not a value of ENABLED, which takes TRUE or FALSE\n"
	if out != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
}

func TestCheckExitCodes(t *testing.T) {
	ok := writeFile(t, "ok.sql", "ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;")
	warn := writeFile(t, "warn.sql", "ALTER SECURITY INTEGRATION x UNSET OAUTH_GRANT;")
	bad := writeFile(t, "bad.sql", "ALTER SECURITY INTEGRATION x SET ENABLED = 1;")
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"check", ok}, 0},
		{[]string{"check", warn}, 0}, // a warning is not an error
		{[]string{"check", bad}, 1},
		{[]string{"check", ok, bad}, 1},
		{[]string{"check", filepath.Join(t.TempDir(), "missing.sql")}, 2},
		{[]string{"check", t.TempDir()}, 2},
		{[]string{"check", "--format", "xml", ok}, 2},
		{[]string{"check", "--nope"}, 2},
		{[]string{"frobnicate"}, 2},
		{nil, 2},
	} {
		if code, _, _ := runCLI(t, "", c.args...); code != c.want {
			t.Errorf("secint %v: exit %d, want %d", c.args, code, c.want)
		}
	}
}

func TestCheckBadInputs(t *testing.T) {
	bin := writeFile(t, "x.sql", "ALTER\x00\x01\x02 binary")
	dir := t.TempDir()
	for _, c := range []struct {
		path, msg string
	}{
		{bin, "looks like a binary file"},
		{dir, "is a directory"},
		{filepath.Join(dir, "nope.sql"), "no such file"},
	} {
		code, out, errOut := runCLI(t, "", "check", c.path)
		if code != 2 || out != "" || !strings.Contains(errOut, c.msg) || strings.Contains(errOut, "goroutine") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.path, code, out, errOut, c.msg)
		}
	}
}

// The JSON shape is read by other tools: check it field by field.
func TestCheckJSON(t *testing.T) {
	// "/* " 3 + emoji 2 + " */ " 4 + "ALTER INTEGRATION x SET ENABLED = " 34: nope starts at 43.
	sql := "/* 😀 */ ALTER INTEGRATION x SET ENABLED = nope;"
	code, out, _ := runCLI(t, sql, "check", "--format", "json", "-")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var report struct {
		Files []struct {
			Path        string `json:"path"`
			Diagnostics []struct {
				Code, Severity, Message string
				Range                   struct{ Start, End struct{ Line, Character int } }
				Fixes                   []struct {
					Title string
					Edits []struct {
						Range   struct{ Start, End struct{ Line, Character int } }
						NewText string `json:"newText"`
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(report.Files) != 1 || report.Files[0].Path != "-" || len(report.Files[0].Diagnostics) != 1 {
		t.Fatalf("unexpected report: %s", out)
	}
	d := report.Files[0].Diagnostics[0]
	if d.Code != "invalid-enum-value" || d.Severity != "error" {
		t.Errorf("got %s %s", d.Severity, d.Code)
	}
	if d.Range.Start.Line != 0 || d.Range.Start.Character != 43 || d.Range.End.Character != 47 {
		t.Errorf("range %+v, want 0:43-0:47", d.Range)
	}
	// Keys are exactly the documented ones.
	var raw map[string][]map[string]any
	json.Unmarshal([]byte(out), &raw)
	diag := raw["files"][0]["diagnostics"].([]any)[0].(map[string]any)
	for _, k := range []string{"code", "severity", "message", "range"} {
		if _, ok := diag[k]; !ok {
			t.Errorf("diagnostic lacks %q: %v", k, diag)
		}
	}
	// A clean file still has a diagnostics array, never null.
	_, out, _ = runCLI(t, "SELECT 1", "check", "--format", "json")
	if !strings.Contains(out, `"diagnostics": []`) {
		t.Errorf("clean file: %s", out)
	}
}

// An error after 1,200 warnings (past the document's cap of 1,000): exit 1,
// and the error is in the report, in text and in JSON.
func TestCheckErrorAfterManyWarnings(t *testing.T) {
	warn := "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n"
	p := writeFile(t, "many.sql", strings.Repeat(warn, 1200)+"ALTER INTEGRATION x SET ENABLED = 1;\n")
	code, out, _ := runCLI(t, "", "check", p)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out, p+":1201:35: error wrong-value-type:") {
		t.Errorf("the error is not in the text report:\n%s", out[max(0, len(out)-400):])
	}
	if !strings.HasSuffix(out, "(201 warnings)\n") {
		t.Errorf("the report does not end with the note counting what was left out:\n%s", out[max(0, len(out)-400):])
	}
	code, out, _ = runCLI(t, "", "check", "--format", "json", p)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 {
		t.Fatalf("exit %d, %v", code, err)
	}
	errs := 0
	for _, d := range rep.Files[0].Diagnostics {
		if d.Severity == "error" {
			errs++
		}
	}
	if errs != 1 {
		t.Errorf("%d errors in the JSON report, want 1", errs)
	}
}

// check --fix quotes a URL whole, though it lexes as a word, ':' and a
// '//' comment: quoting the first token only made it worse.
func TestCheckFixQuotesWholeURL(t *testing.T) {
	in := "ALTER INTEGRATION x SET OAUTH_TOKEN_ENDPOINT = https://git.example.com/token, ENABLED = TRUE;\n"
	code, out, _ := runCLI(t, in, "check", "--fix", "-")
	want := "ALTER INTEGRATION x SET OAUTH_TOKEN_ENDPOINT = 'https://git.example.com/token', ENABLED = TRUE;\n"
	if out != want || code != 0 {
		t.Errorf("exit %d, fixed text %q, want %q", code, out, want)
	}
}

// --context declares objects made elsewhere: a secret of an AWS IAM
// integration the file does not create gets the warning it would get if the
// file had created it; a context that is not JSON is a usage problem.
func TestCheckContext(t *testing.T) {
	sql := "CREATE SECRET t TYPE = OAUTH2 API_AUTHENTICATION = s3_role;\n"
	ctx := writeFile(t, "ctx.json", `{"integrations": [{"NAME": "S3_ROLE", "TYPE": "API_AUTHENTICATION", "CREATED_ON": "2025-01-01",
		"properties": [{"property": "AUTH_TYPE", "property_value": "AWS_IAM"}]}]}`)
	if code, out, _ := runCLI(t, sql, "check"); code != 0 || out != "" {
		t.Errorf("without a context: exit %d, %q", code, out)
	}
	code, out, _ := runCLI(t, sql, "check", "--context", ctx)
	if code != 0 || !strings.Contains(out, "-:1:52: warning wrong-integration-kind: s3_role is an integration of AUTH_TYPE = AWS_IAM") {
		t.Errorf("with a context: exit %d, %q", code, out)
	}
	bad := writeFile(t, "bad.json", `{"integrations": [{"type": "SAML2"}]}`)
	if code, _, errOut := runCLI(t, sql, "check", "--context", bad); code != 2 || !strings.Contains(errOut, "a row without a name") {
		t.Errorf("a bad context: exit %d, %q", code, errOut)
	}
}
