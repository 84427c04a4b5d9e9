-- A worksheet with text outside ASCII before the names: ☕ 😀
CREATE SECURITY INTEGRATION "café_😀"
  TYPE = API_AUTHENTICATION
  AUTH_TYPE = OAUTH2
  ENABLED = TRUE
  OAUTH_CLIENT_ID = 'my-client'
  OAUTH_CLIENT_SECRET = 'nvim-secret-value';
/* ☕ */ ALTER SECURITY INTEGRATION "café_😀" SET OAUTH_CLIENTID = 'x';
