package editor

import (
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// Symbols lists the names the worksheet's statements define (CREATE) and
// refer to (ALTER, DESCRIBE, DROP), in document order: what an editor's
// outline, go-to-definition and references are made of.
func Symbols(an *document.Analysis) []protocol.Symbol {
	var out []protocol.Symbol
	for _, st := range an.Statements() {
		if st.Name == nil || len(st.Name.Parts) == 0 || len(st.Tokens) == 0 {
			continue
		}
		kind := "integration"
		switch st.Kind {
		case syntax.KindCreate, syntax.KindAlter, syntax.KindDescribe, syntax.KindDrop:
		case syntax.KindCreateSecret, syntax.KindAlterSecret:
			kind = "secret"
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
			Definition:     st.Kind == syntax.KindCreate || st.Kind == syntax.KindCreateSecret,
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
	}
	return out
}

// detailProperties say what an object is; none holds a secret.
var detailProperties = []string{"TYPE", "AUTH_TYPE", "API_PROVIDER", "OAUTH_GRANT"}

func definitionDetail(st *syntax.Statement, kind string) string {
	words := []string{"SECURITY INTEGRATION"}
	if kind == "secret" {
		words = []string{"SECRET"}
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
