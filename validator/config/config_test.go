package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secint/secint/validator"
)

func TestParse(t *testing.T) {
	s, err := Parse("secint.toml", []byte(`# team settings
include = ["sql/**/*.sql"]
exclude = ["vendor/**", "*.generated.sql"]

[rules]
empty-list = "off"
quoted-value = "error"
"flow-undocumented" = "warning"
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Rules["empty-list"]; got != "off" {
		t.Errorf("empty-list = %q", got)
	}
	if got := s.Rules["flow-undocumented"]; got != "warning" {
		t.Errorf("flow-undocumented = %q", got)
	}
	if len(s.Include) != 1 || s.Include[0] != "sql/**/*.sql" || len(s.Exclude) != 2 {
		t.Errorf("globs: %+v", s)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ toml, want string }{
		{"include = [\"*.sql\"]\nexclud = [\"x\"]\n", "cfg.toml:2:1: unknown key exclud"},
		{"[rules]\nquoted-value = \"error\"\n\n[rule]\nx = 1\n", "cfg.toml:4:2: unknown key rule"},
		{"[rules]\nquoted-value = \"error\"\nno-such-rule = \"off\"\n", "cfg.toml:3: rules.no-such-rule: no secint rule has this code"},
		{"[rules]\nquoted-value = \"loud\"\n", `cfg.toml:2: rules.quoted-value: the level must be one of off, hint, info, warning, error, not "loud"`},
		{"exclude = [\"[\"]\n", `cfg.toml:1: exclude: malformed glob "["`},
		{"include = \"*.sql\"\n", "cfg.toml:1:"},
		{"[rules\n", "cfg.toml:1:"},
	} {
		_, err := Parse("cfg.toml", []byte(c.toml))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want an error starting %q", c.toml, err, c.want)
		}
	}
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(deep); err != nil || p != "" && strings.HasPrefix(p, root) {
		t.Fatalf("Find with no file = %q, %v", p, err)
	}
	top := filepath.Join(root, "a", FileName)
	os.WriteFile(top, []byte("[rules]\n"), 0o644)
	if p, _ := Find(deep); p != top {
		t.Errorf("Find = %q, want %q", p, top)
	}
	near := filepath.Join(root, "a", "b", FileName)
	os.WriteFile(near, []byte("[rules]\n"), 0o644)
	if p, _ := Find(deep); p != near {
		t.Errorf("Find = %q, want the nearest %q", p, near)
	}
	cfg, err := Load(near)
	if err != nil || cfg.Dir != filepath.Dir(near) {
		t.Errorf("Load = %+v, %v", cfg, err)
	}
}

// The TOML file and the JSON the editors send are the same settings.
func TestSameAsJSON(t *testing.T) {
	fromTOML, err := Parse("x", []byte("exclude = [\"vendor/**\"]\n[rules]\nquoted-value = \"off\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	fromJSON, err := validator.ParseSettingsJSON([]byte(`{"exclude": ["vendor/**"], "rules": {"quoted-value": "off"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if fromTOML.Rules["quoted-value"] != fromJSON.Rules["quoted-value"] || fromTOML.Exclude[0] != fromJSON.Exclude[0] {
		t.Errorf("TOML %+v, JSON %+v", fromTOML, fromJSON)
	}
}
