package validator

import (
	"strings"
	"testing"
)

func TestSettingsApply(t *testing.T) {
	sql := "ALTER SECURITY INTEGRATION a SET ENABLED = 'TRUE', OAUTH_CLIENTID = 'x', OAUTH_ALLOWED_SCOPES = ('s'), OAUTH_GRANT = 'AUTHORIZATION_CODE';\n"
	s, err := ParseSettingsJSON([]byte(`{"rules": {"quoted-value": "error", "unknown-property": "off", "flow-undocumented": "warning"}}`))
	if err != nil {
		t.Fatal(err)
	}
	before := Check(sql)
	got := map[string]Severity{}
	for _, d := range s.Apply(before) {
		got[d.Code] = d.Severity
	}
	want := map[string]Severity{"quoted-value": SeverityError, "flow-undocumented": SeverityWarning}
	if len(got) != len(want) || got["quoted-value"] != want["quoted-value"] || got["flow-undocumented"] != want["flow-undocumented"] {
		t.Errorf("after settings: %v, want %v", got, want)
	}
	for _, d := range before {
		if d.Code == "quoted-value" && d.Severity != SeverityWarning {
			t.Errorf("Apply changed its input: %v", d)
		}
	}
	if n := len(Settings{}.Apply(before)); n != len(before) {
		t.Errorf("empty settings dropped diagnostics: %d of %d", n, len(before))
	}
}

func TestSettingsJSONErrors(t *testing.T) {
	for _, c := range []struct{ json, want string }{
		{`{"rule": {}}`, `unknown field "rule"`},
		{`{"rules": {"nope": "off"}}`, "rules.nope: no secint rule"},
		{`{"rules": {"empty-list": "loud"}}`, "the level must be one of off, hint, info, warning, error"},
		{`{"include": "*.sql"}`, "cannot unmarshal"},
	} {
		_, err := ParseSettingsJSON([]byte(c.json))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseSettingsJSON(%s) = %v, want %q", c.json, err, c.want)
		}
	}
}

func TestSettingsSelects(t *testing.T) {
	s := Settings{Include: []string{"sql/**/*.sql", "*.ddl"}, Exclude: []string{"sql/vendor/**", "*.generated.sql"}}
	for _, c := range []struct {
		rel    string
		walked bool
		want   bool
	}{
		{"sql/a.sql", true, true},
		{"sql/x/y/a.sql", true, true},
		{"top.sql", true, false}, // outside include
		{"top.sql", false, true}, // named: include does not apply
		{"deep/er/t.ddl", true, true},
		{"sql/vendor/v.sql", true, false},
		{"sql/vendor/v.sql", false, false}, // exclude applies to named files too
		{"sql/x/a.generated.sql", true, false},
		{"./sql/a.sql", true, true},
	} {
		if got := s.Selects(c.rel, c.walked); got != c.want {
			t.Errorf("Selects(%q, walked=%v) = %v, want %v", c.rel, c.walked, got, c.want)
		}
	}
	if !(Settings{}).Selects("a/b.sql", true) || (Settings{}).Selects("a/b.txt", true) {
		t.Error("the default include is **/*.sql")
	}
	if !s.ExcludesDir("sql/vendor") || s.ExcludesDir("sql") {
		t.Error("ExcludesDir")
	}
}

// A rule that the settings turn off gets no fix from fix-all (check --fix,
// the language server's source.fixAll); with no settings it does.
func TestFixAllWithSettings(t *testing.T) {
	text := "ALTER SECURITY INTEGRATION a SET ENABLED = 'TRUE';\n"
	fixed, n := FixAll(text)
	if n != 1 || fixed != "ALTER SECURITY INTEGRATION a SET ENABLED = TRUE;\n" {
		t.Fatalf("FixAll = %q, %d: want the quoted boolean unquoted", fixed, n)
	}
	off := Settings{Rules: map[string]string{"quoted-value": "off"}}
	if fixed, n := FixAllWith(text, off); n != 0 || fixed != text {
		t.Errorf("FixAllWith(quoted-value off) = %q, %d: want no fix", fixed, n)
	}
	if fixed, n := FixAllWith(text, Settings{}); n != 1 || fixed == text {
		t.Errorf("FixAllWith(no settings) = %q, %d: want the fix", fixed, n)
	}
}
