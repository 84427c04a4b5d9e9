package editor

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// Hover explains what stands at pos: a property, a value, or an integration
// name. It returns nil when there is nothing to say. It never shows a secret
// value.
func Hover(an *document.Analysis, pos protocol.Position) *protocol.HoverResult {
	off := an.Lines.RuneOffset(pos)
	s, tok := an.TokenAt(off)
	if s == nil || tok.Hidden || tok.Type == parser.SecintLexerSEMI {
		return nil
	}
	// The statement holding the token (comments left out, no ';').
	var toks []syntax.Token
	idx := -1
	for _, t := range s.Toks {
		if t.Hidden || t.Type == parser.SecintLexerSEMI {
			continue
		}
		if t.Start == tok.Start {
			idx = len(toks)
		}
		toks = append(toks, syntax.ShiftToken(t, s.Start, s.StartByte))
	}
	tok = syntax.ShiftToken(tok, s.Start, s.StartByte)
	if k := syntax.Classify(toks); idx < 0 || k == syntax.KindOther {
		if idx >= 0 && !syntax.SecretValueAt(toks, idx) {
			return routineHover(an, off) // a function's or procedure's reference to the setup
		}
		return nil
	}
	result := func(md string) *protocol.HoverResult {
		if md == "" {
			return nil
		}
		return &protocol.HoverResult{Contents: md, Range: an.Lines.RangeOf(tok.Start, tok.End)}
	}
	m := runMachine(toks, -1, -1, nil)
	role := m.roles[idx]
	if role.kind == roleValue && catalog.IsSecret(role.prop) || syntax.SecretValueAt(toks, idx) {
		return result("A secret value\n\nIt is not shown here: secint never repeats a secret.")
	}
	if syntax.IsUnterminated(tok.Type) {
		return nil
	}
	if role.kind == roleNone {
		role = guessRole(toks, idx)
	}
	stmtStart := toks[0].Start
	if m.object != nil {
		md, from, to := objectHover(an, m, role, toks, idx)
		if md == "" {
			return nil
		}
		return &protocol.HoverResult{Contents: md, Range: an.Lines.RangeOf(toks[from].Start, toks[to].End)}
	}
	h := replayNames(an, stmtStart, m.name)
	if (role.kind == roleProperty || role.kind == roleUnsetItem || role.kind == roleValue) && !m.ours(h) {
		// Another kind of integration: only its TYPE or AUTH_TYPE value is ours to explain.
		if role.kind != roleValue || (role.prop != "TYPE" && role.prop != "AUTH_TYPE") {
			return nil
		}
	}
	switch role.kind {
	case roleProperty, roleUnsetItem:
		key := syntax.IdentKey(tok)
		p := catalog.LookupProperty(key)
		if p == nil {
			if kind := catalog.ForeignKind(key); kind != "" {
				return result(fmt.Sprintf("**%s** · property of %s integrations\n\nNot a property of External API Authentication integrations; secint does not check %s integrations.",
					mdEscape(syntax.Clip(key)), kind, kind))
			}
			return nil
		}
		flow := m.grant
		if flow == catalog.FlowNone && m.kind == syntax.KindAlter && m.name != nil {
			flow = h.reg[syntax.IdentKey(*m.name)].Flow
		}
		return result(propertyMarkdown(p, flow))
	case roleValue:
		return result(valueHover(role.prop, toks, idx))
	case roleName:
		if m.name == nil || m.nameParts != 1 {
			return nil
		}
		md := nameMarkdown(an, h, syntax.IdentKey(*m.name), m.name.Text)
		if m.kind == syntax.KindCreate {
			md = fmt.Sprintf("**%s** · integration\n\nCreated by this statement (line %d)", mdEscape(syntax.Clip(m.name.Text)), an.Lines.LineOf(stmtStart)+1)
			kinds := catalog.KindsFor(strings.Trim(m.values["AUTH_TYPE"], "'"), strings.Trim(m.values["API_PROVIDER"], "'"))
			if _, ok := m.values["AUTH_TYPE"]; ok && kinds&catalog.KindOAuth2 == 0 {
				md += fmt.Sprintf(", as %s (%s).", kinds.Names(), kinds.Describe())
			} else if m.grant != catalog.FlowNone {
				md += ", with the " + m.grant.Describe() + " flow."
			} else {
				md += ", with no OAUTH_GRANT: its flow is not known."
			}
			if kn := h.names[syntax.IdentKey(*m.name)]; kn != nil && kn.created {
				md += fmt.Sprintf(" It replaces the one created on line %d.", kn.line+1)
			}
		}
		return result(md)
	}
	return nil
}

// guessRole names a token's role in a statement the machine could not read
// to that point: `NAME =` is a property, `NAME = value` a value.
func guessRole(toks []syntax.Token, i int) tokenRole {
	t := &toks[i]
	if isNameWord(t) && i+1 < len(toks) && toks[i+1].Type == parser.SecintLexerEQ {
		return tokenRole{kind: roleProperty}
	}
	if i >= 2 && toks[i-1].Type == parser.SecintLexerEQ && isNameWord(&toks[i-2]) {
		return tokenRole{kind: roleValue, prop: syntax.IdentKey(toks[i-2])}
	}
	return tokenRole{}
}

// propertyMarkdown describes a property: what it means, its value, its flows,
// where it may stand, what UNSET does, and a link. With a known flow, it says
// how the property fits that flow.
func propertyMarkdown(p *catalog.PropertyInfo, flow catalog.Flow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** · External API Authentication property\n\n%s\n", p.Name, p.Summary)
	if p.Detail != "" {
		fmt.Fprintf(&b, "\n%s\n", p.Detail)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "- **Value:** %s\n", valueText(p))
	if p.Kinds != catalog.KindsAll {
		fmt.Fprintf(&b, "- **Kinds:** %s (%s)\n", p.Kinds.Names(), p.Kinds.Describe())
	}
	switch {
	case p.Kinds&catalog.KindOAuth2 == 0:
		// flows are OAuth2's
	case p.Flows == catalog.FlowAll:
		b.WriteString("- **Flows:** all three (client credentials, authorization code, JWT bearer)\n")
	default:
		fmt.Fprintf(&b, "- **Flows:** %s", catalog.FlowNames(p.Flows))
		if p.Tolerated != catalog.FlowNone {
			fmt.Fprintf(&b, "; also accepted with %s, though the documentation does not list it there", catalog.FlowNames(p.Tolerated))
		}
		b.WriteString("\n")
	}
	if flow != catalog.FlowNone {
		switch {
		case p.Flows&flow != 0:
			fmt.Fprintf(&b, "- **Here:** this statement's flow (%s) takes it\n", flow.Describe())
		case p.Tolerated&flow != 0:
			fmt.Fprintf(&b, "- **Here:** accepted with this statement's flow (%s), but not documented for it\n", flow.Describe())
		default:
			fmt.Fprintf(&b, "- **Here:** this statement's flow (%s) does not use it\n", flow.Describe())
		}
	}
	switch {
	case p.InCreate && p.InSet:
		b.WriteString("- **Statements:** CREATE and ALTER … SET\n")
	case p.InCreate:
		b.WriteString("- **Statements:** CREATE only; ALTER cannot change it\n")
	}
	switch p.Unset {
	case catalog.UnsetDocumented:
		b.WriteString("- **UNSET:** takes it, and resets it to its default\n")
	case catalog.UnsetNotDocumented:
		b.WriteString("- **UNSET:** not documented for it; SET the value you want instead\n")
	case catalog.UnsetForbidden:
		b.WriteString("- **UNSET:** not allowed: the integration needs a value\n")
	}
	switch {
	case p.Required && p.Kinds != catalog.KindsAll:
		b.WriteString("- **CREATE:** expected in every CREATE of those kinds\n")
	case p.Required || p.Name == "TYPE":
		b.WriteString("- **CREATE:** expected in every CREATE\n")
	}
	if p.Undocumented {
		b.WriteString("- **Note:** on no Snowflake documentation page\n")
	}
	fmt.Fprintf(&b, "\n[Snowflake documentation](%s)", p.DocsURL())
	return b.String()
}

// valueText is a property's value type with its allowed values spelt out.
func valueText(p *catalog.PropertyInfo) string {
	switch p.Type {
	case catalog.TypeBool:
		return "`TRUE` or `FALSE`, bare"
	case catalog.TypeEnum:
		return "one of " + codeList(p.Allowed) + ", bare (not in quotes)"
	case catalog.TypeGrant:
		var qs []string
		for _, a := range p.Allowed {
			qs = append(qs, "'"+a+"'")
		}
		return "one of " + codeList(qs) + " (the bare word works too)"
	case catalog.TypeInteger:
		return fmt.Sprintf("a whole number of seconds, at least %d", p.Min)
	}
	return p.TypeText()
}

func codeList(ws []string) string {
	var cs []string
	for _, w := range ws {
		cs = append(cs, "`"+w+"`")
	}
	return catalog.OrList(cs)
}

// valueDocs says what a keyword value means, in our own words.
var valueDocs = map[string]string{
	"API_AUTHENTICATION":           "The kind of security integration that lets Snowflake authenticate to an outside service (External API Authentication), for example on behalf of external functions or procedures that call an API.",
	"OAUTH2":                       "Authenticate with OAuth 2.0. OAUTH_GRANT then picks the flow: client credentials, authorization code or JWT bearer.",
	"AWS_IAM":                      catalog.KindAWSIAM.Info().Summary,
	"WORKLOAD_IDENTITY_FEDERATION": catalog.WIFSummary,
	"CLIENT_SECRET_BASIC":          "The client id and secret go to the token endpoint in an HTTP Basic `Authorization` header. Newer documentation makes this the default.",
	"CLIENT_SECRET_POST":           "The client id and secret go to the token endpoint as fields of the POST request body.",
	"CLIENT_CREDENTIALS":           "The client credentials flow: Snowflake asks for tokens with the client's own id and secret, with no user signing in. Scopes come from OAUTH_ALLOWED_SCOPES.",
	"AUTHORIZATION_CODE":           "The authorization code flow: a user signs in at the authorization endpoint and consents, and the code they get is traded for an access token and a refresh token.",
	"JWT_BEARER":                   "The JWT bearer flow: a signed JSON Web Token is presented to the token endpoint as the grant, and traded for an access token.",
}

// valueDoc explains one value of a property.
func valueDoc(p *catalog.PropertyInfo, word string) string {
	word = syntax.UpperASCII(word)
	if p.Type == catalog.TypeBool {
		switch {
		case p.Name == "ENABLED" && word == "TRUE":
			return "The integration is on: calls that rely on it may authenticate."
		case p.Name == "ENABLED" && word == "FALSE":
			return "The integration is suspended: calls that rely on it fail until it is enabled again."
		case word == "TRUE":
			return "Boolean true."
		case word == "FALSE":
			return "Boolean false."
		}
	}
	if d, ok := valueDocs[word]; ok {
		return d
	}
	if d := catalog.ValueSummary(word); d != "" && p.Name == "API_PROVIDER" {
		return d
	}
	if p.Name == "TYPE" && slices.Contains(catalog.OtherTypes, word) {
		return fmt.Sprintf("Another kind of security integration (%s), not External API Authentication; secint does not check it.", word)
	}
	return ""
}

// valueHover explains the value at token i of property key.
func valueHover(key string, toks []syntax.Token, i int) string {
	p := catalog.LookupProperty(key)
	t := &toks[i]
	if p == nil {
		return ""
	}
	switch {
	case t.Type == parser.SecintLexerNUMBER && p.Type == catalog.TypeInteger:
		if strings.ContainsAny(t.Text, ".eE") {
			return ""
		}
		negative := i > 0 && toks[i-1].Type == parser.SecintLexerMINUS
		if negative {
			return fmt.Sprintf("**-%s** · %s\n\nA negative number; %s must be at least %d.", t.Text, p.Name, p.Name, p.Min)
		}
		md := fmt.Sprintf("**%s** seconds · %s\n\n%s.", t.Text, p.Name, upperFirst(humanSeconds(t.Text)))
		switch {
		case t.Text == "0" && p.Name == "OAUTH_ACCESS_TOKEN_VALIDITY":
			md = fmt.Sprintf("**0** · %s\n\nResets it: the token response alone says how long an access token lives.", p.Name)
		case t.Text == "7776000" && p.Name == "OAUTH_REFRESH_TOKEN_VALIDITY":
			md += " This is the default."
		}
		return md
	case t.Type == parser.SecintLexerID || syntax.IsKeywordType(t.Type) || syntax.IsSoftKeyword(t.Type):
		word := syntax.IdentKey(*t)
		if d := valueDoc(p, word); d != "" && (p.Type == catalog.TypeBool || p.Type == catalog.TypeEnum || p.Type == catalog.TypeGrant) {
			return fmt.Sprintf("**%s** · %s value\n\n%s", word, p.Name, d)
		}
	case t.Type == parser.SecintLexerSTRING || t.Type == parser.SecintLexerDOLLAR_STRING:
		word := syntax.UpperASCII(strings.TrimSpace(syntax.UnescapeString(t.Text)))
		if p.Type != catalog.TypeBool && p.Type != catalog.TypeEnum && p.Type != catalog.TypeGrant {
			return ""
		}
		allowed := p.Allowed
		if p.Type == catalog.TypeBool {
			allowed = []string{"TRUE", "FALSE"}
		}
		if !slices.Contains(allowed, word) {
			return ""
		}
		md := fmt.Sprintf("**%s** · %s value\n\n%s", word, p.Name, valueDoc(p, word))
		if p.Type != catalog.TypeGrant {
			md += "\n\nWritten here as a string; the documentation writes it bare: " + word + "."
		}
		return md
	}
	return ""
}

// nameMarkdown says where an integration was created in the document, and
// with which flow, as of the statement that starts the history h.
func nameMarkdown(an *document.Analysis, h *history, key, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** · integration\n\n", mdEscape(syntax.Clip(text)))
	st, known := h.reg[key]
	switch {
	case known && st.Created != nil:
		line := an.Lines.LineOf(st.Created.Base) + 1
		if st.Kind == check.KindForeign {
			fmt.Fprintf(&b, "Created on line %d as another kind of integration; secint leaves its statements alone.", line)
			break
		}
		fmt.Fprintf(&b, "Created on line %d as an External API Authentication integration", line)
		if st.Kinds != catalog.KindNone && st.Kinds&catalog.KindOAuth2 == 0 {
			fmt.Fprintf(&b, " of %s (%s).", st.Kinds.Names(), st.Kinds.Describe())
			break
		}
		if st.Flow != catalog.FlowNone {
			fmt.Fprintf(&b, ", with the %s flow (OAUTH_GRANT = '%s').", st.Flow.Describe(), st.Flow.Grant())
		} else {
			b.WriteString(", with no OAUTH_GRANT: its flow is not known, so the properties of every flow are accepted.")
		}
	case hasDropped(h, key):
		fmt.Fprintf(&b, "Dropped on line %d, and not created again before this statement.", h.dropped[key]+1)
	case known && st.Flow != catalog.FlowNone:
		fmt.Fprintf(&b, "Not created in this document; an earlier ALTER set its flow to %s (OAUTH_GRANT = '%s').", st.Flow.Describe(), st.Flow.Grant())
	default:
		b.WriteString("Not created in this document, so secint knows its kind and flow only from the statement itself.")
	}
	return b.String()
}

func hasDropped(h *history, key string) bool {
	_, ok := h.dropped[key]
	return ok
}

// humanSeconds turns a number of seconds into words: "1 hour", "90 days".
func humanSeconds(s string) string {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return s + " seconds"
	}
	units := []struct {
		size int64
		name string
	}{{86400, "day"}, {3600, "hour"}, {60, "minute"}}
	for _, u := range units {
		if n >= u.size && n%u.size == 0 {
			return plural(n/u.size, u.name)
		}
	}
	return plural(n, "second")
}

func plural(n int64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// mdEscape keeps a name from being read as markdown.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`)
	return r.Replace(s)
}
