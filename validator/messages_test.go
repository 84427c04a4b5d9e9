package validator

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/protocol"
)

// The wording of messages people read most. Each is what we mean to say,
// written here by hand.
func TestMessages(t *testing.T) {
	cases := []struct{ sql, code, msg string }{
		{"ALTER INTEGRATION x SET OAUTH_TOKEN_ENDPOINT = ;", "syntax-error",
			"expected a string such as 'https://…' after OAUTH_TOKEN_ENDPOINT =, found the end of the statement"},
		{"ALTER INTEGRATION x SET ENABLED TRUE", "syntax-error", "expected '=' after ENABLED, found TRUE"},
		{"ALTER INTEGRATION x SET ENABLED = ", "syntax-error", "expected TRUE or FALSE after ENABLED =, found the end of the statement"},
		{"ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ", "syntax-error",
			"expected a list of scopes such as ('scope') after OAUTH_ALLOWED_SCOPES =, found the end of the statement"},
		{"ALTER SECURITY INTEGRATION <name> SET ENABLED = TRUE", "syntax-error",
			"'<name>' is a placeholder from the documentation: write the integration's name here, e.g. my_integration"},
		{"ALTER SECURITY INTEGRATION x", "syntax-error", "expected SET or UNSET after x, found the end of the statement"},
		{"ALTER SECURITY FOO", "syntax-error", "expected INTEGRATION after SECURITY, found FOO"},
		{"CREATE SECURITY IF NOT EXISTS INTEGRATION x TYPE = API_AUTHENTICATION", "syntax-error",
			"IF NOT EXISTS goes after INTEGRATION: CREATE SECURITY INTEGRATION IF NOT EXISTS name"},
		{"CREATE SECURITY INTEGRATION aws_role TYPE = API_AUTHENTICATION AUTH_TYPE = AWS_IAM AWS_ROLE_ARN = 'r' ENABLED = TRUE;\nCREATE SECRET s TYPE = OAUTH2 API_AUTHENTICATION = aws_role;",
			"wrong-integration-kind", "aws_role is an integration of AUTH_TYPE = AWS_IAM (created by CREATE SECURITY INTEGRATION aws_role), " +
				"but a secret of TYPE = OAUTH2 needs one of AUTH_TYPE = OAUTH2: the secret will have no tokens to give when a function first uses it"},
		{"ALTER INTEGRATION x SET TAG t = ", "syntax-error", "expected a tag value in single quotes after t =, found the end of the statement"},
		{"SHOW INTEGRATIONS LIKE", "syntax-error", "expected a pattern in single quotes, such as 'my%' after LIKE, found the end of the statement"},
		{"ALTER INTEGRATION x SET OAUTH_CLIENTID = 'a'", "unknown-property", "unknown property OAUTH_CLIENTID; did you mean OAUTH_CLIENT_ID?"},
		{"ALTER INTEGRATION x SET OAUTH_SCOPE = 'a'", "unknown-property", "unknown property OAUTH_SCOPE; did you mean OAUTH_ALLOWED_SCOPES?"},
		{"ALTER INTEGRATION x SET FROBNICATE = 'a'", "unknown-property", "unknown property FROBNICATE"},
		{"ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_GET", "invalid-enum-value",
			"CLIENT_SECRET_GET is not a value of OAUTH_CLIENT_AUTH_METHOD, which takes CLIENT_SECRET_BASIC or CLIENT_SECRET_POST; did you mean CLIENT_SECRET_POST?"},
		{"ALTER INTEGRATION x SET OAUTH_REFRESH_TOKEN_VALIDITY = 0", "out-of-range", "OAUTH_REFRESH_TOKEN_VALIDITY must be at least 1"},
		{"ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = 99999999999999999999", "out-of-range",
			"99999999999999999999 is far too large for OAUTH_ACCESS_TOKEN_VALIDITY"},
		{"ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = -99999999999999999999", "out-of-range",
			"-99999999999999999999 is far too small for OAUTH_ACCESS_TOKEN_VALIDITY, which must be at least 0"},
		{"ALTER INTEGRATION x SET ENABLED = TRUE UNSET COMMENT", "multiple-actions",
			"an ALTER takes one action, and this is a second one (UNSET): split it into its own statement"},
	}
	for _, c := range cases {
		var got []string
		found := false
		for _, d := range Check(c.sql) {
			got = append(got, d.Code+": "+d.Message)
			if d.Code == c.code && d.Message == c.msg {
				found = true
			}
		}
		if !found {
			t.Errorf("%s\n  want %s: %s\n  got  %s", c.sql, c.code, c.msg, strings.Join(got, "\n       "))
		}
	}
}

// No diagnostic, message or fix ever carries the client secret's value, however
// the value is written.
func TestSecretNeverRepeated(t *testing.T) {
	const secret = "Zq9SecretValue"
	forms := []string{
		"'" + secret + "'", "$$" + secret + "$$", secret, `"` + secret + `"`, "'" + secret, "$$" + secret,
		secret + "-tail", "(" + "'" + secret + "')", "'" + secret + "' '" + secret + "'", "-" + secret,
		"'" + secret + "'' more'", secret + " " + secret,
	}
	heads := []string{
		"CREATE SECURITY INTEGRATION i TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'c' OAUTH_CLIENT_SECRET = %s",
		"CREATE SECURITY INTEGRATION i TYPE = API_AUTHENTICATION OAUTH_CLIENT_SECRET = %s OAUTH_CLIENT_SECRET = %s",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = %s",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET %s",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = %s UNSET COMMENT",
		"ALTER SECURITY INTEGRATION i UNSET OAUTH_CLIENT_SECRET = %s",
		"ALTER SECURITY INTEGRATION i SET TAG OAUTH_CLIENT_SECRET = %s",
		"DROP INTEGRATION i OAUTH_CLIENT_SECRET = %s",
		"ALTER SECURITY INTEGRATION i SET oauth_client_secret=%s, COMMENT = 'x'",
	}
	for _, h := range heads {
		for _, f := range forms {
			sql := strings.ReplaceAll(h, "%s", f)
			for _, d := range Check(sql) {
				leak := strings.Contains(d.Message, secret)
				for _, fx := range d.Fixes {
					leak = leak || strings.Contains(fx.Title, secret)
					for _, e := range fx.Edits {
						leak = leak || strings.Contains(e.NewText, secret)
					}
				}
				if leak {
					t.Errorf("%s\n  %s: %s repeats the secret", sql, d.Code, d.Message)
				}
			}
		}
	}
}

// Deeply nested parentheses used to send ANTLR's prediction into super-linear
// time; lists are flat now, so this ends at once with one syntax error.
func TestDeepParentheses(t *testing.T) {
	sql := "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = " + strings.Repeat("(", 100000)
	d := Check(sql)
	if len(d) != 1 || d[0].Code != "syntax-error" || d[0].Range.Start.Character != 48 {
		t.Fatalf("got %+v, want one syntax-error at the second '('", d)
	}
}

func TestDiagnosticCaps(t *testing.T) {
	// 120 duplicates in one statement: 50 shown, then a note for the other 70.
	sql := "ALTER INTEGRATION x SET COMMENT = 'a'" + strings.Repeat(" COMMENT = 'b'", 120)
	d := Check(sql)
	if len(d) != document.MaxPerStatement+1 {
		t.Fatalf("got %d diagnostics, want %d", len(d), document.MaxPerStatement+1)
	}
	last := d[len(d)-1]
	if last.Code != "too-many-diagnostics" || last.Message != "70 more problems in this statement are not shown (70 errors)" || last.Range != d[len(d)-2].Range {
		t.Errorf("last diagnostic %+v", last)
	}
	// 1,500 statements with one error each: 1,000 shown, then a note for 500.
	doc := strings.Repeat("ALTER INTEGRATION x SET ENABLED = 1;\n", 1500)
	d = Check(doc)
	if len(d) != document.MaxPerDocument+1 || d[document.MaxPerDocument].Message != "500 more problems in this document are not shown (500 errors)" {
		t.Fatalf("got %d diagnostics, last %+v", len(d), d[len(d)-1])
	}
	if d[document.MaxPerDocument-1].Range.Start.Line != document.MaxPerDocument-1 {
		t.Errorf("the 1000th kept diagnostic is on line %d, want %d", d[document.MaxPerDocument-1].Range.Start.Line, document.MaxPerDocument-1)
	}
}

// firstFix returns the first fix of the first diagnostic with code, applied.
func firstFix(t *testing.T, sql, code string) (string, bool) {
	t.Helper()
	for _, d := range Check(sql) {
		if d.Code == code && len(d.Fixes) > 0 {
			out, err := applyEdits(sql, d.Fixes[0].Edits)
			if err != nil {
				t.Fatal(err)
			}
			return out, true
		}
	}
	return "", false
}

func TestEngineFixes(t *testing.T) {
	cases := []struct{ name, sql, code, want string }{
		{"suggest only what SET takes", "ALTER INTEGRATION x SET ENABLD = TRUE;", "unknown-property",
			"ALTER INTEGRATION x SET ENABLED = TRUE;"},
		{"no suggestion of a name already set", "ALTER INTEGRATION x SET ENABLED = TRUE, ENABLD = FALSE;", "unknown-property", ""},
		{"no create-only property in SET", "ALTER INTEGRATION x SET TYPEE = API_AUTHENTICATION;", "unknown-property", ""},
		{"create-only property in CREATE", "CREATE SECURITY INTEGRATION x TYPEE = API_AUTHENTICATION;", "unknown-property",
			"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION;"},
		{"no required property in UNSET", "ALTER INTEGRATION x UNSET OAUTH_CLIENT_IDD;", "unknown-property", ""},
		{"double-quoted boolean", `ALTER INTEGRATION x SET ENABLED = "true";`, "wrong-value-type",
			"ALTER INTEGRATION x SET ENABLED = TRUE;"},
		{"double-quoted grant", `ALTER INTEGRATION x SET OAUTH_GRANT = "jwt_bearer";`, "wrong-value-type",
			"ALTER INTEGRATION x SET OAUTH_GRANT = 'JWT_BEARER';"},
		{"added property keeps the indentation of its line",
			"CREATE SECURITY INTEGRATION x\n    TYPE = API_AUTHENTICATION\n    AUTH_TYPE = OAUTH2 OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's'\n    OAUTH_GRANT = 'JWT_BEARER';",
			"missing-property",
			"CREATE SECURITY INTEGRATION x\n    TYPE = API_AUTHENTICATION\n    AUTH_TYPE = OAUTH2 OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's'\n    OAUTH_GRANT = 'JWT_BEARER'\n    ENABLED = TRUE;"},
		{"added property after a space when the last one shares its line",
			"CREATE SECURITY INTEGRATION x\n  TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's';",
			"missing-property",
			"CREATE SECURITY INTEGRATION x\n  TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's' ENABLED = TRUE;"},
	}
	for _, c := range cases {
		got, ok := firstFix(t, c.sql, c.code)
		if c.want == "" {
			if ok {
				t.Errorf("%s: want no fix, got %q", c.name, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
	}
}

// applyEdits applies non-overlapping edits, last first (test helper, kept
// independent of actions.go).
func applyEdits(text string, edits []protocol.TextEdit) (string, error) {
	li := position.NewLineIndex(text)
	type be struct {
		s, e int
		t    string
	}
	var bs []be
	for _, e := range edits {
		bs = append(bs, be{li.ByteOffset(li.RuneOffset(e.Range.Start)), li.ByteOffset(li.RuneOffset(e.Range.End)), e.NewText})
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].s > bs[j].s })
	for i, b := range bs {
		if i > 0 && b.e > bs[i-1].s {
			return "", fmt.Errorf("overlapping edits %+v", bs)
		}
		text = text[:b.s] + b.t + text[b.e:]
	}
	return text, nil
}
