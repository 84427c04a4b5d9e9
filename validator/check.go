package validator

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/parser"
)

// checker checks one statement of our family, given what earlier statements
// established (reg, read only here: registry.apply records this statement).
// Its diagnostics count from the statement's start, like the statement's
// offsets; only looking at the document's lines needs st.Base.
type checker struct {
	a    *analyzer
	st   *Statement
	reg  registry
	flow Flow
	// names is namesIn's answer for the list whose first item is namesOf.
	namesOf *Property
	names   map[string]bool
}

func (c *checker) add(start, end int, rule *Rule, msg string, fixes ...rawFix) {
	c.a.add(start, end, rule, msg, fixes...)
}

func (c *checker) parsed() bool { return c.st.syntax == nil }

func (c *checker) check() {
	st := c.st
	switch st.Kind {
	case KindCreate:
		c.create()
	case KindAlter:
		c.alter()
	case KindDescribe:
		c.integrationName()
		if len(st.IfExists) > 0 {
			c.add(st.IfExists[0].Start, st.IfExists[len(st.IfExists)-1].End, UnsupportedClause,
				"DESCRIBE INTEGRATION takes no IF EXISTS", c.removeTokens("Remove IF EXISTS", st.IfExists))
		}
	case KindDrop:
		c.integrationName()
		if o := st.DropOption; o != nil {
			c.add(o.Start, o.End, UnsupportedClause,
				fmt.Sprintf("DROP INTEGRATION takes no %s", upperASCII(o.Text)), c.removeTokens("Remove "+upperASCII(o.Text), []Token{*o}))
		}
	case KindShow:
		if v := st.Like; v != nil && !v.isString() {
			c.add(v.Start, v.End, WrongValueType,
				"LIKE takes a pattern in single quotes, such as 'my%'", c.quoteFix(v)...)
		}
	}
}

// integrationName checks the statement's integration name.
func (c *checker) integrationName() {
	n := c.st.Name
	if n == nil {
		return
	}
	if len(n.Parts) > 1 {
		last := n.Parts[len(n.Parts)-1]
		c.add(n.Start, n.End, QualifiedName,
			"integrations belong to the account, not to a database or schema: write the name without a qualifier",
			rawFix{title: "Use " + clip(last.Text), edits: []rawEdit{{n.Start, n.End, last.Text}}})
	}
	for _, p := range n.Parts {
		c.checkIdent(p, "integration name")
	}
}

// checkIdent reports names Snowflake cannot take.
func (c *checker) checkIdent(t Token, what string) {
	if t.Type == parser.SecintLexerQUOTED_ID {
		content := unquoteIdent(t.Text)
		switch n := utf8.RuneCountInString(content); {
		case n == 0:
			c.add(t.Start, t.End, InvalidName, "a quoted "+what+" cannot be empty")
		case n > 255:
			c.add(t.Start, t.End, InvalidName, fmt.Sprintf("a %s has at most 255 characters; this one has %d", what, n))
		}
		return
	}
	key := upperASCII(t.Text)
	if ReservedWords[key] {
		c.add(t.Start, t.End, InvalidName,
			fmt.Sprintf("%s is a reserved word in Snowflake and cannot be an unquoted %s; put it in double quotes", key, what),
			rawFix{title: `Quote as "` + key + `"`, edits: []rawEdit{{t.Start, t.End, `"` + key + `"`}}})
		return
	}
	if n := utf8.RuneCountInString(t.Text); n > 255 {
		c.add(t.Start, t.End, InvalidName, fmt.Sprintf("a %s has at most 255 characters; this one has %d", what, n))
	}
}

// --- CREATE ---

func (c *checker) create() {
	st := c.st
	c.integrationName()
	if len(st.OrReplace) > 0 && len(st.IfNotExists) > 0 {
		c.add(st.IfNotExists[0].Start, st.IfNotExists[2].End, OrReplaceIfNotExists,
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
		case contains(OtherTypes, word):
			c.add(typ.Value.Start, typ.Value.End, OutOfScope,
				fmt.Sprintf("%s security integrations are not checked by secint", otherTypeNames[word]))
			return
		}
	}
	if authType != nil && contains(OtherAuthTypes, enumWord(authType.Value)) {
		c.add(authType.Value.Start, authType.Value.End, OutOfScope,
			fmt.Sprintf("API Authentication with AUTH_TYPE = %s is not checked by secint", enumWord(authType.Value)))
		return
	}
	if !declared && hasForeign(st.Properties) {
		// Not declared ours, and it names another kind's property: say what is
		// missing or wrong about TYPE and leave the rest alone.
		if typ != nil {
			c.checkValue(LookupProperty("TYPE"), typ.Value)
		} else if c.parsed() && st.Name != nil {
			c.add(st.Name.Start, st.Name.End, MissingType,
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
		c.add(st.Name.Start, st.Name.End, MissingType,
			"CREATE SECURITY INTEGRATION needs TYPE = API_AUTHENTICATION for External API Authentication",
			c.addPropertyFix("TYPE = API_AUTHENTICATION"))
	}
	if !declared {
		return
	}
	for _, p := range Catalog {
		if !p.Required || findProperty(st.Properties, p.Name) != nil {
			continue
		}
		msg := fmt.Sprintf("%s is not set: %s", p.Name, lowerFirst(p.Summary))
		var fixes []rawFix
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
		c.add(st.Name.Start, st.Name.End, MissingProperty, msg, fixes...)
	}
}

// --- ALTER ---

func (c *checker) alter() {
	st := c.st
	c.integrationName()
	var state integrationState
	if st.Name != nil {
		state = c.reg[st.Name.Key()]
	}
	switch state.kind {
	case kindForeign:
		return // another kind of integration: not ours to judge
	case kindOurs:
		// ours: another kind's property is an error (foreign-property)
	default:
		for _, a := range st.Actions {
			if (a.Kind == ActionSet || a.Kind == ActionUnset) && hasForeign(a.Items) {
				return // most likely another kind of integration
			}
		}
	}
	c.flow = state.flow
	for _, a := range st.Actions {
		if a.Kind == ActionSet {
			if f := grantOf(a.Items); f != FlowNone {
				c.flow = f
			}
		}
	}

	seen := map[string]bool{}
	seenTags := map[string]bool{}
	for i, a := range st.Actions {
		if i > 0 && c.parsed() {
			c.add(a.Keyword.Start, a.Keyword.End, MultipleActions,
				fmt.Sprintf("an ALTER takes one action, and this is a second one (%s): split it into its own statement", a.Kind),
				c.splitFix(st.Actions[i-1], a))
		}
		if len(a.Items) == 0 && c.parsed() {
			c.add(a.Keyword.Start, a.Keyword.End, EmptyAction, emptyActionMessage(a))
			continue
		}
		switch a.Kind {
		case ActionSet:
			c.setItems(a.Items, seen)
		case ActionUnset:
			c.unsetItems(a, seen)
		case ActionSetTag, ActionUnsetTag:
			c.tagItems(a, seenTags)
		}
	}
}

func emptyActionMessage(a *Action) string {
	if a.Kind == ActionSet {
		return "SET needs at least one property, such as ENABLED = TRUE"
	}
	return "UNSET needs at least one property, such as COMMENT"
}

func (c *checker) setItems(items []*Property, seen map[string]bool) {
	for _, p := range items {
		key := p.Name.Key()
		if seen[key] {
			c.duplicate(p, items)
			continue
		}
		seen[key] = true
		info := LookupProperty(key)
		if info != nil && !info.InSet {
			c.add(p.Name.Start, p.Name.End, SetCreateOnly,
				fmt.Sprintf("%s is fixed when the integration is created; ALTER cannot change it", info.Name),
				c.removeItemFix(p, items, "Remove "+info.Name)...)
			continue
		}
		c.property(p, items)
	}
}

// properties checks CREATE's property list.
func (c *checker) properties(items []*Property) {
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
func (c *checker) property(p *Property, items []*Property) {
	key := p.Name.Key()
	info := LookupProperty(key)
	if info == nil {
		c.unknown(p, items)
		return
	}
	c.checkValue(info, p.Value)
	if info.Undocumented {
		c.add(p.Name.Start, p.Name.End, UndocumentedProperty,
			fmt.Sprintf("%s is on no Snowflake documentation page, though Snowflake has been seen to accept it", info.Name))
	}
	c.checkFlow(info, p, items)
}

func (c *checker) checkFlow(info *PropertyInfo, p *Property, items []*Property) {
	if c.flow == FlowNone || info.Flows&c.flow != 0 {
		return
	}
	if info.Tolerated&c.flow != 0 {
		c.add(p.Name.Start, p.Name.End, FlowUndocumented,
			fmt.Sprintf("the documentation lists %s only for the %s flow, but Snowflake accepts it with %s",
				info.Name, flowNames(info.Flows), c.flow.Grant()))
		return
	}
	c.add(p.Name.Start, p.Name.End, FlowMismatch,
		fmt.Sprintf("%s is not used by the %s flow (OAUTH_GRANT = %s); it belongs to the %s flow",
			info.Name, c.flow.Describe(), c.flow.Grant(), flowNames(info.Flows)),
		c.removeItemFix(p, items, "Remove "+info.Name)...)
}

func flowNames(f Flow) string {
	var ws []string
	for _, one := range f.Flows() {
		ws = append(ws, one.Describe())
	}
	return orList(ws)
}

// namesIn returns the keys of a list's items, computed once per list (a list
// of 10,000 unknown properties asks for it 10,000 times).
func (c *checker) namesIn(items []*Property) map[string]bool {
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
func (c *checker) nameHidden(n *Name) bool {
	toks := c.st.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= n.Start })
	return i < len(toks) && toks[i].Start == n.Start && gluedToSecret(toks, i)
}

// gluedMessage stands for a message about a name that may be part of the
// client secret's value.
const gluedMessage = "this text runs into the client secret's value and reads as a property name (not shown); put a space or a comma after the value"

// unknown reports a property of another kind, or of no kind at all.
func (c *checker) unknown(p *Property, items []*Property) {
	key := p.Name.Key()
	if c.nameHidden(p.Name) {
		c.add(p.Name.Start, p.Name.End, UnknownProperty, gluedMessage)
		return
	}
	if kind := foreignKind(key); kind != "" {
		c.add(p.Name.Start, p.Name.End, ForeignProperty,
			fmt.Sprintf("%s is a property of %s integrations, not of External API Authentication", clip(key), kind),
			c.removeItemFix(p, items, "Remove "+clip(key))...)
		return
	}
	msg := fmt.Sprintf("unknown property %s", clip(key))
	var fixes []rawFix
	if s := suggestProperty(key, c.fitsHere(p, items)); s != nil {
		msg += fmt.Sprintf("; did you mean %s?", s.Name)
		edits := []rawEdit{{p.Name.Start, p.Name.End, s.Name}}
		if p.Value != nil {
			edits = append(edits, c.valueRepair(s, p.Value)...)
		}
		fixes = append(fixes, rawFix{title: "Change to " + s.Name, edits: edits})
	}
	c.add(p.Name.Start, p.Name.End, UnknownProperty, msg, fixes...)
}

// fitsHere says which catalog properties could replace item p: allowed in
// this statement and this action, and not already named in the list.
func (c *checker) fitsHere(p *Property, items []*Property) func(*PropertyInfo) bool {
	unset := p.Value == nil
	present := c.namesIn(items)
	return func(info *PropertyInfo) bool {
		if present[info.Name] {
			return false
		}
		switch {
		case c.st.Kind == KindCreate:
			return info.InCreate
		case unset:
			return info.Unset != UnsetForbidden
		default:
			return info.InSet
		}
	}
}

func (c *checker) duplicate(p *Property, items []*Property) {
	msg := fmt.Sprintf("%s is already given earlier in this statement", clip(p.Name.Key()))
	title := "Remove the second " + clip(p.Name.Key())
	if c.nameHidden(p.Name) {
		msg, title = gluedMessage, "Remove the repeated property"
	}
	c.add(p.Name.Start, p.Name.End, DuplicateProperty, msg, c.removeItemFix(p, items, title)...)
}

func (c *checker) unsetItems(a *Action, seen map[string]bool) {
	for _, p := range a.Items {
		key := p.Name.Key()
		if key == "TAG" && len(a.Items) == 1 && p.Name.Parts[0].Type == parser.SecintLexerTAG {
			c.add(a.Keyword.Start, a.Keyword.End, EmptyAction, "UNSET TAG needs at least one tag name")
			return
		}
		if seen[key] {
			c.duplicate(p, a.Items)
			continue
		}
		seen[key] = true
		info := LookupProperty(key)
		if info == nil {
			c.unknown(p, a.Items)
			continue
		}
		switch info.Unset {
		case UnsetForbidden:
			c.add(p.Start, p.End, UnsetRequired,
				fmt.Sprintf("%s cannot be unset: the integration needs a value for it", info.Name),
				c.removeItemFix(p, a.Items, "Remove "+info.Name)...)
		case UnsetNotDocumented:
			c.add(p.Start, p.End, UnsetUndocumented,
				fmt.Sprintf("the documentation does not list %s among the properties UNSET takes; SET it to the value you want instead", info.Name))
		}
	}
}

func (c *checker) tagItems(a *Action, seen map[string]bool) {
	for _, p := range a.Items {
		for _, part := range p.Name.Parts {
			c.checkIdent(part, "tag name")
		}
		key := p.Name.Key()
		if seen[key] {
			c.add(p.Name.Start, p.Name.End, DuplicateProperty,
				fmt.Sprintf("tag %s is already named earlier in this statement", clip(key)),
				c.removeItemFix(p, a.Items, "Remove the second "+clip(key))...)
			continue
		}
		seen[key] = true
		v := p.Value
		if v == nil {
			continue
		}
		if !v.isString() {
			c.add(v.Start, v.End, WrongValueType, "a tag value is a string in single quotes", c.quoteFix(v)...)
			continue
		}
		if n := utf8.RuneCountInString(v.Content); n > 256 {
			c.add(v.Start, v.End, TagValueTooLong,
				fmt.Sprintf("a tag value has at most 256 characters; this one has %d", n))
		}
	}
}

// --- values ---

// checkValue checks a value against what the property takes.
func (c *checker) checkValue(info *PropertyInfo, v *Value) {
	name := info.Name
	switch info.Type {
	case TypeString, TypeURL:
		if v.isString() {
			if v.Content == "" && name != "COMMENT" {
				c.add(v.Start, v.End, EmptyValue, fmt.Sprintf("%s is an empty string", name))
			}
			return
		}
		c.add(v.Start, v.End, WrongValueType, stringMessage(info, v), c.quoteFix(v)...)
	case TypeBool:
		c.enumValue(info, v, []string{"TRUE", "FALSE"})
	case TypeEnum:
		c.enumValue(info, v, info.Allowed)
	case TypeGrant:
		if (v.isString() || (v.Kind == ValueWord && !v.Quoted)) && contains(info.Allowed, upperASCII(v.Content)) {
			return
		}
		c.enumValue(info, v, info.Allowed)
	case TypeInteger:
		c.integerValue(info, v)
	case TypeScopes:
		c.scopesValue(info, v)
	}
}

func stringMessage(info *PropertyInfo, v *Value) string {
	what := "a bare word"
	switch {
	case v.Kind == ValueNumber:
		what = "a number"
	case v.Kind == ValueList:
		what = "a list"
	case v.Quoted:
		what = `a name in double quotes (double quotes make a name, single quotes a string)`
	}
	return fmt.Sprintf("%s takes %s, not %s", info.Name, info.TypeText(), what)
}

// enumValue checks a keyword value (bare, or quoted with a warning).
func (c *checker) enumValue(info *PropertyInfo, v *Value, allowed []string) {
	what := info.TypeText()
	switch {
	case v.Kind == ValueWord && !v.Quoted:
		word := upperASCII(v.Content)
		if contains(allowed, word) {
			return
		}
		c.badEnum(info, v, word, allowed, false)
	case v.isString():
		word := upperASCII(strings.TrimSpace(v.Content))
		if contains(allowed, word) && info.Type != TypeGrant {
			c.add(v.Start, v.End, QuotedValue,
				fmt.Sprintf("%s takes the bare keyword %s; the documentation never quotes it", info.Name, word),
				rawFix{title: "Write " + word + " without quotes", edits: []rawEdit{{v.Start, v.End, word}}})
			return
		}
		c.badEnum(info, v, word, allowed, true)
	case v.Kind == ValueWord && v.Quoted && contains(allowed, upperASCII(v.Content)):
		// "TRUE": double quotes make a name. The bare keyword is meant.
		word := upperASCII(v.Content)
		text := word
		if info.Type == TypeGrant {
			text = "'" + word + "'"
		}
		c.add(v.Start, v.End, WrongValueType,
			fmt.Sprintf("%s takes %s; double quotes make a name, not a keyword", info.Name, what),
			rawFix{title: "Write " + text, edits: []rawEdit{{v.Start, v.End, text}}})
	default:
		c.add(v.Start, v.End, WrongValueType, fmt.Sprintf("%s takes %s", info.Name, what))
	}
}

func (c *checker) badEnum(info *PropertyInfo, v *Value, word string, allowed []string, quoted bool) {
	msg := fmt.Sprintf("%s is not a value of %s, which takes %s", clip(word), info.Name, info.TypeText())
	if quoted {
		msg = fmt.Sprintf("this string is not a value of %s, which takes %s", info.Name, info.TypeText())
	}
	var fixes []rawFix
	if s := suggest(word, allowed); s != "" {
		msg += fmt.Sprintf("; did you mean %s?", s)
		text := s
		if info.Type == TypeGrant && quoted {
			text = "'" + s + "'"
		}
		fixes = append(fixes, rawFix{title: "Change to " + text, edits: []rawEdit{{v.Start, v.End, text}}})
	}
	c.add(v.Start, v.End, InvalidEnumValue, msg, fixes...)
}

func (c *checker) integerValue(info *PropertyInfo, v *Value) {
	switch {
	case v.Kind == ValueNumber:
		if strings.ContainsAny(v.Text, ".eE") {
			c.add(v.Start, v.End, WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
			return
		}
		n, err := strconv.ParseInt(v.Text, 10, 64)
		if err != nil {
			c.add(v.Start, v.End, OutOfRange, fmt.Sprintf("%s is far too large for %s", clip(v.Text), info.Name))
			return
		}
		if v.Negative {
			n = -n
		}
		if n < info.Min {
			c.add(v.Start, v.End, OutOfRange, fmt.Sprintf("%s must be at least %d", info.Name, info.Min))
		}
	case v.isString():
		s := strings.TrimSpace(v.Content)
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= info.Min && n <= math.MaxInt64 {
			c.add(v.Start, v.End, QuotedValue,
				fmt.Sprintf("%s takes a bare number; the documentation never quotes it", info.Name),
				rawFix{title: "Write " + s + " without quotes", edits: []rawEdit{{v.Start, v.End, s}}})
			return
		}
		c.add(v.Start, v.End, WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
	default:
		c.add(v.Start, v.End, WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
	}
}

func (c *checker) scopesValue(info *PropertyInfo, v *Value) {
	if v.Kind != ValueList {
		msg := fmt.Sprintf("%s takes a list in parentheses, such as ('scope')", info.Name)
		var fixes []rawFix
		if v.isString() {
			msg = fmt.Sprintf("%s takes a list in parentheses, even for one scope", info.Name)
			fixes = append(fixes, rawFix{title: "Put the scope in parentheses", edits: []rawEdit{{v.Start, v.Start, "("}, {v.End, v.End, ")"}}})
		}
		c.add(v.Start, v.End, WrongValueType, msg, fixes...)
		return
	}
	if len(v.Items) == 0 {
		c.add(v.Start, v.End, EmptyList,
			fmt.Sprintf("an empty %s allows no scope; leave the property out to keep the default", info.Name))
		return
	}
	for _, it := range v.Items {
		switch {
		case it.isString() && it.Content == "":
			c.add(it.Start, it.End, EmptyValue, "an empty scope asks the service for nothing; remove it or name a scope")
		case !it.isString():
			c.add(it.Start, it.End, WrongValueType, "each scope is a string in single quotes", c.quoteFix(it)...)
		}
	}
}

// --- fixes ---

// quoteFix turns a bare word or number into a string by inserting quotes
// around it (never by re-typing it, so no secret is ever copied into a fix).
func (c *checker) quoteFix(v *Value) []rawFix {
	switch {
	case v.Kind == ValueWord && v.Quoted:
		if strings.ContainsAny(v.Content, `'\`) {
			return nil
		}
		return []rawFix{{title: "Use single quotes", edits: []rawEdit{{v.Start, v.Start + 1, "'"}, {v.End - 1, v.End, "'"}}}}
	case v.Kind == ValueWord || v.Kind == ValueNumber:
		return []rawFix{{title: "Put the value in single quotes", edits: []rawEdit{{v.Start, v.Start, "'"}, {v.End, v.End, "'"}}}}
	}
	return nil
}

// valueRepair returns the edits that make v fit info, when one is obvious.
func (c *checker) valueRepair(info *PropertyInfo, v *Value) []rawEdit {
	switch info.Type {
	case TypeString, TypeURL:
		if !v.isString() {
			if f := c.quoteFix(v); len(f) > 0 {
				return f[0].edits
			}
		}
	case TypeScopes:
		if v.isString() {
			return []rawEdit{{v.Start, v.Start, "("}, {v.End, v.End, ")"}}
		}
	}
	return nil
}

// removeTokens deletes a run of tokens and the space before it.
func (c *checker) removeTokens(title string, toks []Token) rawFix {
	start := toks[0].Start
	for i := range c.st.Tokens {
		if c.st.Tokens[i].Start == toks[0].Start && i > 0 {
			start = c.st.Tokens[i-1].End
		}
	}
	return rawFix{title: title, edits: []rawEdit{{start, toks[len(toks)-1].End, ""}}}
}

// removeItemFix deletes one item of a list, with the separator before it (or,
// for the first item, up to the next). An ALTER list keeps at least one item.
func (c *checker) removeItemFix(p *Property, items []*Property, title string) []rawFix {
	if len(items) < 2 && c.st.Kind == KindAlter {
		return nil
	}
	i := p.index
	if i >= len(items) || items[i] != p {
		return nil
	}
	switch {
	case i > 0:
		return []rawFix{{title: title, edits: []rawEdit{{items[i-1].End, p.End, ""}}}}
	case len(items) > 1:
		return []rawFix{{title: title, edits: []rawEdit{{p.Start, items[1].Start, ""}}}}
	default:
		return []rawFix{{title: title, edits: []rawEdit{{c.prevTokenEnd(p.Start), p.End, ""}}}}
	}
}

func (c *checker) prevTokenEnd(off int) int {
	end := off
	for i := range c.st.Tokens {
		if c.st.Tokens[i].Start >= off {
			break
		}
		end = c.st.Tokens[i].End
	}
	return end
}

// splitFix ends the statement before action a and repeats the ALTER head.
func (c *checker) splitFix(prev, a *Action) rawFix {
	st := c.st
	last := st.Name.Parts[len(st.Name.Parts)-1]
	head := c.a.li.text[st.BaseByte : st.BaseByte+last.EndByte]
	return rawFix{title: "Split into two ALTER statements",
		edits: []rawEdit{{prev.End, a.Keyword.Start, ";\n" + head + " "}}}
}

// addPropertyFix appends a property to a CREATE: on a line of its own, indented
// like the last property, when that property starts its line; else after a
// space.
func (c *checker) addPropertyFix(text string) rawFix {
	st := c.st
	at, sep := st.Name.End, " "
	if n := len(st.Properties); n > 0 {
		last := st.Properties[n-1]
		at = last.End
		if indent, starts := c.lineIndent(st.Base + last.Start); starts {
			sep = "\n" + indent
		}
	}
	return rawFix{title: "Add " + text, edits: []rawEdit{{at, at, sep + text}}}
}

// lineIndent returns the white space before document rune offset off on its
// line, and whether only white space stands there.
func (c *checker) lineIndent(off int) (string, bool) {
	li := c.a.li
	line := li.lineOf(off)
	start, end := li.byteOffset(li.lineRune[line]), li.byteOffset(off)
	prefix := li.text[start:end]
	return prefix, strings.TrimLeft(prefix, " \t") == "" && line > 0
}

// --- helpers ---

func findProperty(items []*Property, name string) *Property {
	for _, p := range items {
		if p.Name.Key() == name {
			return p
		}
	}
	return nil
}

func hasForeign(items []*Property) bool {
	for _, p := range items {
		if LookupProperty(p.Name.Key()) == nil && foreignKind(p.Name.Key()) != "" {
			return true
		}
	}
	return false
}

// enumWord is a keyword value as written, quoted or not.
func enumWord(v *Value) string {
	if v == nil || v.Kind == ValueList || v.Kind == ValueNumber {
		return ""
	}
	return upperASCII(strings.TrimSpace(v.Content))
}

// grantOf returns the flow a property list's OAUTH_GRANT selects.
func grantOf(items []*Property) Flow {
	if p := findProperty(items, "OAUTH_GRANT"); p != nil && p.Value != nil && !p.Value.Quoted {
		return flowFromGrant(enumWord(p.Value))
	}
	return FlowNone
}

func contains(ws []string, w string) bool {
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
func (r registry) apply(st *Statement) {
	if st.Name == nil || len(st.Name.Parts) != 1 {
		return
	}
	key := st.Name.Key()
	switch st.Kind {
	case KindCreate:
		state := integrationState{kind: kindOurs, created: st}
		typ := findProperty(st.Properties, "TYPE")
		auth := findProperty(st.Properties, "AUTH_TYPE")
		switch {
		case typ != nil && enumWord(typ.Value) != "API_AUTHENTICATION":
			state.kind = kindForeign
		case auth != nil && contains(OtherAuthTypes, enumWord(auth.Value)):
			state.kind = kindForeign
		case typ == nil && hasForeign(st.Properties):
			state.kind = kindForeign
		}
		state.flow = grantOf(st.Properties)
		r[key] = state
	case KindAlter:
		state := r[key]
		for _, a := range st.Actions {
			switch a.Kind {
			case ActionSet:
				if f := grantOf(a.Items); f != FlowNone {
					state.flow = f
				}
			case ActionUnset:
				if findProperty(a.Items, "OAUTH_GRANT") != nil {
					state.flow = FlowNone
				}
			}
		}
		if state.kind != kindUnknown || state.flow != FlowNone {
			r[key] = state
		}
	case KindDrop:
		delete(r, key)
	}
}
