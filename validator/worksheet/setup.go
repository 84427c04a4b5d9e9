package worksheet

import (
	"fmt"
	"strings"
)

var providers = []string{
	"API_PROVIDER = AWS_SECRETS_MANAGER\n" +
		"  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/secrets-reader%[1]s'\n" +
		"  AWS_REGION = 'us-west-2'\n",
	"API_PROVIDER = AZURE_KEY_VAULT\n" +
		"  AZURE_TENANT_ID = '00000000-0000-0000-0000-000000000000'\n" +
		"  AZURE_AD_APPLICATION_ID = '00000000-0000-0000-0000-000000000001'\n" +
		"  AZURE_KEY_VAULT_URI = 'https://vault%[2]s.vault.azure.net'\n",
	"API_PROVIDER = GCP_SECRET_MANAGER\n" +
		"  GCP_SECRET_MANAGER_PROJECT = 'project%[2]s'\n" +
		"  GCP_WIF_PROVIDER = 'projects/000000000000/locations/global/workloadIdentityPools/snowflake/providers/p%[2]s'\n" +
		"  GCP_SERVICE_ACCOUNT_EMAIL = 'reader@project%[2]s.iam.gserviceaccount.com'\n",
}

// GenerateSetup returns a worksheet of at least size bytes made of one
// complete External API Authentication setup repeated, each repetition with
// its own names (suffix _0000, _0001, ...): an integration of each OAuth flow
// with its secret, an AWS_IAM integration with its CLOUD_PROVIDER_TOKEN
// secret, an external secret provider (the API_PROVIDER turns with the
// repetition), an egress network rule, an external access integration that
// allows the rule, the OAuth integrations and every secret, grants, and a
// function that uses the secrets through it; then ALTERs, DESC/SHOW and a
// line of other SQL. Every link points inside its own repetition.
//
// Like Generate it carries a few mistakes: every 7th repetition
// one ALTER with two errors (the very statement web/bench's withProblems
// looks for), and every 10th a secret asking for a scope its integration
// does not allow (a broken link, R3). The same size always gives the same
// text.
func GenerateSetup(size int) string {
	var b strings.Builder
	for n := 0; b.Len() < size; n++ {
		writeSetup(&b, n)
	}
	return b.String()
}

func writeSetup(b *strings.Builder, n int) {
	s := fmt.Sprintf("_%04d", n) // names
	h := fmt.Sprintf("-%04d", n) // host names and cloud ids, which take no underscore
	scopes := "('read')"
	if n%10 == 5 {
		scopes = "('read', 'admin')" // R3: 'admin' is not allowed
	}
	fmt.Fprintf(b, `-- setup %[1]s
CREATE OR REPLACE SECURITY INTEGRATION cc_oauth%[1]s
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'client%[1]s'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token'
  OAUTH_ALLOWED_SCOPES = ('read', 'write')
  ENABLED = TRUE;
CREATE OR REPLACE SECRET cc_token%[1]s
  TYPE = OAUTH2
  API_AUTHENTICATION = cc_oauth%[1]s
  OAUTH_SCOPES = %[2]s;
CREATE SECURITY INTEGRATION IF NOT EXISTS ac_oauth%[1]s
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'app%[1]s'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'AUTHORIZATION_CODE'
  OAUTH_AUTHORIZATION_ENDPOINT = 'https://auth.example.com/oauth/authorize'
  OAUTH_TOKEN_ENDPOINT = 'https://auth.example.com/oauth/token'
  OAUTH_REFRESH_TOKEN_VALIDITY = 7776000
  ENABLED = TRUE;
CREATE OR REPLACE SECRET setup_db.secrets.ac_refresh%[1]s
  TYPE = OAUTH2
  OAUTH_REFRESH_TOKEN = 'not-a-real-secret'
  OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2027-01-06 20:00:00'
  API_AUTHENTICATION = ac_oauth%[1]s;
create or replace security integration jwt_oauth%[1]s
  type = api_authentication
  auth_type = oauth2
  enabled = true
  oauth_assertion_issuer = 'issuer%[1]s@example.com'
  oauth_token_endpoint = 'https://oauth2.example.com/token'
  oauth_client_id = 'jwt%[1]s'
  oauth_client_secret = 'not-a-real-secret'
  oauth_grant='JWT_BEARER';
create or replace secret jwt_token%[1]s type = oauth2 api_authentication = jwt_oauth%[1]s;
CREATE OR REPLACE SECURITY INTEGRATION aws_iam%[1]s
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = AWS_IAM
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/reader%[1]s'
  ENABLED = TRUE;
CREATE OR REPLACE SECRET aws_token%[1]s
  TYPE = CLOUD_PROVIDER_TOKEN
  API_AUTHENTICATION = aws_iam%[1]s;
CREATE OR REPLACE SECURITY INTEGRATION esp%[1]s
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION
  `, s, scopes)
	fmt.Fprintf(b, providers[n%len(providers)], s, h)
	fmt.Fprintf(b, `  ENABLED = TRUE;
CREATE OR REPLACE NETWORK RULE api_egress%[1]s
  MODE = EGRESS
  TYPE = HOST_PORT
  VALUE_LIST = ('api%[2]s.example.com', 'files%[2]s.example.com:443');
CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION api_access%[1]s
  ALLOWED_NETWORK_RULES = (api_egress%[1]s)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (cc_oauth%[1]s, ac_oauth%[1]s, jwt_oauth%[1]s)
  ALLOWED_AUTHENTICATION_SECRETS = (cc_token%[1]s, setup_db.secrets.ac_refresh%[1]s, jwt_token%[1]s, aws_token%[1]s)
  ENABLED = TRUE;
GRANT USAGE ON INTEGRATION api_access%[1]s TO ROLE developer;
GRANT READ ON SECRET cc_token%[1]s TO ROLE developer;
CREATE OR REPLACE FUNCTION call_api%[1]s(path STRING)
  RETURNS STRING
  LANGUAGE PYTHON
  RUNTIME_VERSION = '3.11'
  HANDLER = 'call'
  PACKAGES = ('requests')
  EXTERNAL_ACCESS_INTEGRATIONS = (api_access%[1]s)
  SECRETS = ('cc' = cc_token%[1]s, 'ac' = setup_db.secrets.ac_refresh%[1]s, 'jwt' = jwt_token%[1]s, 'aws' = aws_token%[1]s)
AS
$$
import _snowflake
import requests

def call(path):
    token = _snowflake.get_oauth_access_token('cc')
    return requests.get('https://api%[2]s.example.com/' + path,
                        headers={'Authorization': 'Bearer ' + token}, timeout=10).text
$$;
ALTER SECURITY INTEGRATION cc_oauth%[1]s SET ENABLED = FALSE, COMMENT = 'paused for maintenance';
ALTER SECURITY INTEGRATION cc_oauth%[1]s SET OAUTH_ACCESS_TOKEN_VALIDITY = 1800, COMMENT = 'shorter tokens';
ALTER SECRET cc_token%[1]s SET OAUTH_SCOPES = ('read', 'write');
ALTER SECRET setup_db.secrets.ac_refresh%[1]s SET OAUTH_REFRESH_TOKEN = 'not-a-real-secret-either', OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2027-04-06';
ALTER EXTERNAL ACCESS INTEGRATION api_access%[1]s SET COMMENT = 'setup%[1]s';
ALTER SECURITY INTEGRATION esp%[1]s SET ENABLED = TRUE;
DESC SECRET cc_token%[1]s; SHOW SECRETS LIKE 'cc_token%%'; DESC EXTERNAL ACCESS INTEGRATION api_access%[1]s;
SELECT SYSTEM$FETCH_EXTERNAL_SECRET_FROM_INTEGRATION('esp%[1]s', 'key%[1]s'), call_api%[1]s('v1/status');
`, s, h)
	if n%7 == 3 {
		fmt.Fprintf(b, "ALTER SECURITY INTEGRATION cc_oauth%s SET OAUTH_CLIENTID = 'typo', ENABLED = maybe;\n", s)
	}
}
