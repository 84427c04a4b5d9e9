package check

import (
	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// Analyzer collects diagnostics in rune offsets while a document is analysed.
type Analyzer struct {
	Lines *position.LineIndex
	Raw   []rules.Finding
	Stmt  int // the statement being checked, for the caps
}

func (a *Analyzer) add(start, end int, rule *rules.Rule, msg string, fixes ...rules.Fix) {
	a.Raw = append(a.Raw, rules.Finding{Stmt: a.Stmt, Rule: rule, Msg: msg, Start: start, End: end, Fixes: fixes})
}

func (a *Analyzer) Unterminated(t syntax.Token) {
	switch t.Type {
	case parser.SecintLexerUNTERMINATED_STRING:
		a.add(t.Start, t.Start+1, rules.UnterminatedString,
			"this string is never closed: add the closing ' (everything after it is read as part of the string)")
	case parser.SecintLexerUNTERMINATED_DOLLAR_STRING:
		a.add(t.Start, t.Start+2, rules.UnterminatedString,
			"this $$ string is never closed: add the closing $$ (everything after it is read as part of the string)")
	case parser.SecintLexerUNTERMINATED_QUOTED_ID:
		a.add(t.Start, t.Start+1, rules.UnterminatedIdentifier,
			`this quoted name is never closed: add the closing " (everything after it is read as part of the name)`)
	case parser.SecintLexerUNTERMINATED_COMMENT:
		a.add(t.Start, t.Start+2, rules.UnterminatedComment,
			"this comment is never closed: add */ (everything after it is read as a comment)")
	}
}

// Statement runs the checks of one statement of our family into a, given
// what earlier statements established about its integration (reg; the
// checks only read it).
func Statement(a *Analyzer, st *syntax.Statement, reg Registry) {
	c := Checker{a: a, st: st, reg: reg}
	c.Check()
}
