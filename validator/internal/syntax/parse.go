package syntax

import (
	"math"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
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

// parseStatement parses one statement of our family with offsets counted from
// the statement's first token, so that the result can be cached by the
// statement's text and reused wherever that text stands (see Statement.shift).
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
		}
		r.errs = syntaxListener{}
	}
	if tree != nil {
		b := builder{errorAt: st.ErrorAt, tokens: toks}
		b.sizeArenas()
		b.statement(st, tree)
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

// builder turns ANTLR's tree into the AST, keeping only the parts that end
// before the syntax error (if any): those are complete and safe to check.
type builder struct {
	errorAt int
	tokens  []Token // the statement's tokens, in the parser's token order

	// The statement's values, one-part names and properties are handed out
	// of a few arrays (they live exactly as long as the statement), instead
	// of an allocation each. hint is how many of each one array holds.
	hint, valHint int
	vals          []Value
	names         []name1
	props         []propEq
}

// sizeArenas sizes the arrays for the statement: about one name and one
// value per '=', and one value more per ',' (list items).
func (b *builder) sizeArenas() {
	eqs, commas := 0, 0
	for i := range b.tokens {
		switch b.tokens[i].Type {
		case parser.SecintLexerEQ:
			eqs++
		case parser.SecintLexerCOMMA:
			commas++
		}
	}
	b.hint, b.valHint = eqs+1, eqs+commas+1
}

func (b *builder) newValue(v Value) *Value {
	if len(b.vals) == cap(b.vals) {
		b.vals = make([]Value, 0, max(b.valHint, 2))
		b.valHint = b.hint
	}
	b.vals = append(b.vals, v)
	return &b.vals[len(b.vals)-1]
}

func (b *builder) tok(n antlr.TerminalNode) (Token, bool) {
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

func (b *builder) toks(ns ...antlr.TerminalNode) []Token {
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

func (b *builder) statement(st *Statement, tree parser.IStatementContext) {
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

func (b *builder) kind(c parser.IIntegrationKindContext) []Token {
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

func (b *builder) ident(c parser.IIdentifierContext) (Token, bool) {
	if c == nil || c.GetChildCount() != 1 {
		return Token{}, false
	}
	return b.tok(asTerminal(c.GetChild(0)))
}

// asTerminal is the tree node as a terminal (a token or an error node), or
// nil. It switches on the concrete types, which costs far less than asserting
// an interface (WebAssembly especially).
func asTerminal(t antlr.Tree) antlr.TerminalNode {
	switch n := t.(type) {
	case *antlr.TerminalNodeImpl:
		return n
	case *antlr.ErrorNodeImpl:
		return n
	}
	return nil
}

// terminal is the first terminal child of c of token type tt, or nil, as the
// generated accessors (c.EQ(), ...) find it.
func terminal(c antlr.ParserRuleContext, tt int) antlr.TerminalNode {
	for _, ch := range c.GetChildren() {
		if n := asTerminal(ch); n != nil && n.GetSymbol().GetTokenType() == tt {
			return n
		}
	}
	return nil
}

// name1 holds a one-part name and its part in one allocation.
type name1 struct {
	name Name
	part [1]Token
}

// name makes a name of one identifier.
func (b *builder) name(c parser.IIdentifierContext) *Name {
	t, ok := b.ident(c)
	if !ok {
		return nil
	}
	if len(b.names) == cap(b.names) {
		b.names = make([]name1, 0, max(b.hint, 2))
	}
	b.names = append(b.names, name1{part: [1]Token{t}})
	nn := &b.names[len(b.names)-1]
	n := &nn.name
	n.Parts = nn.part[:]
	n.Start, n.End = t.Start, t.End
	n.key = IdentKey(t) // now, while the parse is not yet shared
	return n
}

func (b *builder) dotted(ids []parser.IIdentifierContext) *Name {
	if len(ids) == 0 {
		return nil
	}
	if len(ids) == 1 {
		return b.name(ids[0])
	}
	n := &Name{Parts: make([]Token, 0, len(ids))}
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

func (b *builder) objectName(c parser.IObjectNameContext) *Name {
	if c == nil {
		return nil
	}
	return b.dotted(c.AllIdentifier())
}

// propEq holds a property and its '=' in one allocation.
type propEq struct {
	prop Property
	eq   Token
}

func (b *builder) property(name *Name, eq Token, v *Value, index int) *Property {
	if len(b.props) == cap(b.props) {
		b.props = make([]propEq, 0, max(b.hint, 2))
	}
	b.props = append(b.props, propEq{eq: eq})
	pe := &b.props[len(b.props)-1]
	pe.prop = Property{Name: name, Eq: &pe.eq, Value: v, Start: name.Start, End: v.End, Index: index}
	return &pe.prop
}

func (b *builder) propertyList(c parser.IPropertyListContext) []*Property {
	if c == nil {
		return nil
	}
	children := c.GetChildren()
	n := 0
	for _, ch := range children {
		if _, ok := ch.(*parser.PropertyContext); ok {
			n++
		}
	}
	var out []*Property
	for _, ch := range children {
		pc, ok := ch.(*parser.PropertyContext)
		if !ok {
			continue
		}
		// What pc.Identifier(), pc.EQ() and pc.Value() would find.
		var id parser.IIdentifierContext
		var eqNode antlr.TerminalNode
		var vc parser.IValueContext
		for _, g := range pc.GetChildren() {
			switch x := g.(type) {
			case *parser.IdentifierContext:
				if id == nil {
					id = x
				}
			case *parser.ScalarValueContext:
				if vc == nil {
					vc = x
				}
			case *parser.ListValueContext:
				if vc == nil {
					vc = x
				}
			case *parser.ValueContext:
				if vc == nil {
					vc = x
				}
			default:
				if t := asTerminal(g); t != nil && eqNode == nil && t.GetSymbol().GetTokenType() == parser.SecintLexerEQ {
					eqNode = t
				}
			}
		}
		name := b.name(id)
		eq, okEq := b.tok(eqNode)
		v := b.value(vc)
		if name == nil || !okEq || v == nil {
			break
		}
		if out == nil {
			out = make([]*Property, 0, n)
		}
		out = append(out, b.property(name, eq, v, len(out)))
	}
	return out
}

func (b *builder) action(c parser.IAlterActionContext) *Action {
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
			a.Items = append(a.Items, &Property{Name: n, Start: n.Start, End: n.End, Index: len(a.Items)})
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
			a.Items = append(a.Items, b.property(name, eq, v, len(a.Items)))
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
			a.Items = append(a.Items, &Property{Name: n, Start: n.Start, End: n.End, Index: len(a.Items)})
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

func (b *builder) value(c parser.IValueContext) *Value {
	switch vc := c.(type) {
	case *parser.ScalarValueContext:
		for _, ch := range vc.GetChildren() {
			if sc := asScalar(ch); sc != nil {
				return b.scalar(sc)
			}
		}
		return nil
	case *parser.ListValueContext:
		l, okL := b.tok(terminal(vc, parser.SecintLexerLPAREN))
		r, okR := b.tok(terminal(vc, parser.SecintLexerRPAREN))
		if !okL || !okR {
			return nil
		}
		v := b.newValue(Value{Kind: ValueList, Start: l.Start, End: r.End})
		for _, ch := range vc.GetChildren() {
			ic := asScalar(ch)
			if ic == nil {
				continue
			}
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

// asScalar is the tree node as a scalar's context, or nil.
func asScalar(t antlr.Tree) parser.IScalarContext {
	switch x := t.(type) {
	case *parser.StringValueContext:
		return x
	case *parser.NumberValueContext:
		return x
	case *parser.WordValueContext:
		return x
	case *parser.ScalarContext:
		return x
	}
	return nil
}

func (b *builder) scalar(c parser.IScalarContext) *Value {
	switch vc := c.(type) {
	case *parser.StringValueContext:
		n := terminal(vc, parser.SecintLexerSTRING)
		kind := ValueString
		if n == nil {
			n, kind = terminal(vc, parser.SecintLexerDOLLAR_STRING), ValueDollar
		}
		t, ok := b.tok(n)
		if !ok {
			return nil
		}
		return b.newValue(Value{Kind: kind, Start: t.Start, End: t.End, Text: t.Text, Content: UnescapeString(t.Text)})
	case *parser.NumberValueContext:
		t, ok := b.tok(terminal(vc, parser.SecintLexerNUMBER))
		if !ok {
			return nil
		}
		v := b.newValue(Value{Kind: ValueNumber, Start: t.Start, End: t.End, Text: t.Text, Content: t.Text})
		if minus := terminal(vc, parser.SecintLexerMINUS); minus != nil {
			m, ok := b.tok(minus)
			if !ok {
				return nil
			}
			v.Start, v.Negative = m.Start, true
		}
		return v
	case *parser.WordValueContext:
		var id parser.IIdentifierContext
		for _, ch := range vc.GetChildren() {
			if x, ok := ch.(*parser.IdentifierContext); ok {
				id = x
				break
			}
		}
		t, ok := b.ident(id)
		if !ok {
			return nil
		}
		return b.newValue(Value{Kind: ValueWord, Start: t.Start, End: t.End, Text: t.Text, Content: IdentKey(t),
			Quoted: t.Type == parser.SecintLexerQUOTED_ID})
	}
	return nil
}
