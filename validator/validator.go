// Package validator is secint's engine as the command line, the wasm bridge
// and the language server see it: check a worksheet, keep one open and edit
// it, and ask for completions, hovers and fixes. It is a thin layer over the
// packages under internal/, each with one job (docs/architecture.md):
//
//	protocol   the types that cross the boundary (positions, diagnostics, ...)
//	position   the units and frames of offsets, and the conversions between them
//	catalog    what each kind of object accepts: properties, values, flows, secrecy
//	rules      the rule table: every diagnostic code with its severity and title
//	syntax     lexing, parsing and the syntax tree of one statement
//	check      the checks of one statement, given what earlier ones established
//	document   the incremental analysis of a whole worksheet
//	editor     completion, hover, code actions, fix-all and redaction
package validator

import (
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/editor"
	"github.com/secint/secint/validator/internal/existing"
	"github.com/secint/secint/validator/internal/progress"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// The boundary types, defined once in package protocol.
type (
	Severity       = protocol.Severity
	Position       = protocol.Position
	Range          = protocol.Range
	TextEdit       = protocol.TextEdit
	Fix            = protocol.Fix
	Diagnostic     = protocol.Diagnostic
	CompletionItem = protocol.CompletionItem
	HoverResult    = protocol.HoverResult
	CodeAction     = protocol.CodeAction
	Rule           = protocol.Rule
	Symbol         = protocol.Symbol
	Change         = document.Change
)

const (
	SeverityError   = protocol.SeverityError
	SeverityWarning = protocol.SeverityWarning
	SeverityInfo    = protocol.SeverityInfo
	SeverityHint    = protocol.SeverityHint
)

// Redacted stands where RedactSecrets removed a secret value.
const Redacted = editor.Redacted

// Codes lists every diagnostic code the engine reports, in the order of the
// rule table.
var Codes = rules.Codes

// Rules describes every diagnostic code, in the order of the rule table.
func Rules() []protocol.Rule {
	out := make([]protocol.Rule, len(rules.Rules))
	for i, r := range rules.Rules {
		out[i] = describe(r)
	}
	return out
}

// RuleFor describes the rule of a code; ok is false for an unknown code.
func RuleFor(code string) (rule protocol.Rule, ok bool) {
	if r := rules.RuleFor(code); r != nil {
		return describe(r), true
	}
	return protocol.Rule{}, false
}

func describe(r *rules.Rule) protocol.Rule {
	return protocol.Rule{Code: r.Code, Severity: r.Severity, Title: r.Title, Fixable: r.Fixable, DocsURL: r.DocsURL()}
}

// Analysis is everything the engine knows about one document: its text,
// its statements and the diagnostics. It is valid until the next Update of
// its Document.
type Analysis struct{ *document.Analysis }

// Complete returns the items that may stand at pos, best first.
func (an Analysis) Complete(pos Position) []CompletionItem { return editor.Complete(an.Analysis, pos) }

// Hover explains what stands at pos, or returns nil.
func (an Analysis) Hover(pos Position) *HoverResult { return editor.Hover(an.Analysis, pos) }

// CodeActions returns the fixes of the diagnostics that touch r.
func (an Analysis) CodeActions(r Range) []CodeAction { return editor.CodeActions(an.Analysis, r) }

// Symbols lists the names the worksheet's statements define and refer to.
func (an Analysis) Symbols() []Symbol { return editor.Symbols(an.Analysis) }

// Document is an open document, analysed again after each edit from the edit
// point on.
type Document struct{ d *document.Document }

// NewDocument analyses text.
func NewDocument(text string) *Document { return &Document{document.NewDocument(text)} }

// LiveLimit is the largest document, in bytes, that an editor checks as the
// user types (the wasm bridge opens documents with it): past it, a document
// has one document-too-large diagnostic instead, and costs only its text. An
// ordinary worksheet takes some 30 bytes of memory per byte when open, and
// a second or two per megabyte to open in a browser; the command line checks
// files of up to 64 MiB.
const LiveLimit = 8 << 20

// NewLimitedDocument is NewDocument for a document that is analysed only
// while it is at most limit bytes (see LiveLimit); above that its analysis
// is one document-too-large diagnostic, and edits are applied to its text
// alone until they bring it back under the limit.
func NewLimitedDocument(text string, limit int) *Document {
	return &Document{document.NewLimited(text, limit)}
}

// Update applies edits in order (LSP's contentChanges) and analyses again.
func (d *Document) Update(changes []Change) { d.d.Update(changes) }

// Text is the document's text, valid until the next Update.
func (d *Document) Text() string { return d.d.Text() }

// Analysis is the current analysis.
func (d *Document) Analysis() Analysis { return Analysis{d.d.Analysis()} }

// Analyze lexes, splits, parses and checks a document once.
func Analyze(text string) Analysis { return Analysis{document.Analyze(text)} }

// Check returns the diagnostics of a document.
func Check(text string) []Diagnostic { return document.Analyze(text).Diagnostics }

// Complete returns the items that may stand at pos in text, best first.
func Complete(text string, pos Position) []CompletionItem { return Analyze(text).Complete(pos) }

// Hover explains what stands at pos in text, or returns nil.
func Hover(text string, pos Position) *HoverResult { return Analyze(text).Hover(pos) }

// CodeActions returns the fixes of the diagnostics of text that touch r.
func CodeActions(text string, r Range) []CodeAction { return Analyze(text).CodeActions(r) }

// Context declares the objects an account already has, as a worksheet app
// gets them from Snowflake: the rows of SHOW INTEGRATIONS (with DESCRIBE
// INTEGRATION's as "properties"), SHOW SECRETS and SHOW NETWORK RULES.
// Checks, links and completion then know them as if the document had
// created them:
//
//	{"integrations": [{"name": "CRM_API", "type": "API_AUTHENTICATION",
//	   "properties": [{"property": "AUTH_TYPE", "property_value": "OAUTH2"}]}],
//	 "secrets": [{"name": "CRM_TOKEN", "database_name": "DB", "schema_name": "S",
//	   "secret_type": "OAUTH2", "integration_name": "CRM_API"}],
//	 "network_rules": [{"name": "CRM_HOSTS", "mode": "EGRESS"}]}
type Context = existing.Context

// ParseContextJSON reads a Context; a row may carry every column Snowflake
// returns, in either case.
func ParseContextJSON(data []byte) (*Context, error) { return existing.Parse(data) }

// ContextFromValue reads a Context from a decoded JSON value (objects as
// map[string]any, lists as []any), as the wasm bridge converts a JavaScript
// object.
func ContextFromValue(v any) (*Context, error) { return existing.FromValue(v) }

// AnalyzeIn is Analyze in a context (nil: none).
func AnalyzeIn(text string, c *Context) Analysis {
	return Analysis{document.NewDocumentIn(text, c).Analysis()}
}

// NewDocumentIn is NewDocument in a context (nil: none).
func NewDocumentIn(text string, c *Context) *Document {
	return &Document{document.NewDocumentIn(text, c)}
}

// SetContext declares the objects made outside the document, and checks it
// again against them.
func (d *Document) SetContext(c *Context) { d.d.SetContext(c) }

// FixAll applies every helpful quick fix and returns the new text and the
// number of fixes applied.
func FixAll(text string) (string, int) { return editor.FixAll(text, nil, nil) }

// FixAllWith is FixAll under rule settings: a rule that is off gets no fix,
// and the levels decide what counts as an error.
func FixAllWith(text string, s Settings) (string, int) {
	return editor.FixAll(text, s.Context, s.Apply)
}

// RedactSecrets returns text with every secret value replaced by Redacted.
func RedactSecrets(text string) string { return editor.RedactSecrets(text) }

// LexCount lexes text as the engine does and returns the number of tokens.
// It exists for `make bench`: lexing alone is the floor the other figures are
// measured against, natively and in wasm.
func LexCount(text string) int { return len(syntax.LexDocument(text)) }

// OnProgress makes the engine call fn now and then while it works on a long
// request (every few thousand tokens lexed or parsed, every few hundred
// statements checked), so that a host can tell slow from hung; nil stops it.
// fn must be cheap, and should throttle itself. It is one hook for the
// process, called from whichever goroutine does the work.
func OnProgress(fn func()) { progress.Set(fn) }
