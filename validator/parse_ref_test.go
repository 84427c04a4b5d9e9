package validator

// The parser and tree walker as first written (a new parser and CommonTokens
// per statement, the generated accessors): the pooled one must build exactly
// the same statements.

import (
	"reflect"
	"sync"
	"testing"

	"github.com/secint/secint/validator/worksheet"
	"math"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
)

// refSliceSource feeds the parser one statement's tokens. It embeds a lexer only
// to satisfy ANTLR's Lexer interface (whose token-factory setter is
// unexported); the lexer itself is never run.
type refSliceSource struct {
	*parser.SecintLexer
	toks []antlr.Token
	i    int
	eof  antlr.Token
}

func (s *refSliceSource) NextToken() antlr.Token {
	if s.i < len(s.toks) {
		t := s.toks[s.i]
		s.i++
		return t
	}
	return s.eof
}

// parseStatement parses one statement of our family with offsets counted from
// the statement's first token, so that the result can be cached by the
// statement's text and reused wherever that text stands (see Statement.shift).
// SLL prediction comes first, which is enough for nearly every input; full LL
// only when SLL fails.
func parseStatementRef(sp span, kind StatementKind, lexer *parser.SecintLexer) *Statement {
	base := sp.start
	toks := make([]Token, 0, len(sp.tokens))
	for _, t := range sp.tokens {
		if t.Hidden {
			continue
		}
		toks = append(toks, shiftToken(t, -base, -sp.startByte))
	}
	end := sp.end - base
	st := &Statement{Kind: kind, Start: 0, End: end, Tokens: toks, First: toks[0], ErrorAt: math.MaxInt}
	for _, t := range toks {
		if isUnterminated(t.Type) {
			st.Unterminated = true
			return st
		}
	}
	raw := make([]antlr.Token, len(toks))
	for i, t := range toks {
		ct := antlr.NewCommonToken(noSource, t.Type, antlr.TokenDefaultChannel, t.Start, t.End-1)
		ct.SetText(t.Text)
		raw[i] = ct
	}
	eof := antlr.NewCommonToken(noSource, antlr.TokenEOF, antlr.TokenDefaultChannel, end, end-1)
	src := &refSliceSource{SecintLexer: lexer, toks: raw, eof: eof}

	stream := antlr.NewCommonTokenStream(src, antlr.TokenDefaultChannel)
	p := parser.NewSecintParser(stream)
	p.RemoveErrorListeners()
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeSLL)
	p.SetErrorHandler(&bailStrategy{DefaultErrorStrategy: antlr.NewDefaultErrorStrategy()})
	tree, ok := tryParse(p)
	if !ok {
		src.i = 0
		stream = antlr.NewCommonTokenStream(src, antlr.TokenDefaultChannel)
		p.SetInputStream(stream)
		p.SetError(nil) // the aborted pass leaves its error behind
		p.GetInterpreter().SetPredictionMode(antlr.PredictionModeLL)
		p.SetErrorHandler(antlr.NewDefaultErrorStrategy())
		l := &syntaxListener{}
		p.AddErrorListener(l)
		tree = p.Statement()
		if l.offending != nil {
			st.syntax, st.ErrorAt = syntaxError(st, l)
		}
	}
	if tree != nil {
		b := refBuilder{errorAt: st.ErrorAt, tokens: toks}
		b.statement(st, tree)
	}
	return st
}

// refBuilder turns ANTLR's tree into the AST, keeping only the parts that end
// before the syntax error (if any): those are complete and safe to check.
type refBuilder struct {
	errorAt int
	tokens  []Token // the statement's tokens, in the parser's token order
}

func (b *refBuilder) tok(n antlr.TerminalNode) (Token, bool) {
	if n == nil {
		return Token{}, false
	}
	s := n.GetSymbol()
	if s == nil || s.GetTokenType() == antlr.TokenEOF {
		return Token{}, false
	}
	// Tokens conjured by error recovery have no index: they were never written.
	i := s.GetTokenIndex()
	if i < 0 || i >= len(b.tokens) {
		return Token{}, false
	}
	t := b.tokens[i]
	if t.End > b.errorAt {
		return Token{}, false
	}
	return t, true
}

func (b *refBuilder) toks(ns ...antlr.TerminalNode) []Token {
	var out []Token
	for _, n := range ns {
		t, ok := b.tok(n)
		if !ok {
			return nil
		}
		out = append(out, t)
	}
	return out
}

func (b *refBuilder) statement(st *Statement, tree parser.IStatementContext) {
	if c := tree.CreateIntegration(); c != nil {
		if c.OR() != nil {
			st.OrReplace = b.toks(c.OR(), c.REPLACE())
		}
		if c.IF() != nil {
			st.IfNotExists = b.toks(c.IF(), c.NOT(), c.EXISTS())
		}
		st.Name = b.objectName(c.ObjectName())
		if st.Name != nil {
			st.Properties = b.propertyList(c.PropertyList())
		}
	}
	if c := tree.AlterIntegration(); c != nil {
		if c.SECURITY() != nil {
			st.KindWords = b.toks(c.SECURITY())
		}
		if c.IF() != nil {
			st.IfExists = b.toks(c.IF(), c.EXISTS())
		}
		st.Name = b.objectName(c.ObjectName())
		if st.Name != nil {
			for _, ac := range c.AllAlterAction() {
				if a := b.action(ac); a != nil {
					st.Actions = append(st.Actions, a)
				}
			}
		}
	}
	if c := tree.DescribeIntegration(); c != nil {
		st.KindWords = b.kind(c.IntegrationKind())
		if c.IF() != nil {
			st.IfExists = b.toks(c.IF(), c.EXISTS())
		}
		st.Name = b.objectName(c.ObjectName())
	}
	if c := tree.DropIntegration(); c != nil {
		st.KindWords = b.kind(c.IntegrationKind())
		if c.IF() != nil {
			st.IfExists = b.toks(c.IF(), c.EXISTS())
		}
		st.Name = b.objectName(c.ObjectName())
		for _, n := range []antlr.TerminalNode{c.CASCADE(), c.RESTRICT()} {
			if t, ok := b.tok(n); ok {
				st.DropOption = &t
			}
		}
	}
	if c := tree.ShowIntegrations(); c != nil {
		st.KindWords = b.kind(c.IntegrationKind())
		if c.LIKE() != nil {
			st.Like = b.value(c.Value())
		}
	}
}

func (b *refBuilder) kind(c parser.IIntegrationKindContext) []Token {
	if c == nil {
		return nil
	}
	var out []Token
	for _, ch := range c.GetChildren() {
		if n, ok := ch.(antlr.TerminalNode); ok {
			if t, ok := b.tok(n); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

func (b *refBuilder) ident(c parser.IIdentifierContext) (Token, bool) {
	if c == nil || c.GetChildCount() != 1 {
		return Token{}, false
	}
	n, ok := c.GetChild(0).(antlr.TerminalNode)
	if !ok {
		return Token{}, false
	}
	return b.tok(n)
}

func (b *refBuilder) dotted(ids []parser.IIdentifierContext) *Name {
	if len(ids) == 0 {
		return nil
	}
	n := &Name{}
	for _, id := range ids {
		t, ok := b.ident(id)
		if !ok {
			return nil
		}
		n.Parts = append(n.Parts, t)
	}
	n.Start, n.End = n.Parts[0].Start, n.Parts[len(n.Parts)-1].End
	n.key = nameKey(n.Parts) // now, while the parse is not yet shared
	return n
}

func (b *refBuilder) objectName(c parser.IObjectNameContext) *Name {
	if c == nil {
		return nil
	}
	return b.dotted(c.AllIdentifier())
}

func (b *refBuilder) propertyList(c parser.IPropertyListContext) []*Property {
	if c == nil {
		return nil
	}
	var out []*Property
	for _, pc := range c.AllProperty() {
		name := b.dotted([]parser.IIdentifierContext{pc.Identifier()})
		eq, okEq := b.tok(pc.EQ())
		v := b.value(pc.Value())
		if name == nil || !okEq || v == nil {
			break
		}
		out = append(out, &Property{Name: name, Eq: &eq, Value: v, Start: name.Start, End: v.End, index: len(out)})
	}
	return out
}

func (b *refBuilder) action(c parser.IAlterActionContext) *Action {
	a := &Action{}
	var kw antlr.TerminalNode
	switch ac := c.(type) {
	case *parser.SetPropertiesContext:
		a.Kind, kw = ActionSet, ac.SET()
		a.Items = b.propertyList(ac.PropertyList())
	case *parser.UnsetPropertiesContext:
		a.Kind, kw = ActionUnset, ac.UNSET()
		for _, ic := range ac.AllUnsetItem() {
			n := b.dotted([]parser.IIdentifierContext{ic.Identifier()})
			if n == nil {
				break
			}
			a.Items = append(a.Items, &Property{Name: n, Start: n.Start, End: n.End, index: len(a.Items)})
		}
	case *parser.SetTagContext:
		a.Kind, kw = ActionSetTag, ac.SET()
		if t, ok := b.tok(ac.TAG()); ok {
			a.Tag = &t
		}
		for _, tc := range ac.AllTagAssignment() {
			name := b.dotted(tc.TagName().AllIdentifier())
			eq, okEq := b.tok(tc.EQ())
			v := b.value(tc.Value())
			if name == nil || !okEq || v == nil {
				break
			}
			a.Items = append(a.Items, &Property{Name: name, Eq: &eq, Value: v, Start: name.Start, End: v.End, index: len(a.Items)})
		}
	case *parser.UnsetTagContext:
		a.Kind, kw = ActionUnsetTag, ac.UNSET()
		if t, ok := b.tok(ac.TAG()); ok {
			a.Tag = &t
		}
		for _, tc := range ac.AllTagName() {
			n := b.dotted(tc.AllIdentifier())
			if n == nil {
				break
			}
			a.Items = append(a.Items, &Property{Name: n, Start: n.Start, End: n.End, index: len(a.Items)})
		}
	default:
		return nil
	}
	t, ok := b.tok(kw)
	if !ok {
		return nil
	}
	a.Keyword = t
	a.Start, a.End = t.Start, t.End
	if a.Tag != nil {
		a.End = a.Tag.End
	}
	if n := len(a.Items); n > 0 {
		a.End = a.Items[n-1].End
	}
	return a
}

func (b *refBuilder) value(c parser.IValueContext) *Value {
	switch vc := c.(type) {
	case *parser.ScalarValueContext:
		return b.scalar(vc.Scalar())
	case *parser.ListValueContext:
		l, okL := b.tok(vc.LPAREN())
		r, okR := b.tok(vc.RPAREN())
		if !okL || !okR {
			return nil
		}
		v := &Value{Kind: ValueList, Start: l.Start, End: r.End}
		for _, ic := range vc.AllScalar() {
			item := b.scalar(ic)
			if item == nil {
				return nil
			}
			v.Items = append(v.Items, item)
		}
		return v
	}
	return nil
}

func (b *refBuilder) scalar(c parser.IScalarContext) *Value {
	switch vc := c.(type) {
	case *parser.StringValueContext:
		n := vc.STRING()
		kind := ValueString
		if n == nil {
			n, kind = vc.DOLLAR_STRING(), ValueDollar
		}
		t, ok := b.tok(n)
		if !ok {
			return nil
		}
		return &Value{Kind: kind, Start: t.Start, End: t.End, Text: t.Text, Content: unescapeString(t.Text)}
	case *parser.NumberValueContext:
		t, ok := b.tok(vc.NUMBER())
		if !ok {
			return nil
		}
		v := &Value{Kind: ValueNumber, Start: t.Start, End: t.End, Text: t.Text, Content: t.Text}
		if vc.MINUS() != nil {
			m, ok := b.tok(vc.MINUS())
			if !ok {
				return nil
			}
			v.Start, v.Negative = m.Start, true
		}
		return v
	case *parser.WordValueContext:
		t, ok := b.ident(vc.Identifier())
		if !ok {
			return nil
		}
		return &Value{Kind: ValueWord, Start: t.Start, End: t.End, Text: t.Text, Content: identKey(t),
			Quoted: t.Type == parser.SecintLexerQUOTED_ID}
	}
	return nil
}

func sameParses(t *testing.T, text string) {
	t.Helper()
	lexer := newIdleLexer()
	for _, sp := range splitStatements(lexDocument(text)) {
		kind := classify(sp.tokens)
		if kind == KindOther {
			continue
		}
		got, want := parseStatement(sp, kind), parseStatementRef(sp, kind, lexer)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: parsed\n%+v\nwant\n%+v", clip(text[sp.startByte:sp.endByte]), got, want)
		}
	}
}

func TestParseMatchesReference(t *testing.T) {
	for _, s := range fuzzTexts(t) {
		sameParses(t, s)
	}
	sameParses(t, worksheet.Generate(256<<10))
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzTexts(f) {
		f.Add(s)
	}
	f.Fuzz(sameParses)
}

// TestConcurrentChecks: the pooled lexers and parsers serve goroutines at
// once (the command line checks files in parallel; go test -race watches).
func TestConcurrentChecks(t *testing.T) {
	texts := fuzzTexts(t)
	want := make([][]Diagnostic, len(texts))
	for i, s := range texts {
		want[i] = Check(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k*7 + g*13) % len(texts)
				if got := Check(texts[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%q: concurrent check differs", clip(texts[i]))
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

// newIdleLexer makes the lexer the parser's token source embeds; it is never
// run.
func newIdleLexer() *parser.SecintLexer {
	return parser.NewSecintLexer(antlr.NewInputStream(""))
}
