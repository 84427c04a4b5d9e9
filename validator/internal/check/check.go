// Package check runs the checks of one statement of our family, given what
// earlier statements of the document established about its integration
// (Registry). Each finding names its rule (package rules); offsets count from
// the statement's start (see package position).
package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// Checker checks one statement of our family, given what earlier statements
// established (reg, read only here: Registry.Apply records this statement).
// Its diagnostics count from the statement's start, like the statement's
// offsets; only looking at the document's lines needs st.Base.
type Checker struct {
	a    *Analyzer
	st   *syntax.Statement
	reg  Registry
	flow catalog.Flow
	// kinds are the kinds of integration the statement may manage;
	// kindKnown says a CREATE (this one or an earlier one) decided them.
	kinds     catalog.Kind
	kindKnown bool
	obj       *catalog.Object // a secret's or an external access integration's table
	// names is namesIn's answer for the list whose first item is namesOf.
	namesOf *syntax.Property
	names   map[string]bool
}

func (c *Checker) add(start, end int, rule *rules.Rule, msg string, fixes ...rules.Fix) {
	c.a.add(start, end, rule, msg, c.safeFixes(fixes)...)
}

func (c *Checker) parsed() bool { return c.st.Syntax == nil }

func (c *Checker) Check() {
	st := c.st
	switch st.Kind {
	case syntax.KindCreate:
		c.create()
	case syntax.KindAlter:
		c.alter()
	case syntax.KindCreateSecret:
		c.createObject(catalog.Secrets)
	case syntax.KindAlterSecret:
		c.alterObject(catalog.Secrets)
	case syntax.KindCreateAccess:
		c.createObject(catalog.AccessIntegrations)
	case syntax.KindAlterAccess:
		c.alterObject(catalog.AccessIntegrations)
	case syntax.KindDescribeSecret:
		c.objectName()
	case syntax.KindDropSecret:
		c.objectName()
		if o := st.DropOption; o != nil {
			c.add(o.Start, o.End, rules.UnsupportedClause,
				fmt.Sprintf("DROP SECRET takes no %s", syntax.UpperASCII(o.Text)), c.removeTokens("Remove "+syntax.UpperASCII(o.Text), []syntax.Token{*o}))
		}
	case syntax.KindDescribe:
		c.integrationName()
		if len(st.IfExists) > 0 {
			c.add(st.IfExists[0].Start, st.IfExists[len(st.IfExists)-1].End, rules.UnsupportedClause,
				"DESCRIBE INTEGRATION takes no IF EXISTS", c.removeTokens("Remove IF EXISTS", st.IfExists))
		}
	case syntax.KindDrop:
		c.integrationName()
		if o := st.DropOption; o != nil {
			c.add(o.Start, o.End, rules.UnsupportedClause,
				fmt.Sprintf("DROP INTEGRATION takes no %s", syntax.UpperASCII(o.Text)), c.removeTokens("Remove "+syntax.UpperASCII(o.Text), []syntax.Token{*o}))
		}
	case syntax.KindShow, syntax.KindShowSecrets:
		if v := st.Like; v != nil && !v.IsString() && v.Kind != syntax.ValueVariable {
			c.add(v.Start, v.End, rules.WrongValueType,
				"LIKE takes a pattern in single quotes, such as 'my%'", c.quoteFix(v)...)
		}
		if st.Kind == syntax.KindShow && len(st.In) > 0 {
			c.add(st.In[0].Start, st.In[len(st.In)-1].End, rules.UnsupportedClause,
				"SHOW INTEGRATIONS takes no IN: integrations belong to the account", c.removeTokens("Remove the IN clause", st.In))
		}
	}
}

// integrationName checks the statement's integration name.
func (c *Checker) integrationName() {
	n := c.st.Name
	if n == nil {
		return
	}
	if len(n.Parts) > 1 {
		last := n.Parts[len(n.Parts)-1]
		c.add(n.Start, n.End, rules.QualifiedName,
			"integrations belong to the account, not to a database or schema: write the name without a qualifier",
			rules.Fix{Title: "Use " + syntax.Clip(last.Text), Edits: []rules.Edit{{Start: n.Start, End: n.End, Text: last.Text}}})
	}
	for _, p := range n.Parts {
		c.checkIdent(p, "integration name")
	}
}

// checkIdent reports names Snowflake cannot take.
func (c *Checker) checkIdent(t syntax.Token, what string) {
	if t.Type == parser.SecintLexerQUOTED_ID {
		content := syntax.UnquoteIdent(t.Text)
		switch n := utf8.RuneCountInString(content); {
		case n == 0:
			c.add(t.Start, t.End, rules.InvalidName, "a quoted "+what+" cannot be empty")
		case n > 255:
			c.add(t.Start, t.End, rules.InvalidName, fmt.Sprintf("a %s has at most 255 characters; this one has %d", what, n))
		}
		return
	}
	key := syntax.UpperASCII(t.Text)
	if catalog.ReservedWords[key] {
		c.add(t.Start, t.End, rules.InvalidName,
			fmt.Sprintf("%s is a reserved word in Snowflake and cannot be an unquoted %s; put it in double quotes", key, what),
			rules.Fix{Title: `Quote as "` + key + `"`, Edits: []rules.Edit{{Start: t.Start, End: t.End, Text: `"` + key + `"`}}})
		return
	}
	if n := utf8.RuneCountInString(t.Text); n > 255 {
		c.add(t.Start, t.End, rules.InvalidName, fmt.Sprintf("a %s has at most 255 characters; this one has %d", what, n))
	}
}

// --- CREATE ---

func (c *Checker) create() {
	st := c.st
	c.integrationName()
	c.orReplaceIfNotExists()
	props := st.Properties
	typ := findProperty(props, "TYPE")
	if typ == nil && c.inGap("TYPE") || findProperty(props, "AUTH_TYPE") == nil && c.inGap("AUTH_TYPE") {
		// The kind of integration stands where the syntax error is: check
		// only what came before it, as if nothing had been recovered.
		props = c.beforeError(props)
	}
	declared := false // TYPE = API_AUTHENTICATION
	if typ != nil {
		word := enumWord(typ.Value)
		switch {
		case word == "API_AUTHENTICATION":
			declared = true
		case slices.Contains(catalog.OtherTypes, word):
			c.add(typ.Value.Start, typ.Value.End, rules.OutOfScope,
				fmt.Sprintf("%s security integrations are not checked by secint", catalog.OtherTypeNames[word]))
			return
		}
	}
	if !declared && hasForeign(props) {
		// Not declared ours, and it names another kind's property: say what is
		// missing or wrong about TYPE and leave the rest alone.
		if typ != nil {
			c.checkValue(catalog.LookupProperty("TYPE"), typ.Value)
		} else if c.parsed() && st.Name != nil {
			c.add(st.Name.Start, st.Name.End, rules.MissingType,
				"CREATE SECURITY INTEGRATION needs TYPE = … (API_AUTHENTICATION for External API Authentication)")
		}
		return
	}
	c.flow = grantOf(props)
	if c.inGap("OAUTH_GRANT") {
		c.flow = catalog.FlowNone // the grant stands where the syntax error is
	}
	c.kinds, c.kindKnown = CreateKinds(props), true
	c.properties(props)

	if !c.parsed() || st.Name == nil {
		return
	}
	if typ == nil {
		c.add(st.Name.Start, st.Name.End, rules.MissingType,
			"CREATE SECURITY INTEGRATION needs TYPE = API_AUTHENTICATION for External API Authentication",
			c.addPropertyFix("TYPE = API_AUTHENTICATION"))
	}
	if !declared {
		return
	}
	for _, p := range catalog.Catalog {
		if !p.Required || !p.Covers(c.kinds) || findProperty(st.Properties, p.Name) != nil {
			continue
		}
		msg := fmt.Sprintf("%s is not set: %s", p.Name, lowerFirst(p.Summary))
		var fixes []rules.Fix
		switch p.Name {
		case "ENABLED":
			msg = "ENABLED is not set, so the integration may be created disabled: add ENABLED = TRUE"
			fixes = append(fixes, c.addPropertyFix("ENABLED = TRUE"))
		case "AUTH_TYPE":
			msg = "AUTH_TYPE is not set: it says how Snowflake authenticates (OAUTH2, AWS_IAM or WORKLOAD_IDENTITY_FEDERATION)"
			if auth := authTypeOf(c.kinds); auth != "" {
				msg = fmt.Sprintf("AUTH_TYPE is not set: add AUTH_TYPE = %s", auth)
				if auth == "OAUTH2" {
					msg += " for the OAuth flows"
				}
				fixes = append(fixes, c.addPropertyFix("AUTH_TYPE = "+auth))
			}
		case "OAUTH_CLIENT_ID":
			msg = "OAUTH_CLIENT_ID is not set: the external service cannot know which client is asking"
		case "OAUTH_CLIENT_SECRET":
			msg = "OAUTH_CLIENT_SECRET is not set: the client cannot authenticate to the token endpoint"
		}
		c.add(st.Name.Start, st.Name.End, rules.MissingProperty, msg, fixes...)
	}
}

func (c *Checker) orReplaceIfNotExists() {
	st := c.st
	if len(st.OrReplace) > 0 && len(st.IfNotExists) > 0 {
		c.add(st.IfNotExists[0].Start, st.IfNotExists[2].End, rules.OrReplaceIfNotExists,
			"OR REPLACE and IF NOT EXISTS contradict each other: keep one",
			c.removeTokens("Remove IF NOT EXISTS", st.IfNotExists),
			c.removeTokens("Remove OR REPLACE", st.OrReplace))
	}
}

// --- ALTER ---

func (c *Checker) alter() {
	st := c.st
	c.integrationName()
	var state IntegrationState
	if st.Name != nil {
		state = c.reg[st.Name.Key()]
	}
	// Known to be ours, another kind's property is an error (foreign-property);
	// known to be another kind, or most likely one, it is not ours to judge.
	if !Ours(st.Kind, "", false, state.Kind == KindUnknown && foreignAlter(st), state.Kind) {
		return
	}
	c.flow = state.Flow
	c.kinds = catalog.KindsAll
	if state.Kind == KindOurs && state.Kinds != catalog.KindNone {
		c.kinds, c.kindKnown = state.Kinds, true
	}
	for _, a := range st.Actions {
		if a.Kind == syntax.ActionSet {
			if f := grantOf(a.Items); f != catalog.FlowNone {
				c.flow = f
			}
		}
	}
	if c.inGap("OAUTH_GRANT") {
		c.flow = catalog.FlowNone // the grant stands where the syntax error is
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
			c.add(a.Start, a.End, rules.UnsupportedClause,
				"REFRESH renews a key or secret that Snowflake made for a SAML2 or Snowflake OAuth integration; an External API Authentication integration takes SET and UNSET")
			continue
		}
		if len(a.Items) == 0 && c.parsed() {
			c.add(a.Keyword.Start, a.Keyword.End, rules.EmptyAction, emptyActionMessage(a))
			continue
		}
		switch a.Kind {
		case syntax.ActionSet:
			c.setItems(a.Items, seen)
		case syntax.ActionUnset:
			c.unsetItems(a, seen)
		case syntax.ActionSetTag, syntax.ActionUnsetTag:
			c.tagItems(a, seenTags)
		}
	}
}

func emptyActionMessage(a *syntax.Action) string {
	if a.Kind == syntax.ActionSet {
		return "SET needs at least one property, such as ENABLED = TRUE"
	}
	return "UNSET needs at least one property, such as COMMENT"
}

func (c *Checker) setItems(items []*syntax.Property, seen map[string]bool) {
	for _, p := range items {
		key := p.Name.Key()
		if seen[key] {
			c.duplicate(p, items)
			continue
		}
		seen[key] = true
		info := catalog.LookupProperty(key)
		if info != nil && info.Name == "TYPE" && c.kinds.SetTypeListed(enumWord(p.Value)) {
			continue // a form the kind's ALTER page lists (TYPE = AWS_IAM)
		}
		if info != nil && !info.InSet && !c.kindKnown && catalog.ForeignKind(key) != "" {
			continue // another kind may take it (API integrations' API_PROVIDER)
		}
		if info != nil && !info.InSet {
			c.add(p.Name.Start, p.Name.End, rules.SetCreateOnly,
				fmt.Sprintf("%s is fixed when the integration is created; ALTER cannot change it", info.Name),
				c.removeItemFix(p, items, "Remove "+info.Name)...)
			continue
		}
		c.property(p, items)
	}
}

// properties checks CREATE's property list.
func (c *Checker) properties(items []*syntax.Property) {
	seen := map[string]bool{}
	for _, p := range items {
		key := p.Name.Key()
		if seen[key] {
			c.duplicate(p, items)
			continue
		}
		seen[key] = true
		c.property(p, items)
	}
}

// property checks one `NAME = value` of CREATE or ALTER SET.
func (c *Checker) property(p *syntax.Property, items []*syntax.Property) {
	key := p.Name.Key()
	info := catalog.LookupProperty(key)
	if info == nil {
		c.unknown(p, items)
		return
	}
	if info.Kinds&c.kinds == 0 {
		c.otherKind(info, p, items)
		return
	}
	c.checkValue(info, p.Value)
	c.checkFlow(info, p, items)
}

func (c *Checker) checkFlow(info *catalog.PropertyInfo, p *syntax.Property, items []*syntax.Property) {
	if c.flow == catalog.FlowNone || info.Flows&c.flow != 0 {
		return
	}
	if info.Tolerated&c.flow != 0 {
		c.add(p.Name.Start, p.Name.End, rules.FlowUndocumented,
			fmt.Sprintf("the documentation lists %s only for the %s flow, but Snowflake accepts it with %s",
				info.Name, catalog.FlowNames(info.Flows), c.flow.Grant()))
		return
	}
	c.add(p.Name.Start, p.Name.End, rules.FlowMismatch,
		fmt.Sprintf("%s is not used by the %s flow (OAUTH_GRANT = %s); it belongs to the %s flow",
			info.Name, c.flow.Describe(), c.flow.Grant(), catalog.FlowNames(info.Flows)),
		c.removeItemFix(p, items, "Remove "+info.Name)...)
}

// namesIn returns the keys of a list's items, computed once per list (a list
// of 10,000 unknown properties asks for it 10,000 times).
func (c *Checker) namesIn(items []*syntax.Property) map[string]bool {
	if len(items) > 0 && c.namesOf == items[0] {
		return c.names
	}
	m := make(map[string]bool, len(items))
	for _, it := range items {
		m[it.Name.Key()] = true
	}
	if len(items) > 0 {
		c.namesOf, c.names = items[0], m
	}
	return m
}

// nameHidden reports whether a name is written against a secret value (see gluedToSecret): messages then do not repeat it.
func (c *Checker) nameHidden(n *syntax.Name) bool {
	toks := c.st.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= n.Start })
	return i < len(toks) && toks[i].Start == n.Start && syntax.GluedToSecret(toks, i)
}

// gluedMessage stands for a message about a name that may be part of a
// secret value.
const gluedMessage = "this text runs into a secret value and reads as a property name (not shown); put a space or a comma after the value"

// unknown reports a property of another kind, or of no kind at all.
func (c *Checker) unknown(p *syntax.Property, items []*syntax.Property) {
	key := p.Name.Key()
	if c.nameHidden(p.Name) {
		c.add(p.Name.Start, p.Name.End, rules.UnknownProperty, gluedMessage)
		return
	}
	if kind := catalog.ForeignKind(key); kind != "" {
		c.add(p.Name.Start, p.Name.End, rules.ForeignProperty,
			fmt.Sprintf("%s is a property of %s integrations, not of External API Authentication", syntax.Clip(key), kind),
			c.removeItemFix(p, items, "Remove "+syntax.Clip(key))...)
		return
	}
	msg := fmt.Sprintf("unknown property %s", syntax.Clip(key))
	var fixes []rules.Fix
	if s := catalog.SuggestProperty(key, c.fitsHere(p, items)); s != nil {
		msg += fmt.Sprintf("; did you mean %s?", s.Name)
		edits := []rules.Edit{{Start: p.Name.Start, End: p.Name.End, Text: s.Name}}
		if p.Value != nil {
			edits = append(edits, c.valueRepair(s, p.Value)...)
		}
		fixes = append(fixes, rules.Fix{Title: "Change to " + s.Name, Edits: edits})
	}
	c.add(p.Name.Start, p.Name.End, rules.UnknownProperty, msg, fixes...)
}

// fitsHere says which catalog properties could replace item p: allowed in
// this statement and this action, and not already named in the list.
func (c *Checker) fitsHere(p *syntax.Property, items []*syntax.Property) func(*catalog.PropertyInfo) bool {
	unset := p.Value == nil
	present := c.namesIn(items)
	return func(info *catalog.PropertyInfo) bool {
		if present[info.Name] || info.Kinds&c.kinds == 0 {
			return false
		}
		switch {
		case c.st.Kind == syntax.KindCreate:
			return info.InCreate
		case unset:
			return info.Unset != catalog.UnsetForbidden
		default:
			return info.InSet
		}
	}
}

func (c *Checker) duplicate(p *syntax.Property, items []*syntax.Property) {
	msg := fmt.Sprintf("%s is already given earlier in this statement", syntax.Clip(p.Name.Key()))
	title := "Remove the second " + syntax.Clip(p.Name.Key())
	if c.nameHidden(p.Name) {
		msg, title = gluedMessage, "Remove the repeated property"
	}
	c.add(p.Name.Start, p.Name.End, rules.DuplicateProperty, msg, c.removeItemFix(p, items, title)...)
}

func (c *Checker) unsetItems(a *syntax.Action, seen map[string]bool) {
	for _, p := range a.Items {
		key := p.Name.Key()
		if key == "TAG" && len(a.Items) == 1 && p.Name.Parts[0].Type == parser.SecintLexerTAG {
			c.add(a.Keyword.Start, a.Keyword.End, rules.EmptyAction, "UNSET TAG needs at least one tag name")
			return
		}
		if seen[key] {
			c.duplicate(p, a.Items)
			continue
		}
		seen[key] = true
		info := catalog.LookupProperty(key)
		if info == nil {
			c.unknown(p, a.Items)
			continue
		}
		if info.Kinds&c.kinds == 0 {
			c.otherKind(info, p, a.Items)
			continue
		}
		unset := info.Unset
		if unset == catalog.UnsetDocumented && !c.kinds.UnsetDocumented() {
			unset = catalog.UnsetNotDocumented // this kind's ALTER page documents no UNSET
		}
		switch unset {
		case catalog.UnsetForbidden:
			c.add(p.Start, p.End, rules.UnsetRequired,
				fmt.Sprintf("%s cannot be unset: the integration needs a value for it", info.Name),
				c.removeItemFix(p, a.Items, "Remove "+info.Name)...)
		case catalog.UnsetNotDocumented:
			c.add(p.Start, p.End, rules.UnsetUndocumented,
				fmt.Sprintf("the documentation does not list %s among the properties UNSET takes; SET it to the value you want instead", info.Name))
		}
	}
}

func (c *Checker) tagItems(a *syntax.Action, seen map[string]bool) {
	for _, p := range a.Items {
		for _, part := range p.Name.Parts {
			c.checkIdent(part, "tag name")
		}
		key := p.Name.Key()
		if seen[key] {
			c.add(p.Name.Start, p.Name.End, rules.DuplicateProperty,
				fmt.Sprintf("tag %s is already named earlier in this statement", syntax.Clip(key)),
				c.removeItemFix(p, a.Items, "Remove the second "+syntax.Clip(key))...)
			continue
		}
		seen[key] = true
		v := p.Value
		if v == nil {
			continue
		}
		if v.Kind == syntax.ValueVariable {
			continue
		}
		if !v.IsString() {
			c.add(v.Start, v.End, rules.WrongValueType, "a tag value is a string in single quotes", c.quoteFix(v)...)
			continue
		}
		if n := utf8.RuneCountInString(v.Content); n > 256 {
			c.add(v.Start, v.End, rules.TagValueTooLong,
				fmt.Sprintf("a tag value has at most 256 characters; this one has %d", n))
		}
	}
}

// --- helpers ---

func findProperty(items []*syntax.Property, name string) *syntax.Property {
	for _, p := range items {
		if p.Name.Key() == name {
			return p
		}
	}
	return nil
}

// foreignAlter reports whether an ALTER of an integration of unknown kind
// reads as another kind's: it names another kind's property, or takes an
// action only other kinds have (REFRESH).
func foreignAlter(st *syntax.Statement) bool {
	for _, a := range st.Actions {
		switch a.Kind {
		case syntax.ActionRefresh:
			return true
		case syntax.ActionSet, syntax.ActionUnset:
			if hasForeign(a.Items) {
				return true
			}
		}
	}
	return false
}

func hasForeign(items []*syntax.Property) bool {
	for _, p := range items {
		if IsForeignProperty(p.Name.Key()) {
			return true
		}
	}
	return false
}

// valueOf is a property's value, nil for no property.
func valueOf(p *syntax.Property) *syntax.Value {
	if p == nil {
		return nil
	}
	return p.Value
}

// enumWord is a keyword value as written, quoted or not.
func enumWord(v *syntax.Value) string {
	if v == nil || v.Kind == syntax.ValueList || v.Kind == syntax.ValueNumber {
		return ""
	}
	return syntax.UpperASCII(strings.TrimSpace(v.Content))
}

// grantOf returns the flow a property list's OAUTH_GRANT selects.
func grantOf(items []*syntax.Property) catalog.Flow {
	if p := findProperty(items, "OAUTH_GRANT"); p != nil && p.Value != nil && !p.Value.Quoted {
		return catalog.FlowFromGrant(enumWord(p.Value))
	}
	return catalog.FlowNone
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
