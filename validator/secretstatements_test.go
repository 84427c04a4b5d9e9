package validator

import (
	"strings"
	"testing"
)

// A secret statement's messages never repeat the words of a secret value,
// however the statement is broken, and with the property name misspelt too.
func TestSecretStatementMessagesHideValues(t *testing.T) {
	docs := []string{
		"CREATE SECRET s TYPE = PASSWORD USERNAME = 'u' PASSWORD = zqhunter zqtwo;",
		"CREATE SECRET s TYPE = PASSWORD USERNAME = 'u' PASSWRD = zqhunter zqtwo;",
		"CREATE SECRET s TYPE = GENERIC_STRING SECRET_STRING = zqhunter-zqtwo;",
		"CREATE SECRET s TYPE = GENERIC_STRING SECRET_STRING = 'zqhunter'zqtwo = 'x';",
		"CREATE SECRET s TYPE = OAUTH2 API_AUTHENTICATION = i OAUTH_REFRESH_TOKEN = zqhunter.zqtwo;",
		"ALTER SECRET s SET PASSWORD = zqhunter zqtwo;",
		"ALTER SECRET s SET SECRET_STRING = 'zqhunter' zqtwo;",
	}
	for _, doc := range docs {
		ds := Check(doc)
		if len(ds) == 0 {
			t.Errorf("%q: no diagnostic at all", doc)
		}
		for _, d := range ds {
			if strings.Contains(strings.ToLower(d.Message), "zq") {
				t.Errorf("%q: %s repeats the secret: %s", doc, d.Code, d.Message)
			}
			for _, f := range d.Fixes {
				for _, e := range f.Edits {
					if strings.Contains(strings.ToLower(e.NewText+f.Title), "zq") {
						t.Errorf("%q: fix %q copies the secret", doc, f.Title)
					}
				}
			}
		}
	}
}
