package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchema compiles the SARIF 2.1.0 schema shipped in testdata/sarif
// (see its README for where it comes from), with format assertions on so
// that a uri that is no URI reference fails.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("testdata/sarif/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSARIFValidatesAgainstTheSchema(t *testing.T) {
	schema := sarifSchema(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "with space.sql")
	os.WriteFile(a, []byte("ALTER SECURITY INTEGRATION x SET OAUTH_CLIENTID = 'a', ENABLED = 'TRUE';\n-- secint-disable-next-line empty-list\nSELECT 1;\n"), 0o644)
	b := filepath.Join(dir, "clean.sql")
	os.WriteFile(b, []byte("ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;\n"), 0o644)
	code, out, errOut := runCLI(t, "", "check", "--format", "sarif", a, b)
	if code != 1 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("the SARIF log does not validate: %v\n%s", err, out)
	}
	// The schema does not fail a wrong value; check the facts as well.
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "secint" || run.Tool.Driver.Version != version || len(run.Tool.Driver.Rules) < 30 {
		t.Errorf("driver %+v", run.Tool.Driver)
	}
	got := map[string]sarifResult{}
	for _, r := range run.Results {
		got[r.RuleID] = r
		if rule := run.Tool.Driver.Rules[r.RuleIndex]; rule.ID != r.RuleID {
			t.Errorf("result %s points at rule %d, which is %s", r.RuleID, r.RuleIndex, rule.ID)
		}
	}
	if len(run.Results) != 3 {
		t.Fatalf("%d results, want 3: %+v", len(run.Results), run.Results)
	}
	up := got["unknown-property"]
	// OAUTH_CLIENTID starts at the 34th character of line 1 and is 14 long.
	want := sarifRegion{StartLine: 1, StartColumn: 34, EndLine: 1, EndColumn: 48}
	if up.Level != "error" || up.Locations[0].PhysicalLocation.Region != want {
		t.Errorf("unknown-property: %+v, want level error and region %+v", up, want)
	}
	if uri := up.Locations[0].PhysicalLocation.ArtifactLocation.URI; !strings.HasPrefix(uri, "file:///") || !strings.HasSuffix(uri, "/with%20space.sql") {
		t.Errorf("uri %q", uri)
	}
	if len(up.Fixes) != 1 || up.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent.Text != "OAUTH_CLIENT_ID" ||
		up.Fixes[0].ArtifactChanges[0].Replacements[0].DeletedRegion != want {
		t.Errorf("fix: %+v", up.Fixes)
	}
	if got["quoted-value"].Level != "warning" || got["unused-suppression"].Level != "note" {
		t.Errorf("levels: %+v", got)
	}
	for _, rule := range run.Tool.Driver.Rules {
		if !strings.HasSuffix(rule.HelpURI, "/docs/rules/"+rule.ID+".md") {
			t.Errorf("rule %s: helpUri %q is not its rule page", rule.ID, rule.HelpURI)
		}
	}
}

// A log with no result still validates (results: [], not null).
func TestSARIFEmpty(t *testing.T) {
	code, out, _ := runCLI(t, "SELECT 1;", "check", "--format", "sarif")
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if code != 0 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
	if err := sarifSchema(t).Validate(inst); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"results": []`) {
		t.Errorf("no empty results list:\n%s", out)
	}
}

// The schema test can fail: a log with a bad level does not validate.
func TestSARIFSchemaRejects(t *testing.T) {
	bad := `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`
	inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err := sarifSchema(t).Validate(inst); err == nil {
		t.Error("a level outside SARIF's validated")
	}
}
