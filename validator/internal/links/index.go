// Package links checks the references between the objects of one setup
// (SPEC's "Relationships", workflow-facts section 4): a secret's integration,
// an external access integration's network rules and integrations, a
// function's secrets and external access integrations. It reads what each
// statement establishes (Facts, made once per parse), follows the document
// in order keeping what is known of each object (Index, which objects
// declared outside the document may seed), and reports each broken link as a
// warning on the reference. A reference to an object the document does not
// create is normal and gets nothing.
package links

import (
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/check"
)

// Class is what kind of object an Object is.
type Class int

const (
	ClassUnknown     Class = iota // created by a statement whose kind cannot be told
	ClassAPIAuth                  // a security integration of TYPE = API_AUTHENTICATION
	ClassIntegration              // another kind of integration (SAML2, SCIM, storage, ...)
	ClassAccess                   // an external access integration
	ClassSecret
	ClassRule // a network rule
)

// Object is what is known of one object at a point of the document.
type Object struct {
	Class Class
	Key   string // its name as Snowflake compares it, qualified as written
	Name  string // as written, for messages
	// Made says where it was made: "created by CREATE SECRET db.s.x", or
	// "declared outside the document".
	Made string
	// Def is where its name stands in the document, in rune offsets; Start
	// is -1 for an object declared outside the document.
	Def struct{ Start, End int }

	// Integrations: TYPE as written (other kinds), and for API
	// authentication ones the kinds and flow (check.Registry's view), and
	// OAUTH_ALLOWED_SCOPES (Allowed nil: not known).
	Type    string
	State   check.IntegrationState
	Allowed []string

	// Secrets: their TYPE's kinds, their API_AUTHENTICATION, scopes and
	// whether they hold a refresh token.
	SecretKinds catalog.Kind
	Integration string
	Scopes      []string
	Refresh     bool

	// External access integrations: the keys of what their lists name, and
	// the keywords (NONE, ALL). Known: the list was given.
	Rules, Integrations, Secrets []string
	AllSecrets                   bool
	SecretsKnown, IntsKnown      bool

	// Network rules: MODE (INGRESS when not given).
	Mode string
}

// Index is what is known of every object at a point of the document, by
// Slot. Secrets and network rules are schema objects: their slot is the last
// part of the name, and Find matches qualification.
type Index map[string][]*Object

// Slot is where an object's kind and name file it: integrations (of any
// kind, external access ones included: they share one namespace) by name,
// secrets and network rules by the last part of the name.
func Slot(class Class, key string) string {
	switch class {
	case ClassSecret:
		return "\x00secret " + lastPart(key)
	case ClassRule:
		return "\x00rule " + lastPart(key)
	}
	return key
}

func lastPart(key string) string {
	// Quoted parts may hold '.'; keys keep quoted parts as written, so a
	// '.' inside one is indistinguishable here. Such names are rare enough
	// that reading them as two parts (and so matching less) is the safe
	// side: a missed link, never a false one.
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[i+1:]
	}
	return key
}

// Find returns the object of a class named key, or nil: the same key, or one
// whose qualification the other leaves out (x and db.s.x), when exactly one
// object fits.
func (ix Index) Find(class Class, key string) *Object {
	slot := ix[Slot(class, key)]
	var fit *Object
	for _, o := range slot {
		if class == ClassSecret || class == ClassRule {
			if o.Class != class {
				continue
			}
		} else if o.Class == ClassSecret || o.Class == ClassRule {
			continue
		}
		if o.Key == key {
			return o
		}
		if compatible(o.Key, key) {
			if fit != nil {
				return nil // two candidates: no guess
			}
			fit = o
		}
	}
	return fit
}

// compatible reports whether one key is the other with a qualifier left out.
func compatible(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasSuffix(b, "."+a)
}

// Put records an object, replacing one of the same class and key.
func (ix Index) Put(o *Object) {
	slot := Slot(o.Class, o.Key)
	list := ix[slot]
	for i, old := range list {
		if old.Key == o.Key && sameSpace(old.Class, o.Class) {
			list[i] = o
			return
		}
	}
	ix[slot] = append(list, o)
}

// Drop forgets an object.
func (ix Index) Drop(class Class, key string) {
	slot := Slot(class, key)
	list := ix[slot]
	for i, old := range list {
		if old.Key == key && sameSpace(old.Class, class) {
			ix[slot] = append(list[:i:i], list[i+1:]...)
			return
		}
	}
}

// sameSpace reports whether two classes share a namespace: every kind of
// integration shares one.
func sameSpace(a, b Class) bool {
	isInt := func(c Class) bool { return c != ClassSecret && c != ClassRule }
	return a == b || isInt(a) && isInt(b)
}

// Clone copies the index, so that a copy can be changed object by object.
func (ix Index) Clone() Index {
	out := make(Index, len(ix))
	for k, v := range ix {
		out[k] = append([]*Object(nil), v...)
	}
	return out
}
