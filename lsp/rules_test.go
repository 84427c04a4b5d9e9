package lsp

import (
	"strings"
	"testing"

	"github.com/secint/secint/validator"
)

func TestRuleFilter(t *testing.T) {
	f, problems := NewRuleFilter(map[string]string{
		"quoted-value":     "off",
		"missing-property": "error",
		"flow-mismatch":    "Loud",
		"no-such-code":     "off",
	})
	if len(problems) != 2 || !strings.Contains(problems[0], "flow-mismatch") || !strings.Contains(problems[1], "no-such-code") {
		t.Fatalf("problems: %q", problems)
	}
	in := []validator.Diagnostic{
		{Code: "quoted-value", Severity: validator.SeverityWarning},
		{Code: "missing-property", Severity: validator.SeverityWarning},
		{Code: "flow-mismatch", Severity: validator.SeverityWarning},
	}
	out := f.Apply(in)
	if len(out) != 2 || out[0].Code != "missing-property" || out[0].Severity != validator.SeverityError ||
		out[1].Code != "flow-mismatch" || out[1].Severity != validator.SeverityWarning {
		t.Errorf("Apply: %+v", out)
	}
	if in[1].Severity != validator.SeverityWarning {
		t.Error("Apply changed its input")
	}
	if f.Allows("quoted-value") || !f.Allows("missing-property") || !f.Allows("syntax-error") {
		t.Error("Allows disagrees with the settings")
	}
	var zero RuleFilter
	if got := zero.Apply(in); &got[0] != &in[0] {
		t.Error("the zero filter should hand back its input")
	}
}
