package validator

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The worksheets of testdata/setup: each complete setup checks clean, and
// broken-links.sql gets, in each case, exactly the link warning its
// "-- R<n>: expected warning on <text>" line names, on that text.
func TestSetupWorksheets(t *testing.T) {
	files, err := filepath.Glob("../testdata/setup/*.sql")
	if err != nil || len(files) < 5 {
		t.Fatalf("setup worksheets: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		diags := Check(text)
		name := filepath.Base(f)
		if name != "broken-links.sql" {
			for _, d := range diags {
				t.Errorf("%s:%d:%d: %s %s: %s", name, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Severity, d.Code, d.Message)
			}
			continue
		}
		checkBrokenLinks(t, text, diags)
	}
}

var linkCodes = map[string]bool{
	"wrong-integration-kind": true, "scope-not-allowed": true, "secret-flow-mismatch": true,
	"rule-not-egress": true, "secret-not-allowed": true,
}

func checkBrokenLinks(t *testing.T, text string, diags []Diagnostic) {
	t.Helper()
	re := regexp.MustCompile(`(?m)^-- (R\d+): expected warning on (.+)$`)
	cases := re.FindAllStringSubmatchIndex(text, -1)
	if len(cases) < 8 {
		t.Fatalf("broken-links.sql: %d cases, want one per R1-R8", len(cases))
	}
	for i, c := range cases {
		from, to := c[1], len(text)
		if i+1 < len(cases) {
			to = cases[i+1][0]
		}
		id, want := text[c[2]:c[3]], strings.TrimSpace(text[c[4]:c[5]])
		var got []string
		for _, d := range diags {
			if d.StartOffset >= from && d.StartOffset < to && linkCodes[d.Code] {
				got = append(got, text[d.StartOffset:d.EndOffset])
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: link warnings on %q, want one on %q", id, got, want)
		}
	}
	for _, d := range diags {
		if d.Severity == SeverityError || d.Severity == SeverityWarning && !linkCodes[d.Code] {
			t.Errorf("broken-links.sql:%d: unexpected %s %s: %s", d.Range.Start.Line+1, d.Severity, d.Code, d.Message)
		}
	}
}
