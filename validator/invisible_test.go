package validator

import (
	"strings"
	"testing"
)

// diagSummary lists a text's diagnostics as "code: message".
func diagSummary(text string) []string {
	var out []string
	for _, d := range Check(text) {
		out = append(out, d.Code+": "+d.Message)
	}
	return out
}

// Invisible characters before or inside a statement's first words never
// make it pass in silence: it is recognised (and each character gets a
// warning that names it, with a fix), or it gets a syntax error that names
// the character. A byte-order mark at the start is ignored, and kept.
func TestInvisibleCharacters(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // diagnostics, in order
		fixed      string   // FixAll's text
	}{
		{"a byte-order mark at the start", "\uFEFFALTER INTEGRATION x SET ENABLED = 'TRUE';",
			[]string{"quoted-value: ENABLED takes the bare keyword TRUE; the documentation never quotes it"},
			"\uFEFFALTER INTEGRATION x SET ENABLED = TRUE;"},
		{"a no-break space before the first keyword", "\u00A0ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;",
			[]string{"invisible-character: U+00A0 NO-BREAK SPACE: it looks like a space but is another character, which Snowflake may not read as one; write a plain space"},
			" ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;"},
		{"a thin space after SECURITY", "ALTER SECURITY\u2009INTEGRATION x SET ENABLED = TRUE;",
			[]string{"invisible-character: U+2009 THIN SPACE: it looks like a space but is another character, which Snowflake may not read as one; write a plain space"},
			"ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;"},
		{"a zero-width space before a keyword", "ALTER \u200BSECURITY INTEGRATION x SET ENABLED = TRUE;",
			[]string{"invisible-character: U+200B ZERO WIDTH SPACE: an invisible character, which Snowflake may not read as white space; delete it"},
			"ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;"},
		{"a zero-width space that is all that parts two words", "ALTER\u200BSECURITY INTEGRATION x SET ENABLED = TRUE;",
			[]string{"invisible-character: U+200B ZERO WIDTH SPACE: it looks like a space but is another character, which Snowflake may not read as one; write a plain space"},
			"ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;"},
		{"a zero-width space inside SECURITY", "ALTER SEC\u200BURITY INTEGRATION x SET ENABLED = TRUE;",
			[]string{"syntax-error: U+200B ZERO WIDTH SPACE inside SECURITY: an invisible character that splits the word in two; delete it"},
			"ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;"},
		{"a word joiner inside CREATE", "CRE\u2060ATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'a' OAUTH_CLIENT_SECRET = 'b';",
			[]string{"syntax-error: U+2060 WORD JOINER inside CREATE: an invisible character that splits the word in two; delete it"},
			"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'a' OAUTH_CLIENT_SECRET = 'b';"},
		{"a soft hyphen is named, not quoted", "ALTER SECURITY INTEGRATION x SET ENABLED = \u00ADTRUE;",
			[]string{"syntax-error: expected TRUE or FALSE after ENABLED =, found U+00AD SOFT HYPHEN"}, ""},
		{"other SQL is left alone", "SELECT\u00A01;\u200B", nil, "SELECT\u00A01;\u200B"},
	}
	for _, c := range cases {
		got := diagSummary(c.text)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: got\n  %s\nwant\n  %s", c.name, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
		if c.fixed == "" {
			continue
		}
		if fixed, _ := FixAll(c.text); fixed != c.fixed {
			t.Errorf("%s: FixAll gives %q, want %q", c.name, fixed, c.fixed)
		}
	}
}
