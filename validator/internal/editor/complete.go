package editor

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/document"
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
func Complete(an *document.Analysis, pos protocol.Position) []protocol.CompletionItem {
	ctx := newCaretContext(an, an.Lines.Offset(pos))
	if ctx == nil {
		return nil
	}
	return ctx.items()
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

// --- the state machine ---

type ctxState int

const (
	csStart          ctxState = iota
	csCreate                  // CREATE
	csCreateOr                // CREATE OR
	csCreateReplace           // CREATE OR REPLACE
	csCreateSecurity          // CREATE [OR REPLACE] SECURITY
	csAlter                   // ALTER
	csAlterSecurity           // ALTER SECURITY
	csKind                    // DESC / DROP / SHOW: a kind word or INTEGRATION(S)
	csKindExternal            // ... EXTERNAL: ACCESS
	csKindDone                // ... kind: INTEGRATION(S)
	csIntegration             // ... INTEGRATION: IF or the name
	csIf                      // IF: NOT (CREATE) or EXISTS
	csIfNot                   // IF NOT: EXISTS
	csName                    // IF [NOT] EXISTS: the name
	csNameDot                 // name '.': another part
	csAfterName               // the name: properties, actions, or the end
	csActions                 // ALTER name: SET or UNSET
	csPropName                // a property name (CREATE, ALTER SET)
	csPropEq                  // NAME: '='
	csPropValue               // NAME =: a value
	csPropMinus               // NAME = -: a number
	csPropList                // inside ( ... )
	csAfterValue              // NAME = value: another property or ','
	csUnsetItem               // UNSET or ',': an item
	csUnsetAfter              // UNSET item: ','
	csTagName                 // SET TAG or ',': a tag name
	csTagAfterName            // tag name: '.' or '='
	csTagDot                  // tag name '.': a part
	csUnsetTagName            // UNSET TAG or ',': a tag name
	csUnsetTagAfter           // UNSET TAG name: '.' or ','
	csShowInts                // SHOW ... INTEGRATIONS: LIKE
	csShowLike                // LIKE: a pattern
	csDropEnd                 // DROP ... name: CASCADE / RESTRICT (reported) or the end
	csEnd                     // complete: nothing more
	csDead                    // not a statement of ours (or too broken to read)
)

// roleKind is what a token is in its statement, for hover.
type roleKind int

const (
	roleNone      roleKind = iota
	roleKeyword            // a keyword of the statement's form
	roleName               // (a part of) the integration name
	roleProperty           // a property name in CREATE or ALTER SET
	roleUnsetItem          // a property name after UNSET
	roleValue              // (a part of) a property value
	roleTag                // a tag name
	roleTagValue           // a tag value
	rolePattern            // SHOW's LIKE pattern
)

type tokenRole struct {
	kind roleKind
	prop string // roleValue: the property's key
}

type seenProp struct {
	key string
	at  int // token index
}

// stmtMachine reads one statement's tokens and knows, after each, which
// state the statement is in.
type stmtMachine struct {
	toks        []syntax.Token
	state       ctxState
	kind        syntax.StatementKind
	orReplace   bool
	ifNotExists bool
	ifExists    bool
	name        *syntax.Token // the integration name (first part)
	nameParts   int
	action      syntax.ActionKind
	inAction    bool
	justAction  bool   // right after SET or UNSET: TAG may follow
	tag         bool   // reading tag values, not property values
	prop        string // the property whose value is being read
	depth       int    // parentheses in a list value
	caret       int    // index of the first token at or after the caret (-1: no caret)
	skip        int    // index of the word being typed, not recorded as a property (-1: none)
	props       []seenProp
	unsetItems  []seenProp
	values      map[string]string // key → value as a keyword (strings unquoted), for TYPE, AUTH_TYPE, OAUTH_GRANT
	grant       catalog.Flow
	roles       []tokenRole
}

// runMachine reads toks, storing in snap (if not nil) the machine as it
// stood before token at (the caret's), and returns the machine after all of
// them. Token skip (the word being typed) is not recorded as a property.
func runMachine(toks []syntax.Token, at, skip int, snap *stmtMachine) *stmtMachine {
	m := &stmtMachine{toks: toks, caret: at, skip: skip, values: map[string]string{}, roles: make([]tokenRole, len(toks))}
	for i := range toks {
		if i == at && snap != nil {
			*snap = *m
		}
		m.step(i)
	}
	if snap != nil && at >= len(toks) {
		*snap = *m
	}
	return m
}

func (m *stmtMachine) next(i int) *syntax.Token {
	if i+1 < len(m.toks) {
		return &m.toks[i+1]
	}
	return nil
}

func (m *stmtMachine) role(i int, k roleKind) {
	m.roles[i] = tokenRole{kind: k}
}

func (m *stmtMachine) step(i int) {
	t := &m.toks[i]
	tt := t.Type
	kw := func(next ctxState) {
		m.role(i, roleKeyword)
		m.state = next
	}
	switch m.state {
	case csStart:
		switch tt {
		case parser.SecintLexerCREATE:
			m.kind = syntax.KindCreate
			kw(csCreate)
		case parser.SecintLexerALTER:
			m.kind = syntax.KindAlter
			kw(csAlter)
		case parser.SecintLexerDESC, parser.SecintLexerDESCRIBE:
			m.kind = syntax.KindDescribe
			kw(csKind)
		case parser.SecintLexerDROP:
			m.kind = syntax.KindDrop
			kw(csKind)
		case parser.SecintLexerSHOW:
			m.kind = syntax.KindShow
			kw(csKind)
		default:
			m.state = csDead
		}
	case csCreate:
		switch tt {
		case parser.SecintLexerOR:
			kw(csCreateOr)
		case parser.SecintLexerSECURITY:
			kw(csCreateSecurity)
		default:
			m.state = csDead
		}
	case csCreateOr:
		m.expect(i, parser.SecintLexerREPLACE, csCreateReplace)
		m.orReplace = m.state != csDead
	case csCreateReplace:
		m.expect(i, parser.SecintLexerSECURITY, csCreateSecurity)
	case csCreateSecurity:
		m.expect(i, parser.SecintLexerINTEGRATION, csIntegration)
	case csAlter:
		switch tt {
		case parser.SecintLexerSECURITY:
			kw(csAlterSecurity)
		case parser.SecintLexerINTEGRATION:
			kw(csIntegration)
		default:
			m.state = csDead
		}
	case csAlterSecurity:
		m.expect(i, parser.SecintLexerINTEGRATION, csIntegration)
	case csKind:
		switch tt {
		case parser.SecintLexerSECURITY, parser.SecintLexerAPI, parser.SecintLexerCATALOG,
			parser.SecintLexerNOTIFICATION, parser.SecintLexerSTORAGE:
			kw(csKindDone)
		case parser.SecintLexerEXTERNAL:
			kw(csKindExternal)
		default:
			m.integrationWord(i)
		}
	case csKindExternal:
		m.expect(i, parser.SecintLexerACCESS, csKindDone)
	case csKindDone:
		m.integrationWord(i)
	case csIntegration:
		// IF starts IF [NOT] EXISTS unless a name follows it (IF is a
		// word a name may be); at the caret, what follows is not typed yet.
		if n := m.next(i); tt == parser.SecintLexerIF && (n == nil || i+1 == m.caret ||
			n.Type == parser.SecintLexerEXISTS || n.Type == parser.SecintLexerNOT) {
			kw(csIf)
			return
		}
		m.nameWord(i)
	case csIf:
		switch {
		case m.kind == syntax.KindCreate && tt == parser.SecintLexerNOT:
			kw(csIfNot)
		case m.kind != syntax.KindCreate && tt == parser.SecintLexerEXISTS:
			m.ifExists = true
			kw(csName)
		default:
			m.state = csDead
		}
	case csIfNot:
		m.expect(i, parser.SecintLexerEXISTS, csName)
		m.ifNotExists = m.state != csDead
	case csName:
		m.nameWord(i)
	case csNameDot:
		if isNameWord(t) {
			m.role(i, roleName)
			m.nameParts++
			m.state = csAfterName
			return
		}
		m.state = csDead
	case csAfterName:
		if tt == parser.SecintLexerDOT {
			kw(csNameDot)
			return
		}
		switch m.kind {
		case syntax.KindCreate:
			m.state = csPropName
		case syntax.KindAlter:
			m.state = csActions
		case syntax.KindDrop:
			m.state = csDropEnd
		default:
			m.state = csEnd
		}
		m.step(i)
	case csActions:
		if !m.actionWord(i) {
			m.state = csDead
		}
	case csPropName, csAfterValue:
		n := m.next(i)
		switch {
		case m.state == csPropName && m.justAction && m.action == syntax.ActionSet && tt == parser.SecintLexerTAG &&
			(n == nil || n.Type != parser.SecintLexerEQ):
			m.action, m.tag, m.justAction = syntax.ActionSetTag, true, false
			kw(csTagName)
		case m.kind == syntax.KindAlter && !m.justAction && m.actionWord(i):
		case m.state == csAfterValue && tt == parser.SecintLexerCOMMA:
			m.justAction = false
			if m.tag {
				kw(csTagName)
			} else {
				kw(csPropName)
			}
		case !m.tag && isNameWord(t):
			m.justAction = false
			m.role(i, roleProperty)
			m.prop = syntax.IdentKey(*t)
			if i != m.skip {
				m.props = append(m.props, seenProp{m.prop, i})
			}
			m.state = csPropEq
		default:
			m.state = csDead
		}
	case csPropEq:
		m.expect(i, parser.SecintLexerEQ, csPropValue)
	case csPropValue:
		m.value(i)
	case csPropMinus:
		if tt == parser.SecintLexerNUMBER {
			m.valueRole(i)
			m.state = csAfterValue
			return
		}
		m.state = csDead
	case csPropList:
		m.valueRole(i)
		switch tt {
		case parser.SecintLexerLPAREN:
			m.depth++
		case parser.SecintLexerRPAREN:
			m.depth--
			if m.depth == 0 {
				m.state = csAfterValue
			}
		}
	case csUnsetItem:
		n := m.next(i)
		switch {
		case m.justAction && tt == parser.SecintLexerTAG && n != nil && n.Type != parser.SecintLexerCOMMA:
			m.action, m.justAction = syntax.ActionUnsetTag, false
			kw(csUnsetTagName)
		case isNameWord(t):
			m.justAction = false
			m.role(i, roleUnsetItem)
			if i != m.skip {
				m.unsetItems = append(m.unsetItems, seenProp{syntax.IdentKey(*t), i})
			}
			m.state = csUnsetAfter
		default:
			m.state = csDead
		}
	case csUnsetAfter:
		switch {
		case tt == parser.SecintLexerCOMMA:
			kw(csUnsetItem)
		case m.actionWord(i):
		default:
			m.state = csDead
		}
	case csTagName, csTagDot:
		if isNameWord(t) {
			m.role(i, roleTag)
			m.state = csTagAfterName
			return
		}
		m.state = csDead
	case csTagAfterName:
		switch tt {
		case parser.SecintLexerDOT:
			kw(csTagDot)
		case parser.SecintLexerEQ:
			m.prop = ""
			kw(csPropValue)
		default:
			m.state = csDead
		}
	case csUnsetTagName:
		if isNameWord(t) {
			m.role(i, roleTag)
			m.state = csUnsetTagAfter
			return
		}
		m.state = csDead
	case csUnsetTagAfter:
		switch {
		case tt == parser.SecintLexerDOT || tt == parser.SecintLexerCOMMA:
			kw(csUnsetTagName)
		case m.actionWord(i):
		default:
			m.state = csDead
		}
	case csShowInts:
		m.expect(i, parser.SecintLexerLIKE, csShowLike)
	case csShowLike:
		if tt == parser.SecintLexerSTRING || tt == parser.SecintLexerDOLLAR_STRING || isNameWord(t) {
			m.role(i, rolePattern)
			m.state = csEnd
			return
		}
		m.state = csDead
	case csDropEnd:
		if tt == parser.SecintLexerCASCADE || tt == parser.SecintLexerRESTRICT {
			kw(csEnd)
			return
		}
		m.state = csDead
	case csEnd, csDead:
		m.state = csDead
	}
}

func (m *stmtMachine) expect(i, tt int, next ctxState) {
	if m.toks[i].Type == tt {
		m.role(i, roleKeyword)
		m.state = next
		return
	}
	m.state = csDead
}

// integrationWord reads INTEGRATION (DESC, DROP) or INTEGRATIONS (SHOW).
func (m *stmtMachine) integrationWord(i int) {
	if m.kind == syntax.KindShow {
		m.expect(i, parser.SecintLexerINTEGRATIONS, csShowInts)
	} else {
		m.expect(i, parser.SecintLexerINTEGRATION, csIntegration)
	}
}

func (m *stmtMachine) nameWord(i int) {
	t := &m.toks[i]
	if !isNameWord(t) {
		m.state = csDead
		return
	}
	m.role(i, roleName)
	m.name = t
	m.nameParts = 1
	m.state = csAfterName
}

// actionWord starts an ALTER action at SET or UNSET, if token i is one.
func (m *stmtMachine) actionWord(i int) bool {
	if m.kind != syntax.KindAlter {
		return false
	}
	t := &m.toks[i]
	n := m.next(i)
	switch {
	case t.Type == parser.SecintLexerSET:
		m.action, m.state = syntax.ActionSet, csPropName
	case t.Type == parser.SecintLexerUNSET && (n == nil || n.Type != parser.SecintLexerEQ):
		m.action, m.state = syntax.ActionUnset, csUnsetItem
	default:
		return false
	}
	m.role(i, roleKeyword)
	m.inAction, m.justAction, m.tag = true, true, false
	return true
}

func (m *stmtMachine) valueRole(i int) {
	if m.tag {
		m.roles[i] = tokenRole{kind: roleTagValue}
	} else {
		m.roles[i] = tokenRole{kind: roleValue, prop: m.prop}
	}
}

// value reads the first token of a property or tag value.
func (m *stmtMachine) value(i int) {
	t := &m.toks[i]
	m.valueRole(i)
	switch {
	case t.Type == parser.SecintLexerSTRING || t.Type == parser.SecintLexerDOLLAR_STRING:
		m.record(strings.TrimSpace(syntax.UnescapeString(t.Text)), false)
		m.state = csAfterValue
	case t.Type == parser.SecintLexerNUMBER:
		m.state = csAfterValue
	case isNameWord(t):
		m.record(syntax.IdentKey(*t), t.Type == parser.SecintLexerQUOTED_ID)
		m.state = csAfterValue
	case t.Type == parser.SecintLexerMINUS:
		m.state = csPropMinus
	case t.Type == parser.SecintLexerLPAREN:
		m.depth = 1
		m.state = csPropList
	default:
		m.state = csDead
	}
}

func (m *stmtMachine) record(word string, quotedName bool) {
	if m.tag || m.prop == "" {
		return
	}
	if _, ok := m.values[m.prop]; !ok {
		m.values[m.prop] = syntax.UpperASCII(word)
	}
	if m.prop == "OAUTH_GRANT" && !quotedName {
		if f := catalog.FlowFromGrant(word); f != catalog.FlowNone {
			m.grant = f
		}
	}
}

// has reports whether the statement names property key (as a property or an
// UNSET item).
func (m *stmtMachine) has(key string) bool {
	for _, p := range m.props {
		if p.key == key {
			return true
		}
	}
	for _, p := range m.unsetItems {
		if p.key == key {
			return true
		}
	}
	return false
}

// hasForeign reports whether the statement names another kind's property.
func (m *stmtMachine) hasForeign() bool {
	for _, p := range m.props {
		if catalog.LookupProperty(p.key) == nil && catalog.ForeignKind(p.key) != "" {
			return true
		}
	}
	for _, p := range m.unsetItems {
		if catalog.LookupProperty(p.key) == nil && catalog.ForeignKind(p.key) != "" {
			return true
		}
	}
	return false
}

// --- what earlier statements established ---

// knownName is an integration created or altered earlier in the document.
type knownName struct {
	text    string // as written the last time
	key     string
	line    int // 0-based line of the statement that last named it
	created bool
	order   int
}

// history replays the statements before offset start: the registry (as the
// checks build it), the names still around, and where names were dropped.
type history struct {
	reg     check.Registry
	names   map[string]*knownName
	dropped map[string]int // key → 0-based line of the DROP
}

func replay(an *document.Analysis, start int) *history {
	return replayWhere(an, start, func(string) bool { return true })
}

// replayNames is replay for the integrations the names given name (nil ones
// are skipped): what questions about one statement's integration need,
// without replaying the whole document.
func replayNames(an *document.Analysis, start int, names ...*syntax.Token) *history {
	var keys []string
	for _, n := range names {
		if n != nil {
			keys = append(keys, syntax.IdentKey(*n))
		}
	}
	return replayWhere(an, start, func(key string) bool { return slices.Contains(keys, key) })
}

// replayWhere replays the statements before start that name one
// integration whose key passes keep (only such statements touch the
// registry; segment.name is that key).
func replayWhere(an *document.Analysis, start int, keep func(key string) bool) *history {
	h := &history{reg: check.Registry{}, names: map[string]*knownName{}, dropped: map[string]int{}}
	i := -1
	for _, s := range an.Segs {
		st := s.St
		if st == nil {
			continue
		}
		i++ // the statement's order among ours
		if st.Base >= start {
			break
		}
		if s.Name == "" || !keep(s.Name) {
			continue
		}
		h.reg.Apply(st)
		key := s.Name
		switch st.Kind {
		case syntax.KindCreate, syntax.KindAlter:
			kn := h.names[key]
			if kn == nil || st.Kind == syntax.KindCreate {
				kn = &knownName{key: key}
				h.names[key] = kn
			}
			kn.text = st.Name.Parts[0].Text
			kn.line = an.Lines.LineOf(st.Base)
			kn.created = kn.created || st.Kind == syntax.KindCreate
			kn.order = i
			delete(h.dropped, key)
		case syntax.KindDrop:
			delete(h.names, key)
			h.dropped[key] = an.Lines.LineOf(st.Base)
		}
	}
	return h
}

// --- items ---

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
			add(keywordItem("OR REPLACE", "replace an existing integration of the same name", 1))
		}
		add(keywordItem("SECURITY INTEGRATION", "", 0))
	case csCreateOr:
		add(keywordItem("REPLACE", "", 0))
	case csCreateReplace:
		add(keywordItem("SECURITY INTEGRATION", "", 0))
	case csCreateSecurity:
		add(keywordItem("INTEGRATION", "", 0))
	case csAlter:
		add(keywordItem("SECURITY INTEGRATION", "", 0), keywordItem("INTEGRATION", "", 1))
	case csAlterSecurity:
		add(keywordItem("INTEGRATION", "", 0))
	case csKind:
		if s.kind == syntax.KindShow {
			add(keywordItem("INTEGRATIONS", "", 0), keywordItem("SECURITY INTEGRATIONS", "", 1))
		} else {
			add(keywordItem("INTEGRATION", "", 0), keywordItem("SECURITY INTEGRATION", "", 1))
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
		switch s.kind {
		case syntax.KindCreate:
			if s.orReplace {
				add(c.nameItems()...)
			} else {
				add(keywordItem("IF NOT EXISTS", "do nothing when the integration already exists", 2))
			}
		case syntax.KindAlter, syntax.KindDrop:
			add(c.nameItems()...)
			add(keywordItem("IF EXISTS", "do nothing when the integration does not exist", 2))
		case syntax.KindDescribe:
			add(c.nameItems()...)
		}
	case csIf:
		if s.kind == syntax.KindCreate {
			add(keywordItem("NOT EXISTS", "", 0))
		} else {
			add(keywordItem("EXISTS", "", 0))
		}
	case csIfNot:
		add(keywordItem("EXISTS", "", 0))
	case csName:
		if s.kind != syntax.KindCreate {
			add(c.nameItems()...)
		}
	case csAfterName:
		switch s.kind {
		case syntax.KindCreate:
			add(c.propertyItems()...)
		case syntax.KindAlter:
			add(actionItems()...)
		}
	case csActions:
		add(actionItems()...)
	case csPropName, csAfterValue:
		if s.tag {
			break
		}
		add(c.propertyItems()...)
		if s.state == csPropName && s.justAction && s.action == syntax.ActionSet {
			add(keywordItem("TAG", "set tags on the integration: SET TAG name = 'value'", 5))
		}
	case csPropValue:
		if s.tag {
			add(snippetValue("'…'", "'${1:value}'", "value", "a tag value: a string of at most 256 characters", 0))
		} else {
			add(c.valueItems(s.prop)...)
		}
	case csUnsetItem:
		add(c.unsetItems()...)
		if s.justAction {
			add(keywordItem("TAG", "remove tags from the integration: UNSET TAG name", 5))
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
// parts (after '_' or a space), ignoring case: "client" finds OAUTH_CLIENT_ID.
func matchesWord(label, word string) bool {
	if word == "" {
		return true
	}
	l, w := strings.ToUpper(label), strings.ToUpper(word)
	if strings.HasPrefix(l, w) {
		return true
	}
	for i := 0; i < len(l); i++ {
		if (l[i] == '_' || l[i] == ' ') && strings.HasPrefix(l[i+1:], w) {
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

// startItems are the statements of the family, and templates for CREATE.
func startItems() []protocol.CompletionItem {
	var out []protocol.CompletionItem
	kws := []struct{ label, doc string }{
		{"CREATE SECURITY INTEGRATION", "create an integration: TYPE = API_AUTHENTICATION for External API Authentication"},
		{"CREATE OR REPLACE SECURITY INTEGRATION", "create an integration, replacing one of the same name"},
		{"ALTER SECURITY INTEGRATION", "change an integration: SET or UNSET properties or tags"},
		{"ALTER INTEGRATION", "change an integration (SECURITY may be left out)"},
		{"DESCRIBE INTEGRATION", "show an integration's properties"},
		{"DESC INTEGRATION", "show an integration's properties (short for DESCRIBE)"},
		{"DROP INTEGRATION", "remove an integration"},
		{"SHOW INTEGRATIONS", "list the integrations you can see"},
		{"SHOW SECURITY INTEGRATIONS", "list the security integrations you can see"},
	}
	for i, k := range kws {
		it := keywordItem(k.label, k.doc, 0)
		it.SortText = sortKey(0, i)
		out = append(out, it)
	}
	for i, f := range catalog.FlowAll.Flows() {
		out = append(out, protocol.CompletionItem{
			Label: "CREATE SECURITY INTEGRATION … (" + f.Describe() + ")", Kind: "snippet",
			Detail:        "a complete CREATE statement for the " + f.Describe() + " flow",
			Documentation: "A CREATE SECURITY INTEGRATION statement with every property the " + f.Describe() + " flow needs; press Tab to move between the parts to fill in.",
			InsertText:    createTemplate(f), InsertTextFormat: "snippet",
			FilterText: "CREATE SECURITY INTEGRATION " + f.Grant(), SortText: sortKey(1, i),
		})
	}
	return out
}

// createTemplate is a CREATE statement for one flow, as a snippet.
func createTemplate(f catalog.Flow) string {
	lines := []string{
		"CREATE SECURITY INTEGRATION ${1:my_integration}",
		"  TYPE = API_AUTHENTICATION",
		"  AUTH_TYPE = OAUTH2",
		"  ENABLED = TRUE",
	}
	n := 2
	if f != catalog.FlowClientCredentials {
		lines = append(lines, fmt.Sprintf("  OAUTH_AUTHORIZATION_ENDPOINT = '${%d:https://}'", n))
		n++
	}
	lines = append(lines,
		fmt.Sprintf("  OAUTH_TOKEN_ENDPOINT = '${%d:https://}'", n),
		"  OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_POST",
		fmt.Sprintf("  OAUTH_CLIENT_ID = '${%d:client id}'", n+1),
		fmt.Sprintf("  OAUTH_CLIENT_SECRET = '${%d:client secret}'", n+2),
		"  OAUTH_GRANT = '"+f.Grant()+"'")
	n += 3
	if f == catalog.FlowClientCredentials {
		lines = append(lines, fmt.Sprintf("  OAUTH_ALLOWED_SCOPES = ('${%d:scope}');", n))
	} else {
		lines = append(lines, fmt.Sprintf("  OAUTH_REFRESH_TOKEN_VALIDITY = ${%d:7776000};", n))
	}
	return strings.Join(lines, "\n")
}

func actionItems() []protocol.CompletionItem {
	return []protocol.CompletionItem{
		keywordItem("SET", "set one or more properties: SET NAME = value", 0),
		keywordItem("UNSET", "reset properties to their defaults: UNSET ENABLED, COMMENT", 1),
		keywordItem("SET TAG", "set tags: SET TAG name = 'value'", 2),
		keywordItem("UNSET TAG", "remove tags: UNSET TAG name", 3),
	}
}

// history is what the statements before the caret's say about its
// integration.
func (c *caretContext) history() *history {
	return replayNames(c.an, c.start, c.snap.name, c.full.name)
}

// nameItems are the integrations created or altered earlier in the document.
func (c *caretContext) nameItems() []protocol.CompletionItem {
	h := replay(c.an, c.start)
	var ns []*knownName
	for _, kn := range h.names {
		ns = append(ns, kn)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].order > ns[j].order }) // most recent first
	var out []protocol.CompletionItem
	for i, kn := range ns {
		st := h.reg[kn.key]
		detail := fmt.Sprintf("altered on line %d", kn.line+1)
		if st.Created != nil {
			detail = fmt.Sprintf("created on line %d", c.an.Lines.LineOf(st.Created.Base)+1)
		}
		switch {
		case st.Kind == check.KindForeign:
			detail += " · another kind of integration"
		case st.Flow != catalog.FlowNone:
			detail += " · " + st.Flow.Describe() + " flow"
		}
		out = append(out, protocol.CompletionItem{Label: kn.text, Kind: "integration", Detail: detail,
			Documentation: nameMarkdown(c.an, h, kn.key, kn.text),
			InsertText:    kn.text, InsertTextFormat: "plain", SortText: sortKey(0, i)})
	}
	return out
}

// ours reports whether the statement at the caret may be given our
// properties: it is not known (or guessed) to be another kind.
func (c *caretContext) ours(h *history) bool {
	return c.full.ours(h)
}

// ours reports whether a statement manages (or may manage) an External API
// Authentication integration, as the checks decide it: a CREATE of another
// TYPE or AUTH_TYPE, an ALTER of an integration created as another kind, and
// an ALTER of an unknown one naming another kind's property are not ours.
func (m *stmtMachine) ours(h *history) bool {
	switch m.kind {
	case syntax.KindCreate:
		if typ, ok := m.values["TYPE"]; ok && typ != "API_AUTHENTICATION" && m.has("TYPE") {
			return false
		}
		if !m.has("TYPE") && m.hasForeign() {
			return false
		}
	case syntax.KindAlter:
		var st check.IntegrationState
		if m.name != nil {
			st = h.reg[syntax.IdentKey(*m.name)]
		}
		switch st.Kind {
		case check.KindForeign:
			return false
		case check.KindUnknown:
			if m.hasForeign() {
				return false
			}
		}
	}
	return true
}

// propertyItems are the properties that may come next in CREATE or ALTER
// SET: legal for the statement's flow and not yet given.
func (c *caretContext) propertyItems() []protocol.CompletionItem {
	h := c.history()
	if !c.ours(h) {
		return nil
	}
	create := c.full.kind == syntax.KindCreate
	flow := c.statementFlow(h)
	kinds := c.statementKinds(h)
	// The name written after the caret's word, if any, is followed by '=':
	// then insert the name alone.
	nameOnly := false
	if n := c.nextToken(); n != nil && n.Type == parser.SecintLexerEQ {
		nameOnly = true
	}
	var out []protocol.CompletionItem
	for i, p := range catalog.Catalog {
		if (create && !p.InCreate) || (!create && !p.InSet) || c.full.has(p.Name) || p.Kinds&kinds == 0 {
			continue
		}
		rank, note := propertyRank(p, flow, kinds, create)
		if rank < 0 {
			continue
		}
		detail := p.TypeText()
		if note != "" {
			detail = note + " · " + detail
		}
		order := i + 1
		if p.Name == "OAUTH_GRANT" && flow == catalog.FlowNone {
			order = 0 // it decides what else applies
		}
		it := protocol.CompletionItem{Label: p.Name, Kind: "property", Detail: detail,
			Documentation: propertyMarkdown(p, flow), SortText: sortKey(rank, order)}
		if nameOnly {
			it.InsertText, it.InsertTextFormat = p.Name, "plain"
		} else {
			it.InsertText, it.InsertTextFormat = p.Name+" = "+valueSnippet(p, c.full), "snippet"
		}
		out = append(out, it)
	}
	return out
}

// propertyRank orders properties: required ones first in CREATE, then those
// the docs list for the flow, then the ones only tolerated, then the
// undocumented one; -1 leaves a property out (its flow does not take it).
func propertyRank(p *catalog.PropertyInfo, flow catalog.Flow, kinds catalog.Kind, create bool) (int, string) {
	switch {
	case kinds&catalog.KindOAuth2 != 0 && p.Kinds&catalog.KindOAuth2 == 0:
		return 2, p.Kinds.Names() + " only" // kind not known, or known to be OAuth2
	case flow != catalog.FlowNone && p.Flows&flow == 0 && p.Tolerated&flow == 0:
		return -1, ""
	case p.Undocumented:
		return 4, "undocumented"
	case flow != catalog.FlowNone && p.Flows&flow == 0:
		return 3, "accepted, not documented for the " + flow.Describe() + " flow"
	case create && (p.Required && p.Covers(kinds) || p.Name == "TYPE"):
		return 0, "required"
	case p.Name == "OAUTH_GRANT" && flow == catalog.FlowNone:
		return 1, "chooses the flow"
	case flow == catalog.FlowNone && p.Flows != catalog.FlowAll:
		return 2, check.FlowNames(p.Flows) + " flow"
	}
	return 1, ""
}

// valueSnippet is a property's value as a snippet with a tab stop.
func valueSnippet(p *catalog.PropertyInfo, m *stmtMachine) string {
	switch p.Type {
	case catalog.TypeBool:
		return "${1|TRUE,FALSE|}"
	case catalog.TypeEnum:
		if len(p.Allowed) == 1 {
			return p.Allowed[0]
		}
		return "${1|" + strings.Join(p.Allowed, ",") + "|}"
	case catalog.TypeGrant:
		return "'${1|" + strings.Join(grantOrder(m), ",") + "|}'"
	case catalog.TypeURL:
		return "'${1:https://}'"
	case catalog.TypeString:
		return "'${1:" + stringPlaceholder(p) + "}'"
	case catalog.TypeInteger:
		return "${1:" + integerExample(p) + "}"
	case catalog.TypeScopes:
		return "('${1:scope}')"
	}
	return "$1"
}

func stringPlaceholder(p *catalog.PropertyInfo) string {
	switch p.Name {
	case "OAUTH_CLIENT_ID":
		return "client id"
	case "OAUTH_CLIENT_SECRET":
		return "client secret"
	case "OAUTH_ASSERTION_ISSUER":
		return "issuer"
	case "COMMENT":
		return "comment"
	}
	return "text"
}

func integerExample(p *catalog.PropertyInfo) string {
	if p.Name == "OAUTH_REFRESH_TOKEN_VALIDITY" {
		return "7776000"
	}
	return "3600"
}

// grantOrder lists the grants, those that fit the statement's other
// properties first.
func grantOrder(m *stmtMachine) []string {
	type g struct {
		name string
		bad  int
	}
	var gs []g
	for _, f := range catalog.FlowAll.Flows() {
		bad := 0
		if m != nil {
			for _, p := range m.props {
				if info := catalog.LookupProperty(p.key); info != nil && info.Flows&f == 0 {
					bad++
					if info.Tolerated&f == 0 {
						bad += 10
					}
				}
			}
		}
		gs = append(gs, g{f.Grant(), bad})
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].bad < gs[j].bad })
	out := make([]string, len(gs))
	for i := range gs {
		out[i] = gs[i].name
	}
	return out
}

// valueItems are the values property key takes.
func (c *caretContext) valueItems(key string) []protocol.CompletionItem {
	p := catalog.LookupProperty(key)
	if p == nil {
		return nil
	}
	if c.full.kind == syntax.KindCreate || c.full.kind == syntax.KindAlter {
		if !c.ours(c.history()) && key != "TYPE" {
			return nil
		}
	}
	value := func(label, doc string, rank, order int) protocol.CompletionItem {
		return protocol.CompletionItem{Label: label, Kind: "value", Detail: p.Name + " value", Documentation: doc,
			InsertText: label, InsertTextFormat: "plain", SortText: sortKey(rank, order)}
	}
	var out []protocol.CompletionItem
	switch p.Type {
	case catalog.TypeBool:
		out = append(out, value("TRUE", valueDoc(p, "TRUE"), 0, 0), value("FALSE", valueDoc(p, "FALSE"), 0, 1))
	case catalog.TypeEnum:
		for i, a := range p.Allowed {
			out = append(out, value(a, valueDoc(p, a), 0, i))
		}
	case catalog.TypeGrant:
		for i, g := range grantOrder(c.full) {
			it := value("'"+g+"'", valueDoc(p, g), 0, i)
			it.FilterText = g
			out = append(out, it)
		}
	case catalog.TypeURL:
		out = append(out, snippetValue("'https://…'", "'${1:https://}'", "https", "a URL in single quotes", 0))
	case catalog.TypeString:
		ph := stringPlaceholder(p)
		out = append(out, snippetValue("'…'", "'${1:"+ph+"}'", ph, "a string in single quotes", 0))
	case catalog.TypeInteger:
		ex := integerExample(p)
		it := value(ex, fmt.Sprintf("%s seconds (%s)", ex, humanSeconds(ex)), 0, 0)
		if ex == "7776000" {
			it.Documentation += ", the default"
		}
		out = append(out, it)
	case catalog.TypeScopes:
		out = append(out, snippetValue("('…')", "('${1:scope}')", "scope", "a list of scopes: ('scope_a', 'scope_b')", 0))
	}
	return out
}

// unsetItems are the properties UNSET takes that the statement has not named.
func (c *caretContext) unsetItems() []protocol.CompletionItem {
	h := c.history()
	if !c.ours(h) {
		return nil
	}
	kinds := c.statementKinds(h)
	if !kinds.UnsetDocumented() {
		return nil // the kind's ALTER page documents no UNSET
	}
	var out []protocol.CompletionItem
	for i, p := range catalog.Catalog {
		if !p.InSet || p.Unset != catalog.UnsetDocumented || c.full.has(p.Name) || p.Kinds&kinds == 0 {
			continue
		}
		out = append(out, protocol.CompletionItem{Label: p.Name, Kind: "property", Detail: "reset to its default",
			Documentation: propertyMarkdown(p, catalog.FlowNone), InsertText: p.Name, InsertTextFormat: "plain",
			SortText: sortKey(0, i)})
	}
	return out
}
