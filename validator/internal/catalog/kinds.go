package catalog

import "strings"

// Kind is one form of TYPE = API_AUTHENTICATION integration, told apart by
// its AUTH_TYPE and, for workload identity federation, its API_PROVIDER. A set
// of kinds is a bit mask: a property row names the kinds that take it, and a
// statement whose kind is not (fully) known stands for the set it may be.
//
// A new kind is a new row of KindTable (and its bit) plus the property rows
// that name it; the checks, completion and hover read only the tables.
type Kind uint16

const (
	KindOAuth2 Kind = 1 << iota
	KindAWSIAM
	KindWIFAWS
	KindWIFAzure
	KindWIFGCP

	KindNone Kind = 0
	KindsAll      = KindOAuth2 | KindAWSIAM | KindWIFAWS | KindWIFAzure | KindWIFGCP
	KindsWIF      = KindWIFAWS | KindWIFAzure | KindWIFGCP
)

// KindInfo is one row of the kind table.
type KindInfo struct {
	Kind        Kind
	AuthType    string // the AUTH_TYPE value that selects it
	APIProvider string // the API_PROVIDER value that selects it among its AUTH_TYPE, or ""
	Name        string // for people
	Summary     string // what its AUTH_TYPE or API_PROVIDER value means, our own words
	// CreatePage and AlterPage are Snowflake's reference pages for it.
	CreatePage, AlterPage string
	// UnsetDocumented: its ALTER page documents UNSET of properties. Where it
	// does not, every UNSET but of a tag is undocumented (a warning).
	UnsetDocumented bool
	// SetType is a TYPE value its ALTER page lists under SET ("" for none).
	SetType string
}

const docs = "https://docs.snowflake.com/en/sql-reference/sql/"

// KindTable lists the kinds, in the order messages and completion name them.
var KindTable = []*KindInfo{
	{Kind: KindOAuth2, AuthType: "OAUTH2", Name: "OAuth2",
		Summary:    "Authenticate with OAuth 2.0. OAUTH_GRANT then picks the flow: client credentials, authorization code or JWT bearer.",
		CreatePage: docs + "create-security-integration-api-auth", AlterPage: docs + "alter-security-integration-api-auth",
		UnsetDocumented: true},
	{Kind: KindAWSIAM, AuthType: "AWS_IAM", Name: "AWS IAM",
		Summary:    "Authenticate to AWS services as an AWS IAM role (AWS_ROLE_ARN); a CLOUD_PROVIDER_TOKEN secret hands its credentials to code.",
		CreatePage: docs + "create-security-integration-aws-iam", AlterPage: docs + "alter-security-integration-aws-iam",
		// The ALTER page lists TYPE = AWS_IAM under SET, most likely a slip
		// for AUTH_TYPE; a documented form gets no error (workflow-facts 5.1).
		SetType: "AWS_IAM"},
	{Kind: KindWIFAWS, AuthType: "WORKLOAD_IDENTITY_FEDERATION", APIProvider: "AWS_SECRETS_MANAGER", Name: "AWS Secrets Manager",
		Summary:    "Read secrets from AWS Secrets Manager, as an IAM role (AWS_ROLE_ARN) in a region (AWS_REGION).",
		CreatePage: docs + "create-security-integration-api-auth-external-secret-provider", AlterPage: docs + "alter-security-integration-api-auth-external-secret-provider"},
	{Kind: KindWIFAzure, AuthType: "WORKLOAD_IDENTITY_FEDERATION", APIProvider: "AZURE_KEY_VAULT", Name: "Azure Key Vault",
		Summary:    "Read secrets from an Azure Key Vault, as an Entra application (AZURE_TENANT_ID, AZURE_AD_APPLICATION_ID, AZURE_KEY_VAULT_URI).",
		CreatePage: docs + "create-security-integration-api-auth-external-secret-provider", AlterPage: docs + "alter-security-integration-api-auth-external-secret-provider"},
	{Kind: KindWIFGCP, AuthType: "WORKLOAD_IDENTITY_FEDERATION", APIProvider: "GCP_SECRET_MANAGER", Name: "Google Secret Manager",
		Summary:    "Read secrets from Google Cloud Secret Manager, as a service account reached through a workload identity pool (GCP_* properties).",
		CreatePage: docs + "create-security-integration-api-auth-external-secret-provider", AlterPage: docs + "alter-security-integration-api-auth-external-secret-provider"},
}

// WIFSummary explains AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION, which stands
// for several kinds at once.
const WIFSummary = "Use an external secret provider (AWS Secrets Manager, Azure Key Vault or Google Secret Manager) through workload identity federation; API_PROVIDER says which."

// ValueSummary explains an AUTH_TYPE or API_PROVIDER value, or "".
func ValueSummary(word string) string {
	if word == "WORKLOAD_IDENTITY_FEDERATION" {
		return WIFSummary
	}
	for _, ki := range KindTable {
		if (ki.APIProvider == "" && ki.AuthType == word) || ki.APIProvider == word {
			return ki.Summary
		}
	}
	return ""
}

// Info returns the row of a single kind, or nil.
func (k Kind) Info() *KindInfo {
	for _, ki := range KindTable {
		if ki.Kind == k {
			return ki
		}
	}
	return nil
}

// Single reports whether the set holds exactly one kind.
func (k Kind) Single() bool { return k != 0 && k&(k-1) == 0 }

// kindsWhere is the set of kinds whose row passes keep.
func kindsWhere(keep func(*KindInfo) bool) Kind {
	var k Kind
	for _, ki := range KindTable {
		if keep(ki) {
			k |= ki.Kind
		}
	}
	return k
}

// KindsFor is the set of kinds an AUTH_TYPE and an API_PROVIDER value select
// ("" for either: not given). A value no row knows selects nothing, and then
// the choice it was to make stays open (the value itself is what is wrong):
// an unknown AUTH_TYPE leaves every kind, an unknown provider every kind of
// the AUTH_TYPE.
func KindsFor(authType, apiProvider string) Kind {
	authType, apiProvider = strings.ToUpper(authType), strings.ToUpper(apiProvider)
	k := kindsWhere(func(ki *KindInfo) bool { return ki.AuthType == authType })
	if k == KindNone {
		return KindsAll
	}
	if p := k & kindsWhere(func(ki *KindInfo) bool { return ki.APIProvider == "" || ki.APIProvider == apiProvider }); p != KindNone && apiProvider != "" {
		return p
	}
	return k
}

// Siblings are the kinds that share an AUTH_TYPE with any kind of k.
func (k Kind) Siblings() Kind {
	return kindsWhere(func(ki *KindInfo) bool {
		for _, kj := range KindTable {
			if kj.Kind&k != 0 && kj.AuthType == ki.AuthType {
				return true
			}
		}
		return false
	})
}

// AuthTypes lists the AUTH_TYPE values, in table order.
func AuthTypes() []string {
	var out []string
	for _, ki := range KindTable {
		if !Contains(out, ki.AuthType) {
			out = append(out, ki.AuthType)
		}
	}
	return out
}

// APIProviders lists the API_PROVIDER values, in table order.
func APIProviders() []string {
	var out []string
	for _, ki := range KindTable {
		if ki.APIProvider != "" && !Contains(out, ki.APIProvider) {
			out = append(out, ki.APIProvider)
		}
	}
	return out
}

// Describe names a set of kinds by the values that select them:
// "AUTH_TYPE = OAUTH2", "AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION" (all its
// providers), "AUTH_TYPE = WORKLOAD_IDENTITY_FEDERATION with API_PROVIDER =
// AZURE_KEY_VAULT", joined with "or".
func (k Kind) Describe() string {
	var parts []string
	for _, auth := range AuthTypes() {
		all := kindsWhere(func(ki *KindInfo) bool { return ki.AuthType == auth })
		have := all & k
		switch {
		case have == 0:
			continue
		case have == all:
			parts = append(parts, "AUTH_TYPE = "+auth)
		default:
			var ps []string
			for _, ki := range KindTable {
				if ki.Kind&have != 0 {
					ps = append(ps, ki.APIProvider)
				}
			}
			parts = append(parts, "AUTH_TYPE = "+auth+" with API_PROVIDER = "+OrList(ps))
		}
	}
	return strings.Join(parts, " or ")
}

// Providers names the API_PROVIDER values of a set of kinds ("" for none).
func (k Kind) Providers() string {
	var ps []string
	for _, ki := range KindTable {
		if ki.Kind&k != 0 && ki.APIProvider != "" {
			ps = append(ps, ki.APIProvider)
		}
	}
	return OrList(ps)
}

// Names names a set of kinds for people: "OAuth2 or AWS IAM".
func (k Kind) Names() string {
	var ns []string
	for _, ki := range KindTable {
		if ki.Kind&k != 0 {
			ns = append(ns, ki.Name)
		}
	}
	return OrList(ns)
}

// UnsetDocumented reports whether the ALTER page of any kind of k documents
// UNSET of properties.
func (k Kind) UnsetDocumented() bool {
	return kindsWhere(func(ki *KindInfo) bool { return ki.UnsetDocumented })&k != 0
}

// SetTypeListed reports whether an ALTER page of a kind of k lists TYPE =
// value under SET.
func (k Kind) SetTypeListed(value string) bool {
	return kindsWhere(func(ki *KindInfo) bool { return ki.SetType != "" && ki.SetType == value })&k != 0
}

// Contains reports whether ws holds w.
func Contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
