package editor

import (
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/syntax"
)

// stmtMachine reads a statement's tokens the way a person types them, and
// names the place each token stands at (ctxState) and what each token is
// (tokenRole). Completion and hover use it where the parse tree says too
// little; TestCompletionAgreesWithTheGrammar holds it to the grammar.

type ctxState int

const (
	csStart            ctxState = iota
	csCreate                    // CREATE
	csCreateOr                  // CREATE OR
	csCreateReplace             // CREATE OR REPLACE
	csCreateSecurity            // CREATE [OR REPLACE] SECURITY
	csAlter                     // ALTER
	csAlterSecurity             // ALTER SECURITY
	csExternal                  // CREATE [OR REPLACE] / ALTER EXTERNAL: ACCESS
	csExternalAccess            // ... EXTERNAL ACCESS: INTEGRATION
	csKind                      // DESC / DROP / SHOW: a kind word or INTEGRATION(S)
	csKindExternal              // ... EXTERNAL: ACCESS
	csKindDone                  // ... kind: INTEGRATION(S)
	csIntegration               // ... INTEGRATION: IF or the name
	csIf                        // IF: NOT (CREATE) or EXISTS
	csIfNot                     // IF NOT: EXISTS
	csName                      // IF [NOT] EXISTS: the name
	csNameDot                   // name '.': another part
	csAfterName                 // the name: properties, actions, or the end
	csActions                   // ALTER name: SET or UNSET
	csPropName                  // a property name (CREATE, ALTER SET)
	csPropEq                    // NAME: '='
	csPropValue                 // NAME =: a value
	csPropMinus                 // NAME = -: a number
	csPropList                  // inside ( ... )
	csAfterValue                // NAME = value: another property or ','
	csUnsetItem                 // UNSET or ',': an item
	csUnsetAfter                // UNSET item: ','
	csTagName                   // SET TAG or ',': a tag name
	csTagAfterName              // tag name: '.' or '='
	csTagDot                    // tag name '.': a part
	csUnsetTagName              // UNSET TAG or ',': a tag name
	csUnsetTagAfter             // UNSET TAG name: '.' or ','
	csShowInts                  // SHOW ... INTEGRATIONS: LIKE
	csShowLike                  // LIKE: a pattern
	csShowSecrets               // SHOW SECRETS: LIKE or IN
	csShowSecretsLiked          // SHOW SECRETS LIKE pattern: IN
	csShowIn                    // SHOW SECRETS ... IN: where (ACCOUNT, DATABASE db, ...)
	csShowInAfter               // IN word: another word, '.', or the end
	csShowInDot                 // IN word '.': a part
	csDropEnd                   // DROP ... name: CASCADE / RESTRICT (reported) or the end
	csEnd                       // complete: nothing more
	csDead                      // not a statement of ours (or too broken to read)
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
	object      *catalog.Object // the object a secret or external access statement manages; nil for security integrations
	orReplace   bool
	ifNotExists bool
	ifExists    bool
	name        *syntax.Token // the integration name (first part)
	nameParts   int
	nameKey     string // the whole name as Snowflake compares it (parts joined by '.')
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
	refs        map[string]string // key → the first value as a name key (strings unquoted), for API_AUTHENTICATION
	grant       catalog.Flow
	roles       []tokenRole
}

// runMachine reads toks, storing in snap (if not nil) the machine as it
// stood before token at (the caret's), and returns the machine after all of
// them. Token skip (the word being typed) is not recorded as a property.
func runMachine(toks []syntax.Token, at, skip int, snap *stmtMachine) *stmtMachine {
	m := &stmtMachine{toks: toks, caret: at, skip: skip, values: map[string]string{}, refs: map[string]string{}, roles: make([]tokenRole, len(toks))}
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
	case csCreate, csCreateReplace:
		switch {
		case tt == parser.SecintLexerOR && m.state == csCreate:
			kw(csCreateOr)
		case tt == parser.SecintLexerSECURITY:
			kw(csCreateSecurity)
		case tt == parser.SecintLexerSECRET:
			m.kind, m.object = syntax.KindCreateSecret, catalog.Secrets
			kw(csIntegration)
		case tt == parser.SecintLexerEXTERNAL:
			m.kind, m.object = syntax.KindCreateAccess, catalog.AccessIntegrations
			kw(csExternal)
		default:
			m.state = csDead
		}
	case csCreateOr:
		m.expect(i, parser.SecintLexerREPLACE, csCreateReplace)
		m.orReplace = m.state != csDead
	case csCreateSecurity:
		m.expect(i, parser.SecintLexerINTEGRATION, csIntegration)
	case csAlter:
		switch tt {
		case parser.SecintLexerSECURITY:
			kw(csAlterSecurity)
		case parser.SecintLexerINTEGRATION:
			kw(csIntegration)
		case parser.SecintLexerSECRET:
			m.kind, m.object = syntax.KindAlterSecret, catalog.Secrets
			kw(csIntegration)
		case parser.SecintLexerEXTERNAL:
			m.kind, m.object = syntax.KindAlterAccess, catalog.AccessIntegrations
			kw(csExternal)
		default:
			m.state = csDead
		}
	case csAlterSecurity:
		m.expect(i, parser.SecintLexerINTEGRATION, csIntegration)
	case csExternal:
		m.expect(i, parser.SecintLexerACCESS, csExternalAccess)
	case csExternalAccess:
		m.expect(i, parser.SecintLexerINTEGRATION, csIntegration)
	case csKind:
		switch {
		case tt == parser.SecintLexerSECURITY || tt == parser.SecintLexerAPI || tt == parser.SecintLexerCATALOG ||
			tt == parser.SecintLexerNOTIFICATION || tt == parser.SecintLexerSTORAGE:
			kw(csKindDone)
		case tt == parser.SecintLexerEXTERNAL:
			kw(csKindExternal)
		case tt == parser.SecintLexerSECRET && m.kind != syntax.KindShow:
			m.object = catalog.Secrets
			if m.kind == syntax.KindDrop {
				m.kind = syntax.KindDropSecret
			} else {
				m.kind = syntax.KindDescribeSecret
			}
			kw(csIntegration)
		case tt == parser.SecintLexerSECRETS && m.kind == syntax.KindShow:
			m.kind, m.object = syntax.KindShowSecrets, catalog.Secrets
			kw(csShowSecrets)
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
		// DESC SECRET takes no IF EXISTS.
		if n := m.next(i); tt == parser.SecintLexerIF && m.kind != syntax.KindDescribeSecret && (n == nil || i+1 == m.caret ||
			n.Type == parser.SecintLexerEXISTS || n.Type == parser.SecintLexerNOT) {
			kw(csIf)
			return
		}
		m.nameWord(i)
	case csIf:
		switch {
		case m.kind.Creates() && tt == parser.SecintLexerNOT:
			kw(csIfNot)
		case !m.kind.Creates() && tt == parser.SecintLexerEXISTS:
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
			m.nameKey += "." + syntax.IdentKey(*t)
			m.state = csAfterName
			return
		}
		m.state = csDead
	case csAfterName:
		if tt == parser.SecintLexerDOT {
			kw(csNameDot)
			return
		}
		switch {
		case m.kind.Creates():
			m.state = csPropName
		case m.kind.Alters():
			m.state = csActions
		case m.kind == syntax.KindDrop:
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
		case m.kind.Alters() && !m.justAction && m.actionWord(i):
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
			if m.kind == syntax.KindShowSecrets {
				m.state = csShowSecretsLiked
			}
			return
		}
		m.state = csDead
	case csShowSecrets:
		switch tt {
		case parser.SecintLexerLIKE:
			kw(csShowLike)
		case parser.SecintLexerIN:
			kw(csShowIn)
		default:
			m.state = csDead
		}
	case csShowSecretsLiked:
		m.expect(i, parser.SecintLexerIN, csShowIn)
	case csShowIn, csShowInDot:
		if isNameWord(t) {
			m.role(i, roleKeyword)
			m.state = csShowInAfter
			return
		}
		m.state = csDead
	case csShowInAfter:
		switch {
		case tt == parser.SecintLexerDOT:
			kw(csShowInDot)
		case isNameWord(t):
			m.role(i, roleKeyword)
		default:
			m.state = csDead
		}
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
	m.nameKey = syntax.IdentKey(*t)
	m.state = csAfterName
}

// actionWord starts an ALTER action at SET or UNSET, if token i is one.
func (m *stmtMachine) actionWord(i int) bool {
	if !m.kind.Alters() {
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
		m.recordRef(strings.TrimSpace(syntax.UnescapeString(t.Text)))
		m.state = csAfterValue
	case t.Type == parser.SecintLexerNUMBER:
		m.state = csAfterValue
	case isNameWord(t):
		m.record(syntax.IdentKey(*t), t.Type == parser.SecintLexerQUOTED_ID)
		m.recordRef(syntax.IdentKey(*t))
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

// recordRef keeps a value as the name it gives, for the properties that
// name another object (never a secret's: those rows name no object).
func (m *stmtMachine) recordRef(key string) {
	if m.tag || m.prop == "" || m.object == nil {
		return
	}
	if p := m.object.Lookup(m.prop); p == nil || p.Refers == catalog.RefNone || p.Secret {
		return
	}
	if _, ok := m.refs[m.prop]; !ok {
		m.refs[m.prop] = key
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
		if check.IsForeignProperty(p.key) {
			return true
		}
	}
	for _, p := range m.unsetItems {
		if check.IsForeignProperty(p.key) {
			return true
		}
	}
	return false
}
