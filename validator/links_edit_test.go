package validator

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/document"
)

// Links follow edits: after edits that change what one statement says about
// an object its links point at (a mode, an AUTH_TYPE, a name, a list, a whole
// statement removed or brought back), the Document agrees with a fresh
// analysis. Random edits (TestDocumentEditsMatchFreshAnalysis) seldom hit
// exactly these words.
func TestLinksFollowEdits(t *testing.T) {
	files, _ := filepath.Glob("../testdata/setup/*.sql")
	data, err := os.ReadFile("../testdata/check/links.txt")
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{string(data)}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, string(b))
	}
	text := strings.Join(parts, "\n")
	swaps := [][2]string{
		{"MODE = EGRESS", "MODE = INGRESS"}, {"MODE = INGRESS", "MODE = EGRESS"},
		{"AUTH_TYPE = OAUTH2", "AUTH_TYPE = AWS_IAM"}, {"AUTH_TYPE = AWS_IAM", "AUTH_TYPE = OAUTH2"},
		{"TYPE = OAUTH2", "TYPE = CLOUD_PROVIDER_TOKEN"}, {"TYPE = CLOUD_PROVIDER_TOKEN", "TYPE = OAUTH2"},
		{"'CLIENT_CREDENTIALS'", "'AUTHORIZATION_CODE'"}, {"'AUTHORIZATION_CODE'", "'CLIENT_CREDENTIALS'"},
		{"= ALL", "= NONE"}, {"= NONE", "= ALL"}, {"'read'", "'admin'"}, {"'admin'", "'read'"},
		{"CREATE SECRET", "CREATE SECRE"}, {"CREATE SECRE ", "CREATE SECRET "},
		{"CREATE NETWORK RULE", "-- CREATE NETWORK RULE"}, {"-- CREATE NETWORK RULE", "CREATE NETWORK RULE"},
		{"EXTERNAL_ACCESS_INTEGRATIONS = (", "EXTERNAL_ACCESS_INTEGRATIONS = (nothing, "},
		{"DROP INTEGRATION", "DROP INTEGRATION x; --"}, {"key", "kez"}, {"kez", "key"}, {"api", "apj"}, {"apj", "api"},
		{";", ""}, {"\n", ";\n"},
	}
	rng := rand.New(rand.NewSource(11))
	doc := document.NewDocument(text)
	for step := 0; step < 300; step++ {
		sw := swaps[rng.Intn(len(swaps))]
		n := strings.Count(text, sw[0])
		if n == 0 {
			continue
		}
		k := rng.Intn(n)
		at := -1
		for i := 0; i <= k; i++ {
			at += 1 + strings.Index(text[at+1:], sw[0])
		}
		s := utf8.RuneCountInString(text[:at])
		e := s + utf8.RuneCountInString(sw[0])
		r := doc.Lines.RangeOf(s, e)
		doc.Update([]document.Change{{Range: &r, Text: sw[1]}})
		text = text[:at] + sw[1] + text[at+len(sw[0]):]
		compareAnalyses(t, step, doc.Analysis(), document.Analyze(text))
		if t.Failed() {
			t.Logf("after replacing %q with %q", sw[0], sw[1])
			return
		}
	}
}
