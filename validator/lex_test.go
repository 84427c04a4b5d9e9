package validator

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/antlr4-go/antlr/v4"
	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/worksheet"
)

func TestLexerTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []int
	}{
		{"'a''b' 'c\\'d'", []int{parser.SecintLexerSTRING, parser.SecintLexerSTRING}},
		{"$$ a ' ; $$", []int{parser.SecintLexerDOLLAR_STRING}},
		{`"a""b" x$1`, []int{parser.SecintLexerQUOTED_ID, parser.SecintLexerID}},
		{"/* ; **/ x", []int{parser.SecintLexerBLOCK_COMMENT, parser.SecintLexerID}},
		{"-- ; x\n// y\nz", []int{parser.SecintLexerLINE_COMMENT, parser.SecintLexerLINE_COMMENT, parser.SecintLexerID}},
		{"alter Security integration", []int{parser.SecintLexerALTER, parser.SecintLexerSECURITY, parser.SecintLexerINTEGRATION}},
		{"-1 1.5 .5 2e10", []int{parser.SecintLexerMINUS, parser.SecintLexerNUMBER, parser.SecintLexerNUMBER, parser.SecintLexerNUMBER, parser.SecintLexerNUMBER}},
		{"'open", []int{parser.SecintLexerUNTERMINATED_STRING}},
		{"'open\\", []int{parser.SecintLexerUNTERMINATED_STRING}},
		{"$$ open $", []int{parser.SecintLexerUNTERMINATED_DOLLAR_STRING}},
		{`"open`, []int{parser.SecintLexerUNTERMINATED_QUOTED_ID}},
		{"/* open *", []int{parser.SecintLexerUNTERMINATED_COMMENT}},
		{"/* a **/ /* b", []int{parser.SecintLexerBLOCK_COMMENT, parser.SecintLexerUNTERMINATED_COMMENT}},
		{"<😀>", []int{parser.SecintLexerOTHER, parser.SecintLexerOTHER, parser.SecintLexerOTHER}},
	}
	for _, c := range cases {
		toks := syntax.LexDocument(c.in)
		var got []int
		for _, tk := range toks {
			got = append(got, tk.Type)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d tokens %v, want %v", c.in, len(got), got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: token %d is %d, want %d", c.in, i, got[i], c.want[i])
			}
		}
	}
}

func TestSplitAndClassify(t *testing.T) {
	text := "select ';' from t; ; ALTER SECURITY INTEGRATION a SET ENABLED = TRUE;" +
		"show integrations; DROP STORAGE INTEGRATION s; desc external access integration e;" +
		"CREATE OR REPLACE SECURITY INTEGRATION b TYPE = API_AUTHENTICATION;" +
		"CREATE STORAGE INTEGRATION s; ALTER TABLE t ADD c INT; DESCRIBE TABLE t; SHOW TABLES"
	var kinds []syntax.StatementKind
	for _, sp := range Analyze(text).Spans() {
		kinds = append(kinds, sp.Kind)
	}
	want := []syntax.StatementKind{syntax.KindOther, syntax.KindAlter, syntax.KindShow, syntax.KindDrop, syntax.KindDescribe, syntax.KindCreate, syntax.KindOther, syntax.KindOther, syntax.KindOther, syntax.KindOther}
	if len(kinds) != len(want) {
		t.Fatalf("got %d statements %v, want %v", len(kinds), kinds, want)
	}
	for i := range kinds {
		if kinds[i] != want[i] {
			t.Errorf("statement %d: %v, want %v", i, kinds[i], want[i])
		}
	}
}

func TestUnescapeString(t *testing.T) {
	for in, want := range map[string]string{
		`'it''s'`: "it's", `'a\'b'`: "a'b", `'\\'`: `\`, `'a\nb'`: "a\nb", `$$x'y$$`: "x'y", `''`: "",
	} {
		if got := syntax.UnescapeString(in); got != want {
			t.Errorf("unescapeString(%s) = %q, want %q", in, got, want)
		}
	}
}

// lexReference is lexFrom as it was first written, over ANTLR's own input
// stream and tokens: the new one must give exactly its tokens.
// Its one addition: a ';' after a ';' is left out (LexDocument says why).
func lexReference(text string, runeBase, byteBase int, whole bool) (toks []syntax.Token) {
	lexer := parser.NewSecintLexer(antlr.NewInputStream(text))
	lexer.RemoveErrorListeners()
	r, b := 0, 0
	advance := func(to int) {
		for r < to && b < len(text) {
			_, size := utf8.DecodeRuneInString(text[b:])
			b += size
			r++
		}
	}
	for {
		t := lexer.NextToken()
		if t.GetTokenType() == antlr.TokenEOF {
			return toks
		}
		start, end := t.GetStart(), t.GetStop()+1
		advance(start)
		sb := b
		advance(end)
		if !whole && b >= len(text) {
			return toks
		}
		if n := len(toks); n > 0 && t.GetTokenType() == parser.SecintLexerSEMI && toks[n-1].Type == parser.SecintLexerSEMI {
			continue
		}
		toks = append(toks, syntax.Token{
			Type:      t.GetTokenType(),
			Start:     runeBase + start,
			End:       runeBase + end,
			StartByte: byteBase + sb,
			EndByte:   byteBase + b,
			Text:      text[sb:b],
			Hidden:    t.GetChannel() != antlr.TokenDefaultChannel,
		})
	}
}

func sameLex(t *testing.T, text string, runeBase, byteBase int, whole bool) {
	t.Helper()
	got, want := syntax.LexFrom(text, runeBase, byteBase, whole, false), lexReference(text, runeBase, byteBase, whole)
	if len(got) != len(want) {
		t.Fatalf("%q (whole %v): %d tokens, want %d", syntax.Clip(text), whole, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q (whole %v): token %d is %+v, want %+v", syntax.Clip(text), whole, i, got[i], want[i])
		}
	}
}

// TestLexMatchesReference: every testdata case, the fuzz seeds, and windows
// of a generated worksheet, with and without non-ASCII text.
func TestLexMatchesReference(t *testing.T) {
	for _, s := range fuzzTexts(t) {
		sameLex(t, s, 0, 0, true)
		for _, cut := range []int{1, 2, 3, len(s) / 2, len(s) - 1} {
			if cut > 0 && cut < len(s) {
				sameLex(t, s[:cut], 7, 9, false)
				sameLex(t, s[cut:], 0, 0, true)
			}
		}
	}
	doc := worksheet.Generate(64 << 10)
	for _, d := range []string{doc, strings.ReplaceAll(doc, "a", "é"), strings.ReplaceAll(doc, "e", "\xff😀")} {
		sameLex(t, d, 0, 0, true)
		for cut := 1; cut < len(d); cut += 4093 {
			sameLex(t, d[:cut], 3, 5, false)
		}
	}
}

func FuzzLexer(f *testing.F) {
	for _, s := range fuzzTexts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sameLex(t, text, 0, 0, true)
		sameLex(t, text, 1, 2, false)
	})
}

func TestUnescapeStringInvalidUTF8(t *testing.T) {
	// As through []rune: each invalid byte reads as U+FFFD.
	if got := syntax.UnescapeString("'a\xffb'"); got != "a\uFFFDb" {
		t.Errorf("got %q", got)
	}
}
