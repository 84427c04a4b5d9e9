-- A complete External API Authentication setup: OAuth2 JWT bearer.
-- Snowflake signs an assertion with the private key held in the integration's
-- client secret and trades it for an access token. Every value is made up.
-- Written in lower case with "oauth_grant='JWT_BEARER'" unspaced, the way
-- Snowflake's connector page writes it (workflow-facts 0.3; SPEC "Lexical rules").
-- Statement order as in workflow-facts section 4 ("Order dependencies").

-- SPEC "CREATE", "Properties and flows" (JWT bearer) and "Where sources
-- disagree": oauth_assertion_issuer and oauth_allowed_scopes are accepted on a
-- JWT-bearer integration (workflow-facts 0.1, 0.2, 1c). The client secret
-- carries the private key (1c).
create or replace security integration analytics_jwt
  type = api_authentication
  auth_type = oauth2
  enabled = true
  oauth_assertion_issuer = 'reader@analytics-project.example.com'
  oauth_token_endpoint = 'https://oauth2.example.com/token'
  oauth_client_id = 'analytics-client-id'
  oauth_client_secret = 'not-a-real-secret'
  oauth_grant='JWT_BEARER'
  oauth_refresh_token_validity = 86400
  oauth_allowed_scopes = ('https://api.example.com/auth/analytics.readonly');

-- workflow-facts 2a, "OAUTH2 (bare, any flow)": only API_AUTHENTICATION, the
-- documented shape for JWT bearer (R4c); it names the integration above (R1, R2).
create or replace secret analytics_db.setup.analytics_jwt_token
  type = oauth2
  api_authentication = analytics_jwt;

-- workflow-facts 3b.
create or replace network rule analytics_db.setup.analytics_egress
  mode = egress
  type = host_port
  value_list = ('analyticsdata.example.com');

-- workflow-facts 3a: the secret written as a quoted, upper-case path, an
-- element form the connector page uses (case-sensitive: R15); the integration
-- list allows the secret on its own too (R6).
create or replace external access integration analytics_access
  allowed_network_rules = (analytics_db.setup.analytics_egress)
  allowed_api_authentication_integrations = (analytics_jwt)
  allowed_authentication_secrets = ('ANALYTICS_DB.SETUP.ANALYTICS_JWT_TOKEN')
  enabled = true;

-- workflow-facts 3d. Not checked.
grant usage on integration analytics_access to role analyst;
grant usage on schema analytics_db.setup to role analyst;
grant read on secret analytics_db.setup.analytics_jwt_token to role analyst;

-- workflow-facts 3c (R7).
create or replace function analytics_db.setup.report_rows(report_id string)
  returns variant
  language python
  runtime_version = '3.11'
  handler = 'rows'
  packages = ('requests')
  external_access_integrations = (analytics_access)
  secrets = ('cred' = analytics_db.setup.analytics_jwt_token)
as
$$
import _snowflake
import requests

def rows(report_id):
    token = _snowflake.get_oauth_access_token('cred')
    r = requests.post('https://analyticsdata.example.com/v1/reports/' + report_id + ':run',
                      headers={'Authorization': 'Bearer ' + token}, timeout=30)
    return r.json()
$$;

-- workflow-facts 2c.
show secrets in database analytics_db;
