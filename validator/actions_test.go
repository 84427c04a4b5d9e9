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
		fixed, _ := FixAll(doc)
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
		fixed, n := FixAll(sql)
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
		if _, n2 := FixAll(fixed); n2 != 0 {
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
		got, n := FixAll(tc.doc)
		if got != tc.want || n != tc.n {
			t.Errorf("%s: FixAll = (%q, %d), want (%q, %d)", tc.name, got, n, tc.want, tc.n)
		}
	}
}
