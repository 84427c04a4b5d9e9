package protocol

// The editor-facing operations: completion, hover and code actions. They are
// decided here, from the same catalog and analysis as the checks, so that the
// browser and the command line never disagree.

// CompletionItem is one proposal at the caret, shaped like LSP's.
type CompletionItem struct {
	Label            string `json:"label"`
	Kind             string `json:"kind"` // keyword, property, value, integration (any named object: integrations, secrets, network rules), snippet
	Detail           string `json:"detail"`
	Documentation    string `json:"documentation"` // markdown, our own words
	InsertText       string `json:"insertText"`
	InsertTextFormat string `json:"insertTextFormat"` // plain or snippet
	Range            Range  `json:"range"`            // the text the item replaces
	SortText         string `json:"sortText"`
	// FilterText is what the typed word is matched against when it differs
	// from the label (the grant 'CLIENT_CREDENTIALS' is found by typing CLI).
	FilterText string `json:"filterText,omitempty"`
}

// HoverResult is what a hover shows: markdown and the range it is about.
type HoverResult struct {
	Contents string `json:"contents"`
	Range    Range  `json:"range"`
}

// CodeAction is a fix offered for a range: the diagnostic it repairs and the
// edits that repair it.
type CodeAction struct {
	Title      string     `json:"title"`
	Diagnostic Diagnostic `json:"diagnostic"`
	Edits      []TextEdit `json:"edits"`
	Preferred  bool       `json:"isPreferred"`
}
