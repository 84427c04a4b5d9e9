package validator

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/secint/secint/validator/internal/settings"
)

// Settings are a team's choices: per-rule levels (off, hint, info, warning, error)
// and the include and exclude globs of the files to check. The command line
// reads them from secint.toml (package validator/config), the JS client and
// the language server take the same fields as JSON:
//
//	{"rules": {"flow-undocumented": "off"}, "include": ["**/*.sql"], "exclude": ["vendor/**"]}
//
// Apply them to an analysis's diagnostics with Settings.Apply; inline
// suppressions are already applied there.
type Settings = settings.Settings

// RuleLevels are the values a rule may be given in Settings.Rules.
var RuleLevels = settings.Levels

// ParseSettingsJSON decodes settings given as JSON, refusing unknown fields,
// unknown codes and unknown levels.
func ParseSettingsJSON(data []byte) (Settings, error) {
	var s Settings
	// The context is read by its own reader: its rows may carry any column.
	var outer map[string]json.RawMessage
	if json.Unmarshal(data, &outer) == nil {
		if raw, ok := outer["context"]; ok {
			c, err := ParseContextJSON(raw)
			if err != nil {
				return Settings{}, fmt.Errorf("settings: %v", err)
			}
			s.Context = c
			delete(outer, "context")
			data, _ = json.Marshal(outer)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	ctx := s.Context
	if err := dec.Decode(&s); err != nil {
		return Settings{}, fmt.Errorf("settings: %v", err)
	}
	s.Context = ctx
	if err := s.Check(); err != nil {
		return Settings{}, fmt.Errorf("settings: %v", err)
	}
	return s, nil
}
