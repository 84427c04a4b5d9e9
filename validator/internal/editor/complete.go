// Package editor answers what an editor asks about an analysed document:
// completion (complete.go, items.go, with the token machine of machine.go and
// the replay of history.go; objects.go for secrets and external access
// integrations, routines.go for a function's lists), hover (hover.go; refs.go
// for the setup's references), code actions and fix-all (actions.go), the
// symbol table (symbols.go), and the redaction of secrets for share links
// (redact.go). It
// decides everything from the catalog and the same analysis the checks make,
// so the browser, the editors and the command line never disagree.
package editor

import (
	"fmt"
	"sort"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// Completion works from the token stream, not from the parse tree: while a
// person types, the statement under the caret is nearly always broken, and
// ANTLR's recovery says little about what may come next. A small state
// machine (stmtMachine) reads the statement's tokens before the caret and
// names the place the caret is at; what may stand there follows from the
// catalog and from what earlier statements established.

// Complete returns the items that may stand at pos in an analysed document,
// best first.
//
// Two rules keep accepting an item from gluing text together: right after a
// closed string, a number or ')' nothing is offered (a person types a space
// or a comma first; the closing quote of a value is not a request for the
// next property), and an item that would stand right after '=' or ','
// brings the space people write there.
func Complete(an *document.Analysis, pos protocol.Position) []protocol.CompletionItem {
	off := an.Lines.RuneOffset(pos)
	prev, glued := tokenEndingAt(an, off)
	if glued {
		switch prev.Type {
		case parser.SecintLexerSTRING, parser.SecintLexerDOLLAR_STRING, parser.SecintLexerNUMBER, parser.SecintLexerRPAREN:
			return nil
		}
	}
	ctx := newCaretContext(an, off)
	if ctx == nil {
		return nil
	}
	items := ctx.items()
	if glued && (prev.Type == parser.SecintLexerEQ || prev.Type == parser.SecintLexerCOMMA) {
		for i := range items {
			if it := &items[i]; it.Range.Start == pos && it.Range.End == pos {
				it.InsertText = " " + it.InsertText
			}
		}
	}
	return items
}

// tokenEndingAt returns the token (comments left out) that ends exactly at
// rune offset off, if any.
func tokenEndingAt(an *document.Analysis, off int) (syntax.Token, bool) {
	k := an.SegmentAfter(off - 1)
	if off <= 0 || k >= len(an.Segs) {
		return syntax.Token{}, false
	}
	s := an.Segs[k]
	rel := off - s.Start
	i := sort.Search(len(s.Toks), func(i int) bool { return s.Toks[i].End >= rel })
	if i < len(s.Toks) && s.Toks[i].End == rel && !s.Toks[i].Hidden {
		return s.Toks[i], true
	}
	return syntax.Token{}, false
}

// --- the caret and its statement ---

// caretContext is what completion knows about the caret: the statement it
// stands in, the word being typed, and the machine's state before that word.
type caretContext struct {
	an      *document.Analysis
	off     int            // the caret, a rune offset
	toks    []syntax.Token // the statement's tokens (comments left out, no ';')
	at      int            // index in toks of the partial word, or of the first token after the caret
	partial *syntax.Token  // the word being typed, or nil
	word    string         // its text up to the caret
	snap    stmtMachine
	full    *stmtMachine // the machine after the whole statement
	start   int          // where the statement starts (rune offset)
	ix      links.Index  // what the document made before the statement (index())
}

func newCaretContext(an *document.Analysis, off int) *caretContext {
	// The statement: the segment whose ';' is at or after the caret, or the
	// last one when it has none yet.
	k := an.SegmentAfter(off)
	if k == len(an.Segs) && k > 0 && !an.Segs[k-1].Closed {
		k--
	}
	var nh []syntax.Token
	if k < len(an.Segs) {
		s := an.Segs[k]
		rel := off - s.Start
		// Nothing inside strings, quoted names and comments, closed or not
		// (only the token before the caret can hold it; one in an earlier
		// segment is a ';').
		if b := sort.Search(len(s.Toks), func(i int) bool { return s.Toks[i].Start >= rel }); b > 0 && insideToken(&s.Toks[b-1], rel) {
			return nil
		}
		for _, t := range s.Toks {
			if !t.Hidden && t.Type != parser.SecintLexerSEMI {
				nh = append(nh, syntax.ShiftToken(t, s.Start, s.StartByte))
			}
		}
	}
	c := &caretContext{an: an, off: off, toks: nh}
	c.at = len(c.toks)
	for i := range c.toks {
		t := &c.toks[i]
		if t.End < off || (t.End == off && !syntax.IsPartialType(t.Type)) {
			continue
		}
		c.at = i
		if t.Start < off && syntax.IsPartialType(t.Type) {
			c.partial = t
			c.word = strings.Clone(an.Text[an.Lines.ByteOffset(t.Start):an.Lines.ByteOffset(off)])
		}
		break
	}
	c.start = off
	if len(c.toks) > 0 && c.toks[0].Start < off {
		c.start = c.toks[0].Start
	}
	skip := -1
	if c.partial != nil {
		skip = c.at
	}
	c.full = runMachine(c.toks, c.at, skip, &c.snap)
	return c
}

// insideToken reports whether the caret at off stands inside a string, a
// quoted name or a comment (for those that run to the end of a line or of the
// document, the end counts as inside).
func insideToken(t *syntax.Token, off int) bool {
	switch t.Type {
	case parser.SecintLexerLINE_COMMENT:
		return t.Start < off && off <= t.End
	case parser.SecintLexerUNTERMINATED_STRING, parser.SecintLexerUNTERMINATED_DOLLAR_STRING,
		parser.SecintLexerUNTERMINATED_QUOTED_ID, parser.SecintLexerUNTERMINATED_COMMENT:
		return t.Start < off && off <= t.End
	case parser.SecintLexerSTRING, parser.SecintLexerDOLLAR_STRING, parser.SecintLexerQUOTED_ID,
		parser.SecintLexerBLOCK_COMMENT:
		return t.Start < off && off < t.End
	}
	return false
}

// isNameWord reports whether a token may stand as a name or a bare value
// (the grammar's identifier rule).
func isNameWord(t *syntax.Token) bool {
	return t.Type == parser.SecintLexerID || t.Type == parser.SecintLexerQUOTED_ID ||
		((syntax.IsKeywordType(t.Type) || syntax.IsSoftKeyword(t.Type)) && syntax.TokenWordOK(t.Type))
}

// statementKinds are the kinds of integration the statement at the caret
// may manage, as the checks decide them: a CREATE's AUTH_TYPE and
// API_PROVIDER (without AUTH_TYPE, its properties, OAuth2 first), an ALTER's
// earlier CREATE, else every kind.
func (c *caretContext) statementKinds(h *history) catalog.Kind {
	m := c.full
	switch m.kind {
	case syntax.KindCreate:
		if auth, ok := m.values["AUTH_TYPE"]; ok {
			return catalog.KindsFor(strings.Trim(auth, "'"), strings.Trim(m.values["API_PROVIDER"], "'"))
		}
		k := catalog.KindsAll
		for _, p := range m.props {
			if info := catalog.LookupProperty(p.key); info != nil && info.Kinds&k != 0 {
				k &= info.Kinds
			}
		}
		if k&catalog.KindOAuth2 != 0 {
			return catalog.KindOAuth2
		}
		return k
	case syntax.KindAlter:
		if c.snap.name != nil {
			if k := h.reg[syntax.IdentKey(*c.snap.name)].Kinds; k != catalog.KindNone {
				return k
			}
		}
	}
	return catalog.KindsAll
}

// statementFlow is the flow of the statement at the caret: its own
// OAUTH_GRANT, else (ALTER) what earlier statements set.
func (c *caretContext) statementFlow(h *history) catalog.Flow {
	if c.full.grant != catalog.FlowNone {
		return c.full.grant
	}
	if c.full.kind == syntax.KindAlter && c.snap.name != nil {
		return h.reg[syntax.IdentKey(*c.snap.name)].Flow
	}
	return catalog.FlowNone
}

func (c *caretContext) items() []protocol.CompletionItem {
	s := &c.snap
	if s.state != csStart && c.an != nil && syntax.Classify(c.toks) == syntax.KindOther {
		if items := c.routineItems(); items != nil {
			return c.finish(items) // a function's or procedure's list of the setup's objects
		}
		// Not (yet) a statement of ours. It may be one being typed: then
		// nothing follows the caret on its line.
		if n := c.nextToken(); n != nil && c.an.Lines.LineOf(n.Start) == c.an.Lines.LineOf(c.off) {
			return nil
		}
	}
	var out []protocol.CompletionItem
	add := func(items ...protocol.CompletionItem) { out = append(out, items...) }
	switch s.state {
	case csStart:
		add(startItems()...)
	case csCreate:
		if !c.full.ifNotExists {
			add(keywordItem("OR REPLACE", "replace an existing object of the same name", 1))
		}
		add(createKinds()...)
	case csCreateOr:
		add(keywordItem("REPLACE", "", 0))
	case csCreateReplace:
		add(createKinds()...)
	case csCreateSecurity:
		add(keywordItem("INTEGRATION", "", 0))
	case csAlter:
		add(keywordItem("SECURITY INTEGRATION", "", 0), keywordItem("INTEGRATION", "", 1),
			keywordItem("SECRET", "change a secret: SET or UNSET its properties", 2),
			keywordItem("EXTERNAL ACCESS INTEGRATION", "change an external access integration: SET or UNSET properties or tags", 3))
	case csAlterSecurity:
		add(keywordItem("INTEGRATION", "", 0))
	case csExternal:
		add(keywordItem("ACCESS INTEGRATION", "", 0))
	case csExternalAccess:
		add(keywordItem("INTEGRATION", "", 0))
	case csKind:
		if s.kind == syntax.KindShow {
			add(keywordItem("INTEGRATIONS", "", 0), keywordItem("SECURITY INTEGRATIONS", "", 1),
				keywordItem("SECRETS", "list the secrets you can see", 2))
		} else {
			add(keywordItem("INTEGRATION", "", 0), keywordItem("SECURITY INTEGRATION", "", 1), keywordItem("SECRET", "", 2))
		}
	case csKindExternal:
		add(keywordItem("ACCESS", "", 0))
	case csKindDone:
		if s.kind == syntax.KindShow {
			add(keywordItem("INTEGRATIONS", "", 0))
		} else {
			add(keywordItem("INTEGRATION", "", 0))
		}
	case csIntegration:
		noun := objectNoun(s)
		switch s.kind {
		case syntax.KindCreate, syntax.KindCreateSecret, syntax.KindCreateAccess:
			if s.orReplace {
				add(c.nameItems()...)
			} else {
				add(keywordItem("IF NOT EXISTS", "do nothing when the "+noun+" already exists", 2))
			}
		case syntax.KindAlter, syntax.KindDrop, syntax.KindAlterSecret, syntax.KindDropSecret, syntax.KindAlterAccess:
			add(c.nameItems()...)
			add(keywordItem("IF EXISTS", "do nothing when the "+noun+" does not exist", 2))
		case syntax.KindDescribe, syntax.KindDescribeSecret:
			add(c.nameItems()...)
		}
	case csIf:
		if s.kind.Creates() {
			add(keywordItem("NOT EXISTS", "", 0))
		} else {
			add(keywordItem("EXISTS", "", 0))
		}
	case csIfNot:
		add(keywordItem("EXISTS", "", 0))
	case csName:
		if !s.kind.Creates() {
			add(c.nameItems()...)
		}
	case csAfterName:
		switch {
		case s.kind.Creates():
			add(c.propertyItems()...)
		case s.kind.Alters():
			add(actionItems(s.object)...)
		}
	case csActions:
		add(actionItems(s.object)...)
	case csPropName, csAfterValue:
		if s.tag {
			break
		}
		add(c.propertyItems()...)
		if s.state == csPropName && s.justAction && s.action == syntax.ActionSet && takesTags(s.object) {
			add(keywordItem("TAG", "set tags on the "+objectNoun(s)+": SET TAG name = 'value'", 5))
		}
	case csPropValue:
		if s.tag {
			add(snippetValue("'…'", "'${1:value}'", "value", "a tag value: a string of at most 256 characters", 0))
		} else {
			add(c.valueItems(s.prop)...)
		}
	case csPropList:
		if s.object != nil && s.depth == 1 && !s.tag {
			add(c.objectListItems(s.prop)...)
		}
	case csUnsetItem:
		add(c.unsetItems()...)
		if s.justAction && takesTags(s.object) {
			add(keywordItem("TAG", "remove tags from the "+objectNoun(s)+": UNSET TAG name", 5))
		}
	case csShowSecrets:
		add(keywordItem("LIKE", "list only secrets whose name matches a pattern", 0),
			keywordItem("IN", "where to look: IN ACCOUNT, IN DATABASE db, IN SCHEMA db.schema", 1))
	case csShowSecretsLiked:
		add(keywordItem("IN", "where to look: IN ACCOUNT, IN DATABASE db, IN SCHEMA db.schema", 0))
	case csShowIn:
		for i, w := range []struct{ label, doc string }{
			{"ACCOUNT", "every secret of the account"},
			{"DATABASE", "the secrets of one database: IN DATABASE db"},
			{"SCHEMA", "the secrets of one schema: IN SCHEMA db.schema"},
			{"APPLICATION", "the secrets of an application: IN APPLICATION app"},
			{"APPLICATION PACKAGE", "the secrets of an application package: IN APPLICATION PACKAGE pkg"},
		} {
			it := keywordItem(w.label, w.doc, 0)
			it.SortText = sortKey(0, i)
			add(it)
		}
	case csShowInts:
		add(keywordItem("LIKE", "list only integrations whose name matches a pattern", 0))
	case csShowLike:
		add(snippetValue("'…%'", "'${1:name}%'", "pattern", "a pattern in single quotes: % stands for any characters, _ for one", 0))
	}
	return c.finish(out)
}

// nextToken is the first token after the caret (after the word being typed).
func (c *caretContext) nextToken() *syntax.Token {
	i := c.at
	if c.partial != nil {
		i++
	}
	if i < len(c.toks) {
		return &c.toks[i]
	}
	return nil
}

// finish filters by the word being typed, sets ranges and sorts.
func (c *caretContext) finish(items []protocol.CompletionItem) []protocol.CompletionItem {
	start := c.off
	if c.partial != nil {
		start = c.partial.Start
	}
	r := c.an.Lines.RangeOf(start, c.off)
	var out []protocol.CompletionItem
	seen := map[string]bool{}
	for _, it := range items {
		filter := it.FilterText
		if filter == "" {
			filter = it.Label
		}
		if !matchesWord(filter, c.word) || seen[it.Label] {
			continue
		}
		seen[it.Label] = true
		it.Range = r
		if it.InsertTextFormat == "" {
			it.InsertTextFormat = "plain"
		}
		out = append(out, it)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].SortText < out[j].SortText })
	return out
}

// matchesWord reports whether the typed word begins the label or one of its
// parts (after '_', a space or the '.' of a qualified name), ignoring case:
// "client" finds OAUTH_CLIENT_ID, "tok" finds db.s.tok.
func matchesWord(label, word string) bool {
	if word == "" {
		return true
	}
	l, w := strings.ToUpper(label), strings.ToUpper(word)
	if strings.HasPrefix(l, w) {
		return true
	}
	for i := 0; i < len(l); i++ {
		if (l[i] == '_' || l[i] == ' ' || l[i] == '.') && strings.HasPrefix(l[i+1:], w) {
			return true
		}
	}
	return false
}

func sortKey(rank, order int) string { return fmt.Sprintf("%d-%03d", rank, order) }

func keywordItem(label, doc string, rank int) protocol.CompletionItem {
	return protocol.CompletionItem{Label: label, Kind: "keyword", Detail: "keyword", Documentation: doc,
		InsertText: label, InsertTextFormat: "plain", SortText: sortKey(rank, 0)}
}

func snippetValue(label, snippet, filter, doc string, rank int) protocol.CompletionItem {
	return protocol.CompletionItem{Label: label, Kind: "snippet", Detail: doc, Documentation: doc, InsertText: snippet,
		InsertTextFormat: "snippet", FilterText: filter, SortText: sortKey(rank, 0)}
}
