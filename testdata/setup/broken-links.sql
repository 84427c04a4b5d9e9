-- One broken link per relationship of SPEC "The rest of the External API
-- Authentication setup" (Relationships; workflow-facts section 4). Each case
-- uses its own names (r1_..., r2_...) so the cases do not touch one another,
-- and every statement is otherwise valid: the only diagnostic of a case is
-- the warning its "-- R<n>:" line names, on the reference it names (plus,
-- today, the out-of-scope hint on the Snowflake OAuth integration of R1 and
-- the External OAuth one of R5, which secint does not check).
-- A case is the referenced statement followed by the referring one; where a
-- link needs a third object to be decided (R6, R7), it is in the case too.
-- Names a case does not create (network rules, mostly) are references to
-- objects outside the document: they get nothing.

-- R1: expected warning on r1_snowflake_oauth
-- The secret's API_AUTHENTICATION names a security integration that is not
-- TYPE = API_AUTHENTICATION (Snowflake OAuth, for clients signing in to
-- Snowflake): no access token can be had through it when the function runs.
CREATE SECURITY INTEGRATION r1_snowflake_oauth
  TYPE = OAUTH
  OAUTH_CLIENT = CUSTOM
  OAUTH_CLIENT_TYPE = 'CONFIDENTIAL'
  OAUTH_REDIRECT_URI = 'https://app.example.com/oauth/callback'
  ENABLED = TRUE;
CREATE SECRET r1_token
  TYPE = OAUTH2
  API_AUTHENTICATION = r1_snowflake_oauth;

-- R2: expected warning on r2_aws_iam
-- An OAUTH2 secret whose integration is AUTH_TYPE = AWS_IAM: OAUTH2 secrets
-- pair with AUTH_TYPE = OAUTH2, CLOUD_PROVIDER_TOKEN secrets with AWS_IAM.
CREATE SECURITY INTEGRATION r2_aws_iam
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = AWS_IAM
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/r2-role'
  ENABLED = TRUE;
CREATE SECRET r2_token
  TYPE = OAUTH2
  API_AUTHENTICATION = r2_aws_iam
  OAUTH_SCOPES = ('read');

-- R3: expected warning on 'crm.admin'
-- The secret asks for a scope the integration's OAUTH_ALLOWED_SCOPES does not
-- hold; the token request fails when the function first asks for a token.
CREATE SECURITY INTEGRATION r3_oauth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'r3-client'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token'
  OAUTH_ALLOWED_SCOPES = ('crm.read', 'crm.write')
  ENABLED = TRUE;
CREATE SECRET r3_token
  TYPE = OAUTH2
  API_AUTHENTICATION = r3_oauth
  OAUTH_SCOPES = ('crm.read', 'crm.admin');

-- R4: expected warning on r4_oauth
-- A refresh-token secret (the authorization code flow's shape) for an
-- integration whose OAUTH_GRANT is CLIENT_CREDENTIALS. (The range may instead
-- be OAUTH_REFRESH_TOKEN: the SPEC puts the range "on the reference".)
CREATE SECURITY INTEGRATION r4_oauth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'r4-client'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token'
  ENABLED = TRUE;
CREATE SECRET r4_token
  TYPE = OAUTH2
  OAUTH_REFRESH_TOKEN = 'not-a-real-secret'
  OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2027-01-06 20:00:00'
  API_AUTHENTICATION = r4_oauth;

-- R5: expected warning on r5_external_oauth
-- ALLOWED_API_AUTHENTICATION_INTEGRATIONS names an External OAuth integration
-- (for tokens coming into Snowflake), not an External API Authentication one.
CREATE SECURITY INTEGRATION r5_external_oauth
  TYPE = EXTERNAL_OAUTH
  EXTERNAL_OAUTH_TYPE = CUSTOM
  EXTERNAL_OAUTH_ISSUER = 'https://idp.example.com'
  EXTERNAL_OAUTH_JWS_KEYS_URL = 'https://idp.example.com/keys'
  EXTERNAL_OAUTH_TOKEN_USER_MAPPING_CLAIM = 'sub'
  EXTERNAL_OAUTH_SNOWFLAKE_USER_MAPPING_ATTRIBUTE = 'LOGIN_NAME'
  ENABLED = TRUE;
CREATE EXTERNAL ACCESS INTEGRATION r5_access
  ALLOWED_NETWORK_RULES = (r5_rule)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (r5_external_oauth)
  ENABLED = TRUE;

-- R6: expected warning on r6_token
-- The function's secret is allowed by neither list of its external access
-- integration: not in ALLOWED_AUTHENTICATION_SECRETS, and its integration
-- (r6_oauth) is not in ALLOWED_API_AUTHENTICATION_INTEGRATIONS. The warning
-- is on the SECRETS value of the function (the CREATE FUNCTION fails).
CREATE SECRET r6_token
  TYPE = OAUTH2
  API_AUTHENTICATION = r6_oauth;
CREATE EXTERNAL ACCESS INTEGRATION r6_access
  ALLOWED_NETWORK_RULES = (r6_rule)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (r6_other_oauth)
  ALLOWED_AUTHENTICATION_SECRETS = (r6_other_token)
  ENABLED = TRUE;
CREATE FUNCTION r6_call()
  RETURNS STRING
  LANGUAGE PYTHON
  RUNTIME_VERSION = '3.11'
  HANDLER = 'run'
  EXTERNAL_ACCESS_INTEGRATIONS = (r6_access)
  SECRETS = ('cred' = r6_token)
AS
$$
def run():
    return 'r6'
$$;

-- R7: expected warning on r7_token
-- The secret is allowed by r7_access_ok, but the function names only
-- r7_access_other, which allows no secret: what counts is the function's own
-- EXTERNAL_ACCESS_INTEGRATIONS.
CREATE SECRET r7_token
  TYPE = OAUTH2
  API_AUTHENTICATION = r7_oauth;
CREATE EXTERNAL ACCESS INTEGRATION r7_access_ok
  ALLOWED_NETWORK_RULES = (r7_rule)
  ALLOWED_AUTHENTICATION_SECRETS = (r7_token)
  ENABLED = TRUE;
CREATE EXTERNAL ACCESS INTEGRATION r7_access_other
  ALLOWED_NETWORK_RULES = (r7_rule)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = none
  ALLOWED_AUTHENTICATION_SECRETS = none
  ENABLED = TRUE;
CREATE FUNCTION r7_call()
  RETURNS STRING
  LANGUAGE PYTHON
  RUNTIME_VERSION = '3.11'
  HANDLER = 'run'
  EXTERNAL_ACCESS_INTEGRATIONS = (r7_access_other)
  SECRETS = ('cred' = r7_token)
AS
$$
def run():
    return 'r7'
$$;

-- R8: expected warning on r8_ingress
-- ALLOWED_NETWORK_RULES names a rule whose MODE is INGRESS: an external
-- access integration takes egress rules only.
CREATE NETWORK RULE r8_ingress
  MODE = INGRESS
  TYPE = IPV4
  VALUE_LIST = ('192.0.2.0/24');
CREATE EXTERNAL ACCESS INTEGRATION r8_access
  ALLOWED_NETWORK_RULES = (r8_ingress)
  ENABLED = TRUE;

-- R8: expected warning on r8_no_mode
-- A second R8 case: MODE left out defaults to INGRESS (workflow-facts 3b), so
-- a HOST_PORT rule written without MODE is not an egress rule either.
CREATE NETWORK RULE r8_no_mode
  TYPE = HOST_PORT
  VALUE_LIST = ('api.example.com');
CREATE EXTERNAL ACCESS INTEGRATION r8b_access
  ALLOWED_NETWORK_RULES = (r8_no_mode)
  ENABLED = TRUE;
