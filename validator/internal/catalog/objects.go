package catalog

import "strings"

// Object is a kind of object, other than a security integration, whose
// CREATE and ALTER secint checks against a property table: secrets (whose
// kinds are their TYPE values) and external access integrations (one kind).
// A new object is one Object value, its kind bits and its rows; the checks
// (check/object.go), completion and hover read only these.
type Object struct {
	Noun    string // for people: "secret"
	Command string // what CREATE and ALTER name: "SECRET"
	Catalog []*PropertyInfo
	All     Kind // every kind of the object
	// Typed: a TYPE property picks the object's kind, and CREATE without it
	// is an error.
	Typed                 bool
	CreatePage, AlterPage string
	// UnsetList names what the ALTER page documents under UNSET, for the
	// message about an undocumented one.
	UnsetList string
	byName    map[string]*PropertyInfo
}

// Secrets are CREATE SECRET and ALTER SECRET (workflow-facts section 2).
var Secrets = &Object{Noun: "secret", Command: "SECRET", Catalog: SecretCatalog, All: KindsSecret, Typed: true,
	CreatePage: docs + "create-secret", AlterPage: docs + "alter-secret", UnsetList: "only COMMENT"}

// AccessIntegrations are CREATE and ALTER EXTERNAL ACCESS INTEGRATION
// (workflow-facts section 3a).
var AccessIntegrations = &Object{Noun: "external access integration", Command: "EXTERNAL ACCESS INTEGRATION",
	Catalog: AccessCatalog, All: KindAccess,
	CreatePage: docs + "create-external-access-integration", AlterPage: docs + "alter-external-access-integration",
	UnsetList: "the three ALLOWED_ lists, ENABLED and COMMENT"}

// Objects lists the objects, for what looks a property up in all of them.
var Objects = []*Object{Secrets, AccessIntegrations}

// Lookup finds a property of the object by name, case-insensitively.
func (o *Object) Lookup(name string) *PropertyInfo {
	if o.byName == nil {
		m := make(map[string]*PropertyInfo, len(o.Catalog))
		for _, p := range o.Catalog {
			m[p.Name] = p
		}
		o.byName = m
	}
	return o.byName[strings.ToUpper(name)]
}

// Suggest is SuggestProperty among the object's properties that fit.
func (o *Object) Suggest(name string, fit func(*PropertyInfo) bool) *PropertyInfo {
	var names []string
	for _, p := range o.Catalog {
		if fit(p) {
			names = append(names, p.Name)
		}
	}
	if s := Suggest(name, names); s != "" {
		return o.Lookup(s)
	}
	return nil
}

// Describe names a set of the object's kinds: for secrets "TYPE = PASSWORD
// or TYPE = OAUTH2", for an untyped object its noun.
func (o *Object) Describe(k Kind) string {
	if !o.Typed {
		return "an " + o.Noun
	}
	return DescribeSecret(k)
}

// ObjectOf is the object a property row belongs to, or nil for a security
// integration's row.
func ObjectOf(p *PropertyInfo) *Object {
	for _, o := range Objects {
		if p.Kinds&o.All != 0 {
			return o
		}
	}
	return nil
}
