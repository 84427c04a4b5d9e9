package lsp

// The language server's rule settings are the engine's (validator.Settings,
// the same as secint.toml's [rules] and the JS client's configure): this
// file only reads them from the client's JSON, keeping the entries that are
// right and saying which are not.

import (
	"sort"

	"github.com/secint/secint/validator"
)

// RuleFilter changes the severity of diagnostics by code, or drops them.
// The zero value changes nothing.
type RuleFilter struct {
	settings validator.Settings
}

// NewRuleFilter reads settings of the form {"<code>": "off" | "error" |
// "warning" | "info" | "hint"}. A code the engine does not report, or a
// level that is none of these, is left out, and said in the problems
// returned (one line each, in code order).
func NewRuleFilter(settings map[string]string) (RuleFilter, []string) {
	var f RuleFilter
	var problems []string
	codes := make([]string, 0, len(settings))
	for c := range settings {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, code := range codes {
		one := validator.Settings{Rules: map[string]string{code: settings[code]}}
		if err := one.Check(); err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if f.settings.Rules == nil {
			f.settings.Rules = map[string]string{}
		}
		f.settings.Rules[code] = settings[code]
	}
	return f, problems
}

// Allows says whether diagnostics of code are reported at all.
func (f RuleFilter) Allows(code string) bool {
	return f.settings.Rules[code] != "off"
}

// Apply returns ds with the settings applied: a rule that is off dropped,
// another given its set severity. ds itself is never changed.
func (f RuleFilter) Apply(ds []validator.Diagnostic) []validator.Diagnostic {
	return f.settings.Apply(ds)
}
