package lsp

import (
	"encoding/json"
	"strings"

	"github.com/secint/secint/validator"
)

// settings is the "secint" section of the client's settings:
//
//	{"secint": {"rules": {"<code>": "off"|"error"|"warning"|"info"|"hint"},
//	            "fixAllOnSave": false,
//	            "context": {"integrations": [...], "secrets": [...], "network_rules": [...]}}}
//
// context declares the objects made outside the documents, as the rows of
// Snowflake's SHOW and DESCRIBE answers (validator.Context).
//
// It comes in initializationOptions (the section itself, or wrapped in
// "secint") and in workspace/didChangeConfiguration (wrapped, as VS Code
// and Neovim send it).
type settings struct {
	Rules        map[string]string `json:"rules"`
	FixAllOnSave bool              `json:"fixAllOnSave"`
	Context      json.RawMessage   `json:"context"`
}

func (s *server) didChangeConfiguration(params json.RawMessage) {
	var p didChangeConfigurationParams
	if decode(params, &p) != nil {
		return
	}
	s.applySettings(p.Settings, false)
	for _, d := range s.docs {
		d.doc.SetContext(s.rules.settings.Context)
		s.publish(d)
	}
}

// applySettings reads raw settings; a section that is missing resets the
// rules to the engine's own severities. Problems go to the user.
func (s *server) applySettings(raw json.RawMessage, init bool) {
	if len(raw) == 0 || string(raw) == "null" {
		if !init {
			s.rules, s.saveFix = RuleFilter{}, false
		}
		return
	}
	section := raw
	var outer map[string]json.RawMessage
	if json.Unmarshal(raw, &outer) == nil {
		if inner, ok := outer["secint"]; ok {
			section = inner
		}
	}
	var st settings
	if err := json.Unmarshal(section, &st); err != nil {
		s.showMessage(2, "secint: the settings are not in the expected shape (rules: an object of code to level; fixAllOnSave: true or false); the defaults apply")
		s.rules, s.saveFix = RuleFilter{}, false
		return
	}
	f, problems := NewRuleFilter(st.Rules)
	if len(st.Context) > 0 && string(st.Context) != "null" {
		if ctx, err := validator.ParseContextJSON(st.Context); err != nil {
			problems = append(problems, err.Error())
		} else {
			f.settings.Context = ctx
		}
	}
	s.rules, s.saveFix = f, st.FixAllOnSave
	if len(problems) > 0 {
		s.showMessage(2, "secint settings: "+strings.Join(problems, "; "))
	}
}
