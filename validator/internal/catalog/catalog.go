// Package catalog is what every kind of object accepts: its properties, their
// value types and allowed values, the grant flows that use them, whether UNSET
// takes them, whether their value is secret (secrets.go, the one place that
// decides secrecy), a description in our own words and the documentation page.
// It also knows other integration kinds' properties (to leave them alone) and
// Snowflake's reserved words. A new property is one row of Catalog.
package catalog

import "strings"

// Flow is an OAuth grant flow; a set of flows is a bit mask.
type Flow uint8

const (
	FlowClientCredentials Flow = 1 << iota
	FlowAuthorizationCode
	FlowJWTBearer

	FlowNone Flow = 0
	FlowAll       = FlowClientCredentials | FlowAuthorizationCode | FlowJWTBearer
)

// Grant is the OAUTH_GRANT value that selects the flow.
func (f Flow) Grant() string {
	switch f {
	case FlowClientCredentials:
		return "CLIENT_CREDENTIALS"
	case FlowAuthorizationCode:
		return "AUTHORIZATION_CODE"
	case FlowJWTBearer:
		return "JWT_BEARER"
	}
	return ""
}

// Describe names the flow for people.
func (f Flow) Describe() string {
	switch f {
	case FlowClientCredentials:
		return "client credentials"
	case FlowAuthorizationCode:
		return "authorization code"
	case FlowJWTBearer:
		return "JWT bearer"
	}
	return "any flow"
}

// FlowNames names the flows of a mask for people: "client credentials or
// JWT bearer".
func FlowNames(f Flow) string {
	var ws []string
	for _, one := range f.Flows() {
		ws = append(ws, one.Describe())
	}
	return OrList(ws)
}

// Flows lists the single flows in a mask, in a fixed order.
func (f Flow) Flows() []Flow {
	var out []Flow
	for _, one := range []Flow{FlowClientCredentials, FlowAuthorizationCode, FlowJWTBearer} {
		if f&one != 0 {
			out = append(out, one)
		}
	}
	return out
}

func FlowFromGrant(s string) Flow {
	switch strings.ToUpper(s) {
	case "CLIENT_CREDENTIALS":
		return FlowClientCredentials
	case "AUTHORIZATION_CODE":
		return FlowAuthorizationCode
	case "JWT_BEARER":
		return FlowJWTBearer
	}
	return FlowNone
}

// ValueType is what a property takes.
type ValueType int

const (
	TypeString    ValueType = iota // a '...' or $$...$$ literal
	TypeURL                        // a string holding a URL
	TypeBool                       // TRUE or FALSE, bare
	TypeEnum                       // one of Allowed, bare
	TypeGrant                      // one of Allowed, quoted or bare
	TypeInteger                    // digits
	TypeScopes                     // ( 'scope' [, ...] )
	TypeName                       // an object's name: bare, "quoted", or as a string
	TypeTimestamp                  // a string holding a date and time
	TypeNameList                   // ( name [, ...] ) of other objects, or one of Allowed bare
)

// Ref is the kind of object a property's value names.
type Ref int

const (
	RefNone        Ref = iota
	RefIntegration     // a security integration
	RefSecret
	RefNetworkRule
)

// UnsetRule says what ALTER ... UNSET does with a property.
type UnsetRule int

const (
	UnsetDocumented    UnsetRule = iota // documented
	UnsetNotDocumented                  // not documented: warning
	UnsetForbidden                      // a required value: error
)

// PropertyInfo is one row of the catalog.
type PropertyInfo struct {
	Name    string
	Type    ValueType
	Allowed []string // enum and grant values
	// Kinds: the kinds of integration that take the property.
	Kinds Kind
	// Flows: the OAuth flows the documentation lists the property for (all
	// for properties of other kinds, where flows do not apply).
	Flows Flow
	// Tolerated: flows the docs leave out but Snowflake is known to accept
	// (an info note, not a warning).
	Tolerated Flow
	Min       int64 // integers: smallest allowed value
	Unset     UnsetRule
	InCreate  bool // may stand in CREATE
	InSet     bool // may stand in ALTER ... SET
	Required  bool // CREATE of a kind that takes it, without it, gets a missing-property warning
	Secret    bool // the value is never repeated anywhere
	EmptyOK   bool // an empty string (or list) is a value like any other
	NullOK    bool // NULL (bare) is accepted, and removes the value
	// Pair is a property the documentation gives together with this one; a
	// statement that has this one without it gets an info note.
	Pair string
	// Undocumented: seen accepted by Snowflake, but on no documentation page
	// (no row today; completion ranks such a property last and hover says so).
	Undocumented bool
	// Refers: the kind of object the value names (completion offers the
	// document's objects of that kind; the links are checked between them).
	Refers Ref
	// Placeholder is the snippet text of a string value ("client id").
	Placeholder string
	// Default is the documented default value, where the docs give one.
	Default string
	Summary string // one line, our own words
	Detail  string // more, our own words (markdown)
	Anchor  string // fragment of Snowflake's CREATE/ALTER page
}

// DocsURL is Snowflake's page for the property: the ALTER page (CREATE's
// when ALTER cannot set it) of the first kind that takes it.
func (p *PropertyInfo) DocsURL() string {
	if o := ObjectOf(p); o != nil {
		page := o.AlterPage
		if !p.InSet {
			page = o.CreatePage
		}
		return page + "#" + p.Anchor
	}
	ki := KindTable[0]
	for _, k := range KindTable {
		if k.Kind&p.Kinds != 0 {
			ki = k
			break
		}
	}
	page := ki.AlterPage
	if !p.InSet {
		page = ki.CreatePage
	}
	return page + "#" + p.Anchor
}

// Covers reports whether every kind of k takes the property.
func (p *PropertyInfo) Covers(k Kind) bool { return k != KindNone && k&^p.Kinds == 0 }

const (
	all = FlowAll
	cc  = FlowClientCredentials
	ac  = FlowAuthorizationCode
	jwt = FlowJWTBearer

	api    = KindsAll
	oauth  = KindOAuth2
	awsIAM = KindAWSIAM
	wif    = KindsWIF
	wifAWS = KindWIFAWS
	wifAz  = KindWIFAzure
	wifGCP = KindWIFGCP
)

// Catalog is every property of TYPE = API_AUTHENTICATION integrations, of
// every kind: those all kinds share, the OAuth2 ones in the order Snowflake's
// page lists them, then AWS IAM's and the external secret providers'.
var Catalog = []*PropertyInfo{
	{Name: "TYPE", Type: TypeEnum, Allowed: []string{"API_AUTHENTICATION"}, Kinds: api, Flows: all, Unset: UnsetForbidden, InCreate: true,
		Summary: "The kind of security integration; External API Authentication is API_AUTHENTICATION.",
		Detail:  "Fixed when the integration is created: ALTER cannot change or remove it.", Anchor: "required-parameters"},
	{Name: "AUTH_TYPE", Type: TypeEnum, Allowed: AuthTypes(), Kinds: api, Flows: all, Unset: UnsetForbidden, InCreate: true, Required: true,
		Summary: "How Snowflake authenticates to the external service: OAUTH2, AWS_IAM, or WORKLOAD_IDENTITY_FEDERATION for an external secret provider.",
		Detail:  "It decides which other properties the integration takes. Fixed at creation.", Anchor: "required-parameters"},
	{Name: "ENABLED", Type: TypeBool, Kinds: api, Flows: all, Unset: UnsetDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "Turns the integration on (TRUE) or suspends it (FALSE).",
		Detail:  "While FALSE, every call that relies on the integration fails.", Anchor: "parameters"},
	{Name: "OAUTH_AUTHORIZATION_ENDPOINT", Type: TypeURL, Kinds: oauth, Flows: ac | jwt, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "The URL where the external service authenticates users and hands out authorization codes.",
		Detail:  "Used by the authorization code and JWT bearer flows; the client credentials flow has no use for it.", Anchor: "parameters"},
	{Name: "OAUTH_TOKEN_ENDPOINT", Type: TypeURL, Kinds: oauth, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "The URL where Snowflake exchanges a grant or refresh token for an access token.",
		Anchor:  "parameters"},
	{Name: "OAUTH_CLIENT_AUTH_METHOD", Type: TypeEnum, Allowed: []string{"CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST"}, Kinds: oauth, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "How the client id and secret reach the token endpoint: HTTP Basic authentication or fields of the POST body.",
		Detail:  "A bare keyword. Newer documentation makes CLIENT_SECRET_BASIC the default.", Anchor: "parameters"},
	{Name: "OAUTH_CLIENT_ID", Type: TypeString, Placeholder: "client id", Kinds: oauth, Flows: all, Unset: UnsetForbidden, InCreate: true, InSet: true, Required: true,
		Summary: "The id of the OAuth client registered with the external service.",
		Anchor:  "parameters"},
	{Name: "OAUTH_CLIENT_SECRET", Type: TypeString, Placeholder: "client secret", Kinds: oauth, Flows: all, Unset: UnsetForbidden, InCreate: true, InSet: true, Required: true, Secret: true,
		Summary: "The secret of the OAuth client registered with the external service.",
		Detail:  "secint never repeats this value in a message, hover or share link.", Anchor: "parameters"},
	{Name: "OAUTH_GRANT", Type: TypeGrant, Allowed: []string{"CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"}, Kinds: oauth, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "The OAuth flow the integration uses, which decides the properties that apply.",
		Detail:  "Written as a string ('CLIENT_CREDENTIALS') in the documentation; Snowflake takes the bare word too.", Anchor: "parameters"},
	{Name: "OAUTH_ACCESS_TOKEN_VALIDITY", Type: TypeInteger, Min: 0, Kinds: oauth, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "How many seconds an access token is taken to live when the token response does not say.",
		Detail:  "When both this and the response give a lifetime, the shorter wins. 0 resets it.", Anchor: "parameters"},
	{Name: "OAUTH_REFRESH_TOKEN_VALIDITY", Type: TypeInteger, Min: 1, Default: "7776000", Kinds: oauth, Flows: ac | jwt, Tolerated: cc, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "How many seconds a refresh token stays valid.",
		Detail:  "The default is 7776000 (90 days). Documented for the authorization code and JWT bearer flows.", Anchor: "parameters"},
	{Name: "OAUTH_ALLOWED_SCOPES", Type: TypeScopes, Kinds: oauth, Flows: cc | jwt, Tolerated: ac, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "The scopes Snowflake may ask for, each a string, in parentheses.",
		Detail:  "Documented for the client credentials flow, and used with JWT bearer by Snowflake's own connector setup; a secret's own scopes must be a subset. The default is an empty list.", Anchor: "parameters"},
	{Name: "OAUTH_ASSERTION_ISSUER", Type: TypeString, Placeholder: "issuer", Kinds: oauth, Flows: jwt, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "The issuer named in the JWT assertion of the JWT bearer flow.",
		Detail:  "Not on the integration's reference page, but Snowflake's connector setup uses it on a JWT bearer integration, and DESCRIBE lists it.", Anchor: "parameters"},
	{Name: "API_PROVIDER", Type: TypeEnum, Allowed: APIProviders(), Kinds: wif, Flows: all, Unset: UnsetForbidden, InCreate: true, Required: true,
		Summary: "The secret manager a workload identity federation integration reads from.",
		Detail:  "Fixed at creation: to use another provider, create another integration. Give only that provider's properties.", Anchor: "required-parameters"},
	{Name: "AWS_ROLE_ARN", Type: TypeString, Kinds: awsIAM | wifAWS, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The ARN of the AWS IAM role Snowflake assumes, such as 'arn:aws:iam::123456789012:role/snowflake'.",
		Detail:  "With AWS_IAM, the role that grants access to the AWS services; with AWS Secrets Manager, the role that may read the secrets.", Anchor: "required-parameters"},
	{Name: "AWS_REGION", Type: TypeString, Kinds: wifAWS, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The AWS region Snowflake reaches Secrets Manager in, such as 'us-west-2'.",
		Anchor:  "required-parameters"},
	{Name: "AZURE_TENANT_ID", Type: TypeString, Kinds: wifAz, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The Microsoft Entra tenant of the application that may read the key vault.",
		Anchor:  "required-parameters"},
	{Name: "AZURE_AD_APPLICATION_ID", Type: TypeString, Kinds: wifAz, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The id of the Entra application that trusts Snowflake through a federated credential.",
		Anchor:  "required-parameters"},
	{Name: "AZURE_KEY_VAULT_URI", Type: TypeURL, Kinds: wifAz, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The key vault's URI, such as 'https://my-vault.vault.azure.net'.",
		Anchor:  "required-parameters"},
	{Name: "GCP_SECRET_MANAGER_PROJECT", Type: TypeString, Kinds: wifGCP, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The Google Cloud project whose Secret Manager holds the secrets.",
		Anchor:  "required-parameters"},
	{Name: "GCP_WIF_PROVIDER", Type: TypeString, Kinds: wifGCP, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The workload identity pool provider that trusts Snowflake, as projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.",
		Detail:  "Written without the //iam.googleapis.com/ prefix.", Anchor: "required-parameters"},
	{Name: "GCP_SERVICE_ACCOUNT_EMAIL", Type: TypeString, Kinds: wifGCP, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The service account Snowflake acts as to read the secrets.",
		Anchor:  "required-parameters"},
	{Name: "COMMENT", Type: TypeString, Placeholder: "comment", Kinds: api, Flows: all, Unset: UnsetDocumented, InCreate: true, InSet: true, EmptyOK: true,
		Summary: "A free-text note stored with the integration.",
		Anchor:  "parameters"},
}

// LookupProperty finds a property of ours by name, case-insensitively.
func LookupProperty(name string) *PropertyInfo {
	return index.byName[strings.ToUpper(name)]
}

// The properties of other integration kinds, by exact name or by prefix, with
// the kind they belong to. An ALTER of an integration whose kind is unknown
// is left alone when it names one of these.
var ForeignExact = map[string]string{
	"SCIM_CLIENT": "SCIM", "RUN_AS_ROLE": "SCIM", "SYNC_PASSWORD": "SCIM", "NETWORK_POLICY": "SCIM or Snowflake OAuth",
	"OAUTH_CLIENT": "Snowflake OAuth", "OAUTH_REDIRECT_URI": "Snowflake OAuth", "OAUTH_ISSUE_REFRESH_TOKENS": "Snowflake OAuth",
	"OAUTH_ENFORCE_PKCE": "Snowflake OAuth", "OAUTH_USE_SECONDARY_ROLES": "Snowflake OAuth", "PRE_AUTHORIZED_ROLES_LIST": "Snowflake OAuth",
	"BLOCKED_ROLES_LIST": "Snowflake OAuth", "OAUTH_ALLOW_NON_TLS_REDIRECT_URI": "Snowflake OAuth", "OAUTH_CLIENT_TYPE": "Snowflake OAuth",
	"OAUTH_SINGLE_USE_REFRESH_TOKENS_REQUIRED": "Snowflake OAuth", "USE_PRIVATELINK_FOR_AUTHORIZATION_ENDPOINT": "Snowflake OAuth",
	"OAUTH_ALTERNATE_REDIRECT_URIS": "Snowflake OAuth", "ALLOWED_ROLES_LIST": "Snowflake OAuth",
	"ALLOWED_RECIPIENTS": "email notification", "DEFAULT_RECIPIENTS": "email notification", "DEFAULT_SUBJECT": "email notification",
	"NOTIFICATION_PROVIDER": "notification", "DIRECTION": "notification", "ENABLED_NOTIFICATION": "notification",
	"ALLOWED_NETWORK_RULES":                   "external access",
	"ALLOWED_API_AUTHENTICATION_INTEGRATIONS": "external access", "ALLOWED_AUTHENTICATION_SECRETS": "external access",
	"ALLOWED_USER_DOMAINS": "SAML2", "ALLOWED_EMAIL_PATTERNS": "SAML2", "GOOGLE_AUDIENCE": "API",
	"REFRESH_INTERVAL_SECONDS": "catalog", "USE_PRIVATELINK_ENDPOINT": "storage or notification",
	"CATALOG_SOURCE": "catalog", "TABLE_FORMAT": "catalog", "CATALOG_NAMESPACE": "catalog", "REST_CONFIG": "catalog",
	"REST_AUTHENTICATION": "catalog", "GLUE_AWS_ROLE_ARN": "catalog", "GLUE_CATALOG_ID": "catalog", "GLUE_REGION": "catalog",
}

var foreignPrefix = []struct{ prefix, kind string }{
	{"SAML2_", "SAML2"},
	{"EXTERNAL_OAUTH_", "External OAuth"},
	{"OAUTH_CLIENT_RSA_PUBLIC_KEY", "Snowflake OAuth"},
	{"API_", "API"},
	{"STORAGE_", "storage"},
	{"AZURE_", "notification or storage"},
	{"GCP_PUBSUB_", "notification"},
	{"AWS_SNS_", "notification"},
	{"AWS_SQS_", "notification"},
	{"WEBHOOK_", "notification"},
}

// ForeignKind returns the kind of integration a property belongs to when it is
// not ours, or "".
func ForeignKind(name string) string {
	name = strings.ToUpper(name)
	if k, ok := ForeignExact[name]; ok {
		return k
	}
	for _, fp := range foreignPrefix {
		if strings.HasPrefix(name, fp.prefix) {
			return fp.kind
		}
	}
	return ""
}

// OtherTypes are the TYPE values of other security integration kinds.
var OtherTypes = []string{"SAML2", "SCIM", "OAUTH", "EXTERNAL_OAUTH"}

// OtherTypeNames names those kinds for people.
var OtherTypeNames = map[string]string{"SAML2": "SAML2", "SCIM": "SCIM", "OAUTH": "Snowflake OAuth", "EXTERNAL_OAUTH": "External OAuth"}

// ReservedWords are Snowflake's reserved keywords: they cannot be unquoted names.
var ReservedWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ACCOUNT ALL ALTER AND ANY AS BETWEEN BY CASE CAST CHECK COLUMN CONNECT
		CONNECTION CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP
		CURRENT_USER DATABASE DELETE DISTINCT DROP ELSE EXISTS FALSE FOLLOWING FOR FROM FULL
		GRANT GROUP GSCLUSTER HAVING ILIKE IN INCREMENT INNER INSERT INTERSECT INTO IS ISSUE
		JOIN LATERAL LEFT LIKE LOCALTIME LOCALTIMESTAMP MINUS NATURAL NOT NULL OF ON OR ORDER
		ORGANIZATION QUALIFY REGEXP REVOKE RIGHT RLIKE ROW ROWS SAMPLE SCHEMA SELECT SET SOME
		START TABLE TABLESAMPLE THEN TO TRIGGER TRUE TRY_CAST UNION UNIQUE UPDATE USING VALUES
		VIEW WHEN WHENEVER WHERE WITH`) {
		ReservedWords[w] = true
	}
}

// OrList joins words as "A, B or C".
func OrList(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " or " + ws[len(ws)-1]
}
