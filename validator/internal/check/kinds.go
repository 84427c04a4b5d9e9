package check

import (
	"fmt"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// CreateKinds is the set of kinds a CREATE's properties make its integration:
// its AUTH_TYPE and API_PROVIDER select them. Without AUTH_TYPE, the
// properties are the evidence, and OAuth2 (what the missing AUTH_TYPE is
// most likely to be) wins when they allow it.
func CreateKinds(items []*syntax.Property) catalog.Kind {
	auth := findProperty(items, "AUTH_TYPE")
	if auth == nil {
		k := evidenceKinds(items)
		if k&catalog.KindOAuth2 != 0 {
			return catalog.KindOAuth2
		}
		return k
	}
	provider := ""
	if p := findProperty(items, "API_PROVIDER"); p != nil {
		provider = enumWord(p.Value)
	}
	return catalog.KindsFor(enumWord(auth.Value), provider)
}

// evidenceKinds narrows the kinds by each property of ours, in order, as
// long as some kind takes them all.
func evidenceKinds(items []*syntax.Property) catalog.Kind {
	k := catalog.KindsAll
	for _, p := range items {
		if info := catalog.LookupProperty(p.Name.Key()); info != nil && info.Kinds&k != 0 {
			k &= info.Kinds
		}
	}
	return k
}

// authTypeOf is the AUTH_TYPE all kinds of k share, or "".
func authTypeOf(k catalog.Kind) string {
	auth := ""
	for _, ki := range catalog.KindTable {
		if ki.Kind&k == 0 {
			continue
		}
		if auth != "" && ki.AuthType != auth {
			return ""
		}
		auth = ki.AuthType
	}
	return auth
}

// otherKind reports a property of ours that the statement's kind does not
// take: another API_PROVIDER's, on a workload identity federation integration,
// is a warning (the documentation says to give only the provider's own; no
// rejection is known); any other kind's is an error, as for another kind of
// integration.
func (c *Checker) otherKind(info *catalog.PropertyInfo, p *syntax.Property, items []*syntax.Property) {
	if c.nameHidden(p.Name) {
		c.add(p.Name.Start, p.Name.End, rules.UnknownProperty, gluedMessage)
		return
	}
	fix := c.removeItemFix(p, items, "Remove "+info.Name)
	if sib := info.Kinds & c.kinds.Siblings(); sib != catalog.KindNone {
		c.add(p.Name.Start, p.Name.End, rules.ProviderMismatch,
			fmt.Sprintf("%s is a property of API_PROVIDER = %s, and this integration's provider is %s: the documentation says to give only its own properties",
				info.Name, sib.Providers(), c.kinds.Providers()), fix...)
		return
	}
	c.add(p.Name.Start, p.Name.End, rules.ForeignProperty,
		fmt.Sprintf("%s belongs to integrations of %s, not to this one (%s)", info.Name, info.Kinds.Describe(), c.kinds.Describe()), fix...)
}
