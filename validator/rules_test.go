package validator

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/secint/secint/validator/internal/rules"
)

// Every code has a section in docs/diagnostics.md with a failing and a fixed
// example, a row in its index and a page of its own (docs/rules/CODE.md), and
// every section is a code. (The pages are generated: validator/ruledocs
// checks they are current.)
func TestCodesDocumented(t *testing.T) {
	data, err := os.ReadFile("../docs/diagnostics.md")
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]string{}
	parts := regexp.MustCompile(`(?m)^## `).Split(string(data), -1)
	for _, p := range parts[1:] {
		name, body, _ := strings.Cut(p, "\n")
		sections[strings.TrimSpace(name)] = body
	}
	known := map[string]bool{}
	for _, c := range rules.Codes {
		known[c] = true
		body, ok := sections[c]
		if !ok {
			t.Errorf("%s has no section in docs/diagnostics.md: write validator/ruledocs/pages/%s.md and run make docs", c, c)
			continue
		}
		if strings.Count(body, "```sql") < 2 {
			t.Errorf("%s: the section needs a failing and a fixed example", c)
		}
		if !strings.Contains(string(data), "["+c+"](rules/"+c+".md)") {
			t.Errorf("%s is missing from the index at the top of docs/diagnostics.md: run make docs", c)
		}
		if page, err := os.ReadFile("../docs/rules/" + c + ".md"); err != nil || strings.Count(string(page), "```sql") < 2 {
			t.Errorf("docs/rules/%s.md is missing or has no failing and fixed example: run make docs", c)
		}
	}
	for name := range sections {
		if !known[name] {
			t.Errorf("docs/diagnostics.md has a section %q that is no code", name)
		}
	}
}

// The engine reports only codes from the list: every testdata case's
// diagnostics, and the expected ones.
func TestOnlyKnownCodes(t *testing.T) {
	known := map[string]bool{}
	for _, c := range rules.Codes {
		known[c] = true
	}
	for _, c := range loadCases(t) {
		for _, w := range c.want {
			if !known[w.code] {
				t.Errorf("%s/%s expects unknown code %q", c.file, c.name, w.code)
			}
		}
		for _, d := range Check(c.sql) {
			if !known[d.Code] {
				t.Errorf("%s/%s: engine reports unknown code %q", c.file, c.name, d.Code)
			}
		}
	}
}

// docs/rules-contract.md's table of codes says the same code and severity as
// the rule table, row for row.
func TestRulesContract(t *testing.T) {
	data, err := os.ReadFile("../docs/rules-contract.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| ([a-z]+(?:-[a-z]+)*) \| (error|warning|info|hint) \|`)
	inDoc := map[string]string{}
	for _, m := range row.FindAllStringSubmatch(string(data), -1) {
		inDoc[m[1]] = m[2]
	}
	for _, r := range Rules() {
		sev, ok := inDoc[r.Code]
		switch {
		case !ok:
			t.Errorf("%s has no row in docs/rules-contract.md: add `| %s | %s | what is underlined | when |`", r.Code, r.Code, r.Severity)
		case sev != string(r.Severity):
			t.Errorf("docs/rules-contract.md gives %s the severity %s; the rule table says %s", r.Code, sev, r.Severity)
		}
		delete(inDoc, r.Code)
	}
	for code := range inDoc {
		t.Errorf("docs/rules-contract.md has a row for %s, which is no rule", code)
	}
}

// A rule is marked Fixable exactly when some testdata case shows one of its
// diagnostics with a fix, or a code action for it (a fix whose edit is in
// another statement is made only when asked for).
func TestRulesFixable(t *testing.T) {
	fixed := map[string]bool{}
	for _, c := range loadCases(t) {
		an := Analyze(c.sql)
		for _, d := range an.Diagnostics {
			if len(d.Fixes) > 0 || len(an.CodeActions(d.Range)) > 0 && actionFor(an.CodeActions(d.Range), d.Code) {
				fixed[d.Code] = true
			}
		}
	}
	for _, r := range Rules() {
		switch {
		case fixed[r.Code] && !r.Fixable:
			t.Errorf("%s diagnostics carry fixes in testdata, but the rule table says it is not fixable", r.Code)
		case !fixed[r.Code] && r.Fixable:
			t.Errorf("%s is marked fixable, but no testdata case shows one of its fixes", r.Code)
		}
	}
}

func actionFor(acts []CodeAction, code string) bool {
	for _, a := range acts {
		if a.Diagnostic.Code == code {
			return true
		}
	}
	return false
}
