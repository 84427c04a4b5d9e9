package lsp

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/validator"
)

// Document symbols, definition and references, for integration names.
//
// The engine exports its statements (Analysis.Statements) with tokens in
// byte offsets; what it does not export is a list of the objects a
// worksheet defines and the names that refer to them. The adapter below
// makes that list from the statements: each statement of our family with a
// name is a use of that name, and a CREATE is its definition. Secrets and
// external access integrations are not among the engine's statements yet;
// when they are, they join here.

// nameUse is one integration name in the document.
type nameUse struct {
	key        string // as Snowflake compares names
	from, to   int    // byte offsets of the name
	create     bool
	stmt       *validator.Statement
	stmtFrom   int // byte offsets of the whole statement
	stmtTo     int
	kindPhrase string // SECURITY INTEGRATION, STORAGE INTEGRATION, ...
}

// names lists every integration name of the document's statements, in
// document order.
func names(an *validator.Analysis) []nameUse {
	var out []nameUse
	for _, st := range an.Statements() {
		if st.Name == nil || len(st.Name.Parts) == 0 || len(st.Tokens) == 0 {
			continue
		}
		switch st.Kind {
		case validator.KindCreate, validator.KindAlter, validator.KindDescribe, validator.KindDrop:
		default:
			continue
		}
		parts := st.Name.Parts
		u := nameUse{
			key:      st.Name.Key(),
			from:     st.BaseByte + parts[0].StartByte,
			to:       st.BaseByte + parts[len(parts)-1].EndByte,
			create:   st.Kind == validator.KindCreate,
			stmt:     st,
			stmtFrom: st.BaseByte + st.First.StartByte,
			stmtTo:   st.BaseByte + st.Tokens[len(st.Tokens)-1].EndByte,
		}
		var kw []string
		for _, t := range st.KindWords {
			kw = append(kw, strings.ToUpper(t.Text))
		}
		if len(kw) == 0 && u.create {
			// The engine reads only CREATE SECURITY INTEGRATION, and
			// leaves its KindWords empty.
			kw = []string{"SECURITY"}
		}
		u.kindPhrase = strings.TrimSpace(strings.Join(kw, " ") + " INTEGRATION")
		out = append(out, u)
	}
	return out
}

// nameAt is the name use under byte offset off (its end included, so that
// a caret just after a name is on it).
func nameAt(uses []nameUse, off int) *nameUse {
	i := sort.Search(len(uses), func(i int) bool { return uses[i].to >= off })
	if i < len(uses) && uses[i].from <= off {
		return &uses[i]
	}
	return nil
}

// symbolDetailProperties are the properties whose values a symbol's detail
// shows: they say what the integration is, and none is secret.
var symbolDetailProperties = []string{"TYPE", "AUTH_TYPE", "OAUTH_GRANT"}

func (s *server) documentSymbol(params json.RawMessage) (any, error) {
	var p documentSymbolParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := s.open(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	li := d.lines()
	hierarchical := s.caps.TextDocument.DocumentSymbol.HierarchicalDocumentSymbolSupport
	var tree []documentSymbol
	flat := []symbolInformation{}
	for _, u := range names(d.doc.Analysis()) {
		if !u.create {
			continue
		}
		name := displayName(u.stmt)
		sel := li.rangeOfBytes(u.from, u.to, d.enc)
		whole := li.rangeOfBytes(u.stmtFrom, u.stmtTo, d.enc)
		if !hierarchical {
			flat = append(flat, symbolInformation{Name: name, Kind: symbolKindObject, Location: location{URI: d.uri, Range: whole}})
			continue
		}
		sym := documentSymbol{Name: name, Kind: symbolKindObject, Range: whole, SelectionRange: sel, Detail: u.kindPhrase}
		var facts []string
		for _, prop := range u.stmt.Properties {
			if prop.Name == nil || len(prop.Name.Parts) == 0 {
				continue
			}
			pname := prop.Name.Key()
			pfrom := u.stmt.BaseByte + prop.Name.Parts[0].StartByte
			pto := u.stmt.BaseByte + runeToByte(u.stmt, prop.End)
			if pto < pfrom {
				pto = u.stmt.BaseByte + prop.Name.Parts[len(prop.Name.Parts)-1].EndByte
			}
			psel := li.rangeOfBytes(pfrom, u.stmt.BaseByte+prop.Name.Parts[len(prop.Name.Parts)-1].EndByte, d.enc)
			// Children are named, never valued: a value may be a secret.
			sym.Children = append(sym.Children, documentSymbol{Name: pname, Kind: symbolKindProperty,
				Range: li.rangeOfBytes(pfrom, pto, d.enc), SelectionRange: psel})
			for _, shown := range symbolDetailProperties {
				if pname == shown && prop.Value != nil && prop.Value.Kind != validator.ValueList {
					if info := validator.LookupProperty(pname); info == nil || !info.Secret {
						facts = append(facts, strings.Trim(prop.Value.Text, "'"))
					}
				}
			}
		}
		if len(facts) > 0 {
			sym.Detail += " · " + strings.Join(facts, " · ")
		}
		tree = append(tree, sym)
	}
	if !hierarchical {
		return flat, nil
	}
	if tree == nil {
		tree = []documentSymbol{}
	}
	return tree, nil
}

// displayName is a name as written, its parts joined by '.'.
func displayName(st *validator.Statement) string {
	var parts []string
	for _, t := range st.Name.Parts {
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, ".")
}

// runeToByte converts a rune offset within a statement to a byte offset
// within it, from the statement's tokens (the engine's Property and Value
// carry rune offsets only).
func runeToByte(st *validator.Statement, off int) int {
	ts := st.Tokens
	i := sort.Search(len(ts), func(i int) bool { return ts[i].End >= off })
	if i == len(ts) {
		if len(ts) == 0 {
			return 0
		}
		return ts[len(ts)-1].EndByte
	}
	t := ts[i]
	if off <= t.Start {
		return t.StartByte
	}
	b := t.StartByte
	for r := t.Start; r < off && b-t.StartByte < len(t.Text); r++ {
		_, size := utf8.DecodeRuneInString(t.Text[b-t.StartByte:])
		b += size
	}
	return b
}

// definition goes from an integration's name to the CREATE that made it:
// the last CREATE of that name before the caret (a later CREATE OR REPLACE
// makes another object), or, when the name is used before any CREATE, the
// first one after it.
func (s *server) definition(params json.RawMessage) (any, error) {
	var p textDocumentPositionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := s.open(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	li := d.lines()
	uses := names(d.doc.Analysis())
	at := nameAt(uses, li.offset(p.Position, d.enc))
	if at == nil {
		return nil, nil
	}
	if at.create {
		return []location{{URI: d.uri, Range: li.rangeOfBytes(at.from, at.to, d.enc)}}, nil
	}
	var before, after *nameUse
	for i := range uses {
		u := &uses[i]
		if !u.create || u.key != at.key {
			continue
		}
		if u.from < at.from {
			before = u
		} else if after == nil {
			after = u
		}
	}
	def := before
	if def == nil {
		def = after
	}
	if def == nil {
		return []location{}, nil
	}
	return []location{{URI: d.uri, Range: li.rangeOfBytes(def.from, def.to, d.enc)}}, nil
}

// references lists every statement's use of the name under the caret; the
// CREATEs only when the client asks for declarations too.
func (s *server) references(params json.RawMessage) (any, error) {
	var p referenceParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := s.open(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	li := d.lines()
	uses := names(d.doc.Analysis())
	at := nameAt(uses, li.offset(p.Position, d.enc))
	if at == nil {
		return nil, nil
	}
	out := []location{}
	for _, u := range uses {
		if u.key == at.key && (!u.create || p.Context.IncludeDeclaration) {
			out = append(out, location{URI: d.uri, Range: li.rangeOfBytes(u.from, u.to, d.enc)})
		}
	}
	return out, nil
}
