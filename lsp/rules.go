package lsp

// This file is self-contained on purpose: it knows the engine's
// Diagnostic and nothing of LSP, so that the command line's configuration
// file (the CI issue) can share it.

import (
	"fmt"
	"slices"
	"sort"

	"github.com/secint/secint/validator"
)

// Level is a rule setting: off, or the severity to report the rule with.
type Level string

// The rule levels a setting may name.
const (
	LevelOff     Level = "off"
	LevelError   Level = "error"
	LevelWarning Level = "warning"
	LevelInfo    Level = "info"
	LevelHint    Level = "hint"
)

// RuleFilter changes the severity of diagnostics by code, or drops them.
// The zero value changes nothing.
type RuleFilter struct {
	levels map[string]Level
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
		lv := Level(settings[code])
		if !slices.Contains(validator.Codes, code) {
			problems = append(problems, fmt.Sprintf("rule %q: no diagnostic has this code", code))
			continue
		}
		switch lv {
		case LevelOff, LevelError, LevelWarning, LevelInfo, LevelHint:
		default:
			problems = append(problems, fmt.Sprintf("rule %q: level %q is not off, error, warning, info or hint", code, settings[code]))
			continue
		}
		if f.levels == nil {
			f.levels = map[string]Level{}
		}
		f.levels[code] = lv
	}
	return f, problems
}

// Allows says whether diagnostics of code are reported at all.
func (f RuleFilter) Allows(code string) bool {
	return f.levels[code] != LevelOff
}

// Apply returns ds with the settings applied: a rule that is off dropped,
// another given its set severity. ds itself is never changed; with no
// settings it is returned as it is.
func (f RuleFilter) Apply(ds []validator.Diagnostic) []validator.Diagnostic {
	if len(f.levels) == 0 {
		return ds
	}
	out := make([]validator.Diagnostic, 0, len(ds))
	for _, d := range ds {
		switch lv := f.levels[d.Code]; lv {
		case "":
		case LevelOff:
			continue
		default:
			d.Severity = validator.Severity(lv)
		}
		out = append(out, d)
	}
	return out
}
