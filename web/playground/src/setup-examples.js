// The picker's whole-setup examples: for each flow, the security integration,
// the secret that points at it, a network rule, the external access
// integration that allows them, and a function that uses them; and an
// external secret provider. All check clean. The values are made up.

export const SETUP_EXAMPLES = [
  {
    id: 'setup-client-credentials',
    title: 'Whole setup: client credentials',
    text: `-- Integration -> secret -> network rule -> external access integration
-- -> function. Each object names the one before it.
CREATE OR REPLACE SECURITY INTEGRATION crm_oauth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'crm-client-id'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token'
  OAUTH_ALLOWED_SCOPES = ('crm.read', 'crm.write')
  ENABLED = TRUE;

-- The secret's scopes must be among the integration's allowed scopes.
CREATE OR REPLACE SECRET crm_oauth_token
  TYPE = OAUTH2
  API_AUTHENTICATION = crm_oauth
  OAUTH_SCOPES = ('crm.read');

CREATE OR REPLACE NETWORK RULE crm_api_egress
  MODE = EGRESS
  TYPE = HOST_PORT
  VALUE_LIST = ('api.crm.example.com');

CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION crm_access
  ALLOWED_NETWORK_RULES = (crm_api_egress)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (crm_oauth)
  ALLOWED_AUTHENTICATION_SECRETS = (crm_oauth_token)
  ENABLED = TRUE;

GRANT USAGE ON INTEGRATION crm_access TO ROLE crm_developer;
GRANT READ ON SECRET crm_oauth_token TO ROLE crm_developer;

-- The function's secret must be allowed by one of its integrations.
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
`,
  },
  {
    id: 'setup-authorization-code',
    title: 'Whole setup: authorization code',
    text: `-- Authorization code: the secret holds a refresh token obtained when a
-- user signed in once.
CREATE OR REPLACE SECURITY INTEGRATION tickets_oauth
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  OAUTH_CLIENT_ID = 'tickets-app-1234'
  OAUTH_CLIENT_SECRET = 'not-a-real-secret'
  OAUTH_GRANT = 'AUTHORIZATION_CODE'
  OAUTH_AUTHORIZATION_ENDPOINT = 'https://tickets.example.com/oauth/authorize'
  OAUTH_TOKEN_ENDPOINT = 'https://tickets.example.com/oauth/token'
  OAUTH_REFRESH_TOKEN_VALIDITY = 7776000
  ENABLED = TRUE;

-- Secrets are schema objects: the name may be qualified.
CREATE OR REPLACE SECRET tickets_db.setup.tickets_refresh
  TYPE = OAUTH2
  OAUTH_REFRESH_TOKEN = 'not-a-real-secret'
  OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2027-01-06 20:00:00'
  API_AUTHENTICATION = tickets_oauth;

CREATE OR REPLACE NETWORK RULE tickets_db.setup.tickets_egress
  MODE = EGRESS
  TYPE = HOST_PORT
  VALUE_LIST = ('api.tickets.example.com:443');

CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION tickets_access
  ALLOWED_NETWORK_RULES = (tickets_db.setup.tickets_egress)
  ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (tickets_oauth)
  ALLOWED_AUTHENTICATION_SECRETS = (tickets_db.setup.tickets_refresh)
  ENABLED = TRUE;

CREATE OR REPLACE FUNCTION tickets_db.setup.open_tickets()
  RETURNS INTEGER
  LANGUAGE PYTHON
  RUNTIME_VERSION = '3.11'
  HANDLER = 'run'
  PACKAGES = ('requests')
  EXTERNAL_ACCESS_INTEGRATIONS = (tickets_access)
  SECRETS = ('cred' = tickets_db.setup.tickets_refresh)
AS
$$
import _snowflake
import requests

def run():
    token = _snowflake.get_oauth_access_token('cred')
    r = requests.get('https://api.tickets.example.com/v2/tickets?state=open',
                     headers={'Authorization': 'Bearer ' + token}, timeout=10)
    return len(r.json())
$$;

-- Later: a new refresh token.
ALTER SECRET tickets_db.setup.tickets_refresh SET
  OAUTH_REFRESH_TOKEN = 'not-a-real-secret-either'
  OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2027-04-06';
`,
  },
  {
    id: 'setup-jwt-bearer',
    title: 'Whole setup: JWT bearer',
    text: `-- JWT bearer: the client secret holds the private key that signs the
-- assertion; the secret needs nothing but its integration.
create or replace security integration analytics_jwt
  type = api_authentication
  auth_type = oauth2
  enabled = true
  oauth_assertion_issuer = 'reader@analytics-project.example.com'
  oauth_token_endpoint = 'https://oauth2.example.com/token'
  oauth_client_id = 'analytics-client-id'
  oauth_client_secret = 'not-a-real-secret'
  oauth_grant = 'JWT_BEARER'
  oauth_allowed_scopes = ('https://api.example.com/auth/analytics.readonly');

create or replace secret analytics_jwt_token
  type = oauth2
  api_authentication = analytics_jwt;

create or replace network rule analytics_egress
  mode = egress
  type = host_port
  value_list = ('analyticsdata.example.com');

-- Listing the integration allows every secret that points at it.
create or replace external access integration analytics_access
  allowed_network_rules = (analytics_egress)
  allowed_api_authentication_integrations = (analytics_jwt)
  enabled = true;

create or replace function report_rows(report_id string)
  returns variant
  language python
  runtime_version = '3.11'
  handler = 'rows'
  packages = ('requests')
  external_access_integrations = (analytics_access)
  secrets = ('cred' = analytics_jwt_token)
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
`,
  },
  {
    id: 'setup-aws-iam',
    title: 'Whole setup: AWS IAM',
    text: `-- AWS IAM: Snowflake assumes the role and gives the function short-lived
-- AWS credentials through a CLOUD_PROVIDER_TOKEN secret.
CREATE OR REPLACE SECURITY INTEGRATION lake_aws_iam
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = AWS_IAM
  ENABLED = TRUE
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/snowflake-lake-reader';

-- Its IAM user and external id go into the role's trust policy.
DESCRIBE SECURITY INTEGRATION lake_aws_iam;

CREATE OR REPLACE SECRET lake_aws_token
  TYPE = CLOUD_PROVIDER_TOKEN
  API_AUTHENTICATION = lake_aws_iam;

CREATE OR REPLACE NETWORK RULE lake_api_egress
  MODE = EGRESS
  TYPE = HOST_PORT
  VALUE_LIST = ('catalog.us-west-2.example.com:443');

CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION lake_access
  ALLOWED_NETWORK_RULES = (lake_api_egress)
  ALLOWED_AUTHENTICATION_SECRETS = (lake_aws_token)
  ENABLED = TRUE;

CREATE OR REPLACE FUNCTION lake_table_count(database_name STRING)
  RETURNS INTEGER
  LANGUAGE PYTHON
  RUNTIME_VERSION = '3.11'
  HANDLER = 'table_count'
  PACKAGES = ('boto3')
  EXTERNAL_ACCESS_INTEGRATIONS = (lake_access)
  SECRETS = ('aws' = lake_aws_token)
AS
$$
import _snowflake
import boto3

def table_count(database_name):
    t = _snowflake.get_cloud_provider_token('aws')
    client = boto3.client('glue', region_name='us-west-2',
                          endpoint_url='https://catalog.us-west-2.example.com',
                          aws_access_key_id=t.access_key_id,
                          aws_secret_access_key=t.secret_access_key,
                          aws_session_token=t.token)
    return len(client.get_tables(DatabaseName=database_name)['TableList'])
$$;
`,
  },
  {
    id: 'setup-external-secret-provider',
    title: 'External secret providers',
    text: `-- External secret providers: Snowflake reads secrets kept in a cloud's
-- secret manager, trusted through workload identity federation. One
-- integration per provider, each with that provider's properties only.
-- They are used through SYSTEM$ functions, not through secrets or
-- external access integrations.
CREATE OR REPLACE SECURITY INTEGRATION aws_secrets_provider
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION
  API_PROVIDER = AWS_SECRETS_MANAGER
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/snowflake-secrets-reader'
  AWS_REGION = 'us-west-2'
  ENABLED = TRUE;

CREATE OR REPLACE SECURITY INTEGRATION azure_vault_provider
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION
  API_PROVIDER = AZURE_KEY_VAULT
  AZURE_TENANT_ID = '00000000-0000-0000-0000-000000000000'
  AZURE_AD_APPLICATION_ID = '00000000-0000-0000-0000-000000000001'
  AZURE_KEY_VAULT_URI = 'https://not-a-real-vault.vault.azure.net'
  ENABLED = TRUE;

CREATE OR REPLACE SECURITY INTEGRATION gcp_secrets_provider
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION
  API_PROVIDER = GCP_SECRET_MANAGER
  GCP_SECRET_MANAGER_PROJECT = 'example-project'
  GCP_WIF_PROVIDER = 'projects/000000000000/locations/global/workloadIdentityPools/snowflake/providers/example'
  GCP_SERVICE_ACCOUNT_EMAIL = 'secret-reader@example-project.iam.gserviceaccount.com'
  ENABLED = TRUE;

-- The issuer and subject to trust on the cloud side. ALTER keeps them;
-- CREATE OR REPLACE makes a new subject.
DESCRIBE SECURITY INTEGRATION aws_secrets_provider;

GRANT USAGE ON INTEGRATION aws_secrets_provider TO ROLE app_runtime;
SELECT SYSTEM$FETCH_EXTERNAL_SECRET_FROM_INTEGRATION('aws_secrets_provider', 'example/crm-api-key');

-- The provider is fixed; its own properties may change.
ALTER SECURITY INTEGRATION aws_secrets_provider SET AWS_REGION = 'eu-central-1';
`,
  },
];
