package catalog

// External access integrations are a kind of their own, a bit of Kind above
// the secrets' bits.
const KindAccess Kind = 1 << 14

// AccessCatalog is every property of external access integrations
// (workflow-facts 3a). The three lists name other objects: network rules
// (schema objects, qualified or not), security integrations (never
// qualified) and secrets (qualified or not; a quoted path is accepted too).
// UNSET is documented for the lists and COMMENT; UNSET ENABLED is not, but
// Snowflake accepts it (tested), so it is no warning (SPEC).
var AccessCatalog = []*PropertyInfo{
	{Name: "ALLOWED_NETWORK_RULES", Type: TypeNameList, Refers: RefNetworkRule, Kinds: KindAccess, Flows: all, InCreate: true, InSet: true, Required: true,
		Summary: "The network rules (egress rules) that say which hosts the code may reach.",
		Detail:  "Each rule is a network rule of MODE = EGRESS; UNSET leaves the integration with none.", Anchor: "required-parameters"},
	{Name: "ALLOWED_API_AUTHENTICATION_INTEGRATIONS", Type: TypeNameList, Allowed: []string{"NONE"}, Refers: RefIntegration, Kinds: KindAccess, Flows: all, InCreate: true, InSet: true,
		Summary: "The security integrations of TYPE = API_AUTHENTICATION whose secrets the code may use, or NONE.",
		Detail:  "A secret whose API_AUTHENTICATION is one of these is allowed even when ALLOWED_AUTHENTICATION_SECRETS does not list it.", Anchor: "optional-parameters"},
	{Name: "ALLOWED_AUTHENTICATION_SECRETS", Type: TypeNameList, Allowed: []string{"ALL", "NONE"}, Refers: RefSecret, Kinds: KindAccess, Flows: all, InCreate: true, InSet: true,
		Summary: "The secrets the code may use, ALL or NONE.",
		Detail:  "Names may be qualified (db.schema.secret); a quoted path is case-sensitive.", Anchor: "optional-parameters"},
	{Name: "ENABLED", Type: TypeBool, Kinds: KindAccess, Flows: all, InCreate: true, InSet: true,
		Summary: "Whether the integration may be used; TRUE when left out.",
		Anchor:  "required-parameters"},
	{Name: "COMMENT", Type: TypeString, Kinds: KindAccess, Flows: all, InCreate: true, InSet: true, EmptyOK: true,
		Summary: "A free-text note stored with the integration.",
		Anchor:  "optional-parameters"},
}
