package validator

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/protocol"
)

// hoverNeedle hovers over the first occurrence of needle (plus offset runes into it).
func hoverNeedle(t *testing.T, text, needle string, nth int) *protocol.HoverResult {
	t.Helper()
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			t.Fatalf("%q not found %d times in %q", needle, nth, text)
		}
		if k == nth {
			return Hover(text, utf16Pos(text, from+i))
		}
		from += i + len(needle)
	}
}

func mustContain(t *testing.T, what, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			t.Errorf("%s: %q does not contain %q", what, s, p)
		}
	}
}

// Every catalog property, wherever it may stand, gets its meaning, value
// type, flows, UNSET rule and link.
func TestHoverEveryProperty(t *testing.T) {
	for _, p := range catalog.Catalog {
		var docs []string
		docs = append(docs, "CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION ENABLED = TRUE "+p.Name+" = "+p.Example()+";")
		if p.Name == "TYPE" {
			docs[0] = "CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION ENABLED = TRUE;"
		}
		if p.InSet {
			docs = append(docs, "ALTER INTEGRATION x SET "+p.Name+" = "+p.Example()+";",
				"ALTER INTEGRATION x UNSET "+strings.ToLower(p.Name)+";")
		}
		for _, doc := range docs {
			needle := p.Name
			if strings.Contains(doc, "UNSET ") {
				needle = strings.ToLower(p.Name)
			}
			h := hoverNeedle(t, doc, needle, 1)
			if h == nil {
				t.Errorf("%s in %q: no hover", p.Name, doc)
				continue
			}
			mustContain(t, p.Name, h.Contents, "**"+p.Name+"**", p.Summary, p.DocsURL(), "- **Value:** ", "- **UNSET:** ")
			// Flows are OAuth2's; a property of some kinds only says which.
			if p.Kinds&catalog.KindOAuth2 != 0 {
				mustContain(t, p.Name, h.Contents, "- **Flows:** ")
			} else if strings.Contains(h.Contents, "**Flows:**") {
				t.Errorf("%s: a property OAuth2 does not take lists flows: %q", p.Name, h.Contents)
			}
			if p.Kinds != catalog.KindsAll {
				mustContain(t, p.Name, h.Contents, "- **Kinds:** ", p.Kinds.Describe())
			}
			if p.Detail != "" {
				mustContain(t, p.Name, h.Contents, p.Detail)
			}
			switch p.Unset {
			case catalog.UnsetDocumented:
				mustContain(t, p.Name, h.Contents, "UNSET:** takes it")
			case catalog.UnsetNotDocumented:
				mustContain(t, p.Name, h.Contents, "UNSET:** not documented")
			case catalog.UnsetForbidden:
				mustContain(t, p.Name, h.Contents, "UNSET:** not allowed")
			}
			for _, a := range p.Allowed {
				mustContain(t, p.Name, h.Contents, a)
			}
			for _, f := range p.Flows.Flows() {
				if p.Kinds&catalog.KindOAuth2 != 0 {
					mustContain(t, p.Name, h.Contents, f.Describe())
				}
			}
			for _, f := range p.Tolerated.Flows() {
				mustContain(t, p.Name, h.Contents, "also accepted with "+f.Describe())
			}
			if !p.InSet && !strings.Contains(h.Contents, "CREATE only") {
				t.Errorf("%s: hover does not say ALTER cannot change it: %q", p.Name, h.Contents)
			}
			// The range is the property name.
			i := strings.Index(doc, needle)
			want := protocol.Range{Start: utf16Pos(doc, i), End: utf16Pos(doc, i+len(p.Name))}
			if h.Range != want {
				t.Errorf("%s in %q: range %v, want %v", p.Name, doc, h.Range, want)
			}
		}
	}
}

// With a known flow, the hover says how the property fits it.
func TestHoverPropertyInFlow(t *testing.T) {
	cases := []struct{ doc, prop, want string }{
		{createCC + "ALTER INTEGRATION cc_int SET OAUTH_AUTHORIZATION_ENDPOINT = 'https://a';", "OAUTH_AUTHORIZATION_ENDPOINT", "does not use it"},
		{createCC + "ALTER INTEGRATION cc_int SET OAUTH_ALLOWED_SCOPES = ('a');", "OAUTH_ALLOWED_SCOPES", "flow (client credentials) takes it"},
		{createCC + "ALTER INTEGRATION cc_int SET OAUTH_REFRESH_TOKEN_VALIDITY = 10;", "OAUTH_REFRESH_TOKEN_VALIDITY", "accepted with this statement's flow (client credentials), but not documented"},
		{"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION OAUTH_ALLOWED_SCOPES = ('a') OAUTH_GRANT = 'JWT_BEARER';", "OAUTH_ALLOWED_SCOPES", "flow (JWT bearer) takes it"},
		{"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION OAUTH_ASSERTION_ISSUER = 'i' OAUTH_GRANT = 'AUTHORIZATION_CODE';", "OAUTH_ASSERTION_ISSUER", "flow (authorization code) does not use it"},
	}
	for _, c := range cases {
		h := hoverNeedle(t, c.doc, c.prop, strings.Count(c.doc, c.prop))
		if h == nil {
			t.Fatalf("%q: no hover", c.doc)
		}
		mustContain(t, c.prop, h.Contents, c.want)
	}
	// With no known flow, no "Here" line.
	h := hoverNeedle(t, "ALTER INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ('a');", "OAUTH_ALLOWED_SCOPES", 1)
	if h == nil || strings.Contains(h.Contents, "**Here:**") {
		t.Errorf("unknown flow: %v", h)
	}
}

func TestHoverNothing(t *testing.T) {
	cases := []struct{ doc, at string }{
		{"ALTER INTEGRATION x SET ENABLED = TRUE; -- ENABLED here", "ENABLED here"},
		{"ALTER INTEGRATION x SET COMMENT = 'ENABLED';", "ENABLED'"},
		{"ALTER INTEGRATION x SET COMMENT = 'a string';", "'a string'"},
		{"ALTER TABLE t SET COMMENT = 'x';", "COMMENT"},
		{"SELECT ENABLED FROM t;", "ENABLED"},
		{"ALTER INTEGRATION x /* OAUTH_GRANT */ SET ENABLED = TRUE;", "OAUTH_GRANT"},
		{"ALTER INTEGRATION x SET   ENABLED = TRUE;", "  ENABLED"},
		{"ALTER INTEGRATION x SET TAG t = 'v';", "t ="},
		{"ALTER INTEGRATION x SET NOT_A_PROPERTY = 1;", "NOT_A_PROPERTY"},
		{createSAML + "ALTER INTEGRATION saml_int SET ENABLED = FALSE;", "ENABLED = FALSE"},
		{"ALTER INTEGRATION x SET COMMENT = 'unterminated", "unterminated"},
		{"ALTER INTEGRATION x SET ENABLED = TRUE;", ";"},
	}
	for _, c := range cases {
		if h := hoverNeedle(t, c.doc, c.at, 1); h != nil {
			t.Errorf("%q at %q: want no hover, got %q", c.doc, c.at, h.Contents)
		}
	}
	if h := Hover("", protocol.Position{}); h != nil {
		t.Errorf("empty document: %v", h)
	}
	// Another kind's property gets a note that it belongs elsewhere.
	h := hoverNeedle(t, "CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION SAML2_ISSUER = 'a';", "SAML2_ISSUER", 1)
	if h == nil {
		t.Fatal("no hover on a foreign property")
	}
	mustContain(t, "foreign", h.Contents, "SAML2 integrations")
}

// Hovering at the end of a word (where editors put the caret) finds it.
func TestHoverAtWordEnd(t *testing.T) {
	doc := "ALTER INTEGRATION x SET ENABLED = TRUE;"
	h := Hover(doc, protocol.Position{Line: 0, Character: strings.Index(doc, " =")})
	if h == nil || !strings.Contains(h.Contents, "**ENABLED**") {
		t.Errorf("at the end of ENABLED: %v", h)
	}
}

// No hover, anywhere in a document, repeats the client secret's value, in
// whatever form it is written.
func TestHoverNeverShowsTheSecret(t *testing.T) {
	const secret = "Zq7xSECRETvalue"
	docs := []string{
		"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION OAUTH_CLIENT_SECRET = '" + secret + "' ENABLED = TRUE;",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = $$" + secret + "$$, COMMENT = 'c';",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = " + secret + ";",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = \"" + secret + "\";",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = '" + secret + " 😀';",
		"ALTER INTEGRATION x SET oauth_client_secret='" + secret + "' OAUTH_GRANT = CLIENT_CREDENTIALS;",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = '" + secret + "' '" + secret + "';",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = '" + secret,
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = TRUE" + secret + ";",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRT = '" + secret + "';",
		"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = CLIENT_CREDENTIALS;", // a secret that looks like a keyword
		// Secrets' own secret values, and the statements that refer to a
		// secret (whose hover summarises it).
		"CREATE SECRET s TYPE = PASSWORD USERNAME = 'u' PASSWORD = '" + secret + "';",
		"ALTER SECRET db.s.x SET SECRET_STRING = $$" + secret + "$$, COMMENT = 'c';",
		"CREATE SECRET s TYPE = OAUTH2 API_AUTHENTICATION = i OAUTH_REFRESH_TOKEN = '" + secret + "';\n" +
			"CREATE EXTERNAL ACCESS INTEGRATION e ALLOWED_NETWORK_RULES = (r) ALLOWED_AUTHENTICATION_SECRETS = (s) ENABLED = TRUE;\n" +
			"CREATE FUNCTION f() RETURNS STRING LANGUAGE PYTHON EXTERNAL_ACCESS_INTEGRATIONS = (e) SECRETS = ('k' = s) AS 'x';\nDESC SECRET s;",
		"ALTER SECRET s SET PASSWRD = '" + secret + "';",
		"CREATE SECRET s TYPE = GENERIC_STRING SECRET_STRING = " + secret + ";",
	}
	for _, doc := range docs {
		secretHovers := 0
		lines := strings.Split(doc, "\n")
		for ln, line := range lines {
			n := len(utf16.Encode([]rune(line)))
			for ch := 0; ch <= n; ch++ {
				h := Hover(doc, protocol.Position{Line: ln, Character: ch})
				if h == nil {
					continue
				}
				if strings.Contains(h.Contents, secret) || strings.Contains(strings.ToUpper(h.Contents), strings.ToUpper(secret)) {
					t.Errorf("%q at %d:%d: hover shows the secret: %q", doc, ln, ch, h.Contents)
				}
				if strings.Contains(h.Contents, "not shown here") {
					secretHovers++
				}
			}
		}
		if strings.Contains(doc, "OAUTH_CLIENT_SECRET = CLIENT") {
			if secretHovers == 0 {
				t.Errorf("%q: a keyword-like secret was explained as a keyword", doc)
			}
		}
	}
	// Over the secret's value: a note, not the value.
	h := hoverNeedle(t, docs[0], secret, 1)
	if h == nil || !strings.Contains(h.Contents, "not shown here") {
		t.Errorf("over the secret: %v", h)
	}
}

// An integration of another AUTH_TYPE than OAUTH2 is named by its kind, not
// by a flow it cannot have.
func TestHoverNameOfOtherKinds(t *testing.T) {
	create := "CREATE SECURITY INTEGRATION kv TYPE = API_AUTHENTICATION AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION API_PROVIDER = AZURE_KEY_VAULT ENABLED = TRUE;\n"
	h := hoverNeedle(t, create, "kv", 1)
	if h == nil {
		t.Fatal("no hover on the created name")
	}
	mustContain(t, "create", h.Contents, "Azure Key Vault", "API_PROVIDER = AZURE_KEY_VAULT")
	if strings.Contains(h.Contents, "OAUTH_GRANT") {
		t.Errorf("create: speaks of a flow: %q", h.Contents)
	}
	h = hoverNeedle(t, create+"ALTER SECURITY INTEGRATION kv SET ENABLED = FALSE;", "kv", 2)
	if h == nil {
		t.Fatal("no hover on the altered name")
	}
	mustContain(t, "alter", h.Contents, "Created on line 1", "Azure Key Vault")
	if strings.Contains(h.Contents, "OAUTH_GRANT") {
		t.Errorf("alter: speaks of a flow: %q", h.Contents)
	}
}
