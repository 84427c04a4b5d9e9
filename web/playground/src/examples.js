// The examples of the picker: our own worksheets, one per OAuth flow, a
// lifecycle, tags and UNSET, a worksheet mixing other SQL, and a broken one.
// All but the last have no diagnostics (the browser tests check it). The
// secrets are made up. The whole-setup examples are in setup-examples.js.

import { SETUP_EXAMPLES } from './setup-examples.js';

export const EXAMPLES = [
  {
    id: 'client-credentials',
    title: 'Client credentials flow',
    text: `-- Client credentials: Snowflake gets its own tokens, no user signs in.
-- Scopes come from OAUTH_ALLOWED_SCOPES.
CREATE OR REPLACE SECURITY INTEGRATION crm_api_auth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'sn0wfl4ke-client'
  OAUTH_CLIENT_SECRET = 'made-up-client-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token'
  OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_POST
  OAUTH_ALLOWED_SCOPES = ('crm.read', 'crm.write')
  OAUTH_ACCESS_TOKEN_VALIDITY = 3600
  ENABLED = TRUE
  COMMENT = 'CRM REST API, service account';

-- Later: one scope less, and a shorter token life.
ALTER SECURITY INTEGRATION crm_api_auth SET
  OAUTH_ALLOWED_SCOPES = ('crm.read'),
  OAUTH_ACCESS_TOKEN_VALIDITY = 1800;
`,
  },
  {
    id: 'authorization-code',
    title: 'Authorization code flow',
    text: `-- Authorization code: a user signs in once at the authorization
-- endpoint; Snowflake keeps the refresh token.
CREATE SECURITY INTEGRATION IF NOT EXISTS git_oauth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'git-app-1234'
  OAUTH_CLIENT_SECRET = 'made-up-app-secret'
  OAUTH_GRANT = 'AUTHORIZATION_CODE'
  OAUTH_AUTHORIZATION_ENDPOINT = 'https://git.example.com/login/oauth/authorize'
  OAUTH_TOKEN_ENDPOINT = 'https://git.example.com/login/oauth/access_token'
  OAUTH_REFRESH_TOKEN_VALIDITY = 7776000
  ENABLED = TRUE;

-- Rotate the client secret after the app was re-registered.
ALTER SECURITY INTEGRATION git_oauth SET OAUTH_CLIENT_SECRET = 'made-up-rotated-secret';
`,
  },
  {
    id: 'jwt-bearer',
    title: 'JWT bearer flow',
    text: `-- JWT bearer: Snowflake presents a signed assertion instead of a
-- user's consent.
CREATE OR REPLACE SECURITY INTEGRATION erp_jwt
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'erp-integration'
  OAUTH_CLIENT_SECRET = 'made-up-erp-secret'
  OAUTH_GRANT = 'JWT_BEARER'
  OAUTH_AUTHORIZATION_ENDPOINT = 'https://erp.example.com/oauth/authorize'
  OAUTH_TOKEN_ENDPOINT = 'https://erp.example.com/oauth/token'
  OAUTH_REFRESH_TOKEN_VALIDITY = 86400
  ENABLED = TRUE;

ALTER SECURITY INTEGRATION erp_jwt SET OAUTH_REFRESH_TOKEN_VALIDITY = 43200;
`,
  },
  {
    id: 'lifecycle',
    title: 'CREATE, then ALTER, DESCRIBE, DROP',
    text: `-- The life of an integration, from CREATE to DROP.
CREATE SECURITY INTEGRATION billing_api
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'billing'
  OAUTH_CLIENT_SECRET = 'made-up-billing-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://billing.example.com/token'
  ENABLED = FALSE;

-- Switch it on once the network rule and secret exist.
ALTER SECURITY INTEGRATION billing_api SET ENABLED = TRUE;
ALTER SECURITY INTEGRATION IF EXISTS billing_api SET
  OAUTH_TOKEN_ENDPOINT = 'https://billing.example.com/oauth/v2/token',
  COMMENT = 'moved to v2 of the token endpoint';

SHOW SECURITY INTEGRATIONS LIKE 'billing%';
DESCRIBE SECURITY INTEGRATION billing_api;

-- Suspend, then remove.
ALTER INTEGRATION billing_api SET ENABLED = FALSE;
DROP INTEGRATION IF EXISTS billing_api;
`,
  },
  {
    id: 'tags-unset',
    title: 'Tags and UNSET',
    text: `-- Tags are set and unset like properties, with the TAG keyword.
ALTER SECURITY INTEGRATION crm_api_auth SET TAG
  governance.tags.cost_center = 'sales-ops',
  governance.tags.owner = 'data-platform';

ALTER SECURITY INTEGRATION crm_api_auth UNSET TAG governance.tags.owner;

-- UNSET puts properties back to their defaults.
ALTER SECURITY INTEGRATION crm_api_auth UNSET COMMENT;
ALTER SECURITY INTEGRATION crm_api_auth UNSET ENABLED, COMMENT;
`,
  },
  {
    id: 'mixed-worksheet',
    title: 'A worksheet with other SQL',
    text: `-- A real worksheet: secint checks its own statements and leaves the
-- rest alone.
USE ROLE SECURITYADMIN;
USE WAREHOUSE admin_wh;

CREATE OR REPLACE NETWORK RULE crm_egress
  MODE = EGRESS TYPE = HOST_PORT VALUE_LIST = ('api.crm.example.com');

CREATE OR REPLACE SECURITY INTEGRATION crm_api_auth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'sn0wfl4ke-client'
  OAUTH_CLIENT_SECRET = 'made-up-client-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token'
  ENABLED = TRUE;

CREATE OR REPLACE SECRET crm_token
  TYPE = OAUTH2
  API_AUTHENTICATION = crm_api_auth
  OAUTH_SCOPES = ('crm.read');

CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION crm_access
  ALLOWED_NETWORK_RULES = (crm_egress)
  ALLOWED_AUTHENTICATION_SECRETS = (crm_token)
  ENABLED = TRUE;

SELECT integration_name, created_on
FROM snowflake.account_usage.integrations
WHERE integration_name ILIKE 'CRM%'; -- a ';' in a comment is fine
`,
  },
  ...SETUP_EXAMPLES,
  {
    id: 'broken',
    title: 'A broken worksheet (quick fixes)',
    text: `-- Every statement below has a mistake. Hover the squiggles, open the
-- lightbulb (Ctrl+. / Cmd+.), or click a problem in the list.
CREATE SECURITY INTEGRATION broken_api
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENTID = 'client'
  OAUTH_CLIENT_SECRET = 'made-up-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://example.com/token'
  OAUTH_ALLOWED_SCOPES = ()
  ENABLED = 'TRUE';

ALTER SECURITY INTEGRATION broken_api SET OAUTH_ACCESS_TOKEN_VALIDITY = -5;
ALTER SECURITY INTEGRATION broken_api SET ENABLED = TRUE, ENABLED = FALSE;
ALTER SECURITY INTEGRATION broken_api UNSET OAUTH_CLIENT_ID;
ALTER SECURITY INTEGRATION broken_api SET TYPE = API_AUTHENTICATION;
ALTER SECURITY INTEGRATION broken_api SET OAUTH_AUTHORIZATION_ENDPOINT = 'https://example.com/authorize';
ALTER SECURITY INTEGRATION other_api SET OAUTH_GRANT = 'CLIENT_CREDENTIAL';
ALTER SECURITY INTEGRATION other_api SET ENABLED TRUE;
`,
  },
];

export const DEFAULT_EXAMPLE = 'client-credentials';
