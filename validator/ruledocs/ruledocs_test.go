package ruledocs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secint/secint/validator/internal/rules"
)

// The committed docs are what the rule table and the page sources make.
func TestDocsUpToDate(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range files {
		got, err := os.ReadFile(filepath.Join("../..", path))
		if err != nil || string(got) != want {
			t.Errorf("%s is stale: run make docs and commit the result", path)
		}
	}
	// No page of a code that is gone.
	old, _ := filepath.Glob("../../docs/rules/*.md")
	for _, p := range old {
		if _, ok := files["docs/rules/"+filepath.Base(p)]; !ok {
			t.Errorf("docs/rules/%s is the page of no rule: run make docs", filepath.Base(p))
		}
	}
	if len(files) != len(rules.Rules)+1 {
		t.Errorf("%d files for %d rules", len(files), len(rules.Rules))
	}
}

// Each page says what the issue asks of it.
func TestPageContents(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules.Rules {
		page := files["docs/rules/"+r.Code+".md"]
		for _, want := range []string{"# " + r.Code + "\n", r.Title, "**Severity:** " + string(r.Severity), "**Since:** ",
			"## What it checks", "## Why", "## Snowflake's documentation", "secint-disable-next-line " + r.Code} {
			if !strings.Contains(page, want) {
				t.Errorf("docs/rules/%s.md lacks %q", r.Code, want)
			}
		}
		if r.Fixable != strings.Contains(page, "has a quick fix") {
			t.Errorf("docs/rules/%s.md: fixable is %v in the rule table", r.Code, r.Fixable)
		}
		if strings.Count(page, "```sql") < 2 {
			t.Errorf("docs/rules/%s.md needs a failing and a fixed example", r.Code)
		}
		if !strings.HasSuffix(r.DocsURL(), "/docs/rules/"+r.Code+".md") {
			t.Errorf("%s: DocsURL %s is not its page", r.Code, r.DocsURL())
		}
		if !strings.Contains(files["docs/diagnostics.md"], "| ["+r.Code+"](rules/"+r.Code+".md) | "+string(r.Severity)+" |") {
			t.Errorf("docs/diagnostics.md's index lacks %s", r.Code)
		}
	}
}

func TestParseRefuses(t *testing.T) {
	good := "since: 0.1.0\nsnowflake: \n\nText.\n\n```sql\nA\n```\n\n```sql\nB\n```\n\n## Why\n\nBecause.\n"
	if _, err := parse(rules.EmptyList, good); err != nil {
		t.Fatalf("a good source: %v", err)
	}
	for _, bad := range []string{
		strings.Replace(good, "since: 0.1.0", "since: soon", 1),
		strings.Replace(good, "snowflake: ", "snowflake: https://example.com/", 1),
		strings.Replace(good, "## Why\n\nBecause.\n", "", 1),
		strings.Replace(good, "```sql\nB\n```", "", 1),
		strings.Replace(good, "since", "sense", 1),
		strings.Replace(good, "Text.", "## Heading", 1),
	} {
		if _, err := parse(rules.EmptyList, bad); err == nil {
			t.Errorf("accepted:\n%s", bad)
		}
	}
}
