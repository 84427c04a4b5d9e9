package lsp

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/secint/secint/validator"
)

// kindFixAll is the code action kind of "apply every safe fix": editors
// run it on save when asked (VS Code's editor.codeActionsOnSave).
const kindFixAll = "source.fixAll.secint"

// fixAllData is what a fix-all action without its edit carries to
// codeAction/resolve.
type fixAllData struct {
	URI string `json:"uri"`
}

// wants says whether a code action of kind is among those the client asked
// for: no list means all; "source" asks for "source.fixAll.secint" too.
func wants(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if kind == o || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

func (s *server) codeAction(params json.RawMessage) (any, error) {
	var p codeActionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := s.open(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	an := d.doc.Analysis()
	out := []codeAction{}
	if wants(p.Context.Only, "quickfix") {
		r := validator.Range{Start: d.toEngine(p.Range.Start), End: d.toEngine(p.Range.End)}
		for _, ca := range an.CodeActions(r) {
			ds := s.rules.Apply([]validator.Diagnostic{ca.Diagnostic})
			if len(ds) == 0 {
				continue // its rule is off
			}
			out = append(out, codeAction{
				Title:       ca.Title,
				Kind:        "quickfix",
				Diagnostics: []lspDiagnostic{s.toLSPDiagnostic(d, &ds[0])},
				IsPreferred: ca.Preferred,
				Edit:        &workspaceEdit{Changes: map[string][]textEdit{d.uri: s.edits(d, ca.Edits)}},
			})
		}
	}
	// Fix-all is offered when asked for by kind, or, in a plain request,
	// when some diagnostic has a fix.
	explicit := len(p.Context.Only) > 0 && wants(p.Context.Only, kindFixAll)
	if explicit || len(p.Context.Only) == 0 && s.anyFix(an) {
		action := codeAction{Title: "Fix all secint problems that have a safe fix", Kind: kindFixAll}
		rs := s.caps.TextDocument.CodeAction.ResolveSupport
		if rs != nil && slices.Contains(rs.Properties, "edit") {
			action.Data, _ = json.Marshal(fixAllData{URI: d.uri})
			out = append(out, action)
		} else if edits := s.fixAll(d); len(edits) > 0 || explicit {
			action.Edit = &workspaceEdit{Changes: map[string][]textEdit{d.uri: edits}}
			out = append(out, action)
		}
	}
	return out, nil
}

// anyFix says whether a reported diagnostic has a fix.
func (s *server) anyFix(an validator.Analysis) bool {
	for _, x := range an.Diagnostics {
		if len(x.Fixes) > 0 && s.rules.Allows(x.Code) {
			return true
		}
	}
	return false
}

// resolveCodeAction computes the edit of a fix-all action. Messages are
// handled in order, so the document is as the client had it when it asked.
func (s *server) resolveCodeAction(params json.RawMessage) (any, error) {
	var action codeAction
	if err := decode(params, &action); err != nil {
		return nil, err
	}
	var data fixAllData
	if action.Kind != kindFixAll || json.Unmarshal(action.Data, &data) != nil {
		return action, nil
	}
	d, err := s.open(data.URI)
	if err != nil {
		return nil, err
	}
	action.Edit = &workspaceEdit{Changes: map[string][]textEdit{d.uri: s.fixAll(d)}}
	return action, nil
}

// willSaveWaitUntil applies every safe fix before a save, when the
// fixAllOnSave setting is on.
func (s *server) willSaveWaitUntil(params json.RawMessage) (any, error) {
	var p willSaveParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := s.open(p.TextDocument.URI)
	if err != nil || !s.saveFix {
		return nil, err
	}
	return s.fixAll(d), nil
}

// fixAll is the engine's FixAll as edits: one per run of lines that
// differ, each narrowed to the characters that do (diff.go). No edits when
// nothing applies.
// A rule the settings turn off gets no fix.
func (s *server) fixAll(d *document) []textEdit {
	old := d.doc.Text()
	fixed, n := validator.FixAllWith(old, s.rules.settings)
	if n == 0 || fixed == old {
		return []textEdit{}
	}
	spans := lineDiff(old, fixed)
	if applySpans(old, spans) != fixed {
		// Cannot happen; if it did, one edit of everything is still right.
		s.log.Printf("fix-all: the line comparison went wrong; sending the whole text")
		spans = []span{{from: 0, to: len(old), text: fixed}}
	}
	li := d.lines()
	out := make([]textEdit, len(spans))
	for i, sp := range spans {
		out[i] = textEdit{Range: li.rangeOfBytes(sp.from, sp.to, d.enc), NewText: sp.text}
	}
	return out
}

// edits converts the engine's edits to the client's positions.
func (s *server) edits(d *document, es []validator.TextEdit) []textEdit {
	out := make([]textEdit, len(es))
	for i, e := range es {
		out[i] = textEdit{Range: d.fromEngine(e.Range), NewText: e.NewText}
	}
	return out
}
