package check

import (
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/syntax"
)

// What earlier statements established about integrations.

// IntegrationKind is whether an integration is known to be ours, known to be
// another kind, or not known (no CREATE of it in the document).
type IntegrationKind int

const (
	KindUnknown IntegrationKind = iota
	KindOurs
	KindForeign
)

// IntegrationState is what the document established about one integration
// (or secret) before a statement.
type IntegrationState struct {
	Kind IntegrationKind
	// Kinds: for ours, the kinds of TYPE = API_AUTHENTICATION integration its
	// CREATE allows (KindNone: not known).
	Kinds   catalog.Kind
	Flow    catalog.Flow
	Created *syntax.Statement // the CREATE that made it, for hover
}

// Registry maps integration names (as Snowflake compares them) to what is
// known of them.
type Registry map[string]IntegrationState

// RegistryKey is the name under which the registry keeps what a statement
// establishes: an integration's name (never qualified), or a secret's (as
// written, qualified or not) in a namespace of its own; "" for none.
func RegistryKey(st *syntax.Statement) string {
	switch {
	case st.Name == nil:
		return ""
	case st.Kind.Secret():
		return "\x00secret " + st.Name.Key()
	case len(st.Name.Parts) != 1:
		return ""
	}
	return st.Name.Key()
}

// Apply records what a statement establishes about its integration or secret.
func (r Registry) Apply(st *syntax.Statement) {
	key := RegistryKey(st)
	if key == "" {
		return
	}
	switch st.Kind {
	case syntax.KindCreateSecret:
		kinds := catalog.KindsSecret
		if typ := findProperty(st.Properties, "TYPE"); typ != nil {
			kinds = catalog.SecretKindsFor(enumWord(typ.Value))
		}
		r[key] = IntegrationState{Kind: KindOurs, Kinds: kinds, Created: st}
	case syntax.KindCreate:
		state := IntegrationState{Kind: KindOurs, Created: st}
		typ := findProperty(st.Properties, "TYPE")
		switch {
		case !Ours(st.Kind, enumWord(valueOf(typ)), typ != nil, hasForeign(st.Properties), KindUnknown):
			state.Kind = KindForeign
		case typ == nil && gapHolds(st, "TYPE"), findProperty(st.Properties, "AUTH_TYPE") == nil && gapHolds(st, "AUTH_TYPE"):
			state.Kind = KindUnknown // its kind stands where its syntax error is
		}
		state.Flow = grantOf(st.Properties)
		if gapHolds(st, "OAUTH_GRANT") {
			state.Flow = catalog.FlowNone
		}
		if state.Kind == KindOurs {
			state.Kinds = CreateKinds(st.Properties)
		}
		r[key] = state
	case syntax.KindAlter:
		state := r[key]
		if state.Kind == KindUnknown && !Ours(st.Kind, "", false, foreignAlter(st), state.Kind) {
			state.Kind = KindForeign
		}
		for _, a := range st.Actions {
			switch a.Kind {
			case syntax.ActionSet:
				if f := grantOf(a.Items); f != catalog.FlowNone {
					state.Flow = f
				}
				if gapHolds(st, "OAUTH_GRANT") {
					state.Flow = catalog.FlowNone
				}
			case syntax.ActionUnset:
				if findProperty(a.Items, "OAUTH_GRANT") != nil {
					state.Flow = catalog.FlowNone
				}
			}
		}
		if state.Kind != KindUnknown || state.Flow != catalog.FlowNone {
			r[key] = state
		}
	case syntax.KindDrop:
		delete(r, key)
	}
}

// Ours decides whether a statement manages (or may manage) an External API
// Authentication integration, from what it says (its kind; for a CREATE, its
// TYPE value as written and whether it has one; whether it names another
// kind's property or action) and what earlier statements established about
// the integration (known). The checks, the registry and completion all ask
// it, so that they cannot disagree.
func Ours(kind syntax.StatementKind, typ string, hasType, namesForeign bool, known IntegrationKind) bool {
	switch kind {
	case syntax.KindCreate:
		if hasType {
			return typ == "API_AUTHENTICATION"
		}
		return !namesForeign
	case syntax.KindAlter:
		switch known {
		case KindForeign:
			return false
		case KindUnknown:
			return !namesForeign
		}
	}
	return true
}

// IsForeignProperty reports whether a property name belongs to another kind
// of integration: no kind of ours takes it, another kind's does.
func IsForeignProperty(name string) bool {
	return catalog.LookupProperty(name) == nil && catalog.ForeignKind(name) != ""
}
