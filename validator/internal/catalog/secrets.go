package catalog

import (
	"slices"
	"strings"
)

// Secrecy is decided here and nowhere else: every message, hover,
// completion, fix, log and share link asks IsSecret (through
// syntax.SecretValueAt for a token) before it repeats a value.

// otherSecretParameters are secret-valued parameters of statements that a
// worksheet mixes in with ours (CREATE USER, stage credentials and
// encryption) and that have no catalog row: a shared worksheet must not carry
// their values either.
var otherSecretParameters = []string{
	"AWS_SECRET_KEY", "AWS_TOKEN", "AZURE_SAS_TOKEN", "MASTER_KEY",
}

// index holds what is derived from Catalog; reindex makes it again.
var index struct {
	byName  map[string]*PropertyInfo
	secrets []string // every secret name: rows of Catalog and SecretCatalog marked Secret, then the others
}

func init() { reindex() }

func reindex() {
	index.byName = make(map[string]*PropertyInfo, len(Catalog))
	index.secrets = nil
	for _, p := range Catalog {
		index.byName[p.Name] = p
	}
	for _, rows := range [][]*PropertyInfo{Catalog, SecretCatalog} {
		for _, p := range rows {
			if p.Secret && !slices.Contains(index.secrets, p.Name) {
				index.secrets = append(index.secrets, p.Name)
			}
		}
	}
	for _, n := range otherSecretParameters {
		if !slices.Contains(index.secrets, n) {
			index.secrets = append(index.secrets, n)
		}
	}
}

// SecretNames lists the exact names whose values are secret, upper case.
func SecretNames() []string { return index.secrets }

// IsSecret reports whether the value given to the property or parameter
// named name (as Snowflake folds it) is secret. A name that is no known
// property but that the did-you-mean suggestion would correct to a secret
// name counts as that name: a misspelt OAUTH_CLIENT_SECRT still holds a
// secret.
func IsSecret(name string) bool {
	key := strings.ToUpper(name)
	if p := index.byName[key]; p != nil && p.Secret {
		return true
	}
	if p := LookupSecretProperty(key); p != nil {
		return p.Secret
	}
	if index.byName[key] != nil {
		return false
	}
	if slices.Contains(index.secrets, key) {
		return true
	}
	if ForeignKind(key) != "" || !strings.Contains(key, "_") && len(key) < 6 {
		return false // another kind's property, or a short word (a value)
	}
	return Suggest(key, index.secrets) != ""
}

// AddForTest adds a row to the catalog until the returned function is
// called. Tests use it to show that a new row needs no other change.
func AddForTest(p *PropertyInfo) (remove func()) {
	Catalog = append(Catalog[:len(Catalog):len(Catalog)], p)
	reindex()
	return func() {
		Catalog = slices.DeleteFunc(slices.Clone(Catalog), func(q *PropertyInfo) bool { return q == p })
		reindex()
	}
}
