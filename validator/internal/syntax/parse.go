package syntax

import (
	"math"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
)

// noSource stands for the lexer and input our tokens no longer point to.
var noSource = &antlr.TokenSourceCharStreamPair{}

// syntaxListener keeps the first syntax error of a statement.
type syntaxListener struct {
	antlr.DefaultErrorListener
	offending antlr.Token
	expected  *antlr.IntervalSet
	rule      int
}

func (l *syntaxListener) SyntaxError(rec antlr.Recognizer, sym interface{}, _, _ int, _ string, _ antlr.RecognitionException) {
	if l.offending != nil {
		return
	}
	tok, ok := sym.(antlr.Token)
	if !ok {
		return
	}
	l.offending = tok
	if p, ok := rec.(antlr.Parser); ok {
		l.expected = p.GetExpectedTokens()
		if ctx := p.GetParserRuleContext(); ctx != nil {
			l.rule = ctx.GetRuleIndex()
		}
	}
}

// ParseStatement parses one statement of our family with offsets counted from
// the statement's first token, so that the result can be cached by the
// statement's text and reused wherever that text stands (Statement.Base and BaseByte place it).
// SLL prediction comes first, which is enough for nearly every input; full LL
// only when SLL fails. Parses share pooled parsers, whose token source is
// idleLexer.
func ParseStatement(sp Span, kind StatementKind) *Statement {
	base := sp.Start
	n := 0
	for i := range sp.Tokens {
		if !sp.Tokens[i].Hidden {
			n++
		}
	}
	toks := make([]Token, 0, n)
	for _, t := range sp.Tokens {
		if t.Hidden {
			continue
		}
		toks = append(toks, ShiftToken(t, -base, -sp.StartByte))
	}
	end := sp.End - base
	st := &Statement{Kind: kind, Start: 0, End: end, Tokens: toks, First: toks[0], ErrorAt: math.MaxInt}
	for _, t := range toks {
		if IsUnterminated(t.Type) {
			st.Unterminated = true
			return st
		}
	}
	r := parseRuns.Get().(*parseRun)
	defer func() {
		// A parser keeps its last tree, and the tree the stream's tokens:
		// after a long statement (a flood of '('), that is hundreds of
		// bytes per token held by the pool. Such a parser is dropped; a
		// new one costs little next to that parse.
		if cap(r.in.toks) <= 1<<12 {
			parseRuns.Put(r)
		}
	}()
	p := r.p
	r.in.reset(toks, end)
	p.SetErrorHandler(r.bail)
	p.SetInputStream(&r.in) // rewinds and resets the parser and its error handler
	p.SetError(nil)
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeSLL)
	tree, ok := tryParse(p)
	if !ok {
		p.SetErrorHandler(r.recovery)
		r.in.Reset() // (SetInputStream does not rewind the stream it is given)
		p.SetInputStream(&r.in)
		p.SetError(nil) // the aborted pass leaves its error behind
		p.GetInterpreter().SetPredictionMode(antlr.PredictionModeLL)
		r.errs = syntaxListener{}
		p.AddErrorListener(&r.errs)
		tree = p.Statement()
		p.RemoveErrorListeners()
		if r.errs.offending != nil {
			st.Syntax, st.ErrorAt = syntaxError(st, &r.errs)
			if kind.Secret() && holdsSecretValue(toks) {
				// The words around the error may be a password's or a
				// token's: name none of them.
				st.Syntax.Msg = "the statement does not follow Snowflake's syntax here (the text is not shown: the statement holds a secret value)"
			}
		}
		r.errs = syntaxListener{}
	}
	if tree != nil {
		b := builder{errorAt: st.ErrorAt, tokens: toks}
		b.sizeArenas()
		b.statement(st, tree)
	}
	if st.Syntax != nil {
		recoverAfterError(r, st, toks, end, sp.Text)
	}
	return st
}

// bailStrategy stops the first (SLL) parse at its first error, so that the
// statement is parsed again in full LL mode with error recovery. (The Go
// runtime's own BailErrorStrategy panics inside its error reporting.)
type bailStrategy struct {
	*antlr.DefaultErrorStrategy
}

type bailout struct{}

func (b *bailStrategy) ReportError(antlr.Parser, antlr.RecognitionException) { panic(bailout{}) }
func (b *bailStrategy) Recover(antlr.Parser, antlr.RecognitionException)     { panic(bailout{}) }
func (b *bailStrategy) RecoverInline(antlr.Parser) antlr.Token               { panic(bailout{}) }
func (b *bailStrategy) Sync(antlr.Parser)                                    {}

// tryParse runs the bail-out parse; false means it met an error.
func tryParse(p *parser.SecintParser) (tree parser.IStatementContext, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bail := r.(bailout); !bail {
				panic(r)
			}
			tree, ok = nil, false
		}
	}()
	return p.Statement(), true
}

// holdsSecretValue reports whether a secret statement gives a value to a
// property whose value is secret (PASSWORD, SECRET_STRING, ...), or to a
// misspelling of one, as catalog.IsSecret decides.
func holdsSecretValue(toks []Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if IsWordType(toks[i].Type) && toks[i+1].Type == parser.SecintLexerEQ && catalog.IsSecret(IdentKey(toks[i])) {
			return true
		}
	}
	return false
}
