package validator

import (
	"strings"
	"testing"
)

// A statement that clearly meant to be ours but went wrong in its first
// words gets one syntax error, with a fix where the right word is plain.
func TestNearMissStatements(t *testing.T) {
	const props = " TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE OAUTH_CLIENT_ID = 'a' OAUTH_CLIENT_SECRET = 'b'"
	cases := []struct{ text, msg, fixed string }{
		{"CRATE SECURITY INTEGRATION x" + props, "CRATE is not a command; did you mean CREATE?", "CREATE SECURITY INTEGRATION x" + props},
		{"ALTR SECURITY INTEGRATION x SET ENABLED = TRUE", "ALTR is not a command; did you mean ALTER?", "ALTER SECURITY INTEGRATION x SET ENABLED = TRUE"},
		{"DORP SECURITY INTEGRATION x", "DORP is not a command; did you mean DROP?", "DROP SECURITY INTEGRATION x"},
		{"DESCRIEB SECURITY INTEGRATION x", "DESCRIEB is not a command; did you mean DESCRIBE?", "DESCRIBE SECURITY INTEGRATION x"},
		{"DROP SECURTY INTEGRATION x", "expected SECURITY after DROP, found SECURTY; did you mean SECURITY?", "DROP SECURITY INTEGRATION x"},
		{"describe securiy integration x", "expected SECURITY after DESCRIBE, found securiy; did you mean SECURITY?", "describe SECURITY integration x"},
		{"ALTER INTEGRATON x SET ENABLED = TRUE", "INTEGRATON is not a word of this statement; did you mean INTEGRATION?", "ALTER INTEGRATION x SET ENABLED = TRUE"},
		{"DROP SECURITY INTERGRATION x", "INTERGRATION is not a word of this statement; did you mean INTEGRATION?", "DROP SECURITY INTEGRATION x"},
		{"DROP INTEGRATIONS x", "DROP takes INTEGRATION, not INTEGRATIONS", "DROP INTEGRATION x"},
		{"ALTER INTEGRATIONS x SET ENABLED = TRUE", "ALTER takes INTEGRATION, not INTEGRATIONS", "ALTER INTEGRATION x SET ENABLED = TRUE"},
		{"SHOW INTEGRATION", "SHOW takes INTEGRATIONS, not INTEGRATION", "SHOW INTEGRATIONS"},
		{"SHOW API INTEGRATION LIKE 'a%'", "SHOW takes INTEGRATIONS, not INTEGRATION", "SHOW API INTEGRATIONS LIKE 'a%'"},
		{"CREATE INTEGRATION SECURITY x" + props, "INTEGRATION SECURITY is out of order: write SECURITY INTEGRATION", ""},
		{"SECURITY INTEGRATION CREATE x" + props, "a statement cannot start with SECURITY: write the command first, as in CREATE SECURITY INTEGRATION or ALTER SECURITY INTEGRATION", ""},
		{"INTEGRATION ALTER x SET ENABLED = TRUE", "a statement cannot start with INTEGRATION: write the command first, as in CREATE SECURITY INTEGRATION or ALTER SECURITY INTEGRATION", ""},
		{"CREATE IF NOT EXISTS SECURITY INTEGRATION x" + props, "IF is out of place: the statement is CREATE [OR REPLACE] SECURITY INTEGRATION [IF NOT EXISTS] name", ""},
		{"CREATE REPLACE SECURITY INTEGRATION x" + props, "REPLACE is out of place: the statement is CREATE [OR REPLACE] SECURITY INTEGRATION [IF NOT EXISTS] name", ""},
		{"CREATE INTEGRATION x" + props, "an integration of TYPE = API_AUTHENTICATION is a security integration: write CREATE SECURITY INTEGRATION", "CREATE SECURITY INTEGRATION x" + props},
		{"CREATE SECRETS s TYPE = GENERIC_STRING SECRET_STRING = 'x'", "CREATE takes SECRET, not SECRETS", "CREATE SECRET s TYPE = GENERIC_STRING SECRET_STRING = 'x'"},
		{"CREATE OR REPLACE SECERT s TYPE = OAUTH2 API_AUTHENTICATION = i", "SECERT is not a word of this statement; did you mean SECRET?", "CREATE OR REPLACE SECRET s TYPE = OAUTH2 API_AUTHENTICATION = i"},
		{"ALTER SECRETS s SET COMMENT = 'c'", "ALTER takes SECRET, not SECRETS", "ALTER SECRET s SET COMMENT = 'c'"},
		{"DROP SECRETS IF EXISTS db.s.x", "DROP takes SECRET, not SECRETS", "DROP SECRET IF EXISTS db.s.x"},
		{"DESC SECRT s", "SECRT is not a word of this statement; did you mean SECRET?", "DESC SECRET s"},
		{"SHOW SECRET LIKE 'a%'", "SHOW takes SECRETS, not SECRET", "SHOW SECRETS LIKE 'a%'"},
		{"CREATE EXTERNAL ACESS INTEGRATION e ALLOWED_NETWORK_RULES = (r)", "expected ACCESS after EXTERNAL, found ACESS; did you mean ACCESS?", "CREATE EXTERNAL ACCESS INTEGRATION e ALLOWED_NETWORK_RULES = (r)"},
		{"SHOW EXTERNAL ACCESS INTEGRATION", "SHOW takes INTEGRATIONS, not INTEGRATION", "SHOW EXTERNAL ACCESS INTEGRATIONS"},
		{"DROP EXTERNAL ACCESS INTEGRATONS e", "INTEGRATONS is not a word of this statement; did you mean INTEGRATION?", "DROP EXTERNAL ACCESS INTEGRATION e"},
		{"CREATE SEC\u200bRET s TYPE = GENERIC_STRING SECRET_STRING = 'x'", "U+200B ZERO WIDTH SPACE inside SECRET: an invisible character that splits the word in two; delete it", "CREATE SECRET s TYPE = GENERIC_STRING SECRET_STRING = 'x'"},
		{"-- a comment first\nCREATE OR REPLACE SECURTY INTEGRATION x" + props, "expected SECURITY after CREATE, found SECURTY; did you mean SECURITY?",
			"-- a comment first\nCREATE OR REPLACE SECURITY INTEGRATION x" + props},
	}
	for _, c := range cases {
		got := diagSummary(c.text)
		if len(got) != 1 || got[0] != "syntax-error: "+c.msg {
			t.Errorf("%s\n  got  %s\n  want syntax-error: %s", c.text, strings.Join(got, "\n       "), c.msg)
			continue
		}
		if c.fixed != "" {
			if fixed, _ := FixAll(c.text); fixed != c.fixed {
				t.Errorf("%s: FixAll gives %q, want %q", c.text, fixed, c.fixed)
			}
		}
	}
}

// Other SQL that shares words with ours stays silent: a near miss must
// clearly have meant to be ours.
func TestNearMissLeavesOtherSQLAlone(t *testing.T) {
	for _, text := range []string{
		"CREATE STORAGE INTEGRATION s TYPE = EXTERNAL_STAGE STORAGE_PROVIDER = 'S3' ENABLED = TRUE STORAGE_ALLOWED_LOCATIONS = ('s3://b/')",
		"CREATE OR REPLACE API INTEGRATION a API_PROVIDER = aws_api_gateway API_AWS_ROLE_ARN = 'arn' ENABLED = TRUE API_ALLOWED_PREFIXES = ('https://x')",
		"CREATE NOTIFICATION INTEGRATION n TYPE = QUEUE ENABLED = TRUE",
		"CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION e ALLOWED_NETWORK_RULES = (r) ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (x) ENABLED = TRUE",
		"ALTER STORAGE INTEGRATIONS s SET ENABLED = TRUE",
		"CREATE SECRET s TYPE = OAUTH2 API_AUTHENTICATION = x OAUTH_SCOPES = ('a')",
		"CREATE OR REPLACE SECRET s TYPE = OAUTH2 API_AUTHENTICATION = x",
		"DROP SECRET s", "DESCRIBE SECRET s", "ALTER SECRET s SET COMMENT = 'c'",
		"GRANT USAGE ON INTEGRATION x TO ROLE r", "REVOKE USAGE ON INTEGRATION x FROM ROLE r",
		"SHOW GRANTS ON INTEGRATION x", "SHOW GRANTS TO ROLE r", "COMMENT ON INTEGRATION x IS 'c'",
		"CREATE OR REPLACE TABLE t (a INT)", "CREATE TABLE IF NOT EXISTS t (a INT)", "UNDROP TABLE t",
		"ALTER SESSION SET TIMEZONE = 'UTC'", "ALTER TABLE t ADD COLUMN c INT", "DROP TABLE IF EXISTS t",
		"CREATE NETWORK RULE r MODE = EGRESS TYPE = HOST_PORT VALUE_LIST = ('x.com')",
		"CREATE FUNCTION f() RETURNS INT LANGUAGE PYTHON EXTERNAL_ACCESS_INTEGRATIONS = (e) SECRETS = ('s' = s) AS 'x'",
		"SELECT 'CREATE SECURTY INTEGRATION' FROM security_integrations",
		"USE ROLE securityadmin", "SHOW SCHEMAS", "DESC TABLE t", "DROP ROLE integration",
		"CREATE ROLE security", "CREATE USER integration_user", "SELECT integration FROM security",
		"CREATE EXTERNAL TABLE t LOCATION = @s", "CREATE EXTERNAL FUNCTION f() RETURNS INT API_INTEGRATION = a AS 'https://x'",
		"CREATE EXTERNAL VOLUME v STORAGE_LOCATIONS = ()", "CREATE SECURE VIEW v AS SELECT 1", "CREATE SEQUENCE s",
		"SELECT secret FROM secrets", "DROP SCHEMA secrets", "CREATE SCHEMA secrets", "SHOW SCHEMAS LIKE 'secret%'",
		"DESCRIBE SEARCH OPTIMIZATION ON t",
	} {
		if got := diagSummary(text); len(got) != 0 {
			t.Errorf("%s\n  got %s, want nothing", text, strings.Join(got, "\n      "))
		}
	}
}
