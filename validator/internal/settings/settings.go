// Package settings holds a team's choices about which rules count and how
// much (per-rule severity, off included) and which files are checked
// (include and exclude globs), as secint.toml, the JS client and the language
// server give them. It knows no file format: validator/config reads the TOML
// file, the wasm bridge and the language server decode JSON into the same
// struct.
package settings

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/secint/secint/validator/internal/existing"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/protocol"
)

// Off is the level that drops a rule's diagnostics.
const Off = "off"

// Levels are the values a rule may be given.
var Levels = []string{Off, string(protocol.SeverityHint), string(protocol.SeverityInfo), string(protocol.SeverityWarning), string(protocol.SeverityError)}

// Settings are the choices. The zero value changes nothing and checks every
// *.sql file.
type Settings struct {
	// Rules maps a diagnostic code to off, hint, info, warning or error.
	Rules map[string]string `json:"rules,omitempty" toml:"rules"`
	// Include lists the globs a file found by walking a directory must match
	// (default **/*.sql); Exclude the globs that skip a file, walked or named.
	// They are matched against the path relative to the settings' directory,
	// with / between segments; ** stands for any number of segments, and a
	// glob without / matches a file's name at any depth.
	Include []string `json:"include,omitempty" toml:"include"`
	Exclude []string `json:"exclude,omitempty" toml:"exclude"`
	// Context declares the objects made outside the documents (rows of
	// SHOW and DESCRIBE, package existing): the JS client and the language
	// server take it with the other settings, the command line from
	// --context FILE.
	// (Read by validator.ParseSettingsJSON and the wasm bridge with the
	// context's own reader, which takes rows with any columns.)
	Context *existing.Context `json:"-" toml:"-"`
}

// Check reports the first thing wrong with s: an unknown code, an unknown
// level, a malformed glob. Errors start with the key that holds it.
func (s Settings) Check() error {
	codes := make([]string, 0, len(s.Rules))
	for code := range s.Rules {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		if rules.RuleFor(code) == nil {
			return fmt.Errorf("rules.%s: no secint rule has this code", code)
		}
		level := s.Rules[code]
		if !validLevel(level) {
			return fmt.Errorf("rules.%s: the level must be one of %s, not %q", code, strings.Join(Levels, ", "), level)
		}
	}
	for _, g := range s.Include {
		if err := checkGlob(g); err != nil {
			return fmt.Errorf("include: %v", err)
		}
	}
	for _, g := range s.Exclude {
		if err := checkGlob(g); err != nil {
			return fmt.Errorf("exclude: %v", err)
		}
	}
	return nil
}

func validLevel(l string) bool {
	for _, v := range Levels {
		if l == v {
			return true
		}
	}
	return false
}

// Apply returns diags with each rule's level applied: dropped when off,
// given the chosen severity otherwise. diags is not changed.
func (s Settings) Apply(diags []protocol.Diagnostic) []protocol.Diagnostic {
	if len(s.Rules) == 0 {
		return diags
	}
	out := make([]protocol.Diagnostic, 0, len(diags))
	for _, d := range diags {
		level, ok := s.Rules[d.Code]
		switch {
		case !ok:
		case level == Off:
			continue
		case validLevel(level):
			d.Severity = protocol.Severity(level)
		}
		out = append(out, d)
	}
	return out
}

// Selects reports whether a file at rel (relative to the settings'
// directory, / separated) is checked; walked says it was found by walking a
// directory rather than named, and so must match Include too.
func (s Settings) Selects(rel string, walked bool) bool {
	rel = strings.TrimPrefix(path.Clean(rel), "./")
	for _, g := range s.Exclude {
		if matchGlob(g, rel) {
			return false
		}
	}
	if !walked {
		return true
	}
	include := s.Include
	if len(include) == 0 {
		include = []string{"**/*.sql"}
	}
	for _, g := range include {
		if matchGlob(g, rel) {
			return true
		}
	}
	return false
}

// ExcludesDir reports whether a directory at rel is excluded whole, so that
// a walk need not enter it (a glob such as vendor/** or build).
func (s Settings) ExcludesDir(rel string) bool {
	rel = strings.TrimPrefix(path.Clean(rel), "./")
	for _, g := range s.Exclude {
		if matchGlob(g, rel) {
			return true
		}
	}
	return false
}

func checkGlob(g string) error {
	if g == "" {
		return fmt.Errorf("an empty glob")
	}
	for _, seg := range strings.Split(g, "/") {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("malformed glob %q", g)
		}
	}
	return nil
}

// matchGlob matches a / separated path against a glob whose segments are
// path.Match patterns or **.
func matchGlob(g, rel string) bool {
	g = strings.TrimPrefix(g, "./")
	if !strings.Contains(strings.TrimSuffix(g, "/"), "/") {
		g = "**/" + g
	}
	return matchSegs(strings.Split(strings.TrimSuffix(g, "/"), "/"), strings.Split(rel, "/"))
}

func matchSegs(g, p []string) bool {
	for len(g) > 0 {
		if g[0] == "**" {
			for i := 0; i <= len(p); i++ {
				if matchSegs(g[1:], p[i:]) {
					return true
				}
			}
			return false
		}
		if len(p) == 0 {
			return false
		}
		if ok, _ := path.Match(g[0], p[0]); !ok {
			return false
		}
		g, p = g[1:], p[1:]
	}
	return len(p) == 0
}
