package validator

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/syntax"
)

// Completion reads statements with its own small machine (it must cope with
// the broken text a person is typing), the checks read the parse tree. This
// test holds the machine to the grammar: at every token boundary of every
// statement of testdata that still follows the grammar, each item completion
// offers must be something the parser accepts there.
func TestCompletionAgreesWithTheGrammar(t *testing.T) {
	keyword := map[string]int{}
	parser.NewSecintLexer(nil) // fills the static data
	for tt, name := range parser.SecintLexerLexerStaticData.SymbolicNames {
		if name != "" {
			keyword[name] = tt
		}
	}
	checked, items := 0, 0
	for _, c := range loadCases(t) {
		an := Analyze(c.sql)
		for _, st := range an.Statements() {
			var toks []syntax.Token
			for _, tk := range st.Tokens {
				if tk.Type != parser.SecintLexerSEMI {
					toks = append(toks, tk)
				}
			}
			for k := 1; k <= len(toks); k++ {
				if !syntax.FollowsGrammar(toks[:k]) {
					continue
				}
				prefix := c.sql[:st.BaseByte+toks[k-1].EndByte] + " "
				got := Complete(prefix, endOf(prefix))
				checked++
				for _, it := range got {
					items++
					if want := acceptedAs(it, keyword); !slices.ContainsFunc(want, func(tt int) bool { return syntax.Accepts(toks[:k], tt) }) {
						t.Errorf("%s/%s: after %q completion offers %s %q, which the grammar does not accept there",
							c.file, c.name, tail(prefix), it.Kind, it.Label)
					}
				}
			}
		}
	}
	if checked < 1000 || items < 1000 {
		t.Fatalf("only %d places and %d items checked: the test reads too little", checked, items)
	}
}

// acceptedAs lists the token types an item's text may start as.
func acceptedAs(it CompletionItem, keyword map[string]int) []int {
	text := it.InsertText
	if text == "" {
		text = it.Label
	}
	switch {
	case strings.HasPrefix(text, "'"):
		return []int{parser.SecintLexerSTRING}
	case strings.HasPrefix(text, "$$"):
		return []int{parser.SecintLexerDOLLAR_STRING}
	case strings.HasPrefix(text, "("):
		return []int{parser.SecintLexerLPAREN}
	case strings.HasPrefix(text, `"`):
		return []int{parser.SecintLexerQUOTED_ID}
	case text != "" && (text[0] >= '0' && text[0] <= '9' || text[0] == '$'):
		return []int{parser.SecintLexerNUMBER, parser.SecintLexerID}
	}
	word, _, _ := strings.Cut(text, " ")
	word = strings.ToUpper(strings.TrimRight(word, ";"))
	// Soft keywords (SECRET, SECRETS, WITH, ...) lex as themselves too.
	if tt, ok := keyword[word]; ok && (syntax.IsKeywordType(tt) || syntax.IsSoftKeyword(tt)) {
		if syntax.TokenWordOK(tt) && it.Kind != "keyword" {
			return []int{tt, parser.SecintLexerID}
		}
		return []int{tt}
	}
	return []int{parser.SecintLexerID}
}

// endOf is the position of the end of text.
func endOf(text string) Position {
	line := strings.Count(text, "\n")
	last := text[strings.LastIndex(text, "\n")+1:]
	return Position{Line: line, Character: len(utf16.Encode([]rune(last)))}
}

func tail(s string) string {
	if len(s) > 60 {
		return "…" + s[len(s)-60:]
	}
	return s
}
