package validator

import (
	"strconv"
	"strings"
	"testing"
)

// A context in the shape Snowflake answers in: every column it returns, in
// either case; a DESCRIBE row holding a secret's value is never kept.
const contextJSON = `{"integrations": [
  {"name": "CRM_API", "type": "API_AUTHENTICATION", "category": "SECURITY", "enabled": true, "created_on": "2025-01-01",
   "properties": [{"property": "AUTH_TYPE", "property_type": "String", "property_value": "OAUTH2", "property_default": ""},
                  {"property": "oauth_grant", "property_value": "CLIENT_CREDENTIALS"},
                  {"property": "OAUTH_CLIENT_SECRET", "property_value": "sekrit-4711"},
                  {"property": "OAUTH_ALLOWED_SCOPES", "property_type": "List", "property_value": "[contacts.read, deals.read]"}]},
  {"name": "S3_ROLE", "type": "API_AUTHENTICATION", "properties": [{"property": "AUTH_TYPE", "property_value": "AWS_IAM"}]},
  {"NAME": "SSO", "TYPE": "SAML2"},
  {"NAME": "CRM_ACCESS", "TYPE": "EXTERNAL_ACCESS", "properties": [
     {"property": "ALLOWED_NETWORK_RULES", "property_value": "[DB.S.CRM_HOSTS]"},
     {"property": "ALLOWED_API_AUTHENTICATION_INTEGRATIONS", "property_value": "[]"},
     {"property": "ALLOWED_AUTHENTICATION_SECRETS", "property_value": "[DB.S.OTHER]"}]},
  {"name": "OPEN_ACCESS", "type": "EXTERNAL_ACCESS"}],
 "secrets": [{"name": "CRM_TOKEN", "database_name": "DB", "schema_name": "S", "secret_type": "OAUTH2", "owner": "SYSADMIN"},
             {"name": "KEY", "database_name": "DB", "schema_name": "S", "secret_type": "GENERIC"}],
 "network_rules": [{"name": "INBOUND", "database_name": "DB", "schema_name": "S", "type": "IPV4", "mode": "INGRESS"}]}`

func TestContextDeclaresObjects(t *testing.T) {
	ctx, err := ParseContextJSON([]byte(contextJSON))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join([]string{
		"ALTER SECURITY INTEGRATION crm_api SET OAUTH_AUTHORIZATION_ENDPOINT = 'https://x.example.com';",
		"CREATE SECRET t TYPE = OAUTH2 API_AUTHENTICATION = crm_api OAUTH_SCOPES = ('contacts.read', 'admin');",
		"CREATE SECRET c TYPE = OAUTH2 API_AUTHENTICATION = s3_role;",
		"ALTER SECRET crm_token SET PASSWORD = 'x';",
		"ALTER SECRET key SET PASSWORD = 'y';",
		"CREATE EXTERNAL ACCESS INTEGRATION e ALLOWED_NETWORK_RULES = (inbound) ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (sso) ENABLED = TRUE;",
		"CREATE FUNCTION f() RETURNS STRING LANGUAGE PYTHON HANDLER = 'h' EXTERNAL_ACCESS_INTEGRATIONS = (crm_access) SECRETS = ('t' = crm_token) AS 'x';",
		"CREATE FUNCTION g() RETURNS STRING LANGUAGE PYTHON HANDLER = 'h' EXTERNAL_ACCESS_INTEGRATIONS = (open_access) SECRETS = ('t' = crm_token) AS 'x';",
		"ALTER SECURITY INTEGRATION sso SET SAML2_ENABLE_SP_INITIATED = TRUE;",
	}, "\n")
	want := []string{
		"1 flow-mismatch OAUTH_AUTHORIZATION_ENDPOINT",
		"2 scope-not-allowed 'admin'",
		"3 wrong-integration-kind s3_role",
		"4 foreign-property PASSWORD",
		"5 foreign-property PASSWORD",
		"6 rule-not-egress inbound",
		"6 wrong-integration-kind sso",
		"7 secret-not-allowed crm_token",
	}
	check := func(diags []Diagnostic) {
		t.Helper()
		var got []string
		for _, d := range diags {
			got = append(got, strings.Join([]string{strconv.Itoa(d.Range.Start.Line + 1), d.Code, text[d.StartOffset:d.EndOffset]}, " "))
			if strings.Contains(d.Message, "sekrit") {
				t.Errorf("a message repeats the declared secret: %s", d.Message)
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	check(AnalyzeIn(text, ctx).Diagnostics)

	// The same through a Document whose context comes after it opened, and
	// goes away again.
	// Without it, every object is made elsewhere: nothing to say.
	doc := NewDocument(text)
	if d := doc.Analysis().Diagnostics; len(d) != 0 {
		t.Errorf("without a context: %+v", d)
	}
	doc.SetContext(ctx)
	check(doc.Analysis().Diagnostics)
	doc.SetContext(nil)
	if d := doc.Analysis().Diagnostics; len(d) != 0 {
		t.Errorf("after the context was removed: %+v", d)
	}
}

func TestContextRefusesWhatIsNotItsShape(t *testing.T) {
	for _, bad := range []string{
		`{"integrations": [{"type": "API_AUTHENTICATION"}]}`,
		`{"secrets": [{"secret_type": "OAUTH2"}]}`,
		`{"integrations": {"name": "X"}}`,
		`{"integrations": [{"name": "X", "properties": "AUTH_TYPE"}]}`,
		`not json`,
	} {
		if _, err := ParseContextJSON([]byte(bad)); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}
