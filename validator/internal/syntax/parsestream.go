package syntax

import (
	"strings"
	"sync"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/progress"
)

// stoken is one of a statement's tokens as the parser sees it: ANTLR's Token
// interface over the few fields it reads. A parse's tokens live in one
// reused array instead of a CommonToken each.
type stoken struct {
	tt, start, stop, index int
	text                   string
}

func (t *stoken) GetSource() *antlr.TokenSourceCharStreamPair { return noSource }
func (t *stoken) GetTokenType() int                           { return t.tt }
func (t *stoken) GetChannel() int                             { return antlr.TokenDefaultChannel }
func (t *stoken) GetStart() int                               { return t.start }
func (t *stoken) GetStop() int                                { return t.stop }
func (t *stoken) GetLine() int                                { return 0 }
func (t *stoken) GetColumn() int                              { return -1 }
func (t *stoken) GetText() string                             { return t.text }
func (t *stoken) SetText(s string)                            { t.text = s }
func (t *stoken) GetTokenIndex() int                          { return t.index }
func (t *stoken) SetTokenIndex(i int)                         { t.index = i }
func (t *stoken) GetTokenSource() antlr.TokenSource           { return nil }
func (t *stoken) GetInputStream() antlr.CharStream            { return nil }
func (t *stoken) String() string                              { return t.GetText() }

// stmtStream is ANTLR's token stream over a statement's tokens (comments
// already left out), followed by EOF. It does what CommonTokenStream does for
// tokens all on the default channel, without fetching them one by one.
type stmtStream struct {
	toks []stoken // the last one is EOF
	i    int
	src  antlr.TokenSource
}

// reset loads a statement's tokens; end is the statement's length, where EOF
// stands.
func (s *stmtStream) reset(toks []Token, end int) {
	if cap(s.toks) < len(toks)+1 {
		// At its size at once: appending to a pooled array grown a quarter
		// at a time made five times its size in garbage for a long one.
		s.toks = make([]stoken, 0, len(toks)+1)
	}
	s.toks = s.toks[:0]
	for i := range toks {
		t := &toks[i]
		s.toks = append(s.toks, stoken{tt: t.Type, start: t.Start, stop: t.End - 1, index: i, text: t.Text})
	}
	s.toks = append(s.toks, stoken{tt: antlr.TokenEOF, start: end, stop: end - 1, index: len(toks)})
	s.i = 0
}

func (s *stmtStream) Consume() {
	if s.i >= len(s.toks)-1 {
		panic("cannot consume EOF")
	}
	s.i++
	if s.i&8191 == 0 {
		progress.Tick() // a statement of a million tokens takes a while
	}
}

func (s *stmtStream) LA(k int) int {
	if t := s.LT(k); t != nil {
		return t.GetTokenType()
	}
	return antlr.TokenInvalidType
}

func (s *stmtStream) LT(k int) antlr.Token {
	switch {
	case k == 0:
		return nil
	case k < 0:
		if s.i+k < 0 {
			return nil
		}
		return &s.toks[s.i+k]
	}
	return &s.toks[min(s.i+k-1, len(s.toks)-1)]
}

func (s *stmtStream) Mark() int                            { return 0 }
func (s *stmtStream) Release(int)                          {}
func (s *stmtStream) Index() int                           { return s.i }
func (s *stmtStream) Seek(i int)                           { s.i = min(max(i, 0), len(s.toks)-1) }
func (s *stmtStream) Size() int                            { return len(s.toks) }
func (s *stmtStream) GetSourceName() string                { return "" }
func (s *stmtStream) Reset()                               { s.i = 0 }
func (s *stmtStream) Get(i int) antlr.Token                { return &s.toks[i] }
func (s *stmtStream) GetTokenSource() antlr.TokenSource    { return s.src }
func (s *stmtStream) SetTokenSource(src antlr.TokenSource) { s.src = src }

func (s *stmtStream) GetAllText() string {
	return s.GetTextFromInterval(antlr.NewInterval(0, len(s.toks)-1))
}

func (s *stmtStream) GetTextFromInterval(iv antlr.Interval) string {
	if iv.Start < 0 || iv.Stop < 0 {
		return ""
	}
	var b strings.Builder
	for i := iv.Start; i <= iv.Stop && i < len(s.toks) && s.toks[i].tt != antlr.TokenEOF; i++ {
		b.WriteString(s.toks[i].text)
	}
	return b.String()
}

func (s *stmtStream) GetTextFromRuleContext(ctx antlr.RuleContext) string {
	return s.GetTextFromInterval(ctx.GetSourceInterval())
}

func (s *stmtStream) GetTextFromTokens(start, end antlr.Token) string {
	if start == nil || end == nil {
		return ""
	}
	return s.GetTextFromInterval(antlr.NewInterval(start.GetTokenIndex(), end.GetTokenIndex()))
}

// parseRun is a reusable parser with its token stream, error strategies and
// error listener: making a parser costs more than parsing a statement.
type parseRun struct {
	p        *parser.SecintParser
	in       stmtStream
	bail     *bailStrategy
	recovery *antlr.DefaultErrorStrategy
	errs     syntaxListener
}

// idleLexer is the token source the parser asks for a token factory (when
// error recovery conjures a missing token); it is never run.
var idleLexer = sync.OnceValue(func() *parser.SecintLexer {
	return parser.NewSecintLexer(antlr.NewInputStream(""))
})

var parseRuns = sync.Pool{New: func() any {
	r := &parseRun{
		bail:     &bailStrategy{DefaultErrorStrategy: antlr.NewDefaultErrorStrategy()},
		recovery: antlr.NewDefaultErrorStrategy(),
	}
	r.in.src = idleLexer()
	r.p = parser.NewSecintParser(&r.in)
	r.p.RemoveErrorListeners()
	return r
}}
