-- An external secret provider: AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION,
-- API_PROVIDER = AWS_SECRETS_MANAGER (Preview). Snowflake proves its identity
-- to AWS with a federated token and reads secrets kept in AWS Secrets Manager.
-- Every value is made up (account 000000000000).
-- No secret, external access integration or function refers to this kind of
-- integration: it is used only through SYSTEM$ functions (workflow-facts 1b,
-- R12), so this worksheet has no such statements.

-- workflow-facts 1b: the AWS provider's own properties only (AWS_ROLE_ARN,
-- AWS_REGION, both required for this provider); OR REPLACE without IF NOT EXISTS.
CREATE OR REPLACE SECURITY INTEGRATION aws_secrets_provider
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION
  API_PROVIDER = AWS_SECRETS_MANAGER
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/snowflake-secrets-reader'
  AWS_REGION = 'us-west-2'
  ENABLED = TRUE
  COMMENT = 'reads secrets from AWS Secrets Manager';

-- workflow-facts 1b: DESCRIBE shows WORKLOAD_IDENTITY_FEDERATION_ISSUER and
-- _SUBJECT, which the AWS role's trust policy must name.
DESCRIBE SECURITY INTEGRATION aws_secrets_provider;

-- workflow-facts 1b (privileges): USAGE on the integration is the only
-- Snowflake-side control. Not checked.
GRANT USAGE ON INTEGRATION aws_secrets_provider TO ROLE app_runtime;

-- workflow-facts 1b and D-ESP-FN: the one documented way to use it. Not checked.
SELECT SYSTEM$FETCH_EXTERNAL_SECRET_FROM_INTEGRATION('aws_secrets_provider', 'example/crm-api-key');

-- workflow-facts 1b ALTER: pause while the AWS trust is reconfigured, then
-- move to another region and role. API_PROVIDER cannot be set (R11), and
-- ALTER keeps the issuer and subject (R10).
ALTER SECURITY INTEGRATION aws_secrets_provider SET ENABLED = FALSE;
ALTER SECURITY INTEGRATION aws_secrets_provider SET
  AWS_ROLE_ARN = 'arn:aws:iam::000000000000:role/snowflake-secrets-reader-eu'
  AWS_REGION = 'eu-central-1'
  ENABLED = TRUE;
