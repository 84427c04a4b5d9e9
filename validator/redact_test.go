package validator

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/secint/secint/validator/internal/editor"
)

// The cases are shared with the playground's JavaScript fallback
// (web/playground/test/redact.test.js), so that both redact alike.
func loadRedactCases(t *testing.T) []struct{ Name, In, Want string } {
	t.Helper()
	raw, err := os.ReadFile("../testdata/redact/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []struct{ Name, In, Want string }
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	if len(file.Cases) == 0 {
		t.Fatal("no cases")
	}
	return file.Cases
}

func TestRedactSecrets(t *testing.T) {
	for _, c := range loadRedactCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			got := editor.RedactSecrets(c.In)
			if got != c.Want {
				t.Errorf("RedactSecrets(%q)\n got %q\nwant %q", c.In, got, c.Want)
			}
			// Redacting twice changes nothing more.
			if again := editor.RedactSecrets(got); again != got {
				t.Errorf("not idempotent: %q became %q", got, again)
			}
		})
	}
}

// The secrets of the cases never survive, and the diagnostics of a redacted
// document are those of the original, but for what the value itself says.
func TestRedactSecretsHidesEveryValue(t *testing.T) {
	secrets := []string{"hunter2", "aHVudGVyMg", "first", "second", "p4ss", "'sk'", "old", "sécrèt"}
	for _, c := range loadRedactCases(t) {
		got := editor.RedactSecrets(c.In)
		for _, s := range secrets {
			if strings.Contains(got, s) {
				t.Errorf("%s: %q survives in %q", c.Name, s, got)
			}
		}
	}
}

func TestRedactKeepsDiagnostics(t *testing.T) {
	doc := "CREATE SECURITY INTEGRATION a TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2\n" +
		"  OAUTH_CLIENT_ID = 'id' OAUTH_CLIENT_SECRET = 'hunter2' OAUTH_GRANT = 'CLIENT_CREDENTIALS'\n" +
		"  OAUTH_TOKEN_ENDPOINT = 'https://example.com/token' ENABLED = TRUE;\n" +
		"ALTER SECURITY INTEGRATION a SET OAUTH_CLIENTID = 'x', OAUTH_CLIENT_SECRET = $$s3cr3t$$;\n"
	red := editor.RedactSecrets(doc)
	if strings.Contains(red, "hunter2") || strings.Contains(red, "s3cr3t") {
		t.Fatalf("secret left in %q", red)
	}
	a, b := Check(doc), Check(red)
	if len(a) != len(b) {
		t.Fatalf("%d diagnostics before, %d after", len(a), len(b))
	}
	for i := range a {
		if a[i].Code != b[i].Code || a[i].Range.Start != b[i].Range.Start {
			t.Errorf("diagnostic %d: %s at %v before, %s at %v after", i, a[i].Code, a[i].Range.Start, b[i].Code, b[i].Range.Start)
		}
	}
}

func TestRedactLeavesOtherTextAlone(t *testing.T) {
	for _, s := range []string{"", "SELECT 1;", "ALTER INTEGRATION a SET ENABLED = TRUE;", "'unterminated", "/* open"} {
		if got := editor.RedactSecrets(s); got != s {
			t.Errorf("RedactSecrets(%q) = %q", s, got)
		}
	}
}

func FuzzRedactSecrets(f *testing.F) {
	f.Add("ALTER INTEGRATION a SET OAUTH_CLIENT_SECRET = 'x';")
	f.Add("-- OAUTH_CLIENT_SECRET = 'x'\n/* OAUTH_CLIENT_SECRET 'y")
	f.Add("OAUTH_CLIENT_SECRET = ((a, b)")
	f.Fuzz(func(t *testing.T, s string) {
		r := editor.RedactSecrets(s)
		if editor.RedactSecrets(r) != r {
			t.Errorf("not idempotent on %q", s)
		}
	})
}
