// Package protocol defines the types that cross the engine's boundary, once:
// positions, ranges, diagnostics, fixes, completion items, hovers, code
// actions and rule descriptions, with the JSON names the command line and the
// language server print. The wasm bridge and web/src/index.d.ts are held to
// them by tests (wasm/contract_test.go).
package protocol

// Severity is how bad a diagnostic is, with the names LSP and Monaco use.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
	SeverityHint    Severity = "hint"
)

// Position is a place in a document as editors count it: 0-based line and
// 0-based character in UTF-16 code units (what Monaco and LSP use).
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

// Range is a half-open span [Start, End) of a document.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// TextEdit replaces the text of Range with NewText.
type TextEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// Fix is one repair of a diagnostic: edits applied together.
type Fix struct {
	Title string     `json:"title"`
	Edits []TextEdit `json:"edits"`
}

// Diagnostic is one finding. Code is stable (see docs/diagnostics.md); Message
// is for people and never holds the value of OAUTH_CLIENT_SECRET. StartOffset
// and EndOffset are the same span as Range, as byte offsets into the document.
type Diagnostic struct {
	Code        string   `json:"code"`
	Severity    Severity `json:"severity"`
	Message     string   `json:"message"`
	Range       Range    `json:"range"`
	StartOffset int      `json:"-"`
	EndOffset   int      `json:"-"`
	Fixes       []Fix    `json:"fixes,omitempty"`
}

// Rule describes one diagnostic code, for rule lists (SARIF, the language
// server's code descriptions, docs).
type Rule struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Title    string   `json:"title"`
	Fixable  bool     `json:"fixable"`
	DocsURL  string   `json:"docsURL"`
}

// Symbol is a name a statement of the worksheet defines or refers to: an
// integration or a secret. Offsets are bytes into the document, for servers
// that speak another position encoding; Range is the same span as the
// editors count it.
type Symbol struct {
	Kind       string `json:"kind"` // "integration" (external access ones too), "secret" or "network rule"
	Name       string `json:"name"` // as written, parts joined by '.'
	Key        string `json:"key"`  // as Snowflake compares it
	Definition bool   `json:"definition"`
	// Detail says what the statement makes the object: its kind words and
	// the values of TYPE, AUTH_TYPE, API_PROVIDER and OAUTH_GRANT (never a
	// secret's).
	Detail         string           `json:"detail"`
	Range          Range            `json:"range"`
	StartOffset    int              `json:"-"`
	EndOffset      int              `json:"-"`
	StatementStart int              `json:"-"` // bytes of the whole statement
	StatementEnd   int              `json:"-"`
	Properties     []SymbolProperty `json:"properties,omitempty"` // a definition's, named, never valued
}

// SymbolProperty is one property a defining statement sets, by name only.
type SymbolProperty struct {
	Name        string `json:"name"`
	StartOffset int    `json:"-"` // bytes of the whole `NAME = value`
	EndOffset   int    `json:"-"`
	NameEnd     int    `json:"-"` // bytes: where the name ends
}
