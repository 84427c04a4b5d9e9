package editor

import (
	"sort"
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// Symbol kinds. Every kind of integration shares one namespace in
// Snowflake (DROP INTEGRATION removes an external access integration too),
// so external access integrations are "integration" symbols as well; their
// Detail says which kind a definition makes.
const (
	symIntegration = "integration"
	symSecret      = "secret"
	symRule        = "network rule"
)

// Symbols lists the names the worksheet's statements define (CREATE) and
// refer to (ALTER, DESCRIBE, DROP, and the references between the objects of
// a setup: a secret's API_AUTHENTICATION, an external access integration's
// lists, a function's SECRETS and EXTERNAL_ACCESS_INTEGRATIONS), in document
// order: what an editor's outline, go-to-definition and references are made
// of. A reference to a secret or a network rule written with less (or more)
// qualification than its CREATE carries the CREATE's key, as the link
// checks match them (links.Index.Find).
func Symbols(an *document.Analysis) []protocol.Symbol {
	var out []protocol.Symbol
	for _, st := range an.Statements() {
		if st.Name == nil || len(st.Name.Parts) == 0 || len(st.Tokens) == 0 {
			continue
		}
		kind := symIntegration
		switch st.Kind {
		case syntax.KindCreate, syntax.KindAlter, syntax.KindDescribe, syntax.KindDrop, syntax.KindCreateAccess, syntax.KindAlterAccess:
		case syntax.KindCreateSecret, syntax.KindAlterSecret, syntax.KindDescribeSecret, syntax.KindDropSecret:
			kind = symSecret
		default:
			continue
		}
		parts := st.Name.Parts
		var names []string
		for _, p := range parts {
			names = append(names, p.Text)
		}
		s := protocol.Symbol{
			Kind: kind, Name: strings.Join(names, "."), Key: st.Name.Key(),
			Definition:     st.Kind.Creates(),
			Range:          an.Lines.RangeOf(st.Base+st.Name.Start, st.Base+st.Name.End),
			StartOffset:    st.BaseByte + parts[0].StartByte,
			EndOffset:      st.BaseByte + parts[len(parts)-1].EndByte,
			StatementStart: st.BaseByte + st.First.StartByte,
			StatementEnd:   st.BaseByte + st.Tokens[len(st.Tokens)-1].EndByte,
		}
		if s.Definition {
			s.Detail = definitionDetail(st, kind)
			for _, p := range st.Properties {
				if p.Name == nil || len(p.Name.Parts) == 0 {
					continue
				}
				last := p.Name.Parts[len(p.Name.Parts)-1]
				end := max(last.EndByte, byteAt(st, p.End))
				s.Properties = append(s.Properties, protocol.SymbolProperty{Name: p.Name.Key(),
					StartOffset: st.BaseByte + p.Name.Parts[0].StartByte, EndOffset: st.BaseByte + end, NameEnd: st.BaseByte + last.EndByte})
			}
		}
		out = append(out, s)
		out = append(out, statementRefs(an, st)...)
	}
	for _, f := range an.Foreign() {
		out = append(out, foreignSymbols(an, f)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].StartOffset < out[j].StartOffset })
	resolveKeys(out)
	return out
}

// statementRefs are the references a secret's or an external access
// integration's statement holds.
func statementRefs(an *document.Analysis, st *syntax.Statement) []protocol.Symbol {
	var props []*syntax.Property
	var o *catalog.Object
	switch st.Kind {
	case syntax.KindCreateSecret, syntax.KindCreateAccess:
		props = st.Properties
	case syntax.KindAlterSecret, syntax.KindAlterAccess:
		for _, a := range st.Actions {
			if a.Kind == syntax.ActionSet {
				props = append(props, a.Items...)
			}
		}
	default:
		return nil
	}
	if st.Kind.Secret() {
		o = catalog.Secrets
	} else {
		o = catalog.AccessIntegrations
	}
	var out []protocol.Symbol
	for _, p := range props {
		if p.Name == nil || p.Value == nil {
			continue
		}
		row := o.Lookup(p.Name.Key())
		if row == nil || row.Refers == catalog.RefNone || row.Secret {
			continue
		}
		kind := symbolKindOf(row.Refers)
		for _, v := range refValues(p.Value) {
			out = append(out, refSymbol(an, kind, v, st.Base, st.BaseByte+st.First.StartByte, st.BaseByte+st.Tokens[len(st.Tokens)-1].EndByte))
		}
	}
	return out
}

// foreignSymbols are a network rule's definition and a routine's
// references.
func foreignSymbols(an *document.Analysis, f document.ForeignStatement) []protocol.Symbol {
	var out []protocol.Symbol
	switch f.Kind {
	case syntax.ForeignNetworkRule:
		if f.Name == nil || len(f.Name.Parts) == 0 {
			return nil
		}
		start, end := f.Base+f.Name.Start, f.Base+f.Name.End
		var names []string
		for _, p := range f.Name.Parts {
			names = append(names, p.Text)
		}
		s := protocol.Symbol{Kind: symRule, Name: strings.Join(names, "."), Key: f.Name.Key(), Definition: f.Create,
			Range: an.Lines.RangeOf(start, end), StartOffset: an.Lines.ByteOffset(start), EndOffset: an.Lines.ByteOffset(end),
			StatementStart: an.Lines.ByteOffset(start), StatementEnd: an.Lines.ByteOffset(end)}
		if f.Create {
			s.Detail = "NETWORK RULE"
			if f.Mode != nil {
				s.Detail += " · " + syntax.UpperASCII(strings.TrimSpace(f.Mode.Content))
			}
		}
		out = append(out, s)
	case syntax.ForeignRoutine:
		for _, list := range []struct {
			v    *syntax.Value
			kind string
		}{{f.Accesses, symIntegration}, {f.Secrets, symSecret}} {
			if list.v == nil {
				continue
			}
			for _, v := range refValues(list.v) {
				b := an.Lines.ByteOffset(f.Base)
				out = append(out, refSymbol(an, list.kind, v, f.Base, b, b))
			}
		}
	}
	return out
}

// refValues are the names a reference value gives: itself, or a list's
// items, the keywords NONE and ALL left out.
func refValues(v *syntax.Value) []*syntax.Value {
	items := []*syntax.Value{v}
	if v.Kind == syntax.ValueList {
		items = v.Items
	}
	var out []*syntax.Value
	for _, it := range items {
		if it.Kind != syntax.ValueWord && !it.IsString() {
			continue
		}
		if it.Kind == syntax.ValueWord && !it.Quoted && !it.Qualified {
			if w := syntax.UpperASCII(it.Content); w == "NONE" || w == "ALL" {
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// refSymbol is a reference to another object: Definition false, its key as
// the link checks make it; for a string, the range is the string's.
func refSymbol(an *document.Analysis, kind string, v *syntax.Value, base, stmtStart, stmtEnd int) protocol.Symbol {
	start, end := base+v.Start, base+v.End
	name := v.Text
	if v.IsString() {
		name = strings.TrimSpace(v.Content)
	}
	return protocol.Symbol{Kind: kind, Name: name, Key: links.RefKey(v),
		Range: an.Lines.RangeOf(start, end), StartOffset: an.Lines.ByteOffset(start), EndOffset: an.Lines.ByteOffset(end),
		StatementStart: stmtStart, StatementEnd: stmtEnd}
}

func symbolKindOf(r catalog.Ref) string {
	switch r {
	case catalog.RefSecret:
		return symSecret
	case catalog.RefNetworkRule:
		return symRule
	}
	return symIntegration
}

// resolveKeys gives the uses of a secret or a network rule the key of its
// definition when they name it with more or less qualification (x and
// db.s.x), and exactly one definition fits: as links.Index.Find matches.
func resolveKeys(syms []protocol.Symbol) {
	defs := map[string][]string{} // kind and last part → definition keys
	slot := func(kind, key string) string {
		if i := strings.LastIndexByte(key, '.'); i >= 0 {
			key = key[i+1:]
		}
		return kind + "\x00" + key
	}
	for _, s := range syms {
		if s.Definition && (s.Kind == symSecret || s.Kind == symRule) {
			sl := slot(s.Kind, s.Key)
			if !containsString(defs[sl], s.Key) {
				defs[sl] = append(defs[sl], s.Key)
			}
		}
	}
	for i := range syms {
		s := &syms[i]
		if s.Kind != symSecret && s.Kind != symRule {
			continue
		}
		var fit string
		n := 0
		for _, k := range defs[slot(s.Kind, s.Key)] {
			if k == s.Key {
				fit, n = k, 1
				break
			}
			if strings.HasSuffix(k, "."+s.Key) || strings.HasSuffix(s.Key, "."+k) {
				fit = k
				n++
			}
		}
		if n == 1 {
			s.Key = fit
		}
	}
}

// detailProperties say what an object is; none holds a secret.
var detailProperties = []string{"TYPE", "AUTH_TYPE", "API_PROVIDER", "OAUTH_GRANT"}

func definitionDetail(st *syntax.Statement, kind string) string {
	words := []string{"SECURITY INTEGRATION"}
	switch {
	case kind == symSecret:
		words = []string{"SECRET"}
	case st.Kind == syntax.KindCreateAccess:
		words = []string{"EXTERNAL ACCESS INTEGRATION"}
	}
	for _, name := range detailProperties {
		for _, p := range st.Properties {
			if p.Name.Key() == name && p.Value != nil && p.Value.Kind != syntax.ValueList && !catalog.IsSecret(name) {
				words = append(words, strings.Trim(p.Value.Text, "'"))
			}
		}
	}
	return strings.Join(words, " · ")
}

// byteAt converts a rune offset within a statement to a byte offset within
// it, through the token that ends there.
func byteAt(st *syntax.Statement, off int) int {
	for _, t := range st.Tokens {
		if t.End == off {
			return t.EndByte
		}
	}
	return 0
}
