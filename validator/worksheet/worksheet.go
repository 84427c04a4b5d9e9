// Package worksheet generates deterministic Snowflake worksheets for
// benchmarks: about 70% statements of our family across all forms and flows,
// 30% other SQL, and a few errors.
package worksheet

import (
	"fmt"
	"strings"
)

var grants = []string{"'CLIENT_CREDENTIALS'", "'AUTHORIZATION_CODE'", "'JWT_BEARER'"}

// Generate returns a worksheet of at least size bytes. The same size always
// gives the same text.
func Generate(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		name := fmt.Sprintf("api_int_%d", i/10)
		switch i % 10 {
		case 0:
			fmt.Fprintf(&b, "CREATE OR REPLACE SECURITY INTEGRATION %s\n  TYPE = API_AUTHENTICATION\n  AUTH_TYPE = OAUTH2\n"+
				"  ENABLED = TRUE\n  OAUTH_CLIENT_ID = 'client-%d'\n  OAUTH_CLIENT_SECRET = 'secret-%d'\n  OAUTH_GRANT = %s\n"+
				"  OAUTH_TOKEN_ENDPOINT = 'https://auth.example.com/oauth2/token'\n  OAUTH_ACCESS_TOKEN_VALIDITY = 3600\n"+
				"  COMMENT = 'integration number %d';\n", name, i, i, grants[(i/10)%3], i)
		case 1:
			fmt.Fprintf(&b, "ALTER SECURITY INTEGRATION %s SET ENABLED = FALSE, COMMENT = 'paused for maintenance';\n", name)
		case 2:
			fmt.Fprintf(&b, "SELECT id, name, created_at FROM analytics.events_%d WHERE kind = 'login' AND ts > '2026-01-01';\n", i)
		case 3:
			fmt.Fprintf(&b, "ALTER SECURITY INTEGRATION IF EXISTS %s SET TAG governance.tags.owner = 'team-%d', cost_center = 'cc';\n", name, i)
		case 4:
			fmt.Fprintf(&b, "-- rotate the client secret\nALTER INTEGRATION %s SET OAUTH_CLIENT_SECRET = 'rotated-%d';\n", name, i)
		case 5:
			fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS staging.t_%d (id INT, payload VARIANT, note STRING DEFAULT 'x;y');\n", i)
		case 6:
			if i%70 == 6 { // a few errors
				fmt.Fprintf(&b, "ALTER SECURITY INTEGRATION %s SET OAUTH_CLIENTID = 'typo', ENABLED = maybe;\n", name)
			} else {
				fmt.Fprintf(&b, "ALTER SECURITY INTEGRATION %s UNSET COMMENT;\n", name)
			}
		case 7:
			fmt.Fprintf(&b, "DESC SECURITY INTEGRATION %s; SHOW INTEGRATIONS LIKE 'api_int_%%';\n", name)
		case 8:
			fmt.Fprintf(&b, "UPDATE ops.audit SET seen = TRUE /* batch %d */ WHERE id = %d;\n", i, i)
		case 9:
			// A property of the integration's flow: mistakes are the
			// errors above, not here.
			if (i/10)%3 == 0 {
				fmt.Fprintf(&b, "ALTER SECURITY INTEGRATION %s SET OAUTH_ALLOWED_SCOPES = ('read', 'write'), COMMENT = 'scoped';\n", name)
			} else {
				fmt.Fprintf(&b, "ALTER SECURITY INTEGRATION %s SET OAUTH_REFRESH_TOKEN_VALIDITY = 86400, COMMENT = 'refreshing';\n", name)
			}
		}
	}
	return b.String()
}
