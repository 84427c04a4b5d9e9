-- An external secret provider: AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION,
-- API_PROVIDER = GCP_SECRET_MANAGER (Preview). Snowflake exchanges a federated
-- token through the workload identity pool, impersonates the service account
-- and reads secrets of the project. Every value is made up.
-- Nothing else in a setup refers to this kind of integration (workflow-facts
-- 1b, R12): it is used through SYSTEM$ functions only.

-- workflow-facts 1b: the three GCP properties (required for this provider);
-- GCP_WIF_PROVIDER without the //iam.googleapis.com/ prefix. Plain CREATE.
CREATE SECURITY INTEGRATION gcp_secrets_provider
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION
  API_PROVIDER = GCP_SECRET_MANAGER
  GCP_SECRET_MANAGER_PROJECT = 'example-project'
  GCP_WIF_PROVIDER = 'projects/000000000000/locations/global/workloadIdentityPools/snowflake/providers/example'
  GCP_SERVICE_ACCOUNT_EMAIL = 'secret-reader@example-project.iam.gserviceaccount.com'
  ENABLED = TRUE
  COMMENT = 'reads secrets from GCP Secret Manager';

-- workflow-facts 1b: issuer and subject for the pool's provider.
DESCRIBE SECURITY INTEGRATION gcp_secrets_provider;

-- Not checked (workflow-facts 1b privileges, D-ESP-FN).
GRANT USAGE ON INTEGRATION gcp_secrets_provider TO ROLE app_runtime;
SELECT SYSTEM$FETCH_EXTERNAL_SECRET_FROM_INTEGRATION('gcp_secrets_provider', 'crm-api-key');

-- workflow-facts 1b ALTER: impersonate another service account.
ALTER SECURITY INTEGRATION gcp_secrets_provider SET
  GCP_SERVICE_ACCOUNT_EMAIL = 'secret-reader-2@example-project.iam.gserviceaccount.com';
