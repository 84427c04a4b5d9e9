package catalog

import "strings"

// Secrets (CREATE SECRET, ALTER SECRET) have a kind too: their TYPE. Each
// secret type is a bit of Kind above the integrations' bits, so that a secret
// property row names the types that take it exactly as an integration row
// names its kinds. A new secret type is a row of SecretTypeTable (and its
// bit) plus the rows of SecretCatalog that name it.
const (
	KindSecretOAuth2 Kind = 1 << (8 + iota)
	KindSecretCloudToken
	KindSecretPassword
	KindSecretGenericString
	KindSecretSymmetricKey
	KindSecretWIF

	KindsSecret = KindSecretOAuth2 | KindSecretCloudToken | KindSecretPassword | KindSecretGenericString | KindSecretSymmetricKey | KindSecretWIF
)

// SecretTypeInfo is one row of the secret type table.
type SecretTypeInfo struct {
	Kind    Kind
	Type    string // the TYPE value
	Summary string // our own words
}

// SecretTypeTable lists the secret types, in the order the CREATE SECRET
// page gives them.
var SecretTypeTable = []*SecretTypeInfo{
	{KindSecretOAuth2, "OAUTH2", "OAuth tokens obtained through an API_AUTHENTICATION integration of AUTH_TYPE = OAUTH2."},
	{KindSecretCloudToken, "CLOUD_PROVIDER_TOKEN", "Short-lived cloud credentials from an AUTH_TYPE = AWS_IAM integration."},
	{KindSecretPassword, "PASSWORD", "A user name and a password."},
	{KindSecretGenericString, "GENERIC_STRING", "Any one string, such as an API key."},
	{KindSecretSymmetricKey, "SYMMETRIC_KEY", "A key Snowflake generates (ALGORITHM = GENERIC)."},
	{KindSecretWIF, "WORKLOAD_IDENTITY_FEDERATION", "An identity Snowflake issues for workload identity federation; it takes no value."},
}

// SecretTypes lists the TYPE values of secrets.
func SecretTypes() []string {
	out := make([]string, len(SecretTypeTable))
	for i, t := range SecretTypeTable {
		out[i] = t.Type
	}
	return out
}

// SecretKindsFor is the set of secret types a TYPE value selects: every type
// for a value no row knows (the value itself is what is wrong).
func SecretKindsFor(typ string) Kind {
	typ = strings.ToUpper(typ)
	for _, t := range SecretTypeTable {
		if t.Type == typ {
			return t.Kind
		}
	}
	return KindsSecret
}

// DescribeSecret names a set of secret types: "TYPE = PASSWORD or TYPE = OAUTH2".
func DescribeSecret(k Kind) string {
	var ps []string
	for _, t := range SecretTypeTable {
		if t.Kind&k != 0 {
			ps = append(ps, "TYPE = "+t.Type)
		}
	}
	return OrList(ps)
}

const (
	sOAuth  = KindSecretOAuth2
	sCloud  = KindSecretCloudToken
	sPass   = KindSecretPassword
	sString = KindSecretGenericString
	sKey    = KindSecretSymmetricKey
	sAll    = KindsSecret
)

// SecretCatalog is every property of secrets (workflow-facts section 2).
// UNSET is documented only for COMMENT; ALTER's SET lists every value but
// TYPE (TYPE = CLOUD_PROVIDER_TOKEN, which the ALTER page shows under SET,
// is accepted).
var SecretCatalog = []*PropertyInfo{
	{Name: "TYPE", Type: TypeEnum, Allowed: SecretTypes(), Kinds: sAll, Flows: all, Unset: UnsetForbidden, InCreate: true,
		Summary: "What the secret holds, which decides the properties it takes.",
		Detail:  "Fixed when the secret is created.", Anchor: "required-parameters"},
	{Name: "API_AUTHENTICATION", Type: TypeName, Refers: RefIntegration, Kinds: sOAuth | sCloud, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The security integration the secret's tokens come from.",
		Detail:  "An integration of AUTH_TYPE = OAUTH2 for an OAUTH2 secret, of AUTH_TYPE = AWS_IAM for a CLOUD_PROVIDER_TOKEN one.", Anchor: "required-parameters"},
	{Name: "OAUTH_SCOPES", Type: TypeScopes, Kinds: sOAuth, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, EmptyOK: true,
		Summary: "The scopes to ask for, a subset of the integration's OAUTH_ALLOWED_SCOPES.",
		Detail:  "Left out, the secret has all the integration's scopes; () clears the list.", Anchor: "required-parameters"},
	{Name: "OAUTH_REFRESH_TOKEN", Type: TypeString, Kinds: sOAuth, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Secret: true,
		Pair:    "OAUTH_REFRESH_TOKEN_EXPIRY_TIME",
		Summary: "The refresh token of the authorization code flow.",
		Detail:  "secint never repeats this value.", Anchor: "required-parameters"},
	{Name: "OAUTH_REFRESH_TOKEN_EXPIRY_TIME", Type: TypeTimestamp, Kinds: sOAuth, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "When the refresh token expires, as a timestamp string such as '2030-01-01 00:00:00'.",
		Anchor:  "required-parameters"},
	{Name: "ENABLED", Type: TypeBool, Kinds: sCloud, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true,
		Summary: "Whether the cloud provider token secret may be used.",
		Anchor:  "required-parameters"},
	{Name: "USERNAME", Type: TypeString, Kinds: sPass, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true, EmptyOK: true,
		Summary: "The user name of a PASSWORD secret.",
		Anchor:  "required-parameters"},
	{Name: "PASSWORD", Type: TypeString, Kinds: sPass, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true, EmptyOK: true, Secret: true,
		Summary: "The password of a PASSWORD secret.",
		Detail:  "secint never repeats this value.", Anchor: "required-parameters"},
	{Name: "SECRET_STRING", Type: TypeString, Kinds: sString, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true, EmptyOK: true, Secret: true,
		Summary: "The string a GENERIC_STRING secret keeps.",
		Detail:  "secint never repeats this value.", Anchor: "required-parameters"},
	{Name: "ALGORITHM", Type: TypeEnum, Allowed: []string{"GENERIC"}, Kinds: sKey, Flows: all, Unset: UnsetNotDocumented, InCreate: true, InSet: true, Required: true,
		Summary: "The algorithm of a SYMMETRIC_KEY secret; GENERIC, a 256-bit key.",
		Anchor:  "required-parameters"},
	{Name: "COMMENT", Type: TypeString, Kinds: sAll, Flows: all, Unset: UnsetDocumented, InCreate: true, InSet: true, EmptyOK: true, NullOK: true,
		Summary: "A free-text note stored with the secret.",
		Detail:  "In ALTER SECRET SET, COMMENT = NULL removes it.", Anchor: "optional-parameters"},
}

// LookupSecretProperty finds a secret property by name, case-insensitively.
func LookupSecretProperty(name string) *PropertyInfo { return Secrets.Lookup(name) }
