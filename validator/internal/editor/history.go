package editor

import (
	"slices"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/syntax"
)

// What earlier statements of the document established about the
// integration a statement names, replayed with the checks' own registry
// (check.Registry), so that completion and hover agree with the checks.

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
			if text := nameText(st.Name.Parts[0]); text != "" {
				kn.text = text
			}
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
	var known check.IntegrationKind
	if m.kind == syntax.KindAlter && m.name != nil {
		known = h.reg[syntax.IdentKey(*m.name)].Kind
	}
	typ, hasType := m.values["TYPE"]
	return check.Ours(m.kind, typ, hasType && m.has("TYPE"), m.hasForeign(), known)
}

// nameText is a name as completion writes it again: as written, or for
// IDENTIFIER('…') the name the string holds, when it is one (a string
// after DROP INTEGRATION would be a syntax error); "" when it holds none.
func nameText(t syntax.Token) string {
	if t.Type != parser.SecintLexerSTRING && t.Type != parser.SecintLexerDOLLAR_STRING {
		return t.Text
	}
	s := syntax.UnescapeString(t.Text)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s
	}
	for i, c := range s {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && ('0' <= c && c <= '9' || c == '$')) {
			return ""
		}
	}
	return s
}
