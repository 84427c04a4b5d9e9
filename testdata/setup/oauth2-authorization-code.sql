-- A complete External API Authentication setup: OAuth2 authorization code.
-- A user signed in once at the authorization endpoint; the secret holds the
-- refresh token Snowflake trades for access tokens. Every value is made up.
-- Statement order as in workflow-facts section 4 ("Order dependencies").
-- Secret and rule names are fully qualified here (schema objects,
-- workflow-facts 2a and 3b) and written the same way at every reference.

-- SPEC "CREATE" and "Properties and flows" (authorization code): the
-- authorization endpoint and the refresh token validity belong to this flow.
-- IF NOT EXISTS without OR REPLACE (SPEC "CREATE").
CREATE SECURITY INTEGRATION IF NOT EXISTS tickets_oauth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'tickets-app-1234'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'AUTHORIZATION_CODE'
  OAUTH_AUTHORIZATION_ENDPOINT = 'https://tickets.example.com/oauth/authorize'
  OAUTH_TOKEN_ENDPOINT = 'https://tickets.example.com/oauth/token'
  OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_BASIC
  OAUTH_REFRESH_TOKEN_VALIDITY = 7776000
  ENABLED = TRUE;

-- workflow-facts 2a, TYPE = OAUTH2 (authorization code): the refresh token
-- and its expiry time (a timestamp shape the sheet lists), then
-- API_AUTHENTICATION (R1, R2); a refresh token fits this flow (R4).
CREATE OR REPLACE SECRET tickets_db.setup.tickets_refresh
  TYPE = OAUTH2
  OAUTH_REFRESH_TOKEN = 'not-a-real-secret'
  OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2027-01-06 20:00:00'
  API_AUTHENTICATION = tickets_oauth
  COMMENT = 'refresh token of the ticket service';

-- workflow-facts 3b: egress to the API host on port 443.
CREATE OR REPLACE NETWORK RULE tickets_db.setup.tickets_egress
  MODE = EGRESS
  TYPE = HOST_PORT
  VALUE_LIST = ('api.tickets.example.com:443');

-- workflow-facts 3a: rule (R8), integration (R5) and secret (R6).
CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION tickets_access
  ALLOWED_NETWORK_RULES = (tickets_db.setup.tickets_egress)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (tickets_oauth)
  ALLOWED_AUTHENTICATION_SECRETS = (tickets_db.setup.tickets_refresh)
  ENABLED = TRUE;

-- workflow-facts 3d. Not checked.
GRANT USAGE ON INTEGRATION tickets_access TO ROLE support_dev;
GRANT USAGE ON SCHEMA tickets_db.setup TO ROLE support_dev;
GRANT READ ON SECRET tickets_db.setup.tickets_refresh TO ROLE support_dev;

-- workflow-facts 3c: a procedure this time (CREATE PROCEDURE takes the same
-- two clauses); the secret is in the EAI's ALLOWED_AUTHENTICATION_SECRETS,
-- which also satisfies the narrower wording of R7b.
CREATE OR REPLACE PROCEDURE tickets_db.setup.open_ticket_count()
  RETURNS INTEGER
  LANGUAGE PYTHON
  RUNTIME_VERSION = '3.11'
  PACKAGES = ('snowflake-snowpark-python', 'requests')
  HANDLER = 'run'
  EXTERNAL_ACCESS_INTEGRATIONS = (tickets_access)
  SECRETS = ('cred' = tickets_db.setup.tickets_refresh)
AS
$$
import _snowflake
import requests

def run(session):
    token = _snowflake.get_oauth_access_token('cred')
    r = requests.get('https://api.tickets.example.com/v2/tickets?state=open',
                     headers={'Authorization': 'Bearer ' + token}, timeout=10)
    return len(r.json())
$$;

-- workflow-facts 2b: rotate the refresh token (authorization code ALTER form).
ALTER SECRET tickets_db.setup.tickets_refresh SET
  OAUTH_REFRESH_TOKEN = 'not-a-real-secret-either'
  OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2027-04-06';

-- workflow-facts 2c.
DESC SECRET tickets_db.setup.tickets_refresh;
