package validator

import (
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

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

func TestComplete(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		word  string   // the partial word the range must cover
		exact []string // the labels, exactly (in any order)
		first []string // the first labels, in this order
		want  []string // labels that must be there
		not   []string // labels that must not be there
		none  bool     // no items at all
	}{
		// statement starts
		{name: "empty document", doc: "|", want: strings.Split(allStarts, "|"), first: []string{"CREATE SECURITY INTEGRATION"}},
		{name: "partial alter", doc: "al|", word: "al", exact: []string{"ALTER SECURITY INTEGRATION", "ALTER INTEGRATION"}},
		{name: "partial alter upper case", doc: "ALT|", word: "ALT", exact: []string{"ALTER SECURITY INTEGRATION", "ALTER INTEGRATION"}},
		{name: "partial create offers the templates", doc: "cre|", word: "cre",
			exact: []string{"CREATE SECURITY INTEGRATION", "CREATE OR REPLACE SECURITY INTEGRATION",
				"CREATE SECURITY INTEGRATION … (client credentials)", "CREATE SECURITY INTEGRATION … (authorization code)",
				"CREATE SECURITY INTEGRATION … (JWT bearer)"},
			first: []string{"CREATE SECURITY INTEGRATION", "CREATE OR REPLACE SECURITY INTEGRATION"}},
		{name: "after another statement", doc: "SELECT 1;\n|", want: strings.Split(allStarts, "|")},
		{name: "partial d after a statement on the same line", doc: "SELECT 1; d|", word: "d",
			exact: []string{"DESCRIBE INTEGRATION", "DESC INTEGRATION", "DROP INTEGRATION"}},
		{name: "statement start before an unrelated statement", doc: "|SELECT 1;", want: strings.Split(allStarts, "|")},
		{name: "partial select is not ours", doc: "SEL|", word: "SEL", none: true},
		{name: "after a semicolon on the same line", doc: "DROP INTEGRATION x; al|", word: "al",
			exact: []string{"ALTER SECURITY INTEGRATION", "ALTER INTEGRATION"}},

		// ALTER head
		{name: "after alter", doc: "ALTER |", exact: []string{"SECURITY INTEGRATION", "INTEGRATION"}, first: []string{"SECURITY INTEGRATION"}},
		{name: "after alter security", doc: "ALTER SECURITY |", exact: []string{"INTEGRATION"}},
		{name: "after alter security integration, no names", doc: "ALTER SECURITY INTEGRATION |", exact: []string{"IF EXISTS"}},
		{name: "names created earlier", doc: createCC + "ALTER INTEGRATION |", exact: []string{"cc_int", "IF EXISTS"}, first: []string{"cc_int"}},
		{name: "most recent name first", doc: createCC + createAC + "ALTER INTEGRATION |",
			exact: []string{"ac_int", "cc_int", "IF EXISTS"}, first: []string{"ac_int", "cc_int"}},
		{name: "name altered earlier without create", doc: "ALTER INTEGRATION only_altered SET ENABLED = TRUE;\nDROP INTEGRATION |",
			exact: []string{"only_altered", "IF EXISTS"}},
		{name: "after if", doc: createCC + "ALTER INTEGRATION IF |", exact: []string{"EXISTS"}},
		{name: "partial exists", doc: createCC + "ALTER INTEGRATION IF ex|", word: "ex", exact: []string{"EXISTS"}},
		{name: "after if exists", doc: createCC + "ALTER INTEGRATION IF EXISTS |", exact: []string{"cc_int"}},
		{name: "partial name", doc: createCC + createAC + "ALTER INTEGRATION cc|", word: "cc", exact: []string{"cc_int"}},
		{name: "dropped name is gone", doc: createCC + "DROP INTEGRATION cc_int;\nALTER INTEGRATION |", exact: []string{"IF EXISTS"}},
		{name: "emoji quoted name", doc: "CREATE SECURITY INTEGRATION \"🔐 vault\" TYPE = API_AUTHENTICATION;\nALTER INTEGRATION |",
			exact: []string{`"🔐 vault"`, "IF EXISTS"}},
		{name: "name created later is not offered", doc: "ALTER INTEGRATION |;\n" + createCC, exact: []string{"IF EXISTS"}},

		// DROP, DESCRIBE, SHOW
		{name: "after drop", doc: "DROP |", exact: []string{"INTEGRATION", "SECURITY INTEGRATION"}},
		{name: "drop names", doc: createCC + "DROP INTEGRATION |", exact: []string{"cc_int", "IF EXISTS"}},
		{name: "describe takes no if exists", doc: createCC + "DESCRIBE INTEGRATION |", exact: []string{"cc_int"}},
		{name: "desc security", doc: "DESC SECURITY |", exact: []string{"INTEGRATION"}},
		{name: "after show", doc: "SHOW |", exact: []string{"INTEGRATIONS", "SECURITY INTEGRATIONS"}},
		{name: "after show integrations", doc: "SHOW INTEGRATIONS |", exact: []string{"LIKE"}},
		{name: "after like", doc: "SHOW SECURITY INTEGRATIONS LIKE |", exact: []string{"'…%'"}},
		{name: "describe done", doc: "DESCRIBE INTEGRATION x |", none: true},

		// CREATE head
		{name: "after create", doc: "CREATE |", exact: []string{"SECURITY INTEGRATION", "OR REPLACE"}},
		{name: "no or replace with if not exists later", doc: "CREATE | SECURITY INTEGRATION IF NOT EXISTS x TYPE = API_AUTHENTICATION",
			exact: []string{"SECURITY INTEGRATION"}},
		{name: "after create or", doc: "CREATE OR |", exact: []string{"REPLACE"}},
		{name: "after create or replace", doc: "CREATE OR REPLACE |", exact: []string{"SECURITY INTEGRATION"}},
		{name: "after create security integration", doc: createCC + "CREATE SECURITY INTEGRATION |", exact: []string{"IF NOT EXISTS"}},
		{name: "or replace offers names, not if not exists", doc: createCC + "CREATE OR REPLACE SECURITY INTEGRATION |", exact: []string{"cc_int"}},
		{name: "create if", doc: "CREATE SECURITY INTEGRATION IF |", exact: []string{"NOT EXISTS"}},
		{name: "create if not exists then a new name", doc: createCC + "CREATE SECURITY INTEGRATION IF NOT EXISTS |", none: true},

		// CREATE properties
		{name: "create properties, required first", doc: "CREATE SECURITY INTEGRATION new_int |",
			first: []string{"TYPE", "AUTH_TYPE", "ENABLED", "OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "OAUTH_GRANT"},
			want:  []string{"OAUTH_ALLOWED_SCOPES", "OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ASSERTION_ISSUER", "COMMENT"}},
		{name: "create minus present", doc: "CREATE SECURITY INTEGRATION new_int TYPE = API_AUTHENTICATION |",
			first: []string{"AUTH_TYPE"}, not: []string{"TYPE"}},
		{name: "create with client credentials", doc: "CREATE SECURITY INTEGRATION new_int TYPE = API_AUTHENTICATION OAUTH_GRANT = 'CLIENT_CREDENTIALS' |",
			want: []string{"OAUTH_ALLOWED_SCOPES", "OAUTH_REFRESH_TOKEN_VALIDITY", "OAUTH_TOKEN_ENDPOINT"},
			not:  []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ASSERTION_ISSUER", "OAUTH_GRANT", "TYPE"}},
		{name: "create with jwt bearer", doc: "CREATE SECURITY INTEGRATION new_int TYPE = API_AUTHENTICATION OAUTH_GRANT = 'JWT_BEARER' |",
			want: []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ASSERTION_ISSUER", "OAUTH_REFRESH_TOKEN_VALIDITY", "OAUTH_ALLOWED_SCOPES"}},
		{name: "create with authorization code, bare grant", doc: "CREATE SECURITY INTEGRATION new_int TYPE = API_AUTHENTICATION OAUTH_GRANT = authorization_code |",
			want: []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ALLOWED_SCOPES"},
			not:  []string{"OAUTH_ASSERTION_ISSUER"}},
		{name: "grant after the caret counts", doc: "CREATE SECURITY INTEGRATION new_int TYPE = API_AUTHENTICATION | OAUTH_GRANT = 'CLIENT_CREDENTIALS'",
			want: []string{"OAUTH_ALLOWED_SCOPES"}, not: []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_GRANT"}},
		{name: "create partial", doc: "CREATE SECURITY INTEGRATION new_int TYPE = API_AUTHENTICATION oauth_cl|", word: "oauth_cl",
			exact: []string{"OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "OAUTH_CLIENT_AUTH_METHOD"},
			first: []string{"OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "OAUTH_CLIENT_AUTH_METHOD"}},
		{name: "another type of integration", doc: "CREATE SECURITY INTEGRATION s TYPE = SAML2 ENABLED = TRUE |", none: true},
		{name: "aws iam form", doc: "CREATE SECURITY INTEGRATION s TYPE = API_AUTHENTICATION AUTH_TYPE = AWS_IAM |",
			first: []string{"ENABLED", "AWS_ROLE_ARN"}, want: []string{"COMMENT"}, not: []string{"OAUTH_CLIENT_ID", "AWS_REGION", "API_PROVIDER"}},
		{name: "azure key vault form", doc: "CREATE SECURITY INTEGRATION s TYPE = API_AUTHENTICATION AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION API_PROVIDER = AZURE_KEY_VAULT |",
			want: []string{"ENABLED", "AZURE_TENANT_ID", "AZURE_AD_APPLICATION_ID", "AZURE_KEY_VAULT_URI"}, not: []string{"AWS_REGION", "GCP_WIF_PROVIDER", "OAUTH_GRANT"}},
		{name: "workload identity federation without a provider", doc: "CREATE SECURITY INTEGRATION s TYPE = API_AUTHENTICATION AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION |",
			first: []string{"ENABLED", "API_PROVIDER"}, want: []string{"AWS_REGION", "GCP_WIF_PROVIDER"}, not: []string{"OAUTH_CLIENT_ID"}},
		{name: "set after an aws iam create", doc: "CREATE SECURITY INTEGRATION s TYPE = API_AUTHENTICATION AUTH_TYPE = AWS_IAM AWS_ROLE_ARN = 'arn:aws:iam::1:role/r' ENABLED = TRUE;\nALTER SECURITY INTEGRATION s SET |",
			want: []string{"ENABLED", "AWS_ROLE_ARN", "COMMENT"}, not: []string{"OAUTH_CLIENT_ID", "API_PROVIDER", "TYPE"}},
		{name: "provider value", doc: "CREATE SECURITY INTEGRATION s TYPE = API_AUTHENTICATION AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION API_PROVIDER = |",
			exact: []string{"AWS_SECRETS_MANAGER", "AZURE_KEY_VAULT", "GCP_SECRET_MANAGER"}},

		// values
		{name: "type value", doc: "CREATE SECURITY INTEGRATION x TYPE = |", exact: []string{"API_AUTHENTICATION"}},
		{name: "auth type value", doc: "CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION AUTH_TYPE = |", exact: []string{"OAUTH2", "AWS_IAM", "WORKLOAD_IDENTITY_FEDERATION"}},
		{name: "enabled values", doc: "ALTER INTEGRATION x SET ENABLED = |", exact: []string{"TRUE", "FALSE"}, first: []string{"TRUE", "FALSE"}},
		{name: "enabled partial lower case", doc: "alter integration x set enabled = f|", word: "f", exact: []string{"FALSE"}},
		{name: "no space after equals", doc: "ALTER INTEGRATION x SET ENABLED=|", exact: []string{"TRUE", "FALSE"}},
		{name: "auth method values", doc: "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = |", exact: []string{"CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST"}},
		{name: "auth method partial", doc: "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = client_secret_p|", word: "client_secret_p",
			exact: []string{"CLIENT_SECRET_POST"}},
		{name: "grant values", doc: "ALTER INTEGRATION x SET OAUTH_GRANT = |", exact: grants, first: grants},
		{name: "grant partial", doc: "ALTER INTEGRATION x SET OAUTH_GRANT = jw|", word: "jw", exact: []string{"'JWT_BEARER'"}},
		{name: "grant order follows scopes", doc: "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a') OAUTH_GRANT = |",
			first: []string{"'CLIENT_CREDENTIALS'", "'JWT_BEARER'", "'AUTHORIZATION_CODE'"}},
		{name: "grant order follows the authorization endpoint", doc: "ALTER INTEGRATION x SET OAUTH_AUTHORIZATION_ENDPOINT = 'https://a' OAUTH_GRANT = |",
			first: []string{"'AUTHORIZATION_CODE'", "'JWT_BEARER'", "'CLIENT_CREDENTIALS'"}},
		{name: "url value", doc: "ALTER INTEGRATION x SET OAUTH_TOKEN_ENDPOINT = |", exact: []string{"'https://…'"}},
		{name: "scopes value", doc: "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = |", exact: []string{"('…')"}},
		{name: "comment value", doc: "ALTER INTEGRATION x SET COMMENT = |", exact: []string{"'…'"}},
		{name: "access token validity", doc: "ALTER INTEGRATION x SET OAUTH_ACCESS_TOKEN_VALIDITY = |", exact: []string{"3600"}},
		{name: "refresh token validity", doc: "ALTER INTEGRATION x SET OAUTH_REFRESH_TOKEN_VALIDITY = |", exact: []string{"7776000"}},
		{name: "unknown property has no values", doc: "ALTER INTEGRATION x SET FOO = |", none: true},
		{name: "inside a scope list", doc: "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a', |", none: true},
		{name: "tag value", doc: "ALTER INTEGRATION x SET TAG cost_center = |", exact: []string{"'…'"}},

		// ALTER actions and SET
		{name: "actions", doc: "ALTER INTEGRATION x |", exact: []string{"SET", "UNSET", "SET TAG", "UNSET TAG"}, first: []string{"SET", "UNSET"}},
		{name: "partial unset", doc: "ALTER INTEGRATION x un|", word: "un", exact: []string{"UNSET", "UNSET TAG"}},
		{name: "actions after a comment", doc: "ALTER INTEGRATION x /* note */ |", exact: []string{"SET", "UNSET", "SET TAG", "UNSET TAG"}},
		{name: "comment between keywords", doc: "ALTER -- c\n |", exact: []string{"SECURITY INTEGRATION", "INTEGRATION"}},
		{name: "set, unknown flow", doc: "ALTER INTEGRATION x SET |",
			want: []string{"ENABLED", "OAUTH_GRANT", "OAUTH_ALLOWED_SCOPES", "OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ASSERTION_ISSUER", "TAG"},
			not:  []string{"TYPE", "AUTH_TYPE"}},
		{name: "set after a create that fixed the flow", doc: createCC + "ALTER INTEGRATION cc_int SET |",
			want: []string{"OAUTH_ALLOWED_SCOPES", "OAUTH_REFRESH_TOKEN_VALIDITY", "ENABLED"},
			not:  []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ASSERTION_ISSUER"}},
		{name: "set after a jwt create", doc: createJWT + "ALTER SECURITY INTEGRATION jwt_int SET |",
			want: []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ASSERTION_ISSUER", "OAUTH_ALLOWED_SCOPES"}},
		{name: "quoted name matches the unquoted create", doc: createJWT + "ALTER INTEGRATION \"JWT_INT\" SET |",
			want: []string{"OAUTH_ASSERTION_ISSUER", "OAUTH_ALLOWED_SCOPES"}},
		{name: "own grant wins over the create", doc: createCC + "ALTER INTEGRATION cc_int SET OAUTH_GRANT = 'JWT_BEARER' |",
			want: []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ASSERTION_ISSUER"}, not: []string{"OAUTH_GRANT"}},
		{name: "an earlier alter changed the flow", doc: createCC + "ALTER INTEGRATION cc_int SET OAUTH_GRANT = 'AUTHORIZATION_CODE';\nALTER INTEGRATION cc_int SET |",
			want: []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ALLOWED_SCOPES"}, not: []string{"OAUTH_ASSERTION_ISSUER"}},
		{name: "an earlier unset forgot the flow", doc: createCC + "ALTER INTEGRATION cc_int UNSET OAUTH_GRANT;\nALTER INTEGRATION cc_int SET |",
			want: []string{"OAUTH_AUTHORIZATION_ENDPOINT", "OAUTH_ALLOWED_SCOPES", "OAUTH_ASSERTION_ISSUER"}},
		{name: "after a broken earlier create", doc: "CREATE SECURITY INTEGRATION b_int TYPE = API_AUTHENTICATION OAUTH_GRANT = 'CLIENT_CREDENTIALS' ENABLED = ;\nALTER INTEGRATION b_int SET |",
			want: []string{"OAUTH_ALLOWED_SCOPES"}, not: []string{"OAUTH_AUTHORIZATION_ENDPOINT"}},
		{name: "name of a broken earlier create", doc: "CREATE SECURITY INTEGRATION b_int TYPE = API_AUTHENTICATION ENABLED = ;\nALTER INTEGRATION |",
			exact: []string{"b_int", "IF EXISTS"}},
		{name: "after a broken unrelated statement", doc: "SELECT FROM WHERE (;\nALTER INTEGRATION x SET ena|", word: "ena", exact: []string{"ENABLED"}},
		{name: "partial matches a part of the name", doc: "ALTER INTEGRATION x SET scope|", word: "scope", exact: []string{"OAUTH_ALLOWED_SCOPES"}},
		{name: "partial matches starts and parts", doc: "ALTER INTEGRATION x SET en|", word: "en",
			exact: []string{"ENABLED", "OAUTH_TOKEN_ENDPOINT", "OAUTH_AUTHORIZATION_ENDPOINT"}},
		{name: "present before the caret", doc: "ALTER INTEGRATION x SET ENABLED = TRUE, |", want: []string{"COMMENT"}, not: []string{"ENABLED", "TAG"}},
		{name: "present after the caret", doc: "ALTER INTEGRATION x SET ENABLED = TRUE | COMMENT = 'x'", not: []string{"ENABLED", "COMMENT"}, want: []string{"OAUTH_GRANT"}},
		{name: "the word being typed is not present", doc: "ALTER INTEGRATION x SET COMMENT|", word: "COMMENT", exact: []string{"COMMENT"}},
		{name: "word before an equals sign", doc: "ALTER INTEGRATION x SET ENAB| = TRUE", word: "ENAB", exact: []string{"ENABLED"}},
		{name: "partial tag", doc: "ALTER INTEGRATION x SET TA|", word: "TA", exact: []string{"TAG"}},
		{name: "after set tag", doc: "ALTER INTEGRATION x SET TAG |", none: true},
		{name: "another kind, known: only tags", doc: createSAML + "ALTER INTEGRATION saml_int SET |", exact: []string{"TAG"}},
		{name: "another kind, guessed", doc: "ALTER INTEGRATION who SET SAML2_ISSUER = 'a' |", none: true},
		{name: "garbage after the last property", doc: "ALTER INTEGRATION x SET ENABLED = TRUE nonsense words |", none: true},

		// UNSET
		{name: "unset items", doc: "ALTER INTEGRATION x UNSET |", exact: []string{"ENABLED", "COMMENT", "TAG"}, first: []string{"ENABLED", "COMMENT", "TAG"}},
		{name: "unset after a comma", doc: "ALTER INTEGRATION x UNSET ENABLED, |", exact: []string{"COMMENT"}},
		{name: "unset item needs a comma", doc: "ALTER INTEGRATION x UNSET ENABLED |", none: true},
		{name: "unset partial", doc: "ALTER INTEGRATION x UNSET co|", word: "co", exact: []string{"COMMENT"}},

		// strings and comments
		{name: "inside a string", doc: "ALTER INTEGRATION x SET COMMENT = 'SET |'", none: true},
		{name: "inside a dollar string", doc: "ALTER INTEGRATION x SET COMMENT = $$ ENABLED = | $$", none: true},
		{name: "inside an unterminated string", doc: "ALTER INTEGRATION x SET COMMENT = 'oops\nALTER INTEGRATION x SET |", none: true},
		{name: "at the end of an unterminated string", doc: "ALTER INTEGRATION x SET COMMENT = 'abc|", none: true},
		{name: "inside a line comment", doc: "ALTER INTEGRATION x SET -- ENABLED |\n", none: true},
		{name: "at the end of a line comment", doc: "-- a comment|", none: true},
		{name: "inside a block comment", doc: "ALTER INTEGRATION x /* SET | */ SET ENABLED = TRUE", none: true},
		{name: "inside an unterminated block comment", doc: "ALTER INTEGRATION x SET /* |", none: true},
		{name: "inside a quoted name", doc: "ALTER INTEGRATION \"my | name\" SET ENABLED = TRUE", none: true},
		{name: "just after a string", doc: "ALTER INTEGRATION x SET COMMENT = 'a'|", want: []string{"ENABLED"}, not: []string{"COMMENT"}},

		// unrelated statements
		{name: "select", doc: "SELECT * FROM t WHERE |", none: true},
		{name: "alter table", doc: "ALTER TABLE t SET |", none: true},
		{name: "create table", doc: "CREATE TABLE |", none: true},
		{name: "alter before table on the same line", doc: "ALTER | TABLE t;", none: true},
		{name: "alter being typed above a statement", doc: "ALTER |\nSELECT 1;", exact: []string{"SECURITY INTEGRATION", "INTEGRATION"}},

		// non-ASCII text on the caret's line
		{name: "emoji and cjk before the caret", doc: "ALTER INTEGRATION x SET COMMENT = '😀 日本', ENA|", word: "ENA", exact: []string{"ENABLED"}},
		{name: "cjk comment before the caret", doc: "/* 日本語 */ ALTER INTEGRATION x SET OAUTH_GRANT = cl|", word: "cl", exact: []string{"'CLIENT_CREDENTIALS'"}},
		{name: "cjk comment between items", doc: "ALTER INTEGRATION x SET ENABLED = TRUE /* 注释 */ , COMM|", word: "COMM", exact: []string{"COMMENT"}},
		{name: "emoji name then actions", doc: "ALTER INTEGRATION \"🚀\" |", exact: []string{"SET", "UNSET", "SET TAG", "UNSET TAG"}},
		{name: "cjk text is not a word", doc: "ALTER INTEGRATION x SET 日本|", none: true},
		{name: "crlf line ends", doc: "SELECT 1;\r\nALTER INTEGRATION x SET ENABLED = |", exact: []string{"TRUE", "FALSE"}},
	}
	if len(tests) < 60 {
		t.Fatalf("only %d caret positions", len(tests))
	}
	names := map[string]bool{}
	for _, tc := range tests {
		if names[tc.name] {
			t.Fatalf("duplicate test name %q", tc.name)
		}
		names[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			text, pos := caretDoc(t, tc.doc)
			items := Complete(text, pos)
			got := itemLabels(items)
			if tc.none {
				if len(items) != 0 {
					t.Fatalf("want no items, got %q", got)
				}
				return
			}
			if len(items) == 0 {
				t.Fatalf("want items, got none")
			}
			if tc.exact != nil {
				a, b := append([]string(nil), got...), append([]string(nil), tc.exact...)
				sort.Strings(a)
				sort.Strings(b)
				if strings.Join(a, "\n") != strings.Join(b, "\n") {
					t.Errorf("labels = %q, want exactly %q", got, tc.exact)
				}
			}
			for i, l := range tc.first {
				if i >= len(got) || got[i] != l {
					t.Errorf("labels = %q, want them to begin with %q", got, tc.first)
					break
				}
			}
			for _, l := range tc.want {
				if !hasLabel(got, l) {
					t.Errorf("labels = %q, want %q among them", got, l)
				}
			}
			for _, l := range tc.not {
				if hasLabel(got, l) {
					t.Errorf("labels = %q, do not want %q", got, l)
				}
			}
			// Every item replaces exactly the partial word before the caret.
			wantRange := protocol.Range{Start: protocol.Position{Line: pos.Line, Character: pos.Character - len(utf16.Encode([]rune(tc.word)))}, End: pos}
			for i, it := range items {
				if it.Range != wantRange {
					t.Errorf("%q: range %v, want %v (the word %q)", it.Label, it.Range, wantRange, tc.word)
				}
				if it.InsertTextFormat != "plain" && it.InsertTextFormat != "snippet" {
					t.Errorf("%q: insertTextFormat %q", it.Label, it.InsertTextFormat)
				}
				if it.Kind == "" || it.InsertText == "" || it.SortText == "" {
					t.Errorf("%q: kind %q, insertText %q, sortText %q: none may be empty", it.Label, it.Kind, it.InsertText, it.SortText)
				}
				if i > 0 && items[i-1].SortText > it.SortText {
					t.Errorf("items not sorted: %q (%s) before %q (%s)", items[i-1].Label, items[i-1].SortText, it.Label, it.SortText)
				}
			}
		})
	}
}

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
	if n != 3 {
		t.Errorf("%d templates, want one per flow (3)", n)
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
				if d.Code == "missing-property" || d.Code == "missing-type" || d.Code == "undocumented-property" {
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
