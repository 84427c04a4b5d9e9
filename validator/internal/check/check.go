package check

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// checker checks one statement of our family, given what earlier statements
// established (reg, read only here: registry.apply records this statement).
// Its diagnostics count from the statement's start, like the statement's
// offsets; only looking at the document's lines needs st.Base.
type Checker struct {
	A    *Analyzer
	St   *syntax.Statement
	Reg  Registry
	flow catalog.Flow
	// names is namesIn's answer for the list whose first item is namesOf.
	namesOf *syntax.Property
	names   map[string]bool
}

func (c *Checker) add(start, end int, rule *rules.Rule, msg string, fixes ...rules.Fix) {
	c.A.add(start, end, rule, msg, fixes...)
}

func (c *Checker) parsed() bool { return c.St.Syntax == nil }

func (c *Checker) Check() {
	st := c.St
	switch st.Kind {
	case syntax.KindCreate:
		c.create()
	case syntax.KindAlter:
		c.alter()
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
	case syntax.KindShow:
		if v := st.Like; v != nil && !v.IsString() {
			c.add(v.Start, v.End, rules.WrongValueType,
				"LIKE takes a pattern in single quotes, such as 'my%'", c.quoteFix(v)...)
		}
	}
}

// integrationName checks the statement's integration name.
func (c *Checker) integrationName() {
	n := c.St.Name
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
	st := c.St
	c.integrationName()
	if len(st.OrReplace) > 0 && len(st.IfNotExists) > 0 {
		c.add(st.IfNotExists[0].Start, st.IfNotExists[2].End, rules.OrReplaceIfNotExists,
			"OR REPLACE and IF NOT EXISTS contradict each other: keep one",
			c.removeTokens("Remove IF NOT EXISTS", st.IfNotExists),
			c.removeTokens("Remove OR REPLACE", st.OrReplace))
	}
	typ := findProperty(st.Properties, "TYPE")
	authType := findProperty(st.Properties, "AUTH_TYPE")
	declared := false // TYPE = API_AUTHENTICATION
	if typ != nil {
		word := enumWord(typ.Value)
		switch {
		case word == "API_AUTHENTICATION":
			declared = true
		case Contains(catalog.OtherTypes, word):
			c.add(typ.Value.Start, typ.Value.End, rules.OutOfScope,
				fmt.Sprintf("%s security integrations are not checked by secint", catalog.OtherTypeNames[word]))
			return
		}
	}
	if authType != nil && Contains(catalog.OtherAuthTypes, enumWord(authType.Value)) {
		c.add(authType.Value.Start, authType.Value.End, rules.OutOfScope,
			fmt.Sprintf("API Authentication with AUTH_TYPE = %s is not checked by secint", enumWord(authType.Value)))
		return
	}
	if !declared && hasForeign(st.Properties) {
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
	c.flow = grantOf(st.Properties)
	c.properties(st.Properties)

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
		if !p.Required || findProperty(st.Properties, p.Name) != nil {
			continue
		}
		msg := fmt.Sprintf("%s is not set: %s", p.Name, lowerFirst(p.Summary))
		var fixes []rules.Fix
		switch p.Name {
		case "ENABLED":
			msg = "ENABLED is not set, so the integration may be created disabled: add ENABLED = TRUE"
			fixes = append(fixes, c.addPropertyFix("ENABLED = TRUE"))
		case "AUTH_TYPE":
			msg = "AUTH_TYPE is not set: add AUTH_TYPE = OAUTH2 for the OAuth flows"
			fixes = append(fixes, c.addPropertyFix("AUTH_TYPE = OAUTH2"))
		case "OAUTH_CLIENT_ID":
			msg = "OAUTH_CLIENT_ID is not set: the external service cannot know which client is asking"
		case "OAUTH_CLIENT_SECRET":
			msg = "OAUTH_CLIENT_SECRET is not set: the client cannot authenticate to the token endpoint"
		}
		c.add(st.Name.Start, st.Name.End, rules.MissingProperty, msg, fixes...)
	}
}

// --- ALTER ---

func (c *Checker) alter() {
	st := c.St
	c.integrationName()
	var state IntegrationState
	if st.Name != nil {
		state = c.Reg[st.Name.Key()]
	}
	switch state.Kind {
	case KindForeign:
		return // another kind of integration: not ours to judge
	case kindOurs:
		// ours: another kind's property is an error (foreign-property)
	default:
		for _, a := range st.Actions {
			if (a.Kind == syntax.ActionSet || a.Kind == syntax.ActionUnset) && hasForeign(a.Items) {
				return // most likely another kind of integration
			}
		}
	}
	c.flow = state.Flow
	for _, a := range st.Actions {
		if a.Kind == syntax.ActionSet {
			if f := grantOf(a.Items); f != catalog.FlowNone {
				c.flow = f
			}
		}
	}

	seen := map[string]bool{}
	seenTags := map[string]bool{}
	for i, a := range st.Actions {
		if i > 0 && c.parsed() {
			c.add(a.Keyword.Start, a.Keyword.End, rules.MultipleActions,
				fmt.Sprintf("an ALTER takes one action, and this is a second one (%s): split it into its own statement", a.Kind),
				c.splitFix(st.Actions[i-1], a))
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
	c.checkValue(info, p.Value)
	if info.Undocumented {
		c.add(p.Name.Start, p.Name.End, rules.UndocumentedProperty,
			fmt.Sprintf("%s is on no Snowflake documentation page, though Snowflake has been seen to accept it", info.Name))
	}
	c.checkFlow(info, p, items)
}

func (c *Checker) checkFlow(info *catalog.PropertyInfo, p *syntax.Property, items []*syntax.Property) {
	if c.flow == catalog.FlowNone || info.Flows&c.flow != 0 {
		return
	}
	if info.Tolerated&c.flow != 0 {
		c.add(p.Name.Start, p.Name.End, rules.FlowUndocumented,
			fmt.Sprintf("the documentation lists %s only for the %s flow, but Snowflake accepts it with %s",
				info.Name, FlowNames(info.Flows), c.flow.Grant()))
		return
	}
	c.add(p.Name.Start, p.Name.End, rules.FlowMismatch,
		fmt.Sprintf("%s is not used by the %s flow (OAUTH_GRANT = %s); it belongs to the %s flow",
			info.Name, c.flow.Describe(), c.flow.Grant(), FlowNames(info.Flows)),
		c.removeItemFix(p, items, "Remove "+info.Name)...)
}

func FlowNames(f catalog.Flow) string {
	var ws []string
	for _, one := range f.Flows() {
		ws = append(ws, one.Describe())
	}
	return catalog.OrList(ws)
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

// nameHidden reports whether a name is written against the client secret's
// value (see gluedToSecret): messages then do not repeat it.
func (c *Checker) nameHidden(n *syntax.Name) bool {
	toks := c.St.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= n.Start })
	return i < len(toks) && toks[i].Start == n.Start && syntax.GluedToSecret(toks, i)
}

// gluedMessage stands for a message about a name that may be part of the
// client secret's value.
const gluedMessage = "this text runs into the client secret's value and reads as a property name (not shown); put a space or a comma after the value"

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
		if present[info.Name] {
			return false
		}
		switch {
		case c.St.Kind == syntax.KindCreate:
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
		switch info.Unset {
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

// --- values ---

// checkValue checks a value against what the property takes.
func (c *Checker) checkValue(info *catalog.PropertyInfo, v *syntax.Value) {
	name := info.Name
	switch info.Type {
	case catalog.TypeString, catalog.TypeURL:
		if v.IsString() {
			if v.Content == "" && name != "COMMENT" {
				c.add(v.Start, v.End, rules.EmptyValue, fmt.Sprintf("%s is an empty string", name))
			}
			return
		}
		c.add(v.Start, v.End, rules.WrongValueType, stringMessage(info, v), c.quoteFix(v)...)
	case catalog.TypeBool:
		c.enumValue(info, v, []string{"TRUE", "FALSE"})
	case catalog.TypeEnum:
		c.enumValue(info, v, info.Allowed)
	case catalog.TypeGrant:
		if (v.IsString() || (v.Kind == syntax.ValueWord && !v.Quoted)) && Contains(info.Allowed, syntax.UpperASCII(v.Content)) {
			return
		}
		c.enumValue(info, v, info.Allowed)
	case catalog.TypeInteger:
		c.integerValue(info, v)
	case catalog.TypeScopes:
		c.scopesValue(info, v)
	}
}

func stringMessage(info *catalog.PropertyInfo, v *syntax.Value) string {
	what := "a bare word"
	switch {
	case v.Kind == syntax.ValueNumber:
		what = "a number"
	case v.Kind == syntax.ValueList:
		what = "a list"
	case v.Quoted:
		what = `a name in double quotes (double quotes make a name, single quotes a string)`
	}
	return fmt.Sprintf("%s takes %s, not %s", info.Name, info.TypeText(), what)
}

// enumValue checks a keyword value (bare, or quoted with a warning).
func (c *Checker) enumValue(info *catalog.PropertyInfo, v *syntax.Value, allowed []string) {
	what := info.TypeText()
	switch {
	case v.Kind == syntax.ValueWord && !v.Quoted:
		word := syntax.UpperASCII(v.Content)
		if Contains(allowed, word) {
			return
		}
		c.badEnum(info, v, word, allowed, false)
	case v.IsString():
		word := syntax.UpperASCII(strings.TrimSpace(v.Content))
		if Contains(allowed, word) && info.Type != catalog.TypeGrant {
			c.add(v.Start, v.End, rules.QuotedValue,
				fmt.Sprintf("%s takes the bare keyword %s; the documentation never quotes it", info.Name, word),
				rules.Fix{Title: "Write " + word + " without quotes", Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: word}}})
			return
		}
		c.badEnum(info, v, word, allowed, true)
	case v.Kind == syntax.ValueWord && v.Quoted && Contains(allowed, syntax.UpperASCII(v.Content)):
		// "TRUE": double quotes make a name. The bare keyword is meant.
		word := syntax.UpperASCII(v.Content)
		text := word
		if info.Type == catalog.TypeGrant {
			text = "'" + word + "'"
		}
		c.add(v.Start, v.End, rules.WrongValueType,
			fmt.Sprintf("%s takes %s; double quotes make a name, not a keyword", info.Name, what),
			rules.Fix{Title: "Write " + text, Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: text}}})
	default:
		c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes %s", info.Name, what))
	}
}

func (c *Checker) badEnum(info *catalog.PropertyInfo, v *syntax.Value, word string, allowed []string, quoted bool) {
	msg := fmt.Sprintf("%s is not a value of %s, which takes %s", syntax.Clip(word), info.Name, info.TypeText())
	if quoted {
		msg = fmt.Sprintf("this string is not a value of %s, which takes %s", info.Name, info.TypeText())
	}
	var fixes []rules.Fix
	if s := catalog.Suggest(word, allowed); s != "" {
		msg += fmt.Sprintf("; did you mean %s?", s)
		text := s
		if info.Type == catalog.TypeGrant && quoted {
			text = "'" + s + "'"
		}
		fixes = append(fixes, rules.Fix{Title: "Change to " + text, Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: text}}})
	}
	c.add(v.Start, v.End, rules.InvalidEnumValue, msg, fixes...)
}

func (c *Checker) integerValue(info *catalog.PropertyInfo, v *syntax.Value) {
	switch {
	case v.Kind == syntax.ValueNumber:
		if strings.ContainsAny(v.Text, ".eE") {
			c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
			return
		}
		n, err := strconv.ParseInt(v.Text, 10, 64)
		if err != nil {
			// Too many digits for 64 bits: with its sign it is far too small.
			msg := fmt.Sprintf("%s is far too large for %s", syntax.Clip(v.Text), info.Name)
			if v.Negative {
				msg = fmt.Sprintf("-%s is far too small for %s, which must be at least %d", syntax.Clip(v.Text), info.Name, info.Min)
			}
			c.add(v.Start, v.End, rules.OutOfRange, msg)
			return
		}
		if v.Negative {
			n = -n
		}
		if n < info.Min {
			c.add(v.Start, v.End, rules.OutOfRange, fmt.Sprintf("%s must be at least %d", info.Name, info.Min))
		}
	case v.IsString():
		s := strings.TrimSpace(v.Content)
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= info.Min && n <= math.MaxInt64 {
			c.add(v.Start, v.End, rules.QuotedValue,
				fmt.Sprintf("%s takes a bare number; the documentation never quotes it", info.Name),
				rules.Fix{Title: "Write " + s + " without quotes", Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: s}}})
			return
		}
		c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
	default:
		c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
	}
}

func (c *Checker) scopesValue(info *catalog.PropertyInfo, v *syntax.Value) {
	if v.Kind != syntax.ValueList {
		msg := fmt.Sprintf("%s takes a list in parentheses, such as ('scope')", info.Name)
		var fixes []rules.Fix
		if v.IsString() {
			msg = fmt.Sprintf("%s takes a list in parentheses, even for one scope", info.Name)
			fixes = append(fixes, rules.Fix{Title: "Put the scope in parentheses", Edits: []rules.Edit{{Start: v.Start, End: v.Start, Text: "("}, {Start: v.End, End: v.End, Text: ")"}}})
		}
		c.add(v.Start, v.End, rules.WrongValueType, msg, fixes...)
		return
	}
	if len(v.Items) == 0 {
		c.add(v.Start, v.End, rules.EmptyList,
			fmt.Sprintf("an empty %s allows no scope; leave the property out to keep the default", info.Name))
		return
	}
	for _, it := range v.Items {
		switch {
		case it.IsString() && it.Content == "":
			c.add(it.Start, it.End, rules.EmptyValue, "an empty scope asks the service for nothing; remove it or name a scope")
		case !it.IsString():
			c.add(it.Start, it.End, rules.WrongValueType, "each scope is a string in single quotes", c.quoteFix(it)...)
		}
	}
}

// --- fixes ---

// quoteFix turns a bare word or number into a string by inserting quotes
// around it (never by re-typing it, so no secret is ever copied into a fix).
func (c *Checker) quoteFix(v *syntax.Value) []rules.Fix {
	switch {
	case v.Kind == syntax.ValueWord && v.Quoted:
		if strings.ContainsAny(v.Content, `'\`) {
			return nil
		}
		return []rules.Fix{{Title: "Use single quotes", Edits: []rules.Edit{{Start: v.Start, End: v.Start + 1, Text: "'"}, {Start: v.End - 1, End: v.End, Text: "'"}}}}
	case v.Kind == syntax.ValueWord || v.Kind == syntax.ValueNumber:
		return []rules.Fix{{Title: "Put the value in single quotes", Edits: []rules.Edit{{Start: v.Start, End: v.Start, Text: "'"}, {Start: v.End, End: v.End, Text: "'"}}}}
	}
	return nil
}

// valueRepair returns the edits that make v fit info, when one is obvious.
func (c *Checker) valueRepair(info *catalog.PropertyInfo, v *syntax.Value) []rules.Edit {
	switch info.Type {
	case catalog.TypeString, catalog.TypeURL:
		if !v.IsString() {
			if f := c.quoteFix(v); len(f) > 0 {
				return f[0].Edits
			}
		}
	case catalog.TypeScopes:
		if v.IsString() {
			return []rules.Edit{{Start: v.Start, End: v.Start, Text: "("}, {Start: v.End, End: v.End, Text: ")"}}
		}
	}
	return nil
}

// removeTokens deletes a run of tokens and the space before it.
func (c *Checker) removeTokens(title string, toks []syntax.Token) rules.Fix {
	start := toks[0].Start
	for i := range c.St.Tokens {
		if c.St.Tokens[i].Start == toks[0].Start && i > 0 {
			start = c.St.Tokens[i-1].End
		}
	}
	return rules.Fix{Title: title, Edits: []rules.Edit{{Start: start, End: toks[len(toks)-1].End, Text: ""}}}
}

// removeItemFix deletes one item of a list, with the separator before it (or,
// for the first item, up to the next). An ALTER list keeps at least one item.
func (c *Checker) removeItemFix(p *syntax.Property, items []*syntax.Property, title string) []rules.Fix {
	if len(items) < 2 && c.St.Kind == syntax.KindAlter {
		return nil
	}
	i := p.Index
	if i >= len(items) || items[i] != p {
		return nil
	}
	switch {
	case i > 0:
		return []rules.Fix{{Title: title, Edits: []rules.Edit{{Start: items[i-1].End, End: p.End, Text: ""}}}}
	case len(items) > 1:
		return []rules.Fix{{Title: title, Edits: []rules.Edit{{Start: p.Start, End: items[1].Start, Text: ""}}}}
	default:
		return []rules.Fix{{Title: title, Edits: []rules.Edit{{Start: c.prevTokenEnd(p.Start), End: p.End, Text: ""}}}}
	}
}

func (c *Checker) prevTokenEnd(off int) int {
	end := off
	for i := range c.St.Tokens {
		if c.St.Tokens[i].Start >= off {
			break
		}
		end = c.St.Tokens[i].End
	}
	return end
}

// splitFix ends the statement before action a and repeats the ALTER head.
func (c *Checker) splitFix(prev, a *syntax.Action) rules.Fix {
	st := c.St
	last := st.Name.Parts[len(st.Name.Parts)-1]
	head := c.A.Li.Text[st.BaseByte : st.BaseByte+last.EndByte]
	return rules.Fix{Title: "Split into two ALTER statements",
		Edits: []rules.Edit{{Start: prev.End, End: a.Keyword.Start, Text: ";\n" + head + " "}}}
}

// addPropertyFix appends a property to a CREATE: on a line of its own, indented
// like the last property, when that property starts its line; else after a
// space.
func (c *Checker) addPropertyFix(text string) rules.Fix {
	st := c.St
	at, sep := st.Name.End, " "
	if n := len(st.Properties); n > 0 {
		last := st.Properties[n-1]
		at = last.End
		if indent, starts := c.lineIndent(st.Base + last.Start); starts {
			sep = "\n" + indent
		}
	}
	return rules.Fix{Title: "Add " + text, Edits: []rules.Edit{{Start: at, End: at, Text: sep + text}}}
}

// lineIndent returns the white space before document rune offset off on its
// line, and whether only white space stands there.
func (c *Checker) lineIndent(off int) (string, bool) {
	li := c.A.Li
	line := li.LineOf(off)
	start, end := li.ByteOffset(li.LineRune[line]), li.ByteOffset(off)
	prefix := li.Text[start:end]
	return prefix, strings.TrimLeft(prefix, " \t") == "" && line > 0
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

func hasForeign(items []*syntax.Property) bool {
	for _, p := range items {
		if catalog.LookupProperty(p.Name.Key()) == nil && catalog.ForeignKind(p.Name.Key()) != "" {
			return true
		}
	}
	return false
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

func Contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// apply records what a statement establishes about its integration.
func (r Registry) Apply(st *syntax.Statement) {
	if st.Name == nil || len(st.Name.Parts) != 1 {
		return
	}
	key := st.Name.Key()
	switch st.Kind {
	case syntax.KindCreate:
		state := IntegrationState{Kind: kindOurs, Created: st}
		typ := findProperty(st.Properties, "TYPE")
		auth := findProperty(st.Properties, "AUTH_TYPE")
		switch {
		case typ != nil && enumWord(typ.Value) != "API_AUTHENTICATION":
			state.Kind = KindForeign
		case auth != nil && Contains(catalog.OtherAuthTypes, enumWord(auth.Value)):
			state.Kind = KindForeign
		case typ == nil && hasForeign(st.Properties):
			state.Kind = KindForeign
		}
		state.Flow = grantOf(st.Properties)
		r[key] = state
	case syntax.KindAlter:
		state := r[key]
		for _, a := range st.Actions {
			switch a.Kind {
			case syntax.ActionSet:
				if f := grantOf(a.Items); f != catalog.FlowNone {
					state.Flow = f
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
