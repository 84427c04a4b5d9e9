package validator

import (
	"testing"

	"github.com/secint/secint/parser"
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
		toks := lexDocument(c.in)
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
	toks := lexDocument(text)
	var kinds []StatementKind
	for _, sp := range splitStatements(toks) {
		kinds = append(kinds, classify(sp.tokens))
	}
	want := []StatementKind{KindOther, KindAlter, KindShow, KindDrop, KindDescribe, KindCreate, KindOther, KindOther, KindOther, KindOther}
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
		if got := unescapeString(in); got != want {
			t.Errorf("unescapeString(%s) = %q, want %q", in, got, want)
		}
	}
}
