package main

import "github.com/secint/secint/validator"

// The structs that cross the boundary. They are deliberately plain: vert
// (github.com/norunners/vert) reads only the `js` tag (a `json` tag is taken
// whole, ",omitempty" included), panics on named non-struct types such as
// validator.Severity, and turns a nil slice into null. So every field here is a
// basic type, a struct of these, or a slice that the converters below never
// leave nil. Byte offsets are not sent: JavaScript strings count UTF-16 units,
// which Range already does.

// Position is 0-based line and UTF-16 character, as in LSP.
type Position struct {
	Line      int `js:"line"`
	Character int `js:"character"`
}

// Range is a half-open span [Start, End).
type Range struct {
	Start Position `js:"start"`
	End   Position `js:"end"`
}

// TextEdit replaces Range with NewText.
type TextEdit struct {
	Range   Range  `js:"range"`
	NewText string `js:"newText"`
}

// Fix is one repair of a diagnostic.
type Fix struct {
	Title string     `js:"title"`
	Edits []TextEdit `js:"edits"`
}

// Diagnostic is one finding. Severity is "error", "warning", "info" or "hint".
type Diagnostic struct {
	Code     string `js:"code"`
	Severity string `js:"severity"`
	Message  string `js:"message"`
	Range    Range  `js:"range"`
	Fixes    []Fix  `js:"fixes"`
}

// CompletionItem is one proposal at the caret.
type CompletionItem struct {
	Label            string `js:"label"`
	Kind             string `js:"kind"`
	Detail           string `js:"detail"`
	Documentation    string `js:"documentation"`
	InsertText       string `js:"insertText"`
	InsertTextFormat string `js:"insertTextFormat"`
	Range            Range  `js:"range"`
	SortText         string `js:"sortText"`
	FilterText       string `js:"filterText"` // "" when the label is what is matched
}

// Hover is markdown about a range.
type Hover struct {
	Contents string `js:"contents"`
	Range    Range  `js:"range"`
}

// CodeAction is a quick fix for a range.
type CodeAction struct {
	Title       string     `js:"title"`
	Diagnostic  Diagnostic `js:"diagnostic"`
	Edits       []TextEdit `js:"edits"`
	IsPreferred bool       `js:"isPreferred"`
}

// Change is one change of a document update: today the whole new text (Range
// nil); later an edit of Range, as LSP's TextDocumentContentChangeEvent.
type Change struct {
	Range *Range `js:"range"`
	Text  string `js:"text"`
}

// Info is what version() returns.
type Info struct {
	Version  string `js:"version"`
	Go       string `js:"go"`
	Protocol int    `js:"protocol"`
}

func (p Position) engine() validator.Position {
	return validator.Position{Line: p.Line, Character: p.Character}
}

func (r Range) engine() validator.Range {
	return validator.Range{Start: r.Start.engine(), End: r.End.engine()}
}

func positionOf(p validator.Position) Position {
	return Position{Line: p.Line, Character: p.Character}
}

func rangeOf(r validator.Range) Range {
	return Range{Start: positionOf(r.Start), End: positionOf(r.End)}
}

func edits(es []validator.TextEdit) []TextEdit {
	out := make([]TextEdit, 0, len(es))
	for _, e := range es {
		out = append(out, TextEdit{Range: rangeOf(e.Range), NewText: e.NewText})
	}
	return out
}

func diagnostic(d validator.Diagnostic) Diagnostic {
	fixes := make([]Fix, 0, len(d.Fixes))
	for _, f := range d.Fixes {
		fixes = append(fixes, Fix{Title: f.Title, Edits: edits(f.Edits)})
	}
	return Diagnostic{
		Code:     d.Code,
		Severity: string(d.Severity),
		Message:  d.Message,
		Range:    rangeOf(d.Range),
		Fixes:    fixes,
	}
}

func diagnostics(ds []validator.Diagnostic) []Diagnostic {
	out := make([]Diagnostic, 0, len(ds))
	for _, d := range ds {
		out = append(out, diagnostic(d))
	}
	return out
}

func completionItem(it validator.CompletionItem) CompletionItem {
	return CompletionItem{
		Label:            it.Label,
		Kind:             it.Kind,
		Detail:           it.Detail,
		Documentation:    it.Documentation,
		InsertText:       it.InsertText,
		InsertTextFormat: it.InsertTextFormat,
		Range:            rangeOf(it.Range),
		SortText:         it.SortText,
		FilterText:       it.FilterText,
	}
}

// diagIdent identifies a diagnostic as the engine hands it over: the engine
// keeps each statement's diagnostics, fixes included, and gives an unchanged
// one back with the same fields and the same fixes (a moved one gets new
// fixes). So two equal idents are the same diagnostic to JavaScript, and the
// ident costs no conversion, no string and no allocation to make.
type diagIdent struct {
	code, severity, message string
	rng                     validator.Range
	fixes                   *validator.Fix // the fixes' array (nil: none)
	nfix                    int
}

func identOf(d validator.Diagnostic) diagIdent {
	id := diagIdent{code: d.Code, severity: string(d.Severity), message: d.Message, rng: d.Range, nfix: len(d.Fixes)}
	if len(d.Fixes) > 0 {
		id.fixes = &d.Fixes[0]
	}
	return id
}
