-- An external secret provider: AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION,
-- API_PROVIDER = AZURE_KEY_VAULT (Preview). Snowflake signs in to Microsoft
-- Entra ID as the application below and reads secrets from the key vault.
-- Every value is made up (all-zero GUIDs, a vault that does not exist).
-- Nothing else in a setup refers to this kind of integration (workflow-facts
-- 1b, R12): it is used through SYSTEM$ functions only.

-- workflow-facts 1b: the three Azure properties (required for this
-- provider), IF NOT EXISTS without OR REPLACE.
CREATE SECURITY INTEGRATION IF NOT EXISTS azure_vault_provider
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION
  API_PROVIDER = AZURE_KEY_VAULT
  AZURE_TENANT_ID = '00000000-0000-0000-0000-000000000000'
  AZURE_AD_APPLICATION_ID = '00000000-0000-0000-0000-000000000001'
  AZURE_KEY_VAULT_URI = 'https://not-a-real-vault.vault.azure.net'
  ENABLED = TRUE;

-- workflow-facts 1b: issuer and subject for the app's federated credential.
DESC SECURITY INTEGRATION azure_vault_provider;

-- Not checked (workflow-facts 1b privileges, D-ESP-FN).
GRANT USAGE ON INTEGRATION azure_vault_provider TO ROLE app_runtime;
SELECT SYSTEM$FETCH_EXTERNAL_SECRET_FROM_INTEGRATION('azure_vault_provider', 'crm-api-key');

-- workflow-facts 1b ALTER: another vault in the same tenant.
ALTER SECURITY INTEGRATION azure_vault_provider SET
  AZURE_KEY_VAULT_URI = 'https://not-a-real-vault-2.vault.azure.net'
  COMMENT = 'second vault';
