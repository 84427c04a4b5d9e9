-- A complete External API Authentication setup: OAuth2 client credentials.
-- Snowflake fetches its own access tokens from the token endpoint with the
-- client id and secret; no user signs in. Every value below is made up.
-- Statement order: integration, secret, network rule, external access
-- integration, grants, function (workflow-facts section 4, "Order
-- dependencies"). Names are unqualified here and resolve in the schema below.

-- A plain USE: not checked (SPEC "Everything else in a worksheet").
USE SCHEMA crm_db.integrations;

-- SPEC "CREATE" and "Properties and flows" (client credentials); OR REPLACE
-- accepted (workflow-facts 0.4); OAUTH_ALLOWED_SCOPES is the client
-- credentials flow's scope list.
CREATE OR REPLACE SECURITY INTEGRATION crm_oauth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'crm-client-id'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token'
  OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_POST
  OAUTH_ALLOWED_SCOPES = ('crm.read', 'crm.write')
  OAUTH_ACCESS_TOKEN_VALIDITY = 3600
  ENABLED = TRUE
  COMMENT = 'CRM API, service account';

-- workflow-facts 2a, TYPE = OAUTH2 (client credentials): API_AUTHENTICATION
-- names the OAUTH2 integration above (R1, R2); OAUTH_SCOPES is a subset of
-- its OAUTH_ALLOWED_SCOPES (R3); a scope list fits this flow (R4).
CREATE OR REPLACE SECRET crm_oauth_token
  TYPE = OAUTH2
  API_AUTHENTICATION = crm_oauth
  OAUTH_SCOPES = ('crm.read')
  COMMENT = 'read-only token for the CRM API';

-- workflow-facts 3b: an egress rule for the API host (port 443 by default).
CREATE OR REPLACE NETWORK RULE crm_api_egress
  MODE = EGRESS
  TYPE = HOST_PORT
  VALUE_LIST = ('api.crm.example.com', 'files.crm.example.com:443');

-- workflow-facts 3a: the rule (R8: an EGRESS rule), the integration (R5: of
-- TYPE = API_AUTHENTICATION) and the secret (R6); either list alone would
-- allow the secret.
CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION crm_access
  ALLOWED_NETWORK_RULES = (crm_api_egress)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (crm_oauth)
  ALLOWED_AUTHENTICATION_SECRETS = (crm_oauth_token)
  ENABLED = TRUE
  COMMENT = 'outbound calls to the CRM API';

-- workflow-facts 3d: what the function's author needs (READ on the secret,
-- USAGE on its schema and on the external access integration). Not checked.
GRANT USAGE ON INTEGRATION crm_access TO ROLE crm_developer;
GRANT USAGE ON SCHEMA crm_db.integrations TO ROLE crm_developer;
GRANT READ ON SECRET crm_oauth_token TO ROLE crm_developer;

-- workflow-facts 3c: EXTERNAL_ACCESS_INTEGRATIONS and SECRETS (key a quoted
-- string, value a secret name); the secret is allowed by crm_access (R7).
-- The handler reads an OAUTH2 secret with get_oauth_access_token.
CREATE OR REPLACE FUNCTION crm_account_name(account_id STRING)
  RETURNS STRING
  LANGUAGE PYTHON
  RUNTIME_VERSION = '3.11'
  HANDLER = 'account_name'
  EXTERNAL_ACCESS_INTEGRATIONS = (crm_access)
  PACKAGES = ('requests')
  SECRETS = ('cred' = crm_oauth_token)
AS
$$
import _snowflake
import requests

def account_name(account_id):
    token = _snowflake.get_oauth_access_token('cred')
    r = requests.get('https://api.crm.example.com/v1/accounts/' + account_id,
                     headers={'Authorization': 'Bearer ' + token}, timeout=10)
    return r.json().get('name')
$$;

-- workflow-facts 2c and 3a (DESC/SHOW forms TF sends); SPEC "Also in the family".
DESCRIBE SECRET crm_oauth_token;
SHOW SECRETS LIKE 'crm%' IN SCHEMA crm_db.integrations;
DESCRIBE EXTERNAL ACCESS INTEGRATION crm_access;
SHOW EXTERNAL ACCESS INTEGRATIONS LIKE 'crm%';
DESC SECURITY INTEGRATION crm_oauth;
