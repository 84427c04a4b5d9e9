// Package rules is the rule table: every diagnostic code with its severity,
// title and whether it has a fix, written once. Findings (a rule, a message,
// a range and fixes, in rune offsets) are what the syntax and check packages
// produce.
package rules

import "github.com/secint/secint/validator/protocol"

// Rule is one diagnostic code: the only place its code, severity, title and
// whether a quick fix exists are written. Emission sites name the rule; the
// code list, the docs index and the rules contract are held to this table by
// tests (rules_test.go).
type Rule struct {
	Code     string
	Severity protocol.Severity
	Title    string // a short phrase, for rule lists (SARIF, docs index)
	Fixable  bool   // some diagnostics of this code carry a quick fix
}

// The rules, in the order docs/diagnostics.md lists them.
var (
	SyntaxError            = &Rule{"syntax-error", protocol.SeverityError, "The statement does not follow Snowflake's syntax", false}
	UnterminatedString     = &Rule{"unterminated-string", protocol.SeverityError, "A string is never closed", false}
	UnterminatedIdentifier = &Rule{"unterminated-identifier", protocol.SeverityError, "A quoted name is never closed", false}
	UnterminatedComment    = &Rule{"unterminated-comment", protocol.SeverityError, "A block comment is never closed", false}
	InvisibleCharacter     = &Rule{"invisible-character", protocol.SeverityWarning, "A character that looks like a space, or like nothing", true}
	InvalidName            = &Rule{"invalid-name", protocol.SeverityError, "A name Snowflake cannot take", true}
	QualifiedName          = &Rule{"qualified-name", protocol.SeverityError, "An integration name with a database or schema", true}
	UnknownProperty        = &Rule{"unknown-property", protocol.SeverityError, "A property no kind of integration knows", true}
	ForeignProperty        = &Rule{"foreign-property", protocol.SeverityError, "Another kind's property", true}
	SetCreateOnly          = &Rule{"set-create-only", protocol.SeverityError, "ALTER sets a property fixed at creation", true}
	DuplicateProperty      = &Rule{"duplicate-property", protocol.SeverityError, "A property or tag named twice", true}
	WrongValueType         = &Rule{"wrong-value-type", protocol.SeverityError, "A value of the wrong type", true}
	InvalidEnumValue       = &Rule{"invalid-enum-value", protocol.SeverityError, "A keyword outside the allowed values", true}
	QuotedValue            = &Rule{"quoted-value", protocol.SeverityWarning, "A keyword or number written as a string", true}
	OutOfRange             = &Rule{"out-of-range", protocol.SeverityError, "A number out of range", false}
	TrailingComma          = &Rule{"trailing-comma", protocol.SeverityWarning, "A ',' after the last item of a list", true}
	EmptyList              = &Rule{"empty-list", protocol.SeverityWarning, "An empty list", false}
	EmptyValue             = &Rule{"empty-value", protocol.SeverityWarning, "An empty string", false}
	TimestampFormat        = &Rule{"timestamp-format", protocol.SeverityWarning, "A timestamp in a shape the docs do not show", false}
	TagValueTooLong        = &Rule{"tag-value-too-long", protocol.SeverityError, "A tag value over 256 characters", false}
	FlowMismatch           = &Rule{"flow-mismatch", protocol.SeverityWarning, "A property the grant flow does not use", true}
	ProviderMismatch       = &Rule{"provider-mismatch", protocol.SeverityWarning, "Another API_PROVIDER's property", true}
	FlowUndocumented       = &Rule{"flow-undocumented", protocol.SeverityInfo, "A property accepted but undocumented for the flow", false}
	UnsetRequired          = &Rule{"unset-required", protocol.SeverityError, "UNSET of a value the integration needs", true}
	UnsetUndocumented      = &Rule{"unset-undocumented", protocol.SeverityWarning, "UNSET of a property the docs do not list for it", false}
	EmptyAction            = &Rule{"empty-action", protocol.SeverityError, "SET or UNSET with nothing after it", false}
	MultipleActions        = &Rule{"multiple-actions", protocol.SeverityError, "More than one action in one ALTER", true}
	OrReplaceIfNotExists   = &Rule{"or-replace-if-not-exists", protocol.SeverityError, "OR REPLACE together with IF NOT EXISTS", true}
	UnsupportedClause      = &Rule{"unsupported-clause", protocol.SeverityError, "A clause the statement does not take", true}
	MissingType            = &Rule{"missing-type", protocol.SeverityError, "CREATE without TYPE", true}
	MissingProperty        = &Rule{"missing-property", protocol.SeverityWarning, "CREATE without a property it needs", true}
	MissingPair            = &Rule{"missing-pair", protocol.SeverityInfo, "A property without the one it is documented with", false}
	WrongIntegrationKind   = &Rule{"wrong-integration-kind", protocol.SeverityWarning, "A reference to an integration of the wrong kind", true}
	ScopeNotAllowed        = &Rule{"scope-not-allowed", protocol.SeverityWarning, "A secret's scope its integration does not allow", true}
	SecretFlowMismatch     = &Rule{"secret-flow-mismatch", protocol.SeverityWarning, "A secret shaped for the other grant flow", false}
	RuleNotEgress          = &Rule{"rule-not-egress", protocol.SeverityWarning, "A network rule that is not an egress rule", false}
	SecretNotAllowed       = &Rule{"secret-not-allowed", protocol.SeverityWarning, "A secret no external access integration of the function allows", true}
	OutOfScope             = &Rule{"out-of-scope", protocol.SeverityHint, "A kind secint recognises but does not check", false}
	DocumentTooLarge       = &Rule{"document-too-large", protocol.SeverityWarning, "A document too large to check as you type", false}
	TooManyDiagnostics     = &Rule{"too-many-diagnostics", protocol.SeverityInfo, "More problems than are shown", false}
	UnusedSuppression      = &Rule{"unused-suppression", protocol.SeverityInfo, "A suppression comment that hides nothing", false}
)

// Rules lists every rule, in the order of docs/diagnostics.md.
var Rules = []*Rule{
	SyntaxError, UnterminatedString, UnterminatedIdentifier, UnterminatedComment,
	InvisibleCharacter, InvalidName, QualifiedName, UnknownProperty, ForeignProperty,
	SetCreateOnly, DuplicateProperty, WrongValueType, InvalidEnumValue, QuotedValue,
	OutOfRange, TrailingComma, EmptyList, EmptyValue, TimestampFormat, TagValueTooLong, FlowMismatch, ProviderMismatch, FlowUndocumented,
	UnsetRequired, UnsetUndocumented, EmptyAction, MultipleActions, OrReplaceIfNotExists,
	UnsupportedClause, MissingType, MissingProperty, MissingPair,
	WrongIntegrationKind, ScopeNotAllowed, SecretFlowMismatch, RuleNotEgress, SecretNotAllowed,
	OutOfScope, DocumentTooLarge, TooManyDiagnostics,
	UnusedSuppression,
}

var rulesByCode = func() map[string]*Rule {
	m := make(map[string]*Rule, len(Rules))
	for _, r := range Rules {
		m[r.Code] = r
	}
	return m
}()

// RuleFor returns the rule of a code, or nil.
func RuleFor(code string) *Rule { return rulesByCode[code] }

type Finding struct {
	Stmt       int // index of the statement among Spans, -1 for the document
	Rule       *Rule
	Msg        string
	Start, End int
	Fixes      []Fix
}

type Fix struct {
	Title string
	Edits []Edit
}

type Edit struct {
	Start, End int
	Text       string
}

// Shift moves a diagnostic and its fixes by delta runes and assigns it to
// statement stmt.
func (r Finding) Shift(delta, stmt int) Finding {
	r.Start += delta
	r.End += delta
	r.Stmt = stmt
	if len(r.Fixes) > 0 {
		fixes := make([]Fix, len(r.Fixes))
		for i, f := range r.Fixes {
			edits := make([]Edit, len(f.Edits))
			for k, e := range f.Edits {
				edits[k] = Edit{Start: e.Start + delta, End: e.End + delta, Text: e.Text}
			}
			fixes[i] = Fix{Title: f.Title, Edits: edits}
		}
		r.Fixes = fixes
	}
	return r
}

// Codes lists every diagnostic code the engine reports, in the order of the
// rule table.
var Codes = func() []string {
	out := make([]string, len(Rules))
	for i, r := range Rules {
		out[i] = r.Code
	}
	return out
}()

// DocsBase is where the rule pages are published (docs/rules/CODE.md,
// generated by make docs from this table and validator/ruledocs).
const DocsBase = "https://github.com/secint/secint/blob/main/docs/rules/"

// DocsURL is the rule's page.
func (r *Rule) DocsURL() string { return DocsBase + r.Code + ".md" }
