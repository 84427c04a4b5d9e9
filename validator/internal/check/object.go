package check

import (
	"fmt"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// Objects with a property table of their own (catalog.Object): CREATE and
// ALTER of secrets and of external access integrations. A secret's TYPE
// picks the properties it takes; an ALTER SECRET knows its secret's TYPE
// from a CREATE SECRET of the same name (as written) earlier in the
// document, and without one accepts every type's properties.

func (c *Checker) createObject(o *catalog.Object) {
	st := c.st
	c.obj = o
	c.objectName()
	c.orReplaceIfNotExists()
	typ := findProperty(st.Properties, "TYPE")
	c.kinds, c.kindKnown = o.All, !o.Typed || typ != nil
	if typ != nil && o.Typed {
		c.kinds = catalog.SecretKindsFor(enumWord(typ.Value))
	}
	seen := map[string]bool{}
	for _, p := range st.Properties {
		if seen[p.Name.Key()] {
			c.duplicate(p, st.Properties)
			continue
		}
		seen[p.Name.Key()] = true
		c.objectProperty(p, st.Properties)
	}
	for _, a := range st.Actions { // WITH TAG ( ... )
		c.tagItems(a, map[string]bool{})
	}
	if !c.parsed() || st.Name == nil {
		return
	}
	if typ == nil && o.Typed {
		c.add(st.Name.Start, st.Name.End, rules.MissingType,
			"CREATE "+o.Command+" needs TYPE = …: "+catalog.OrList(catalog.SecretTypes()))
		return
	}
	for _, p := range o.Catalog {
		if p.Required && p.Covers(c.kinds) && findProperty(st.Properties, p.Name) == nil {
			c.add(st.Name.Start, st.Name.End, rules.MissingProperty,
				fmt.Sprintf("%s is not set: %s", p.Name, lowerFirst(p.Summary)))
		}
	}
	for _, p := range st.Properties {
		info := o.Lookup(p.Name.Key())
		if info != nil && info.Pair != "" && info.Kinds&c.kinds != 0 && findProperty(st.Properties, info.Pair) == nil {
			c.add(p.Name.Start, p.Name.End, rules.MissingPair,
				fmt.Sprintf("%s is documented together with %s, which this statement does not set (the documentation's own examples sometimes leave it out)", info.Name, info.Pair))
		}
	}
}

func (c *Checker) alterObject(o *catalog.Object) {
	st := c.st
	c.obj = o
	c.objectName()
	c.kinds, c.kindKnown = o.All, !o.Typed
	if state := c.reg[RegistryKey(st)]; o.Typed && state.Kinds&o.All != 0 {
		c.kinds, c.kindKnown = state.Kinds, true
	}
	seen := map[string]bool{}
	seenTags := map[string]bool{}
	for i, a := range st.Actions {
		if i > 0 && c.parsed() {
			c.add(a.Keyword.Start, a.Keyword.End, rules.MultipleActions,
				fmt.Sprintf("an ALTER takes one action, and this is a second one (%s): split it into its own statement", a.Kind),
				c.splitFix(st.Actions[i-1], a))
		}
		if a.Kind == syntax.ActionRefresh {
			c.add(a.Start, a.End, rules.UnsupportedClause, "ALTER "+o.Command+" takes SET and UNSET, not REFRESH")
			continue
		}
		if len(a.Items) == 0 && c.parsed() {
			c.add(a.Keyword.Start, a.Keyword.End, rules.EmptyAction, emptyActionMessage(a))
			continue
		}
		switch a.Kind {
		case syntax.ActionSet:
			for _, p := range a.Items {
				if seen[p.Name.Key()] {
					c.duplicate(p, a.Items)
					continue
				}
				seen[p.Name.Key()] = true
				info := o.Lookup(p.Name.Key())
				switch {
				case info != nil && o == catalog.Secrets && info.Name == "TYPE" && enumWord(p.Value) == "CLOUD_PROVIDER_TOKEN":
					// listed under SET on the ALTER SECRET page
				case info != nil && !info.InSet:
					c.add(p.Name.Start, p.Name.End, rules.SetCreateOnly,
						fmt.Sprintf("%s is fixed when the %s is created; ALTER cannot change it", info.Name, o.Noun),
						c.removeItemFix(p, a.Items, "Remove "+info.Name)...)
				default:
					c.objectProperty(p, a.Items)
				}
			}
		case syntax.ActionUnset:
			for _, p := range a.Items {
				if seen[p.Name.Key()] {
					c.duplicate(p, a.Items)
					continue
				}
				seen[p.Name.Key()] = true
				info := o.Lookup(p.Name.Key())
				switch {
				case info == nil:
					c.objectUnknown(p, a.Items)
				case info.Unset == catalog.UnsetForbidden:
					c.add(p.Start, p.End, rules.UnsetRequired,
						fmt.Sprintf("%s cannot be unset: the %s needs a value for it", info.Name, o.Noun),
						c.removeItemFix(p, a.Items, "Remove "+info.Name)...)
				case info.Unset == catalog.UnsetNotDocumented:
					c.add(p.Start, p.End, rules.UnsetUndocumented,
						fmt.Sprintf("the documentation lists %s for ALTER %s UNSET, not %s; SET it to the value you want instead", o.UnsetList, o.Command, info.Name))
				}
			}
		case syntax.ActionSetTag, syntax.ActionUnsetTag:
			c.tagItems(a, seenTags)
		}
	}
}

// objectName checks the name of a secret (a schema object's, which may be
// qualified) or of an external access integration (an account object's).
func (c *Checker) objectName() {
	if c.st.Kind.Access() {
		c.integrationName()
		return
	}
	if n := c.st.Name; n != nil {
		for _, p := range n.Parts {
			c.checkIdent(p, "secret name")
		}
	}
}

// objectProperty checks one `NAME = value` of CREATE or ALTER ... SET.
func (c *Checker) objectProperty(p *syntax.Property, items []*syntax.Property) {
	info := c.obj.Lookup(p.Name.Key())
	if info == nil {
		c.objectUnknown(p, items)
		return
	}
	if info.Kinds&c.kinds == 0 {
		c.add(p.Name.Start, p.Name.End, rules.ForeignProperty,
			fmt.Sprintf("%s belongs to secrets of %s, not to this one (%s)", info.Name, catalog.DescribeSecret(info.Kinds), catalog.DescribeSecret(c.kinds)),
			c.removeItemFix(p, items, "Remove "+info.Name)...)
		return
	}
	c.checkValue(info, p.Value)
}

// objectUnknown reports a name the object does not take, with a
// did-you-mean among those that fit. A name written against the value before
// it (no space) may be the rest of a secret value: it is not repeated.
func (c *Checker) objectUnknown(p *syntax.Property, items []*syntax.Property) {
	if c.nameHidden(p.Name) || c.gluedToValue(p.Name) {
		c.add(p.Name.Start, p.Name.End, rules.UnknownProperty,
			"this text runs into the value before it and reads as a property name (not shown); put a space or a comma after the value")
		return
	}
	key := p.Name.Key()
	present := c.namesIn(items)
	fit := func(info *catalog.PropertyInfo) bool {
		if present[info.Name] || info.Kinds&c.kinds == 0 {
			return false
		}
		if c.st.Kind.Creates() {
			return info.InCreate
		}
		if p.Value == nil {
			return info.Unset != catalog.UnsetForbidden
		}
		return info.InSet
	}
	msg := fmt.Sprintf("unknown property %s", syntax.Clip(key))
	var fixes []rules.Fix
	if s := c.obj.Suggest(key, fit); s != nil {
		msg += fmt.Sprintf("; did you mean %s?", s.Name)
		fixes = append(fixes, rules.Fix{Title: "Change to " + s.Name, Edits: []rules.Edit{{Start: p.Name.Start, End: p.Name.End, Text: s.Name}}})
	}
	c.add(p.Name.Start, p.Name.End, rules.UnknownProperty, msg, fixes...)
}

// gluedToValue reports whether a name starts where a string or word before
// it ends.
func (c *Checker) gluedToValue(n *syntax.Name) bool {
	toks := c.st.Tokens
	for i := 1; i < len(toks); i++ {
		if toks[i].Start == n.Start {
			prev := toks[i-1]
			return prev.End == n.Start && prev.Type != parser.SecintLexerCOMMA && prev.Type != parser.SecintLexerSEMI && prev.Type != parser.SecintLexerEQ
		}
	}
	return false
}
