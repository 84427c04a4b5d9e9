package validator

import (
	"strings"
	"testing"
)

// IDENTIFIER, REFRESH and SECRET are keywords of the grammar, but a bare
// secret value may hold them as plain words: redaction must hide the whole
// value, as it does for any other word.
func TestRedactBareValueWithSoftKeywords(t *testing.T) {
	for _, words := range []string{"my secret phrase", "refresh me", "identifier and secret", "SECRET"} {
		in := "ALTER INTEGRATION a SET OAUTH_CLIENT_SECRET = " + words + " ENABLED = TRUE;"
		got := RedactSecrets(in)
		for _, w := range strings.Fields(words) {
			if strings.Contains(strings.TrimPrefix(got, "ALTER INTEGRATION a SET OAUTH_CLIENT_SECRET = "), w+" ") {
				t.Errorf("RedactSecrets(%q) = %q: %q is still there", in, got, w)
			}
		}
		if !strings.HasSuffix(got, " ENABLED = TRUE;") {
			t.Errorf("RedactSecrets(%q) = %q: the rest of the statement changed", in, got)
		}
	}
}

// Soft keywords stay names: an integration or a property may be called so.
func TestSoftKeywordsAsNames(t *testing.T) {
	for _, sql := range []string{
		"ALTER SECURITY INTEGRATION secret SET ENABLED = TRUE;",
		"DROP INTEGRATION refresh;",
		"DESCRIBE INTEGRATION identifier;",
		"ALTER SECURITY INTEGRATION x SET COMMENT = 'a' TAG = 'b';",
	} {
		for _, d := range Check(sql) {
			if d.Code == "syntax-error" {
				t.Errorf("%q: %s", sql, d.Message)
			}
		}
	}
}
