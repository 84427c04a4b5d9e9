package validator

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/secint/secint/validator/internal/rules"
)

// Every code has a section in docs/diagnostics.md with a failing and a fixed
// example, and every section is a code.
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
			t.Errorf("%s has no section in docs/diagnostics.md", c)
			continue
		}
		if strings.Count(body, "```sql") < 2 {
			t.Errorf("%s: the section needs a failing and a fixed example", c)
		}
		if !strings.Contains(string(data), "(#"+c+")") {
			t.Errorf("%s is missing from the list of codes at the top", c)
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
