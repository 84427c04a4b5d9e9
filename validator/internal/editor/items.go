package editor

import (
	"fmt"
	"sort"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// startItems are the statements of the family, and templates for CREATE.
func startItems() []protocol.CompletionItem {
	var out []protocol.CompletionItem
	kws := []struct{ label, doc string }{
		{"CREATE SECURITY INTEGRATION", "create an integration: TYPE = API_AUTHENTICATION for External API Authentication"},
		{"CREATE OR REPLACE SECURITY INTEGRATION", "create an integration, replacing one of the same name"},
		{"ALTER SECURITY INTEGRATION", "change an integration: SET or UNSET properties or tags"},
		{"ALTER INTEGRATION", "change an integration (SECURITY may be left out)"},
		{"DESCRIBE INTEGRATION", "show an integration's properties"},
		{"DESC INTEGRATION", "show an integration's properties (short for DESCRIBE)"},
		{"DROP INTEGRATION", "remove an integration"},
		{"SHOW INTEGRATIONS", "list the integrations you can see"},
		{"SHOW SECURITY INTEGRATIONS", "list the security integrations you can see"},
		{"CREATE SECRET", "create a secret: its TYPE decides what it holds (OAuth tokens, cloud credentials, a password, a string)"},
		{"CREATE OR REPLACE SECRET", "create a secret, replacing one of the same name"},
		{"ALTER SECRET", "change a secret: SET or UNSET its properties"},
		{"DESCRIBE SECRET", "show a secret's properties (never its value)"},
		{"DESC SECRET", "show a secret's properties (short for DESCRIBE)"},
		{"DROP SECRET", "remove a secret"},
		{"SHOW SECRETS", "list the secrets you can see"},
		{"CREATE EXTERNAL ACCESS INTEGRATION", "allow code (functions, procedures) to reach hosts, with network rules and secrets"},
		{"CREATE OR REPLACE EXTERNAL ACCESS INTEGRATION", "create an external access integration, replacing one of the same name"},
		{"ALTER EXTERNAL ACCESS INTEGRATION", "change an external access integration: SET or UNSET properties or tags"},
	}
	for i, k := range kws {
		it := keywordItem(k.label, k.doc, 0)
		it.SortText = sortKey(0, i)
		out = append(out, it)
	}
	for i, f := range catalog.FlowAll.Flows() {
		out = append(out, protocol.CompletionItem{
			Label: "CREATE SECURITY INTEGRATION … (" + f.Describe() + ")", Kind: "snippet",
			Detail:        "a complete CREATE statement for the " + f.Describe() + " flow",
			Documentation: "A CREATE SECURITY INTEGRATION statement with every property the " + f.Describe() + " flow needs; press Tab to move between the parts to fill in.",
			InsertText:    createTemplate(f), InsertTextFormat: "snippet",
			FilterText: "CREATE SECURITY INTEGRATION " + f.Grant(), SortText: sortKey(1, i),
		})
	}
	n := len(out)
	for i, t := range catalog.SecretTypeTable {
		out = append(out, protocol.CompletionItem{
			Label: "CREATE SECRET … (TYPE = " + t.Type + ")", Kind: "snippet",
			Detail:        "a CREATE SECRET with what TYPE = " + t.Type + " needs",
			Documentation: t.Summary + " A CREATE SECRET statement with the properties this type needs; press Tab to move between the parts to fill in.",
			InsertText:    objectTemplate(catalog.Secrets, t.Kind, "my_secret", "  TYPE = "+t.Type) + ";", InsertTextFormat: "snippet",
			FilterText: "CREATE SECRET " + t.Type, SortText: sortKey(1, n+i),
		})
	}
	out = append(out, protocol.CompletionItem{
		Label: "CREATE EXTERNAL ACCESS INTEGRATION …", Kind: "snippet",
		Detail:        "a CREATE EXTERNAL ACCESS INTEGRATION with its network rules",
		Documentation: "A CREATE EXTERNAL ACCESS INTEGRATION statement with the properties it needs; press Tab to move between the parts to fill in.",
		InsertText:    objectTemplate(catalog.AccessIntegrations, catalog.KindAccess, "my_access", "") + "\n  ENABLED = TRUE;", InsertTextFormat: "snippet",
		FilterText: "CREATE EXTERNAL ACCESS INTEGRATION", SortText: sortKey(1, n+len(catalog.SecretTypeTable)),
	})
	return out
}

// objectTemplate is a CREATE of an object of kind k as a snippet: its name,
// the given first line, and every property the catalog says that kind
// requires, each value a tab stop.
func objectTemplate(o *catalog.Object, k catalog.Kind, name, first string) string {
	lines := []string{"CREATE " + o.Command + " ${1:" + name + "}"}
	if first != "" {
		lines = append(lines, first)
	}
	n := 2
	for _, p := range o.Catalog {
		if !p.InCreate || !p.Required || p.Name == "TYPE" || !p.Covers(k) {
			continue
		}
		sn := p.Snippet(nil)
		if strings.Contains(sn, "${1") {
			sn = strings.Replace(sn, "${1", fmt.Sprintf("${%d", n), 1)
			n++
		}
		lines = append(lines, "  "+p.Name+" = "+sn)
	}
	return strings.Join(lines, "\n")
}

// createTemplate is a CREATE statement for one flow, as a snippet.
func createTemplate(f catalog.Flow) string {
	lines := []string{
		"CREATE SECURITY INTEGRATION ${1:my_integration}",
		"  TYPE = API_AUTHENTICATION",
		"  AUTH_TYPE = OAUTH2",
		"  ENABLED = TRUE",
	}
	n := 2
	if f != catalog.FlowClientCredentials {
		lines = append(lines, fmt.Sprintf("  OAUTH_AUTHORIZATION_ENDPOINT = '${%d:https://}'", n))
		n++
	}
	lines = append(lines,
		fmt.Sprintf("  OAUTH_TOKEN_ENDPOINT = '${%d:https://}'", n),
		"  OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_POST",
		fmt.Sprintf("  OAUTH_CLIENT_ID = '${%d:client id}'", n+1),
		fmt.Sprintf("  OAUTH_CLIENT_SECRET = '${%d:client secret}'", n+2),
		"  OAUTH_GRANT = '"+f.Grant()+"'")
	n += 3
	if f == catalog.FlowClientCredentials {
		lines = append(lines, fmt.Sprintf("  OAUTH_ALLOWED_SCOPES = ('${%d:scope}');", n))
	} else {
		lines = append(lines, fmt.Sprintf("  OAUTH_REFRESH_TOKEN_VALIDITY = ${%d:7776000};", n))
	}
	return strings.Join(lines, "\n")
}

// createKinds are the objects CREATE (OR REPLACE) may make.
func createKinds() []protocol.CompletionItem {
	return []protocol.CompletionItem{
		keywordItem("SECURITY INTEGRATION", "", 0),
		keywordItem("SECRET", "a secret: OAuth tokens, cloud credentials, a password or a string", 1),
		keywordItem("EXTERNAL ACCESS INTEGRATION", "which hosts, integrations and secrets code may use", 2),
	}
}

// actionItems are the ALTER actions of an object (nil: a security
// integration). Tags are documented for integrations, not for ALTER SECRET.
func actionItems(o *catalog.Object) []protocol.CompletionItem {
	unset := "reset properties to their defaults: UNSET ENABLED, COMMENT"
	if o != nil {
		unset = "remove values: " + o.UnsetList
	}
	out := []protocol.CompletionItem{
		keywordItem("SET", "set one or more properties: SET NAME = value", 0),
		keywordItem("UNSET", unset, 1),
	}
	if takesTags(o) {
		out = append(out, keywordItem("SET TAG", "set tags: SET TAG name = 'value'", 2),
			keywordItem("UNSET TAG", "remove tags: UNSET TAG name", 3))
	}
	return out
}

// takesTags reports whether ALTER of the object documents SET TAG and
// UNSET TAG.
func takesTags(o *catalog.Object) bool { return o != catalog.Secrets }

// history is what the statements before the caret's say about its
// integration.
func (c *caretContext) history() *history {
	return replayNames(c.an, c.start, c.snap.name, c.full.name)
}

// nameItems are the integrations created or altered earlier in the document.
func (c *caretContext) nameItems() []protocol.CompletionItem {
	if c.full.object != nil {
		return c.objectNameItems()
	}
	h := replay(c.an, c.start)
	var ns []*knownName
	for _, kn := range h.names {
		ns = append(ns, kn)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].order > ns[j].order }) // most recent first
	var out []protocol.CompletionItem
	for i, kn := range ns {
		if kn.text == "" {
			continue // only ever named through an IDENTIFIER('…') that holds no name
		}
		st := h.reg[kn.key]
		detail := fmt.Sprintf("altered on line %d", kn.line+1)
		if st.Created != nil {
			detail = fmt.Sprintf("created on line %d", c.an.Lines.LineOf(st.Created.Base)+1)
		}
		switch {
		case st.Kind == check.KindForeign:
			detail += " · another kind of integration"
		case st.Flow != catalog.FlowNone:
			detail += " · " + st.Flow.Describe() + " flow"
		}
		out = append(out, protocol.CompletionItem{Label: kn.text, Kind: "integration", Detail: detail,
			Documentation: nameMarkdown(c.an, h, kn.key, kn.text),
			InsertText:    kn.text, InsertTextFormat: "plain", SortText: sortKey(0, i)})
	}
	return out
}

// propertyItems are the properties that may come next in CREATE or ALTER
// SET: legal for the statement's flow and not yet given.
func (c *caretContext) propertyItems() []protocol.CompletionItem {
	if c.full.object != nil {
		return c.objectPropertyItems()
	}
	h := c.history()
	if !c.ours(h) {
		return nil
	}
	create := c.full.kind == syntax.KindCreate
	flow := c.statementFlow(h)
	kinds := c.statementKinds(h)
	// The name written after the caret's word, if any, is followed by '=':
	// then insert the name alone.
	nameOnly := false
	if n := c.nextToken(); n != nil && n.Type == parser.SecintLexerEQ {
		nameOnly = true
	}
	var out []protocol.CompletionItem
	for i, p := range catalog.Catalog {
		if (create && !p.InCreate) || (!create && !p.InSet) || c.full.has(p.Name) || p.Kinds&kinds == 0 {
			continue
		}
		rank, note := propertyRank(p, flow, kinds, create)
		if rank < 0 {
			continue
		}
		detail := p.TypeText()
		if note != "" {
			detail = note + " · " + detail
		}
		order := i + 1
		if p.Name == "OAUTH_GRANT" && flow == catalog.FlowNone {
			order = 0 // it decides what else applies
		}
		it := protocol.CompletionItem{Label: p.Name, Kind: "property", Detail: detail,
			Documentation: propertyMarkdown(p, flow), SortText: sortKey(rank, order)}
		if nameOnly {
			it.InsertText, it.InsertTextFormat = p.Name, "plain"
		} else {
			var grants []string // the order of OAUTH_GRANT's values, which only it needs
			if p.Type == catalog.TypeGrant {
				grants = grantOrder(c.full)
			}
			it.InsertText, it.InsertTextFormat = p.Name+" = "+p.Snippet(grants), "snippet"
		}
		out = append(out, it)
	}
	return out
}

// propertyRank orders properties: required ones first in CREATE, then those
// the docs list for the flow, then the ones only tolerated, then the
// undocumented one; -1 leaves a property out (its flow does not take it).
func propertyRank(p *catalog.PropertyInfo, flow catalog.Flow, kinds catalog.Kind, create bool) (int, string) {
	switch {
	case kinds&catalog.KindOAuth2 != 0 && p.Kinds&catalog.KindOAuth2 == 0:
		return 2, p.Kinds.Names() + " only" // kind not known, or known to be OAuth2
	case flow != catalog.FlowNone && p.Flows&flow == 0 && p.Tolerated&flow == 0:
		return -1, ""
	case p.Undocumented:
		return 4, "undocumented"
	case flow != catalog.FlowNone && p.Flows&flow == 0:
		return 3, "accepted, not documented for the " + flow.Describe() + " flow"
	case create && (p.Required && p.Covers(kinds) || p.Name == "TYPE"):
		return 0, "required"
	case p.Name == "OAUTH_GRANT" && flow == catalog.FlowNone:
		return 1, "chooses the flow"
	case flow == catalog.FlowNone && p.Flows != catalog.FlowAll:
		return 2, catalog.FlowNames(p.Flows) + " flow"
	}
	return 1, ""
}

// grantOrder lists the grants, those that fit the statement's other
// properties first.
func grantOrder(m *stmtMachine) []string {
	type g struct {
		name string
		bad  int
	}
	var gs []g
	for _, f := range catalog.FlowAll.Flows() {
		bad := 0
		if m != nil {
			for _, p := range m.props {
				if info := catalog.LookupProperty(p.key); info != nil && info.Flows&f == 0 {
					bad++
					if info.Tolerated&f == 0 {
						bad += 10
					}
				}
			}
		}
		gs = append(gs, g{f.Grant(), bad})
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].bad < gs[j].bad })
	out := make([]string, len(gs))
	for i := range gs {
		out[i] = gs[i].name
	}
	return out
}

// valueItems are the values property key takes.
func (c *caretContext) valueItems(key string) []protocol.CompletionItem {
	if c.full.object != nil {
		return c.objectValueItems(key)
	}
	p := catalog.LookupProperty(key)
	if p == nil {
		return nil
	}
	if c.full.kind == syntax.KindCreate || c.full.kind == syntax.KindAlter {
		if !c.ours(c.history()) && key != "TYPE" {
			return nil
		}
	}
	value := func(label, doc string, rank, order int) protocol.CompletionItem {
		return protocol.CompletionItem{Label: label, Kind: "value", Detail: p.Name + " value", Documentation: doc,
			InsertText: label, InsertTextFormat: "plain", SortText: sortKey(rank, order)}
	}
	var out []protocol.CompletionItem
	switch p.Type {
	case catalog.TypeBool:
		out = append(out, value("TRUE", valueDoc(p, "TRUE"), 0, 0), value("FALSE", valueDoc(p, "FALSE"), 0, 1))
	case catalog.TypeEnum:
		for i, a := range p.Allowed {
			out = append(out, value(a, valueDoc(p, a), 0, i))
		}
	case catalog.TypeGrant:
		for i, g := range grantOrder(c.full) {
			it := value("'"+g+"'", valueDoc(p, g), 0, i)
			it.FilterText = g
			out = append(out, it)
		}
	case catalog.TypeURL:
		out = append(out, snippetValue("'https://…'", "'${1:https://}'", "https", "a URL in single quotes", 0))
	case catalog.TypeString:
		ph := p.PlaceholderText()
		out = append(out, snippetValue("'…'", "'${1:"+ph+"}'", ph, "a string in single quotes", 0))
	case catalog.TypeInteger:
		ex := p.ExampleNumber()
		it := value(ex, fmt.Sprintf("%s seconds (%s)", ex, humanSeconds(ex)), 0, 0)
		if ex == p.Default {
			it.Documentation += ", the default"
		}
		out = append(out, it)
	case catalog.TypeScopes:
		out = append(out, snippetValue("('…')", "('${1:scope}')", "scope", "a list of scopes: ('scope_a', 'scope_b')", 0))
	}
	return out
}

// unsetItems are the properties UNSET takes that the statement has not named.
func (c *caretContext) unsetItems() []protocol.CompletionItem {
	if c.full.object != nil {
		return c.objectUnsetItems()
	}
	h := c.history()
	if !c.ours(h) {
		return nil
	}
	kinds := c.statementKinds(h)
	if !kinds.UnsetDocumented() {
		return nil // the kind's ALTER page documents no UNSET
	}
	var out []protocol.CompletionItem
	for i, p := range catalog.Catalog {
		if !p.InSet || p.Unset != catalog.UnsetDocumented || c.full.has(p.Name) || p.Kinds&kinds == 0 {
			continue
		}
		out = append(out, protocol.CompletionItem{Label: p.Name, Kind: "property", Detail: "reset to its default",
			Documentation: propertyMarkdown(p, catalog.FlowNone), InsertText: p.Name, InsertTextFormat: "plain",
			SortText: sortKey(0, i)})
	}
	return out
}
