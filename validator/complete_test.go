package validator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/protocol"
)

// caretDoc splits a test document at its caret marker '|' and returns the
// text and the caret's position, counted independently of the engine.
func caretDoc(t *testing.T, doc string) (string, protocol.Position) {
	t.Helper()
	i := strings.Index(doc, "|")
	if i < 0 || strings.Count(doc, "|") != 1 {
		t.Fatalf("document %q needs exactly one | caret", doc)
	}
	text := doc[:i] + doc[i+1:]
	return text, utf16Pos(text, i)
}

func itemLabels(items []protocol.CompletionItem) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Label
	}
	return out
}

func hasLabel(ls []string, l string) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

const (
	createCC = "CREATE SECURITY INTEGRATION cc_int TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE " +
		"OAUTH_CLIENT_ID = 'id' OAUTH_CLIENT_SECRET = 'secret' OAUTH_GRANT = 'CLIENT_CREDENTIALS';\n"
	createAC = "CREATE SECURITY INTEGRATION ac_int TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE " +
		"OAUTH_CLIENT_ID = 'id' OAUTH_CLIENT_SECRET = 'secret' OAUTH_GRANT = 'AUTHORIZATION_CODE';\n"
	createJWT = "CREATE SECURITY INTEGRATION jwt_int TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE " +
		"OAUTH_CLIENT_ID = 'id' OAUTH_CLIENT_SECRET = 'secret' OAUTH_GRANT = 'JWT_BEARER';\n"
	createSAML = "CREATE SECURITY INTEGRATION saml_int TYPE = SAML2 ENABLED = TRUE SAML2_ISSUER = 'x';\n"
	// every property but TYPE of our kind, with any flow
	allStarts = "CREATE SECURITY INTEGRATION|CREATE OR REPLACE SECURITY INTEGRATION|ALTER SECURITY INTEGRATION|ALTER INTEGRATION|" +
		"DESCRIBE INTEGRATION|DESC INTEGRATION|DROP INTEGRATION|SHOW INTEGRATIONS|SHOW SECURITY INTEGRATIONS"
)

var grants = []string{"'CLIENT_CREDENTIALS'", "'AUTHORIZATION_CODE'", "'JWT_BEARER'"}

// The partial word's range is checked against positions counted by hand for
// a line with characters outside the BMP (two UTF-16 units each).
func TestCompleteRangeUTF16(t *testing.T) {
	text := "ALTER INTEGRATION x SET COMMENT = '😀😀', ENA"
	// 'ENA' starts after: 34 ASCII units ("ALTER ... COMMENT = ") + quote + 2 emoji (4 units) + "', " (3)
	start := len("ALTER INTEGRATION x SET COMMENT = ") + 1 + 4 + 3
	items := Complete(text, protocol.Position{Line: 0, Character: start + 3})
	if len(items) != 1 || items[0].Label != "ENABLED" {
		t.Fatalf("got %q, want ENABLED", itemLabels(items))
	}
	want := protocol.Range{Start: protocol.Position{Line: 0, Character: start}, End: protocol.Position{Line: 0, Character: start + 3}}
	if items[0].Range != want {
		t.Errorf("range %v, want %v", items[0].Range, want)
	}
	// CRLF line ends count as one break (a data file cannot hold a \r).
	crlf := "SELECT 1;\r\nALTER INTEGRATION x SET ENABLED = "
	if got := itemLabels(Complete(crlf, protocol.Position{Line: 1, Character: 34})); !sameSet(got, []string{"TRUE", "FALSE"}) {
		t.Errorf("after CRLF: got %q, want TRUE and FALSE", got)
	}
	// A caret inside the surrogate pair of an emoji is inside the string.
	if got := Complete(text, protocol.Position{Line: 0, Character: 36}); len(got) != 0 {
		t.Errorf("inside the string: got %q", itemLabels(got))
	}
}

// Inserting an item must give the statement it promises.
func TestCompleteInsertTexts(t *testing.T) {
	item := func(doc, label string) protocol.CompletionItem {
		t.Helper()
		text, pos := caretDoc(t, doc)
		for _, it := range Complete(text, pos) {
			if it.Label == label {
				return it
			}
		}
		t.Fatalf("%q: no item %q", doc, label)
		return protocol.CompletionItem{}
	}
	cases := []struct{ doc, label, insert, format string }{
		{"ALTER INTEGRATION x SET |", "ENABLED", "ENABLED = ${1|TRUE,FALSE|}", "snippet"},
		{"ALTER INTEGRATION x SET |", "OAUTH_TOKEN_ENDPOINT", "OAUTH_TOKEN_ENDPOINT = '${1:https://}'", "snippet"},
		{"ALTER INTEGRATION x SET |", "OAUTH_ALLOWED_SCOPES", "OAUTH_ALLOWED_SCOPES = ('${1:scope}')", "snippet"},
		{"ALTER INTEGRATION x SET |", "OAUTH_CLIENT_AUTH_METHOD", "OAUTH_CLIENT_AUTH_METHOD = ${1|CLIENT_SECRET_BASIC,CLIENT_SECRET_POST|}", "snippet"},
		{"ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a') |", "OAUTH_GRANT", "OAUTH_GRANT = '${1|CLIENT_CREDENTIALS,JWT_BEARER,AUTHORIZATION_CODE|}'", "snippet"},
		{"ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = 1 |", "OAUTH_REFRESH_TOKEN_VALIDITY", "OAUTH_REFRESH_TOKEN_VALIDITY = ${1:7776000}", "snippet"},
		{"CREATE SECURITY INTEGRATION x |", "TYPE", "TYPE = API_AUTHENTICATION", "snippet"},
		{"ALTER INTEGRATION x SET ENAB| = TRUE", "ENABLED", "ENABLED", "plain"},
		{"ALTER INTEGRATION x UNSET |", "COMMENT", "COMMENT", "plain"},
		{"ALTER INTEGRATION x SET OAUTH_GRANT = |", "'JWT_BEARER'", "'JWT_BEARER'", "plain"},
		{"ALTER INTEGRATION x SET OAUTH_TOKEN_ENDPOINT = |", "'https://…'", "'${1:https://}'", "snippet"},
		{"ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = |", "('…')", "('${1:scope}')", "snippet"},
		{"ALTER INTEGRATION x SET OAUTH_CLIENT_ID = |", "'…'", "'${1:client id}'", "snippet"},
		{"ALTER |", "SECURITY INTEGRATION", "SECURITY INTEGRATION", "plain"},
	}
	for _, c := range cases {
		it := item(c.doc, c.label)
		if it.InsertText != c.insert || it.InsertTextFormat != c.format {
			t.Errorf("%q / %q: insert %q (%s), want %q (%s)", c.doc, c.label, it.InsertText, it.InsertTextFormat, c.insert, c.format)
		}
	}
}

// expandSnippet replaces tab stops by their placeholders (a choice by its
// first option), as an editor does when the user accepts the defaults.
func expandSnippet(s string) string {
	s = regexp.MustCompile(`\$\{\d+\|([^,|]*)[^}]*\}`).ReplaceAllString(s, "$1")
	s = regexp.MustCompile(`\$\{\d+:([^}]*)\}`).ReplaceAllString(s, "$1")
	return regexp.MustCompile(`\$\d+`).ReplaceAllString(s, "")
}

func TestCompleteTemplatesCheckClean(t *testing.T) {
	n := 0
	for _, it := range Complete("", protocol.Position{}) {
		if it.Kind != "snippet" {
			continue
		}
		n++
		sql := expandSnippet(it.InsertText)
		if strings.Contains(sql, "$") {
			t.Errorf("%q: unexpanded snippet syntax in %q", it.Label, sql)
		}
		for _, d := range Check(sql) {
			t.Errorf("%q: the template gives %s %s: %s\n%s", it.Label, d.Severity, d.Code, d.Message, sql)
		}
	}
	// One per flow, one per secret type, one external access integration.
	if want := 3 + len(catalog.SecretTypeTable) + 1; n != want {
		t.Errorf("%d templates, want %d", n, want)
	}
}

// Every property item, accepted with its default value, gives no error or
// warning; nor does every value item.
func TestCompleteItemsCheckClean(t *testing.T) {
	contexts := []string{
		"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'a' OAUTH_CLIENT_SECRET = 'b' |",
		"CREATE SECURITY INTEGRATION x |",
		createCC + "ALTER INTEGRATION cc_int SET |",
		createAC + "ALTER INTEGRATION ac_int SET |",
		createJWT + "ALTER INTEGRATION jwt_int SET |",
		"ALTER INTEGRATION x SET |",
		"ALTER INTEGRATION x UNSET |",
	}
	for _, doc := range contexts {
		text, pos := caretDoc(t, doc)
		items := Complete(text, pos)
		if len(items) == 0 {
			t.Fatalf("%q: no items", doc)
		}
		for _, it := range items {
			if it.Label == "TAG" {
				continue
			}
			i := strings.Index(doc, "|")
			sql := doc[:i] + expandSnippet(it.InsertText) + doc[i+1:]
			for _, d := range Check(sql) {
				if d.Severity == protocol.SeverityError || d.Severity == protocol.SeverityWarning {
					// A CREATE missing its required properties is expected to warn.
					if d.Code == "missing-property" || (d.Code == "missing-type" && strings.HasPrefix(doc, "CREATE SECURITY INTEGRATION x |")) {
						continue
					}
					t.Errorf("%q + %q: %s %s: %s", doc, it.Label, d.Severity, d.Code, d.Message)
				}
			}
		}
	}
	values := map[string]int{}
	for _, p := range catalog.Catalog {
		doc := "ALTER INTEGRATION x SET " + p.Name + " = |"
		if !p.InSet {
			doc = "CREATE SECURITY INTEGRATION x " + p.Name + " = |"
		}
		text, pos := caretDoc(t, doc)
		items := Complete(text, pos)
		values[p.Name] = len(items)
		for _, it := range items {
			i := strings.Index(doc, "|")
			sql := doc[:i] + expandSnippet(it.InsertText) + doc[i+1:]
			for _, d := range Check(sql) {
				if d.Code == "missing-property" || d.Code == "missing-type" {
					continue
				}
				t.Errorf("%q + %q: %s %s: %s", doc, it.Label, d.Severity, d.Code, d.Message)
			}
		}
	}
	for _, p := range catalog.Catalog {
		want := 1
		switch p.Type {
		case catalog.TypeBool:
			want = 2
		case catalog.TypeEnum, catalog.TypeGrant:
			want = len(p.Allowed)
		}
		if values[p.Name] != want {
			t.Errorf("%s: %d value items, want %d", p.Name, values[p.Name], want)
		}
	}
}

// Names carry where they were created and their flow.
func TestCompleteNameDetails(t *testing.T) {
	doc := "SELECT 1;\n" + createCC + createSAML + "ALTER INTEGRATION later SET ENABLED = TRUE;\nALTER INTEGRATION |"
	text, pos := caretDoc(t, doc)
	want := map[string]string{
		"cc_int":   "created on line 2 · client credentials flow",
		"saml_int": "created on line 3 · another kind of integration",
		"later":    "altered on line 4",
	}
	got := map[string]string{}
	for _, it := range Complete(text, pos) {
		if it.Kind == "integration" {
			got[it.Label] = it.Detail
			if !strings.Contains(it.Documentation, "integration") {
				t.Errorf("%s: documentation %q", it.Label, it.Documentation)
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("names %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: detail %q, want %q", k, got[k], v)
		}
	}
}

// Properties of the statement's flow rank before those only tolerated, and
// the undocumented one comes last.
func TestCompleteRanking(t *testing.T) {
	text, pos := caretDoc(t, createCC+"ALTER INTEGRATION cc_int SET |")
	got := itemLabels(Complete(text, pos))
	idx := func(l string) int {
		for i, x := range got {
			if x == l {
				return i
			}
		}
		t.Fatalf("%q missing from %q", l, got)
		return -1
	}
	if idx("COMMENT") > idx("OAUTH_REFRESH_TOKEN_VALIDITY") {
		t.Errorf("documented COMMENT should come before the tolerated OAUTH_REFRESH_TOKEN_VALIDITY: %q", got)
	}
	text, pos = caretDoc(t, "ALTER INTEGRATION x SET |")
	got = itemLabels(Complete(text, pos))
	if idx("OAUTH_GRANT") != 0 {
		t.Errorf("with no flow, OAUTH_GRANT should come first: %q", got)
	}
	if idx("OAUTH_ASSERTION_ISSUER") < idx("OAUTH_ALLOWED_SCOPES") {
		t.Errorf("with no flow, properties of the same rank keep the catalog's order: %q", got)
	}
}

func TestCompletePositionsOutOfRange(t *testing.T) {
	// Past the end of a line or of the document: clamped, no panic.
	if got := itemLabels(Complete("ALTER ", protocol.Position{Line: 0, Character: 99})); !hasLabel(got, "INTEGRATION") {
		t.Errorf("past the line end: %q", got)
	}
	if got := itemLabels(Complete("ALTER ", protocol.Position{Line: 5, Character: 0})); !hasLabel(got, "INTEGRATION") {
		t.Errorf("past the document end: %q", got)
	}
	_ = Complete("", protocol.Position{Line: -1, Character: -1})
}

// An item accepted right after '=' or ',' brings its space, so that it is
// never glued to them; after a space it brings none.
func TestCompletionSpacesAfterEqualsAndComma(t *testing.T) {
	for _, c := range []struct{ text, label, want string }{
		{"CREATE SECURITY INTEGRATION x TYPE =", "API_AUTHENTICATION", " API_AUTHENTICATION"},
		{"CREATE SECURITY INTEGRATION x TYPE = ", "API_AUTHENTICATION", "API_AUTHENTICATION"},
		{"ALTER INTEGRATION x SET ENABLED =", "TRUE", " TRUE"},
		{"ALTER INTEGRATION x SET ENABLED = TRUE,", "COMMENT", " COMMENT = '${1:comment}'"},
	} {
		got := ""
		for _, it := range Complete(c.text, Position{Character: len(c.text)}) {
			if it.Label == c.label {
				got = it.InsertText
			}
		}
		if got != c.want {
			t.Errorf("%q: %s inserts %q, want %q", c.text, c.label, got, c.want)
		}
	}
}
