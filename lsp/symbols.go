package lsp

import (
	"encoding/json"
	"sort"

	"github.com/secint/secint/validator"
)

// Document symbols, definition and references, for the names the engine's
// symbol table lists (validator.Analysis.Symbols): integrations and secrets.

// nameUse is one name in the document.
type nameUse struct {
	validator.Symbol
	from, to int // byte offsets of the name
}

// names lists every name of the document's statements, in document order.
func names(an validator.Analysis) []nameUse {
	var out []nameUse
	for _, s := range an.Symbols() {
		out = append(out, nameUse{Symbol: s, from: s.StartOffset, to: s.EndOffset})
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
		if !u.Definition {
			continue
		}
		sel := li.rangeOfBytes(u.from, u.to, d.enc)
		whole := li.rangeOfBytes(u.StatementStart, u.StatementEnd, d.enc)
		if !hierarchical {
			flat = append(flat, symbolInformation{Name: u.Name, Kind: symbolKindObject, Location: location{URI: d.uri, Range: whole}})
			continue
		}
		sym := documentSymbol{Name: u.Name, Kind: symbolKindObject, Range: whole, SelectionRange: sel, Detail: u.Detail}
		for _, p := range u.Properties {
			// Children are named, never valued: a value may be a secret.
			sym.Children = append(sym.Children, documentSymbol{Name: p.Name, Kind: symbolKindProperty,
				Range: li.rangeOfBytes(p.StartOffset, p.EndOffset, d.enc), SelectionRange: li.rangeOfBytes(p.StartOffset, p.NameEnd, d.enc)})
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

// nameUnder finds the open document, its names, and the name under a
// position (nil when none is): what definition and references start from.
func (s *server) nameUnder(uri string, pos position) (*document, *lineIndex, []nameUse, *nameUse, error) {
	d, err := s.open(uri)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	li := d.lines()
	uses := names(d.doc.Analysis())
	return d, li, uses, nameAt(uses, li.offset(pos, d.enc)), nil
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
	d, li, uses, at, err := s.nameUnder(p.TextDocument.URI, p.Position)
	if err != nil || at == nil {
		return nil, err
	}
	if at.Definition {
		return []location{{URI: d.uri, Range: li.rangeOfBytes(at.from, at.to, d.enc)}}, nil
	}
	var before, after *nameUse
	for i := range uses {
		u := &uses[i]
		if !u.Definition || u.Kind != at.Kind || u.Key != at.Key {
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
	d, li, uses, at, err := s.nameUnder(p.TextDocument.URI, p.Position)
	if err != nil || at == nil {
		return nil, err
	}
	out := []location{}
	for _, u := range uses {
		if u.Kind == at.Kind && u.Key == at.Key && (!u.Definition || p.Context.IncludeDeclaration) {
			out = append(out, location{URI: d.uri, Range: li.rangeOfBytes(u.from, u.to, d.enc)})
		}
	}
	return out, nil
}
