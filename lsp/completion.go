package lsp

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/secint/secint/validator"
)

// lastCompletion keeps the items of the latest completion request, for
// completionItem/resolve: when the client says it can resolve an item's
// documentation, the list goes without it (it is most of the list's size)
// and resolve fills it in from here.
type lastCompletion struct {
	completionID    int
	completionItems []validator.CompletionItem
}

// resolveData is what a completion item carries back to resolve.
type resolveData struct {
	List  int `json:"list"`
	Index int `json:"index"`
}

func (s *server) completion(params json.RawMessage) (any, error) {
	var p textDocumentPositionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := s.open(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	items := d.doc.Analysis().Complete(d.toEngine(p.Position))
	ci := s.caps.TextDocument.Completion.CompletionItem
	lazyDocs := ci.ResolveSupport != nil && slices.Contains(ci.ResolveSupport.Properties, "documentation")
	markdown := len(ci.DocumentationFormat) == 0 || slices.Contains(ci.DocumentationFormat, "markdown")
	s.completionID++
	s.completionItems = items
	out := make([]completionItem, 0, len(items))
	for i, it := range items {
		r := d.fromEngine(it.Range)
		text := it.InsertText
		format := insertTextPlain
		if it.InsertTextFormat == "snippet" {
			if ci.SnippetSupport {
				format = insertTextSnippet
			} else {
				text = plainSnippet(text)
			}
		}
		item := completionItem{
			Label:            it.Label,
			Kind:             completionKind(it.Kind),
			Detail:           it.Detail,
			SortText:         it.SortText,
			FilterText:       it.FilterText,
			InsertTextFormat: format,
			TextEdit:         &textEdit{Range: r, NewText: text},
		}
		if lazyDocs {
			item.Data, _ = json.Marshal(resolveData{List: s.completionID, Index: i})
		} else if it.Documentation != "" {
			item.Documentation = docs(it.Documentation, markdown)
		}
		out = append(out, item)
	}
	return completionList{Items: out}, nil
}

// resolveCompletion adds the documentation of an item of the latest list;
// an item of an older list comes back as it went.
func (s *server) resolveCompletion(params json.RawMessage) (any, error) {
	var item completionItem
	if err := decode(params, &item); err != nil {
		return nil, err
	}
	var data resolveData
	if json.Unmarshal(item.Data, &data) == nil && data.List == s.completionID &&
		data.Index >= 0 && data.Index < len(s.completionItems) {
		if it := s.completionItems[data.Index]; it.Label == item.Label && it.Documentation != "" {
			ci := s.caps.TextDocument.Completion.CompletionItem
			markdown := len(ci.DocumentationFormat) == 0 || slices.Contains(ci.DocumentationFormat, "markdown")
			item.Documentation = docs(it.Documentation, markdown)
		}
	}
	return item, nil
}

func docs(markdown string, asMarkdown bool) *markupContent {
	if asMarkdown {
		return &markupContent{Kind: "markdown", Value: markdown}
	}
	return &markupContent{Kind: "plaintext", Value: markdown}
}

// completionKind maps the engine's kinds to LSP's CompletionItemKind.
func completionKind(k string) int {
	switch k {
	case "keyword":
		return 14
	case "property":
		return 10
	case "value":
		return 12
	case "integration":
		return 9 // Module: a named account object
	case "snippet":
		return 15
	}
	return 1 // Text
}

// plainSnippet turns a snippet into the text it inserts when no field is
// edited, for clients without snippets: ${1:name} becomes name, a choice
// ${1|A,B|} its first choice A, $1 and $0 nothing, \$ a dollar sign.
func plainSnippet(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case c == '$' && i+1 < len(s) && s[i+1] == '{':
			j := i + 2
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && s[j] == '|' {
				// A choice: keep the first, skip to the closing "|}".
				end := strings.Index(s[j:], "|}")
				if end < 0 {
					end = len(s) - j
				}
				choices := s[j+1 : j+end]
				first, _, _ := strings.Cut(choices, ",")
				b.WriteString(first)
				i = j + end + 1
				continue
			}
			if j < len(s) && s[j] == ':' {
				j++
			}
			i = j - 1 // the placeholder's text follows; its '}' is dropped below
		case c == '$' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			for i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
			}
		case c == '}':
			// The end of a placeholder (a literal brace is written \}).
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
