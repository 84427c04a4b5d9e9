package validator

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/editor"
	"github.com/secint/secint/validator/protocol"
)

// editorByteAt converts a UTF-16 position to a byte offset by walking the text,
// independently of the engine's line index.
func editorByteAt(text string, p protocol.Position) int {
	i := 0
	for line := 0; line < p.Line && i < len(text); i++ {
		if text[i] == '\n' {
			line++
		}
	}
	for units := 0; i < len(text) && units < p.Character && text[i] != '\n'; {
		r, size := utf8.DecodeRuneInString(text[i:])
		units += len(utf16.Encode([]rune{r}))
		i += size
	}
	return i
}

// editorApplyEdits applies edits (which must not overlap) from the end back.
func editorApplyEdits(text string, edits []protocol.TextEdit) string {
	type e struct {
		s, t int
		nt   string
	}
	var es []e
	for _, x := range edits {
		es = append(es, e{editorByteAt(text, x.Range.Start), editorByteAt(text, x.Range.End), x.NewText})
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].s > es[j].s })
	for _, x := range es {
		text = text[:x.s] + x.nt + text[x.t:]
	}
	return text
}

func rangeOfText(t *testing.T, text, needle string, nth int) protocol.Range {
	t.Helper()
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			t.Fatalf("%q not found %d times in %q", needle, nth, text)
		}
		if k == nth {
			return protocol.Range{Start: utf16Pos(text, from+i), End: utf16Pos(text, from+i+len(needle))}
		}
		from += i + len(needle)
	}
}

func countCode(ds []protocol.Diagnostic, code string) int {
	n := 0
	for _, d := range ds {
		if d.Code == code {
			n++
		}
	}
	return n
}

// Every quick fix the issue names, and the others the engine offers: the
// action is offered over the diagnostic's range, and applying it gives the
// text written here by hand.
func TestQuickFixes(t *testing.T) {
	tests := []struct {
		name, doc, code, at string
		nth                 int
		title               string
		preferred           bool
		fixed               string
	}{
		{"quote a number", "ALTER INTEGRATION x SET OAUTH_CLIENT_ID = 12345;", "wrong-value-type", "12345", 1,
			"Put the value in single quotes", true, "ALTER INTEGRATION x SET OAUTH_CLIENT_ID = '12345';"},
		{"quote a bare word", "ALTER INTEGRATION x SET COMMENT = hello;", "wrong-value-type", "hello", 1,
			"Put the value in single quotes", true, "ALTER INTEGRATION x SET COMMENT = 'hello';"},
		{"double quotes to single", `ALTER INTEGRATION x SET OAUTH_TOKEN_ENDPOINT = "https://a.example/t";`, "wrong-value-type", `"https://a.example/t"`, 1,
			"Use single quotes", true, "ALTER INTEGRATION x SET OAUTH_TOKEN_ENDPOINT = 'https://a.example/t';"},
		{"quote a tag value", "ALTER INTEGRATION x SET TAG cost = 42;", "wrong-value-type", "42", 1,
			"Put the value in single quotes", true, "ALTER INTEGRATION x SET TAG cost = '42';"},
		{"quote a scope", "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a', b);", "wrong-value-type", "b", 1,
			"Put the value in single quotes", true, "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a', 'b');"},
		{"quote a like pattern", "SHOW INTEGRATIONS LIKE abc;", "wrong-value-type", "abc", 1,
			"Put the value in single quotes", true, "SHOW INTEGRATIONS LIKE 'abc';"},
		{"quote next to emoji and cjk", "ALTER INTEGRATION x SET COMMENT = '😀 日本', OAUTH_CLIENT_ID = 42;", "wrong-value-type", "42", 1,
			"Put the value in single quotes", true, "ALTER INTEGRATION x SET COMMENT = '😀 日本', OAUTH_CLIENT_ID = '42';"},
		{"scope list parentheses", "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = 'a';", "wrong-value-type", "'a'", 1,
			"Put the scope in parentheses", true, "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a');"},
		{"unquote an enum", "CREATE SECURITY INTEGRATION q TYPE = API_AUTHENTICATION AUTH_TYPE = 'OAUTH2' ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's';",
			"quoted-value", "'OAUTH2'", 1, "Write OAUTH2 without quotes", true,
			"CREATE SECURITY INTEGRATION q TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's';"},
		{"unquote a boolean", "ALTER INTEGRATION x SET ENABLED = 'true';", "quoted-value", "'true'", 1,
			"Write TRUE without quotes", true, "ALTER INTEGRATION x SET ENABLED = TRUE;"},
		{"unquote an integer", "ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = '3600';", "quoted-value", "'3600'", 1,
			"Write 3600 without quotes", true, "ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = 3600;"},
		{"unquote a dollar string", "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = $$client_secret_post$$;", "quoted-value", "$$client_secret_post$$", 1,
			"Write CLIENT_SECRET_POST without quotes", true, "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_POST;"},
		{"did you mean a property", "ALTER INTEGRATION x SET OAUTH_CLIENTID = 'abc';", "unknown-property", "OAUTH_CLIENTID", 1,
			"Change to OAUTH_CLIENT_ID", true, "ALTER INTEGRATION x SET OAUTH_CLIENT_ID = 'abc';"},
		{"did you mean, and the value repaired", "ALTER INTEGRATION x SET OAUTH_SCOPE = 'a';", "unknown-property", "OAUTH_SCOPE", 1,
			"Change to OAUTH_ALLOWED_SCOPES", true, "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a');"},
		{"did you mean in unset", "ALTER INTEGRATION x UNSET COMENT;", "unknown-property", "COMENT", 1,
			"Change to COMMENT", true, "ALTER INTEGRATION x UNSET COMMENT;"},
		{"did you mean a value", "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_PST;", "invalid-enum-value", "CLIENT_SECRET_PST", 1,
			"Change to CLIENT_SECRET_POST", true, "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_POST;"},
		{"did you mean a quoted grant", "ALTER INTEGRATION x SET OAUTH_GRANT = 'CLIENT_CREDENTIAL';", "invalid-enum-value", "'CLIENT_CREDENTIAL'", 1,
			"Change to 'CLIENT_CREDENTIALS'", true, "ALTER INTEGRATION x SET OAUTH_GRANT = 'CLIENT_CREDENTIALS';"},
		{"remove a duplicate in alter", "ALTER INTEGRATION x SET COMMENT = 'a', COMMENT = 'b';", "duplicate-property", "COMMENT", 2,
			"Remove the second COMMENT", true, "ALTER INTEGRATION x SET COMMENT = 'a';"},
		{"remove a duplicate in create", "CREATE SECURITY INTEGRATION d\n  TYPE = API_AUTHENTICATION\n  ENABLED = TRUE\n  ENABLED = FALSE;", "duplicate-property", "ENABLED", 2,
			"Remove the second ENABLED", true, "CREATE SECURITY INTEGRATION d\n  TYPE = API_AUTHENTICATION\n  ENABLED = TRUE;"},
		{"remove a duplicate unset item", "ALTER INTEGRATION x UNSET ENABLED, COMMENT, enabled;", "duplicate-property", "enabled", 1,
			"Remove the second ENABLED", true, "ALTER INTEGRATION x UNSET ENABLED, COMMENT;"},
		{"remove if not exists", "CREATE OR REPLACE SECURITY INTEGRATION IF NOT EXISTS b TYPE = API_AUTHENTICATION;", "or-replace-if-not-exists", "IF NOT EXISTS", 1,
			"Remove IF NOT EXISTS", true, "CREATE OR REPLACE SECURITY INTEGRATION b TYPE = API_AUTHENTICATION;"},
		{"remove or replace", "CREATE OR REPLACE SECURITY INTEGRATION IF NOT EXISTS b TYPE = API_AUTHENTICATION;", "or-replace-if-not-exists", "IF NOT EXISTS", 1,
			"Remove OR REPLACE", false, "CREATE SECURITY INTEGRATION IF NOT EXISTS b TYPE = API_AUTHENTICATION;"},
		{"split two actions", "ALTER INTEGRATION IF EXISTS s SET ENABLED = TRUE UNSET COMMENT;", "multiple-actions", "UNSET", 1,
			"Split into two ALTER statements", true, "ALTER INTEGRATION IF EXISTS s SET ENABLED = TRUE;\nALTER INTEGRATION IF EXISTS s UNSET COMMENT;"},
		{"split set tag from set", "ALTER SECURITY INTEGRATION s SET ENABLED = TRUE SET TAG t = 'v';", "multiple-actions", "SET", 2,
			"Split into two ALTER statements", true, "ALTER SECURITY INTEGRATION s SET ENABLED = TRUE;\nALTER SECURITY INTEGRATION s SET TAG t = 'v';"},
		{"remove a property the flow does not take (create)",
			"CREATE SECURITY INTEGRATION f TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's' OAUTH_GRANT = 'CLIENT_CREDENTIALS' OAUTH_AUTHORIZATION_ENDPOINT = 'https://a';",
			"flow-mismatch", "OAUTH_AUTHORIZATION_ENDPOINT", 1, "Remove OAUTH_AUTHORIZATION_ENDPOINT", true,
			"CREATE SECURITY INTEGRATION f TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's' OAUTH_GRANT = 'CLIENT_CREDENTIALS';"},
		{"remove a property the flow does not take (alter)", createCC + "ALTER INTEGRATION cc_int SET ENABLED = TRUE, OAUTH_AUTHORIZATION_ENDPOINT = 'https://a';",
			"flow-mismatch", "OAUTH_AUTHORIZATION_ENDPOINT", 1, "Remove OAUTH_AUTHORIZATION_ENDPOINT", true,
			createCC + "ALTER INTEGRATION cc_int SET ENABLED = TRUE;"},
		{"remove the assertion issuer from client credentials", "ALTER INTEGRATION j SET OAUTH_ASSERTION_ISSUER = 'i', OAUTH_GRANT = 'CLIENT_CREDENTIALS';", "flow-mismatch", "OAUTH_ASSERTION_ISSUER", 1,
			"Remove OAUTH_ASSERTION_ISSUER", true, "ALTER INTEGRATION j SET OAUTH_GRANT = 'CLIENT_CREDENTIALS';"},
		{"remove another kind's property", "CREATE SECURITY INTEGRATION g TYPE = API_AUTHENTICATION SAML2_ISSUER = 'x' ENABLED = TRUE;", "foreign-property", "SAML2_ISSUER", 1,
			"Remove SAML2_ISSUER", true, "CREATE SECURITY INTEGRATION g TYPE = API_AUTHENTICATION ENABLED = TRUE;"},
		{"add enabled", "CREATE SECURITY INTEGRATION m TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's';", "missing-property", "m", 1,
			"Add ENABLED = TRUE", true, "CREATE SECURITY INTEGRATION m TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's' ENABLED = TRUE;"},
		{"add type", "CREATE SECURITY INTEGRATION m2 AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's';", "missing-type", "m2", 1,
			"Add TYPE = API_AUTHENTICATION", true, "CREATE SECURITY INTEGRATION m2 AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's' TYPE = API_AUTHENTICATION;"},
		{"remove a create-only property", "ALTER INTEGRATION x SET TYPE = API_AUTHENTICATION, ENABLED = TRUE;", "set-create-only", "TYPE", 1,
			"Remove TYPE", true, "ALTER INTEGRATION x SET ENABLED = TRUE;"},
		{"remove a required unset item", "ALTER INTEGRATION x UNSET COMMENT, OAUTH_CLIENT_ID;", "unset-required", "OAUTH_CLIENT_ID", 1,
			"Remove OAUTH_CLIENT_ID", true, "ALTER INTEGRATION x UNSET COMMENT;"},
		{"remove cascade", "DROP INTEGRATION x CASCADE;", "unsupported-clause", "CASCADE", 1,
			"Remove CASCADE", true, "DROP INTEGRATION x;"},
		{"remove if exists from describe", "DESCRIBE INTEGRATION IF EXISTS x;", "unsupported-clause", "IF EXISTS", 1,
			"Remove IF EXISTS", true, "DESCRIBE INTEGRATION x;"},
		{"unqualify a name", "DROP INTEGRATION db.x;", "qualified-name", "db.x", 1,
			"Use x", true, "DROP INTEGRATION x;"},
		{"quote a reserved name", "ALTER INTEGRATION select SET ENABLED = TRUE;", "invalid-name", "select", 1,
			`Quote as "SELECT"`, true, `ALTER INTEGRATION "SELECT" SET ENABLED = TRUE;`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rangeOfText(t, tc.doc, tc.at, tc.nth)
			var found *protocol.CodeAction
			actions := CodeActions(tc.doc, r)
			for i := range actions {
				a := &actions[i]
				if a.Diagnostic.Code == tc.code && a.Title == tc.title && a.Diagnostic.Range == r {
					found = a
				}
			}
			if found == nil {
				var got []string
				for _, a := range actions {
					got = append(got, a.Diagnostic.Code+": "+a.Title)
				}
				t.Fatalf("no action %q for %s over %q; got %q", tc.title, tc.code, tc.at, got)
			}
			if found.Preferred != tc.preferred {
				t.Errorf("preferred = %v, want %v", found.Preferred, tc.preferred)
			}
			fixed := editorApplyEdits(tc.doc, found.Edits)
			if fixed != tc.fixed {
				t.Errorf("fixed text:\n%s\nwant:\n%s", fixed, tc.fixed)
			}
			before, after := countCode(Check(tc.doc), tc.code), countCode(Check(fixed), tc.code)
			if after >= before {
				t.Errorf("%s: %d before the fix, %d after", tc.code, before, after)
			}
		})
	}
}

func TestCodeActionsRange(t *testing.T) {
	doc := "ALTER INTEGRATION x SET ENABLED = 'TRUE', OAUTH_CLIENT_ID = 42;\nSELECT 1;"
	// A caret at the end of the underline still gets its fix.
	r := rangeOfText(t, doc, "'TRUE'", 1)
	caret := protocol.Range{Start: r.End, End: r.End}
	if got := CodeActions(doc, caret); len(got) != 1 || got[0].Diagnostic.Code != "quoted-value" {
		t.Errorf("caret at the end of 'TRUE': %+v", got)
	}
	// A range over the whole first line gets both.
	whole := protocol.Range{Start: protocol.Position{Line: 0, Character: 0}, End: protocol.Position{Line: 0, Character: 63}}
	if got := CodeActions(doc, whole); len(got) != 2 {
		t.Errorf("whole line: %d actions, want 2", len(got))
	}
	// Far away: nothing.
	if got := CodeActions(doc, protocol.Range{Start: protocol.Position{Line: 1, Character: 0}, End: protocol.Position{Line: 1, Character: 6}}); len(got) != 0 {
		t.Errorf("second line: %+v", got)
	}
	// A diagnostic without a fix gives no action.
	if got := CodeActions("ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = 1.5;", protocol.Range{Start: protocol.Position{Line: 0, Character: 0}, End: protocol.Position{Line: 0, Character: 58}}); len(got) != 0 {
		t.Errorf("no fix expected: %+v", got)
	}
}

// No fix repeats the client secret: fixes insert quotes around it rather
// than writing it again.
func TestFixesNeverCopyTheSecret(t *testing.T) {
	const secret = "Qp4SECRETzz"
	docs := []string{
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = " + secret + ";",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRT = " + secret + ";",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = \"" + secret + "\";",
		"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION OAUTH_CLIENT_SECRET = " + secret + " ENABLED = TRUE;",
	}
	for _, doc := range docs {
		n := 0
		for _, d := range Check(doc) {
			if strings.Contains(d.Message, secret) {
				t.Errorf("%q: message repeats the secret: %s", doc, d.Message)
			}
			for _, f := range d.Fixes {
				n++
				if strings.Contains(f.Title, secret) {
					t.Errorf("%q: fix title repeats the secret: %s", doc, f.Title)
				}
				for _, e := range f.Edits {
					if strings.Contains(e.NewText, secret) {
						t.Errorf("%q: fix %q writes the secret", doc, f.Title)
					}
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no fix offered", doc)
		}
		fixed, _ := editor.FixAll(doc)
		if strings.Count(fixed, secret) != 1 {
			t.Errorf("%q: fixed text %q should hold the secret once", doc, fixed)
		}
	}
}

// dataSQL reads the SQL of every case in testdata/check (format:
// docs/rules-contract.md); only the SQL is needed here.
func dataSQL(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../testdata/check/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		if n := len(lines); n > 0 && lines[n-1] == "" {
			lines = lines[:n-1]
		}
		name, sql, inSQL := "", "", false
		flush := func() {
			if name != "" {
				out[filepath.Base(f)+"/"+name] = sql
			}
		}
		for _, ln := range lines {
			switch {
			case strings.HasPrefix(ln, "=== "):
				flush()
				name, sql, inSQL = strings.TrimSpace(ln[4:]), "", true
			case ln == "--- want":
				inSQL = false
			case inSQL:
				sql += ln + "\n"
			}
		}
		flush()
	}
	return out
}

func errorCodes(ds []protocol.Diagnostic) map[string]bool {
	m := map[string]bool{}
	for _, d := range ds {
		if d.Severity == protocol.SeverityError {
			m[d.Code] = true
		}
	}
	return m
}

// Fix-all over every case of testdata: never more errors, never an error of
// a code the document did not have, progress whenever a fix applied, and
// nothing left to do afterwards.
func TestFixAllOverTestdata(t *testing.T) {
	cases := dataSQL(t)
	if len(cases) == 0 {
		t.Fatal("no testdata cases: the fix-all test has nothing to run on")
	}
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	applied := 0
	for _, name := range names {
		sql := cases[name]
		before := Check(sql)
		fixed, n := editor.FixAll(sql)
		after := Check(fixed)
		if editor.ErrorCount(after) > editor.ErrorCount(before) {
			t.Errorf("%s: %d errors before fix-all, %d after:\n%s", name, editor.ErrorCount(before), editor.ErrorCount(after), fixed)
		}
		was := errorCodes(before)
		for _, d := range after {
			if d.Severity == protocol.SeverityError && !was[d.Code] {
				t.Errorf("%s: fix-all brought a new error %s: %s\n%s", name, d.Code, d.Message, fixed)
			}
		}
		withFix := 0
		for _, d := range before {
			if len(d.Fixes) > 0 {
				withFix++
			}
		}
		switch {
		case n == 0 && fixed != sql:
			t.Errorf("%s: text changed with no fix applied", name)
		case n > 0 && len(after) >= len(before):
			t.Errorf("%s: %d fixes applied, but %d diagnostics before and %d after", name, n, len(before), len(after))
		case withFix > 0 && n == 0:
			t.Errorf("%s: %d diagnostics have fixes, but fix-all applied none", name, withFix)
		}
		if _, n2 := editor.FixAll(fixed); n2 != 0 {
			t.Errorf("%s: a second fix-all still applied %d fixes", name, n2)
		}
		applied += n
	}
	t.Logf("%d cases, %d fixes applied", len(cases), applied)
}

// Every fix of every diagnostic in testdata, applied alone, repairs its
// diagnostic and brings no error of a new code.
func TestEachFixOverTestdata(t *testing.T) {
	for name, sql := range dataSQL(t) {
		before := Check(sql)
		was := errorCodes(before)
		for _, d := range before {
			for _, f := range d.Fixes {
				fixed := editorApplyEdits(sql, f.Edits)
				after := Check(fixed)
				if countCode(after, d.Code) >= countCode(before, d.Code) {
					t.Errorf("%s: fix %q leaves the %s diagnostic:\n%s", name, f.Title, d.Code, fixed)
				}
				for _, x := range after {
					if x.Severity == protocol.SeverityError && !was[x.Code] {
						t.Errorf("%s: fix %q of %s brings %s: %s\n%s", name, f.Title, d.Code, x.Code, x.Message, fixed)
					}
				}
			}
		}
	}
}

func TestFixAll(t *testing.T) {
	tests := []struct {
		name, doc, want string
		n               int
	}{
		{"nothing to fix", "ALTER INTEGRATION x SET ENABLED = TRUE;\n", "ALTER INTEGRATION x SET ENABLED = TRUE;\n", 0},
		{"several fixes in one statement", "ALTER INTEGRATION x SET ENABLED = 'TRUE', OAUTH_CLIENT_ID = 42, COMMENT = hi;",
			"ALTER INTEGRATION x SET ENABLED = TRUE, OAUTH_CLIENT_ID = '42', COMMENT = 'hi';", 3},
		{"fixes in several statements, non-ASCII between", "ALTER INTEGRATION x SET COMMENT = '😀 日本', OAUTH_CLIENT_ID = 42;\n-- 注释 🙂\nDROP INTEGRATION x CASCADE;",
			"ALTER INTEGRATION x SET COMMENT = '😀 日本', OAUTH_CLIENT_ID = '42';\n-- 注释 🙂\nDROP INTEGRATION x;", 2},
		{"three actions split", "ALTER INTEGRATION x SET ENABLED = TRUE UNSET COMMENT SET TAG t = 'v';",
			"ALTER INTEGRATION x SET ENABLED = TRUE;\nALTER INTEGRATION x UNSET COMMENT;\nALTER INTEGRATION x SET TAG t = 'v';", 2},
		{"only the preferred of two fixes", "CREATE OR REPLACE SECURITY INTEGRATION IF NOT EXISTS b TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's';",
			"CREATE OR REPLACE SECURITY INTEGRATION b TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'i' OAUTH_CLIENT_SECRET = 's';", 1},
		{"duplicates removed together", "ALTER INTEGRATION x SET COMMENT = 'a', COMMENT = 'b', COMMENT = 'c';",
			"ALTER INTEGRATION x SET COMMENT = 'a';", 2},
		// The rename to ENABLED would make a duplicate: fix-all leaves it and
		// applies the fix that helps.
		{"a rename that would duplicate is left", "ALTER INTEGRATION x SET ENABLED = TRUE, ENABLD = FALSE, COMMENT = 42;",
			"ALTER INTEGRATION x SET ENABLED = TRUE, ENABLD = FALSE, COMMENT = '42';", 1},
		// ENABLD gets no suggestion (ENABLED is already set), so only the
		// duplicate ENABLD goes.
		{"no rename into a name already set", "ALTER INTEGRATION x SET ENABLED = TRUE, ENABLD = FALSE, ENABLD = TRUE;",
			"ALTER INTEGRATION x SET ENABLED = TRUE, ENABLD = FALSE;", 1},
		{"a rename to a create-only property is left", "ALTER INTEGRATION x SET TYPEE = API_AUTHENTICATION, ENABLED = TRUE;",
			"ALTER INTEGRATION x SET TYPEE = API_AUTHENTICATION, ENABLED = TRUE;", 0},
	}
	for _, tc := range tests {
		got, n := editor.FixAll(tc.doc)
		if got != tc.want || n != tc.n {
			t.Errorf("%s: FixAll = (%q, %d), want (%q, %d)", tc.name, got, n, tc.want, tc.n)
		}
	}
}
