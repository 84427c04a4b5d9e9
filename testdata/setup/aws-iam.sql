-- A complete External API Authentication setup: AUTH_TYPE = AWS_IAM.
-- Snowflake assumes an IAM role and hands the function short-lived AWS
-- credentials through a CLOUD_PROVIDER_TOKEN secret. Every value is made up
-- (account 000000000000, example.com hosts).
-- Statement order as in workflow-facts section 4 ("Order dependencies").

-- workflow-facts 1a: TYPE = API_AUTHENTICATION, AUTH_TYPE = AWS_IAM, the
-- role's ARN; OR REPLACE and ENABLED before AWS_ROLE_ARN as in the AWS
-- walkthrough (any order).
CREATE OR REPLACE SECURITY INTEGRATION lake_aws_iam
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = AWS_IAM
  ENABLED = TRUE
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/snowflake-lake-reader'
  COMMENT = 'role for the lake catalog API';

-- workflow-facts 1a: DESCRIBE gives the IAM user and external id to put in
-- the role's trust policy. SPEC "Also in the family".
DESCRIBE SECURITY INTEGRATION lake_aws_iam;

-- workflow-facts 2a, TYPE = CLOUD_PROVIDER_TOKEN: API_AUTHENTICATION as a bare
-- name, as every example writes it (5.3), naming the AWS_IAM integration
-- (R1, R2); ENABLED as the syntax block shows it.
CREATE OR REPLACE SECRET lake_aws_token
  TYPE = CLOUD_PROVIDER_TOKEN
  API_AUTHENTICATION = lake_aws_iam
  ENABLED = TRUE
  COMMENT = 'short-lived AWS credentials';

-- workflow-facts 3b: the service host, HTTPS only.
CREATE OR REPLACE NETWORK RULE lake_api_egress
  MODE = EGRESS
  TYPE = HOST_PORT
  VALUE_LIST = ('catalog.us-west-2.example.com:443');

-- workflow-facts 3a: the rule (R8) and the secret (R6). The AWS_IAM
-- integration is not listed in ALLOWED_API_AUTHENTICATION_INTEGRATIONS: no
-- source in the sheet shows an AWS_IAM integration there, and listing the
-- secret is enough (R6).
CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION lake_access
  ALLOWED_NETWORK_RULES = (lake_api_egress)
  ALLOWED_AUTHENTICATION_SECRETS = (lake_aws_token)
  ENABLED = TRUE;

-- workflow-facts 3d. Not checked.
GRANT USAGE ON INTEGRATION lake_access TO ROLE lake_engineer;
GRANT READ ON SECRET lake_aws_token TO ROLE lake_engineer;

-- workflow-facts 3c: the handler reads a CLOUD_PROVIDER_TOKEN secret with
-- get_cloud_provider_token (R7).
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

-- workflow-facts 1a (ALTER SET of AWS_ROLE_ARN) and 2b (ALTER SECRET SET
-- COMMENT for CLOUD_PROVIDER_TOKEN).
ALTER SECURITY INTEGRATION lake_aws_iam SET
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/snowflake-lake-reader-v2';
ALTER SECRET lake_aws_token SET COMMENT = 'now through the v2 role';
