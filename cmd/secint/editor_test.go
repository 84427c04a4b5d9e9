package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// secint runs the command line in-process.
func secint(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func tempSQL(t *testing.T, content string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "w.sql")
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func keysOf(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type jsonRange struct {
	Start struct{ Line, Character int } `json:"start"`
	End   struct{ Line, Character int } `json:"end"`
}

func TestCompleteJSON(t *testing.T) {
	code, out, errOut := secint("SELECT 1;\nALTER INTEGRATION x SET ", "complete", "--line", "1", "--character", "24", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var raw map[string][]map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(raw) != 1 || raw["items"] == nil {
		t.Fatalf("want one key, items: %s", out)
	}
	want := []string{"detail", "documentation", "insertText", "insertTextFormat", "kind", "label", "range"}
	found := false
	for _, it := range raw["items"] {
		if got := keysOf(it); !reflect.DeepEqual(got, want) {
			t.Errorf("item keys %v, want %v", got, want)
		}
		if it["label"] == "ENABLED" {
			found = true
			if it["kind"] != "property" || it["insertTextFormat"] != "snippet" || it["insertText"] != "ENABLED = ${1|TRUE,FALSE|}" {
				t.Errorf("ENABLED item: %v", it)
			}
		}
		r, _ := json.Marshal(it["range"])
		if string(r) != `{"end":{"character":24,"line":1},"start":{"character":24,"line":1}}` {
			t.Errorf("range %s", r)
		}
	}
	if !found {
		t.Errorf("no ENABLED item in %s", out)
	}
}

func TestCompleteUTF16AndFileFirst(t *testing.T) {
	// 34 ASCII characters, a quote, an emoji (2 UTF-16 units), a quote, a
	// comma and a space: ENA starts at character 40.
	path := tempSQL(t, "ALTER INTEGRATION x SET COMMENT = '😀', ENA", 0o644)
	code, out, errOut := secint("", "complete", path, "--line", "0", "--character", "43")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Items []struct {
			Label string    `json:"label"`
			Range jsonRange `json:"range"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].Label != "ENABLED" {
		t.Fatalf("items %+v", res.Items)
	}
	if r := res.Items[0].Range; r.Start.Character != 40 || r.End.Character != 43 || r.Start.Line != 0 {
		t.Errorf("range %+v, want 0:40-0:43", r)
	}
}

func TestCompleteText(t *testing.T) {
	code, out, _ := secint("ALTER ", "complete", "--format", "text", "--line", "0", "--character", "6")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	want := "SECURITY INTEGRATION\tkeyword\tkeyword\nINTEGRATION\tkeyword\tkeyword\n" +
		"SECRET\tkeyword\tkeyword\nEXTERNAL ACCESS INTEGRATION\tkeyword\tkeyword\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestCompleteNothing(t *testing.T) {
	code, out, _ := secint("ALTER INTEGRATION x SET COMMENT = 'abc", "complete", "--line", "0", "--character", "37")
	if code != 0 || strings.TrimSpace(out) != `{
  "items": []
}` {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestPositionUsage(t *testing.T) {
	path := tempSQL(t, "ALTER ", 0o644)
	cases := [][]string{
		{"complete", path},
		{"complete", "--line", "0", path},
		{"hover", "--character", "1", path},
		{"complete", "--line", "0", "--character", "1", "--format", "xml", path},
		{"hover", "--line", "0", "--character", "1", path, path},
		{"complete", "--line", "0", "--character", "1", filepath.Join(t.TempDir(), "missing.sql")},
		{"hover", "--line", "x", "--character", "1", path},
	}
	for _, args := range cases {
		code, out, errOut := secint("", args...)
		if code != 2 || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, nothing, a message", args, code, out, errOut)
		}
	}
}

func TestHoverJSON(t *testing.T) {
	code, out, _ := secint("ALTER INTEGRATION x SET ENABLED = TRUE;", "hover", "--line", "0", "--character", "26", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	if got := keysOf(raw); !reflect.DeepEqual(got, []string{"contents", "range"}) {
		t.Errorf("keys %v", got)
	}
	if c, _ := raw["contents"].(string); !strings.Contains(c, "**ENABLED**") {
		t.Errorf("contents %q", c)
	}
	r, _ := json.Marshal(raw["range"])
	if string(r) != `{"end":{"character":31,"line":0},"start":{"character":24,"line":0}}` {
		t.Errorf("range %s", r)
	}
}

func TestHoverNothingAndText(t *testing.T) {
	code, out, _ := secint("SELECT 1;", "hover", "--line", "0", "--character", "1")
	if code != 0 || out != "{}\n" {
		t.Errorf("exit %d, output %q, want {}", code, out)
	}
	code, out, _ = secint("SELECT 1;", "hover", "--format", "text", "--line", "0", "--character", "1")
	if code != 0 || out != "" {
		t.Errorf("text, nothing: exit %d, output %q", code, out)
	}
	code, out, _ = secint("ALTER INTEGRATION x SET OAUTH_GRANT = 'JWT_BEARER';", "hover", "--format", "text", "--line", "0", "--character", "40")
	if code != 0 || !strings.HasPrefix(out, "**JWT_BEARER** · OAUTH_GRANT value\n") {
		t.Errorf("text: exit %d, output %q", code, out)
	}
	code, out, _ = secint("ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = 'hunter2';", "hover", "--line", "0", "--character", "50")
	if code != 0 || strings.Contains(out, "hunter2") || !strings.Contains(out, "not shown") {
		t.Errorf("secret: exit %d, output %q", code, out)
	}
}

func TestCheckFixStdin(t *testing.T) {
	code, out, errOut := secint("ALTER INTEGRATION x SET ENABLED = 'TRUE';\n", "check", "--fix", "-")
	if code != 0 || out != "ALTER INTEGRATION x SET ENABLED = TRUE;\n" || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// What cannot be fixed is reported on stderr; stdout carries only the text.
	in := "ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = 1.5, COMMENT = hi;\n"
	code, out, errOut = secint(in, "check", "--fix", "-")
	if code != 1 || out != "ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = 1.5, COMMENT = 'hi';\n" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.HasPrefix(errOut, "-:1:55: error wrong-value-type: ") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q", errOut)
	}
	// JSON report with --fix -: on stderr too.
	code, out, errOut = secint("DROP INTEGRATION x CASCADE;", "check", "--fix", "--format", "json")
	if code != 0 || out != "DROP INTEGRATION x;" || !strings.Contains(errOut, `"diagnostics": []`) {
		t.Errorf("json: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestCheckFixFile(t *testing.T) {
	path := tempSQL(t, "SELECT 1;\nALTER INTEGRATION x SET ENABLED = 'TRUE', OAUTH_CLIENT_ID = 42;\n", 0o600)
	code, out, errOut := secint("", "check", "--fix", path)
	if code != 0 || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if errOut != path+": 2 fixes applied\n" {
		t.Errorf("stderr %q", errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != "SELECT 1;\nALTER INTEGRATION x SET ENABLED = TRUE, OAUTH_CLIENT_ID = '42';\n" {
		t.Errorf("file now %q", data)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", info.Mode().Perm())
	}
	// Nothing to fix: the file is left alone and nothing is said.
	code, out, errOut = secint("", "check", "--fix", path)
	if code != 0 || out != "" || errOut != "" {
		t.Errorf("second run: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// Remaining problems are reported as usual, in JSON when asked.
	bad := tempSQL(t, "ALTER INTEGRATION x SET ENABLED = maybe, COMMENT = 7;", 0o644)
	code, out, errOut = secint("", "check", "--fix", "--format", "json", bad)
	if code != 1 || !strings.Contains(out, `"code": "invalid-enum-value"`) || strings.Contains(out, "wrong-value-type") {
		t.Errorf("json: exit %d, stdout %s", code, out)
	}
	if errOut != bad+": 1 fix applied\n" {
		t.Errorf("stderr %q", errOut)
	}
}
