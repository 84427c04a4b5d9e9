package editor

import (
	"fmt"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// References between the objects of a setup, for completion and hover: the
// names a reference slot may take (a secret's API_AUTHENTICATION, the lists
// of an external access integration) and what the document says of the
// object a name refers to. An Object (links) holds kinds, names, scopes and
// modes, never a value: nothing here can repeat a secret.

// refClass is the class of object a property's value names.
func refClass(r catalog.Ref) links.Class {
	switch r {
	case catalog.RefSecret:
		return links.ClassSecret
	case catalog.RefNetworkRule:
		return links.ClassRule
	}
	return links.ClassAPIAuth
}

// referenceItems are the document's objects that may stand in property p's
// reference slot, those listed left out: integrations of TYPE =
// API_AUTHENTICATION (for a secret's API_AUTHENTICATION, those whose
// AUTH_TYPE pairs with its TYPE), secrets, or egress network rules.
func (c *caretContext) referenceItems(p *catalog.PropertyInfo, listed []string) []protocol.CompletionItem {
	class := refClass(p.Refers)
	need := catalog.KindNone
	if c.full.object == catalog.Secrets && p.Type == catalog.TypeName {
		need = links.NeededKinds(c.objectKinds())
	}
	var objs []*links.Object
	for _, list := range c.index() {
		for _, o := range list {
			if o.Class != class || isListed(listed, o.Key) {
				continue
			}
			switch {
			case class == links.ClassAPIAuth && need != catalog.KindNone && o.State.Kinds != catalog.KindNone && o.State.Kinds&need == 0:
				continue // another AUTH_TYPE than the secret's TYPE needs
			case class == links.ClassRule && !strings.HasSuffix(o.Mode, "EGRESS"):
				continue // an external access integration takes only egress rules
			}
			objs = append(objs, o)
		}
	}
	sortObjects(objs)
	return c.objectItems(objs)
}

// isListed reports whether a list already names the object of key (with
// or without its qualification).
func isListed(listed []string, key string) bool {
	for _, l := range listed {
		if l == key || strings.HasSuffix(key, "."+l) || strings.HasSuffix(l, "."+key) {
			return true
		}
	}
	return false
}

// madeWhere says where an object was made: "line 3" or "outside the
// document".
func madeWhere(an *document.Analysis, o *links.Object) string {
	if o.Def.Start < 0 {
		return "declared outside the document"
	}
	return fmt.Sprintf("line %d", an.Lines.LineOf(o.Def.Start)+1)
}

// objectDetail is one line on an object: where it was made and its kind.
func objectDetail(an *document.Analysis, o *links.Object) string {
	d := madeWhere(an, o)
	switch o.Class {
	case links.ClassAPIAuth:
		if k := o.State.Kinds; k != catalog.KindNone {
			d += " · " + k.Names()
		}
		if f := o.State.Flow; f != catalog.FlowNone {
			d += " · " + f.Describe() + " flow"
		}
	case links.ClassSecret:
		if k := o.SecretKinds; k != catalog.KindsSecret && k != catalog.KindNone {
			d += " · " + catalog.DescribeSecret(k)
		}
	case links.ClassRule:
		d += " · MODE = " + o.Mode
	}
	return d
}

// classNoun names an object's class for people.
func classNoun(o *links.Object) string {
	switch o.Class {
	case links.ClassAPIAuth:
		return "security integration (TYPE = API_AUTHENTICATION)"
	case links.ClassIntegration:
		return "integration of another kind"
	case links.ClassAccess:
		return "external access integration"
	case links.ClassSecret:
		return "secret"
	case links.ClassRule:
		return "network rule"
	}
	return "integration"
}

// objectMarkdown summarises what the document says of an object at a point:
// its kind, what it holds that other objects depend on, and where it was
// made. It names kinds, flows, scopes, modes and other objects' names; an
// Object holds no value, so no secret can appear.
func objectMarkdown(an *document.Analysis, o *links.Object) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** · %s\n\n", mdEscape(clipName(o.Name)), classNoun(o))
	if o.Def.Start < 0 {
		b.WriteString("Declared outside the document.\n")
	} else {
		fmt.Fprintf(&b, "%s (line %d).\n", mdEscape(upperFirst(o.Made)), an.Lines.LineOf(o.Def.Start)+1)
	}
	item := func(label, text string) { fmt.Fprintf(&b, "- **%s:** %s\n", label, text) }
	b.WriteString("\n")
	switch o.Class {
	case links.ClassAPIAuth:
		if k := o.State.Kinds; k != catalog.KindNone {
			item("Kind", fmt.Sprintf("%s (%s)", k.Names(), k.Describe()))
		} else {
			item("Kind", "no AUTH_TYPE known")
		}
		if o.State.Kinds&catalog.KindOAuth2 != 0 || o.State.Kinds == catalog.KindNone {
			if f := o.State.Flow; f != catalog.FlowNone {
				item("Flow", fmt.Sprintf("%s (OAUTH_GRANT = '%s')", f.Describe(), f.Grant()))
			} else {
				item("Flow", "not known (no OAUTH_GRANT)")
			}
		}
		switch {
		case o.Allowed == nil:
			item("Allowed scopes", "not given in the document")
		case len(o.Allowed) == 0:
			item("Allowed scopes", "none")
		default:
			item("Allowed scopes", codeJoin(clipAll(o.Allowed)))
		}
	case links.ClassIntegration:
		if o.Type != "" {
			item("Type", codeSpan(o.Type)+": not External API Authentication")
		}
	case links.ClassSecret:
		if k := o.SecretKinds; k != catalog.KindNone && k != catalog.KindsSecret {
			item("Type", catalog.DescribeSecret(k))
		} else {
			item("Type", "not known")
		}
		if o.Integration != "" {
			item("Integration", codeSpan(o.Integration)+" (its API_AUTHENTICATION)")
		}
		if o.Scopes != nil {
			if len(o.Scopes) == 0 {
				item("Scopes", "none: all the integration's allowed scopes")
			} else {
				item("Scopes", codeJoin(clipAll(o.Scopes)))
			}
		}
		if o.Refresh {
			item("Refresh token", "given (its value is never shown)")
		}
	case links.ClassAccess:
		item("Network rules", nameList(o.Rules, ""))
		if o.IntsKnown {
			item("Integrations", nameList(o.Integrations, "NONE"))
		}
		switch {
		case o.AllSecrets && o.SecretsKnown:
			item("Secrets", "ALL")
		case o.SecretsKnown:
			item("Secrets", nameList(o.Secrets, "NONE"))
		}
	case links.ClassRule:
		item("Mode", o.Mode)
		if !strings.HasSuffix(o.Mode, "EGRESS") {
			b.WriteString("\nNot an egress rule: an external access integration cannot use it.\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func nameList(keys []string, empty string) string {
	if len(keys) == 0 {
		if empty == "" {
			return "none given"
		}
		return empty
	}
	return codeJoin(clipAll(keys))
}

// codeSpan writes a name as code (a backtick in it would end the span).
func codeSpan(s string) string { return "`" + strings.ReplaceAll(clipName(s), "`", "'") + "`" }

// codeJoin writes items as code, separated by commas.
func codeJoin(xs []string) string {
	var cs []string
	for _, x := range xs {
		if strings.HasPrefix(x, "… ") {
			cs = append(cs, x) // how many more
			continue
		}
		cs = append(cs, codeSpan(x))
	}
	return strings.Join(cs, ", ")
}

func clipName(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "…"
	}
	return s
}

func clipAll(xs []string) []string {
	out := make([]string, 0, len(xs))
	for i, x := range xs {
		if i == 8 {
			out = append(out, fmt.Sprintf("… %d more", len(xs)-i))
			break
		}
		out = append(out, clipName(x))
	}
	return out
}

// objectPropertyMarkdown describes a property of a secret or an external
// access integration from its catalog row.
func objectPropertyMarkdown(o *catalog.Object, p *catalog.PropertyInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** · %s property\n\n%s\n", p.Name, o.Noun, p.Summary)
	if p.Detail != "" {
		fmt.Fprintf(&b, "\n%s\n", p.Detail)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "- **Value:** %s\n", objectValueText(p))
	if o.Typed && p.Kinds != o.All {
		fmt.Fprintf(&b, "- **Secrets:** %s\n", catalog.DescribeSecret(p.Kinds))
	}
	switch {
	case p.InCreate && p.InSet:
		fmt.Fprintf(&b, "- **Statements:** CREATE and ALTER %s … SET\n", o.Command)
	case p.InCreate:
		fmt.Fprintf(&b, "- **Statements:** CREATE only; ALTER %s cannot change it\n", o.Command)
	}
	switch p.Unset {
	case catalog.UnsetDocumented:
		b.WriteString("- **UNSET:** takes it\n")
	case catalog.UnsetNotDocumented:
		b.WriteString("- **UNSET:** not documented for it\n")
	case catalog.UnsetForbidden:
		b.WriteString("- **UNSET:** not allowed\n")
	}
	if p.Required {
		if o.Typed {
			b.WriteString("- **CREATE:** expected for those types\n")
		} else {
			b.WriteString("- **CREATE:** expected in every CREATE\n")
		}
	}
	if p.Secret {
		b.WriteString("- **Secret:** its value is never shown by secint (nor by DESCRIBE)\n")
	}
	fmt.Fprintf(&b, "\n[Snowflake documentation](%s)", p.DocsURL())
	return b.String()
}

func objectValueText(p *catalog.PropertyInfo) string {
	switch p.Type {
	case catalog.TypeBool:
		return "`TRUE` or `FALSE`, bare"
	case catalog.TypeEnum:
		return "one of " + codeList(p.Allowed) + ", bare (not in quotes)"
	case catalog.TypeName:
		return "the name of a " + p.Refers.Noun()
	}
	return p.TypeText()
}

// objectValueDoc explains one keyword value of an object's property.
func objectValueDoc(o *catalog.Object, p *catalog.PropertyInfo, word string) string {
	switch {
	case p.Name == "TYPE" && o.Typed:
		for _, t := range catalog.SecretTypeTable {
			if t.Type == word {
				return t.Summary
			}
		}
	case p.Type == catalog.TypeBool && p.Name == "ENABLED" && word == "TRUE":
		return "The " + o.Noun + " may be used."
	case p.Type == catalog.TypeBool && p.Name == "ENABLED" && word == "FALSE":
		return "The " + o.Noun + " is suspended: code that relies on it fails until it is enabled again."
	case word == "NONE":
		return "No " + p.Refers.Plural() + " at all."
	case word == "ALL":
		return "Any " + p.Refers.Noun() + ": the integration refuses none."
	case word == "GENERIC" && p.Name == "ALGORITHM":
		return "A 256-bit key that Snowflake generates."
	}
	return ""
}

// objectHover explains token idx of a secret's or an external access
// integration's statement: a property from its catalog row, a keyword value,
// the object a reference names, or the statement's own object. It returns
// the markdown and the tokens the hover covers (a qualified name whole).
// Secret values never get here: Hover answers for them first.
func objectHover(an *document.Analysis, m *stmtMachine, role tokenRole, toks []syntax.Token, idx int) (string, int, int) {
	o := m.object
	tok := &toks[idx]
	switch role.kind {
	case roleProperty, roleUnsetItem:
		if p := o.Lookup(syntax.IdentKey(*tok)); p != nil {
			return objectPropertyMarkdown(o, p), idx, idx
		}
	case roleValue:
		p := o.Lookup(role.prop)
		if p == nil || p.Secret || catalog.IsSecret(role.prop) {
			return "", 0, 0
		}
		word := ""
		if isNameWord(tok) && tok.Type != parser.SecintLexerQUOTED_ID {
			word = syntax.UpperASCII(tok.Text)
		}
		if d := objectValueDoc(o, p, word); d != "" && (p.Type != catalog.TypeNameList || isListKeyword(toks, idx)) {
			return fmt.Sprintf("**%s** · %s value\n\n%s", word, p.Name, d), idx, idx
		}
		if p.Refers == catalog.RefNone {
			return "", 0, 0
		}
		from, to, key, text := referenceAt(toks, idx)
		if key == "" {
			return "", 0, 0
		}
		ix := an.IndexAt(toks[0].Start)
		ref := ix.Find(refClass(p.Refers), key)
		if ref == nil {
			return fmt.Sprintf("**%s** · %s\n\nNot made in this document before this statement, so secint knows nothing more of it.",
				mdEscape(clipName(text)), p.Refers.Noun()), from, to
		}
		return objectMarkdown(an, ref), from, to
	case roleName:
		if m.name == nil {
			return "", 0, 0
		}
		from, to := idx, idx
		for from > 0 && m.roles[from-1].kind == roleName || from > 1 && toks[from-1].Type == parser.SecintLexerDOT && m.roles[from-2].kind == roleName {
			from--
		}
		for to+1 < len(toks) && (m.roles[to+1].kind == roleName || toks[to+1].Type == parser.SecintLexerDOT && to+2 < len(toks) && m.roles[to+2].kind == roleName) {
			to++
		}
		var text strings.Builder
		for i := from; i <= to; i++ {
			text.WriteString(toks[i].Text)
		}
		if m.kind.Creates() {
			return fmt.Sprintf("**%s** · %s\n\nCreated by this statement (line %d).", mdEscape(clipName(text.String())), o.Noun,
				an.Lines.LineOf(toks[0].Start)+1), from, to
		}
		ix := an.IndexAt(toks[0].Start)
		if ref := ix.Find(objectClass(o), m.nameKey); ref != nil {
			return objectMarkdown(an, ref), from, to
		}
		return fmt.Sprintf("**%s** · %s\n\nNot created in this document before this statement.", mdEscape(clipName(text.String())), o.Noun), from, to
	}
	return "", 0, 0
}

// isListKeyword reports whether token idx is a keyword standing for a
// whole list (NONE, ALL): alone, bare or in parentheses.
func isListKeyword(toks []syntax.Token, idx int) bool {
	before := idx == 0 || toks[idx-1].Type == parser.SecintLexerEQ || toks[idx-1].Type == parser.SecintLexerLPAREN
	after := idx+1 >= len(toks) || toks[idx+1].Type != parser.SecintLexerDOT && toks[idx+1].Type != parser.SecintLexerCOMMA
	return before && after
}

// referenceAt reads the name token idx belongs to: a possibly qualified
// name, or a string holding one. It returns the tokens it spans, its key as
// the link checks make it (links.RefKey) and its text.
func referenceAt(toks []syntax.Token, idx int) (int, int, string, string) {
	t := &toks[idx]
	if t.Type == parser.SecintLexerSTRING || t.Type == parser.SecintLexerDOLLAR_STRING {
		content := syntax.UnescapeString(t.Text)
		v := &syntax.Value{Kind: syntax.ValueString, Content: content}
		if t.Type == parser.SecintLexerDOLLAR_STRING {
			v.Kind = syntax.ValueDollar
		}
		return idx, idx, links.RefKey(v), strings.TrimSpace(content)
	}
	if t.Type == parser.SecintLexerDOT {
		return 0, 0, "", ""
	}
	from, to := idx, idx
	for from >= 2 && toks[from-1].Type == parser.SecintLexerDOT && isNameWord(&toks[from-2]) {
		from -= 2
	}
	for to+2 < len(toks) && toks[to+1].Type == parser.SecintLexerDOT && isNameWord(&toks[to+2]) {
		to += 2
	}
	var key, text []string
	for i := from; i <= to; i += 2 {
		key = append(key, syntax.IdentKey(toks[i]))
		text = append(text, toks[i].Text)
	}
	return from, to, strings.Join(key, "."), strings.Join(text, ".")
}
