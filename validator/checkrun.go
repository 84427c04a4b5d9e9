package validator

import "github.com/secint/secint/parser"

// analyzer collects diagnostics in rune offsets while a document is analysed.
type analyzer struct {
	li   *lineIndex
	raw  []rawDiag
	stmt int // the statement being checked, for the caps
}

func (a *analyzer) add(start, end int, rule *Rule, msg string, fixes ...rawFix) {
	a.raw = append(a.raw, rawDiag{stmt: a.stmt, rule: rule, msg: msg, start: start, end: end, fixes: fixes})
}

func (a *analyzer) unterminated(t Token) {
	switch t.Type {
	case parser.SecintLexerUNTERMINATED_STRING:
		a.add(t.Start, t.Start+1, UnterminatedString,
			"this string is never closed: add the closing ' (everything after it is read as part of the string)")
	case parser.SecintLexerUNTERMINATED_DOLLAR_STRING:
		a.add(t.Start, t.Start+2, UnterminatedString,
			"this $$ string is never closed: add the closing $$ (everything after it is read as part of the string)")
	case parser.SecintLexerUNTERMINATED_QUOTED_ID:
		a.add(t.Start, t.Start+1, UnterminatedIdentifier,
			`this quoted name is never closed: add the closing " (everything after it is read as part of the name)`)
	case parser.SecintLexerUNTERMINATED_COMMENT:
		a.add(t.Start, t.Start+2, UnterminatedComment,
			"this comment is never closed: add */ (everything after it is read as a comment)")
	}
}

// What earlier statements established about integrations.

type integrationKind int

const (
	kindUnknown integrationKind = iota
	kindOurs
	kindForeign
)

type integrationState struct {
	kind    integrationKind
	flow    Flow
	created *Statement // the CREATE that made it, for hover
}

// registry maps integration names (as Snowflake compares them) to what is
// known of them.
type registry map[string]integrationState
