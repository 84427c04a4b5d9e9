package syntax

import (
	"strings"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
)

// The builder turns ANTLR's parse tree of one statement into the small tree
// of ast.go, keeping only what ends before the first syntax error.

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
		if c.EXTERNAL() != nil {
			st.KindWords = b.toks(c.EXTERNAL(), c.ACCESS())
		}
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
		if c.EXTERNAL() != nil {
			st.KindWords = b.toks(c.EXTERNAL(), c.ACCESS())
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
	if c := tree.CreateSecret(); c != nil {
		if c.OR() != nil {
			st.OrReplace = b.toks(c.OR(), c.REPLACE())
		}
		if c.IF() != nil {
			st.IfNotExists = b.toks(c.IF(), c.NOT(), c.EXISTS())
		}
		st.Name = b.objectName(c.ObjectName())
		if st.Name != nil {
			st.Properties = b.propertyList(c.PropertyList())
			if w := c.WithTag(); w != nil {
				if a := b.withTag(w); a != nil {
					st.Actions = append(st.Actions, a)
				}
			}
		}
	}
	if c := tree.AlterSecret(); c != nil {
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
		if in, ok := b.tok(c.IN()); ok {
			st.In = []Token{in}
			for _, id := range c.AllIdentifier() {
				if t, ok := b.ident(id); ok {
					st.In = append(st.In, t)
				}
			}
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
	if c.LPAREN() != nil {
		return b.identifierCall(c)
	}
	return b.dotted(c.AllIdentifier())
}

// identifierCall reads IDENTIFIER('name') or IDENTIFIER($var) as a name of
// one part, the string or the variable. A string names the object as its
// content would written bare ('my_int' is MY_INT, '"My"' is My); a variable
// is known only by its own name, so two statements that use the same
// variable name the same object.
func (b *builder) identifierCall(c parser.IObjectNameContext) *Name {
	kw, ok := b.tok(c.IDENTIFIER())
	if !ok {
		return nil
	}
	arg, okA := b.tok(c.STRING())
	if !okA {
		arg, okA = b.tok(c.SESSION_VAR())
	}
	r, okR := b.tok(c.RPAREN())
	if !okA || !okR {
		return nil
	}
	n := &Name{Parts: []Token{arg}, Start: kw.Start, End: r.End}
	if arg.Type == parser.SecintLexerSESSION_VAR {
		n.key = UpperASCII(arg.Text)
	} else {
		content := strings.TrimSpace(UnescapeString(arg.Text))
		n.key = UpperASCII(content)
		if len(content) >= 2 && content[0] == '"' && content[len(content)-1] == '"' {
			n.key = UnquoteIdent(content)
		}
	}
	return n
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
	case *parser.RefreshContext:
		a.Kind, kw = ActionRefresh, ac.REFRESH()
		if n := b.dotted([]parser.IIdentifierContext{ac.Identifier()}); n != nil {
			a.Items = []*Property{{Name: n, Start: n.Start, End: n.End}}
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

// withTag reads CREATE's [ WITH ] TAG ( ... ) as a SET TAG action, so that
// its tags are checked as ALTER's are.
func (b *builder) withTag(c parser.IWithTagContext) *Action {
	kw, ok := b.tok(c.TAG())
	if !ok {
		return nil
	}
	a := &Action{Kind: ActionSetTag, Keyword: kw, Tag: &kw, Start: kw.Start, End: kw.End}
	for _, tc := range c.AllTagAssignment() {
		name := b.dotted(tc.TagName().AllIdentifier())
		eq, okEq := b.tok(tc.EQ())
		v := b.value(tc.Value())
		if name == nil || !okEq || v == nil {
			break
		}
		a.Items = append(a.Items, b.property(name, eq, v, len(a.Items)))
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
		var lastComma antlr.TerminalNode
		for _, ch := range vc.GetChildren() {
			ic := asScalar(ch)
			if ic == nil {
				if t := asTerminal(ch); t != nil && t.GetSymbol().GetTokenType() == parser.SecintLexerCOMMA {
					lastComma = t
				}
				continue
			}
			lastComma = nil
			item := b.scalar(ic)
			if item == nil {
				return nil
			}
			v.Items = append(v.Items, item)
		}
		if c, ok := b.tok(lastComma); ok {
			v.TrailingComma = &c
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
	case *parser.VariableValueContext:
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
	case *parser.VariableValueContext:
		t, ok := b.tok(terminal(vc, parser.SecintLexerSESSION_VAR))
		if !ok {
			return nil
		}
		return b.newValue(Value{Kind: ValueVariable, Start: t.Start, End: t.End, Text: t.Text, Content: UpperASCII(t.Text)})
	case *parser.WordValueContext:
		var first, last Token
		parts := 0
		key, text := "", ""
		quoted := false
		for _, ch := range vc.GetChildren() {
			x, ok := ch.(*parser.IdentifierContext)
			if !ok {
				continue
			}
			t, ok := b.ident(x)
			if !ok {
				return nil
			}
			if parts == 0 {
				first, key, text = t, IdentKey(t), t.Text
			} else {
				key += "." + IdentKey(t)
				text += "." + t.Text
			}
			quoted = quoted || t.Type == parser.SecintLexerQUOTED_ID
			last = t
			parts++
		}
		if parts == 0 {
			return nil
		}
		return b.newValue(Value{Kind: ValueWord, Start: first.Start, End: last.End, Text: text, Content: key,
			Quoted: quoted, Qualified: parts > 1})
	}
	return nil
}
