package existing

import (
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/links"
)

// made is how messages and hovers say where a declared object comes from.
const made = "declared in the context, not in this document"

// Seed is what the checks know of the declared objects before the
// document's first statement: the links' Index and the registry that ALTER
// checks read, exactly as if CREATE statements had made them.
func (c *Context) Seed() (links.Index, check.Registry) {
	ix, reg := links.Index{}, check.Registry{}
	if c == nil {
		return ix, reg
	}
	for _, in := range c.Integrations {
		o, state := integration(in)
		ix.Put(o)
		reg[o.Key] = state
	}
	// A secret is filed under its qualified name, and under its bare name
	// when no other declared secret has that name (an ALTER SECRET written
	// after USE SCHEMA names it bare).
	bare := map[string]int{}
	for _, s := range c.Secrets {
		bare[s.Name]++
	}
	for _, s := range c.Secrets {
		key := qualified(s.DatabaseName, s.SchemaName, s.Name)
		typ := strings.ToUpper(strings.TrimSpace(s.SecretType))
		if typ == "GENERIC" {
			typ = "GENERIC_STRING" // DESCRIBE SECRET's name for it (workflow-facts 2c)
		}
		kinds := catalog.SecretKindsFor(typ)
		o := &links.Object{Class: links.ClassSecret, Key: key, Name: key, Made: made, SecretKinds: kinds,
			Integration: s.IntegrationName}
		o.Def.Start, o.Def.End = -1, -1
		if s.OAuthScopes != "" {
			o.Scopes = list(s.OAuthScopes)
		}
		ix.Put(o)
		state := check.IntegrationState{Kind: check.KindOurs, Kinds: kinds}
		reg["\x00secret "+key] = state
		if bare[s.Name] == 1 {
			reg["\x00secret "+s.Name] = state
		}
	}
	for _, r := range c.NetworkRules {
		key := qualified(r.DatabaseName, r.SchemaName, r.Name)
		mode := strings.ToUpper(strings.TrimSpace(r.Mode))
		if mode == "" {
			mode = "INGRESS"
		}
		o := &links.Object{Class: links.ClassRule, Key: key, Name: key, Made: made, Mode: mode}
		o.Def.Start, o.Def.End = -1, -1
		ix.Put(o)
	}
	return ix, reg
}

// integration reads a declared integration: its class, and for one of TYPE
// = API_AUTHENTICATION its kinds, flow and allowed scopes from the DESCRIBE
// rows; for an external access integration its lists. A property whose
// value is secret is never read.
func integration(in Integration) (*links.Object, check.IntegrationState) {
	props := map[string]string{}
	for _, p := range in.Properties {
		if !catalog.IsSecret(p.Property) {
			props[p.Property] = p.Value
		}
	}
	typ := strings.ToUpper(strings.TrimSpace(in.Type))
	o := &links.Object{Key: in.Name, Name: in.Name, Made: made, Type: typ}
	o.Def.Start, o.Def.End = -1, -1
	state := check.IntegrationState{Kind: check.KindForeign}
	switch {
	case typ == "API_AUTHENTICATION":
		o.Class = links.ClassAPIAuth
		state.Kind = check.KindOurs
		state.Kinds = catalog.KindsAll
		if auth := props["AUTH_TYPE"]; auth != "" {
			state.Kinds = catalog.KindsFor(auth, props["API_PROVIDER"])
		}
		state.Flow = catalog.FlowFromGrant(strings.Trim(props["OAUTH_GRANT"], "'"))
		if v, ok := props["OAUTH_ALLOWED_SCOPES"]; ok {
			o.Allowed = list(v)
		}
	case typ == "EXTERNAL_ACCESS" || strings.HasPrefix(typ, "EXTERNAL_ACCESS") || strings.EqualFold(in.Category, "EXTERNAL_ACCESS"):
		o.Class = links.ClassAccess
		if v, ok := props["ALLOWED_NETWORK_RULES"]; ok {
			o.Rules = list(v)
		}
		if v, ok := props["ALLOWED_API_AUTHENTICATION_INTEGRATIONS"]; ok {
			o.Integrations, o.IntsKnown = list(v), true
		}
		if v, ok := props["ALLOWED_AUTHENTICATION_SECRETS"]; ok {
			o.SecretsKnown = true
			if w := strings.ToUpper(strings.Trim(strings.TrimSpace(v), "[]")); w == "ALL" {
				o.AllSecrets = true
			} else {
				o.Secrets = list(v)
			}
		} else {
			o.AllSecrets = true // not described: it may allow anything
		}
		if _, ok := props["ALLOWED_API_AUTHENTICATION_INTEGRATIONS"]; !ok {
			o.AllSecrets = true
		}
	default:
		o.Class = links.ClassIntegration
	}
	o.State = state
	return o, state
}
