package editor

import (
	"sort"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// Completion in the statements of the other objects of a setup: secrets
// (CREATE, ALTER, DESC, DROP SECRET, SHOW SECRETS) and external access
// integrations (CREATE, ALTER). Everything they offer comes from the
// object's catalog table (catalog.Object) and, for names, from what the
// document made before the statement (document.Analysis.IndexAt).

// index is what the document established before the caret's statement.
func (c *caretContext) index() links.Index {
	if c.ix == nil {
		c.ix = c.an.IndexAt(c.start)
	}
	return c.ix
}

// objectKinds are the kinds the object statement at the caret may manage:
// a secret's TYPE (written in the CREATE, or the one the document created it
// with), else every kind of the object.
func (c *caretContext) objectKinds() catalog.Kind {
	m := c.full
	o := m.object
	if !o.Typed {
		return o.All
	}
	if m.kind.Creates() {
		if t, ok := m.values["TYPE"]; ok {
			return catalog.SecretKindsFor(strings.Trim(t, "'"))
		}
		return o.All
	}
	if m.nameKey != "" {
		if s := c.index().Find(links.ClassSecret, m.nameKey); s != nil && s.SecretKinds != catalog.KindNone {
			return s.SecretKinds
		}
	}
	return o.All
}

// objectClass is the class of the objects a statement of object o names.
func objectClass(o *catalog.Object) links.Class {
	if o == catalog.Secrets {
		return links.ClassSecret
	}
	return links.ClassAccess
}

// objectNameItems are the objects of the statement's own kind that the
// document made before it: for ALTER, DESC and DROP, and CREATE OR REPLACE.
func (c *caretContext) objectNameItems() []protocol.CompletionItem {
	o := c.full.object
	class := objectClass(o)
	var objs []*links.Object
	for _, list := range c.index() {
		for _, obj := range list {
			if obj.Class == class {
				objs = append(objs, obj)
			}
		}
	}
	sortObjects(objs)
	return c.objectItems(objs)
}

// objectItems are completion items for objects' names, in the order given:
// the name as written, where it was made and what it is.
func (c *caretContext) objectItems(objs []*links.Object) []protocol.CompletionItem {
	var out []protocol.CompletionItem
	for i, o := range objs {
		out = append(out, protocol.CompletionItem{Label: o.Name, Kind: kindOfClass(o.Class), Detail: objectDetail(c.an, o),
			Documentation: objectMarkdown(c.an, o), InsertText: o.Name, InsertTextFormat: "plain", SortText: sortKey(0, i)})
	}
	return out
}

// sortObjects puts the most recently made first, then those declared
// outside the document by name.
func sortObjects(objs []*links.Object) {
	sort.SliceStable(objs, func(i, j int) bool {
		if objs[i].Def.Start != objs[j].Def.Start {
			return objs[i].Def.Start > objs[j].Def.Start
		}
		return objs[i].Key < objs[j].Key
	})
}

// kindOfClass is the completion item kind of an object's name: every named
// object is an "integration" item (the kinds editors map are keyword,
// property, value, integration and snippet); the item's Detail says which
// kind of object it is.
func kindOfClass(links.Class) string { return "integration" }

// objectPropertyItems are the properties that may come next in a CREATE or
// ALTER SET of a secret or an external access integration: those the
// object's kind takes, not yet given; with the kind unknown (no TYPE yet)
// every kind's, the ones all kinds take first.
func (c *caretContext) objectPropertyItems() []protocol.CompletionItem {
	o := c.full.object
	create := c.full.kind.Creates()
	kinds := c.objectKinds()
	nameOnly := false
	if n := c.nextToken(); n != nil && n.Type == parser.SecintLexerEQ {
		nameOnly = true
	}
	var out []protocol.CompletionItem
	for i, p := range o.Catalog {
		if (create && !p.InCreate) || (!create && !p.InSet) || c.full.has(p.Name) || p.Kinds&kinds == 0 {
			continue
		}
		rank, note := 1, ""
		switch {
		case create && p.Name == "TYPE" && o.Typed:
			rank, note = 0, "required · chooses the other properties"
		case !p.Covers(kinds):
			rank, note = 2, "for "+o.Describe(p.Kinds)
		case create && p.Required:
			rank, note = 0, "required"
		}
		detail := p.TypeText()
		if note != "" {
			detail = note + " · " + detail
		}
		it := protocol.CompletionItem{Label: p.Name, Kind: "property", Detail: detail,
			Documentation: objectPropertyMarkdown(o, p), SortText: sortKey(rank, i)}
		if nameOnly {
			it.InsertText, it.InsertTextFormat = p.Name, "plain"
		} else {
			it.InsertText, it.InsertTextFormat = p.Name+" = "+p.Snippet(nil), "snippet"
		}
		out = append(out, it)
	}
	return out
}

// objectUnsetItems are the properties UNSET is documented for that the
// statement has not named.
func (c *caretContext) objectUnsetItems() []protocol.CompletionItem {
	o := c.full.object
	kinds := c.objectKinds()
	var out []protocol.CompletionItem
	for i, p := range o.Catalog {
		if !p.InSet || p.Unset != catalog.UnsetDocumented || c.full.has(p.Name) || p.Kinds&kinds == 0 {
			continue
		}
		out = append(out, protocol.CompletionItem{Label: p.Name, Kind: "property", Detail: "remove its value",
			Documentation: objectPropertyMarkdown(o, p), InsertText: p.Name, InsertTextFormat: "plain", SortText: sortKey(0, i)})
	}
	return out
}

// objectValueItems are the values a secret's or an external access
// integration's property takes right after its '='.
func (c *caretContext) objectValueItems(key string) []protocol.CompletionItem {
	o := c.full.object
	p := o.Lookup(key)
	if p == nil {
		return nil
	}
	value := func(label, doc string, rank, order int) protocol.CompletionItem {
		return protocol.CompletionItem{Label: label, Kind: "value", Detail: p.Name + " value", Documentation: doc,
			InsertText: label, InsertTextFormat: "plain", SortText: sortKey(rank, order)}
	}
	var out []protocol.CompletionItem
	switch p.Type {
	case catalog.TypeBool:
		out = append(out, value("TRUE", objectValueDoc(o, p, "TRUE"), 0, 0), value("FALSE", objectValueDoc(o, p, "FALSE"), 0, 1))
	case catalog.TypeEnum:
		for i, a := range p.Allowed {
			out = append(out, value(a, objectValueDoc(o, p, a), 0, i))
		}
	case catalog.TypeString:
		if p.Secret {
			// The value is the person's own: a placeholder, never text of theirs.
			out = append(out, snippetValue("'…'", "'${1:"+p.PlaceholderText()+"}'", p.PlaceholderText(), "a string in single quotes; secint never repeats it", 0))
			break
		}
		out = append(out, snippetValue("'…'", "'${1:"+p.PlaceholderText()+"}'", p.PlaceholderText(), "a string in single quotes", 0))
		if p.NullOK && c.full.kind.Alters() {
			out = append(out, value("NULL", "Removes the "+strings.ToLower(p.Name)+".", 1, 0))
		}
	case catalog.TypeTimestamp:
		out = append(out, snippetValue("'2030-01-01 00:00:00'", "'${1:2030-01-01 00:00:00}'", "2030", p.Summary, 0))
	case catalog.TypeScopes:
		out = append(out, snippetValue("('…')", "('${1:scope}')", "scope", "a list of scopes: ('scope_a', 'scope_b')", 0))
	case catalog.TypeName:
		out = append(out, c.referenceItems(p, nil)...)
	case catalog.TypeNameList:
		for i, a := range p.Allowed {
			out = append(out, value(a, objectValueDoc(o, p, a), 0, i))
		}
		out = append(out, snippetValue("( … )", p.Snippet(nil), strings.ReplaceAll(p.Refers.Noun(), " ", "_"), "a list of "+p.Refers.Plural()+" in parentheses", 1))
	}
	return out
}

// objectListItems are what may stand in a list value at the caret: the
// names of the objects the list names (those not listed yet), and for an
// empty list the keywords the property takes (NONE, ALL: the older docs
// write them in parentheses); for OAUTH_SCOPES the scopes the secret's
// integration allows.
func (c *caretContext) objectListItems(key string) []protocol.CompletionItem {
	p := c.full.object.Lookup(key)
	if p == nil || c.at == 0 {
		return nil
	}
	prev := c.toks[c.at-1].Type
	if prev != parser.SecintLexerLPAREN && prev != parser.SecintLexerCOMMA {
		return nil // after an item: ',' or ')' comes next
	}
	// The items written before the caret.
	var listed []string
	var scopes []string
	for j := c.at - 1; j >= 0 && c.toks[j].Type != parser.SecintLexerLPAREN; j-- {
		t := &c.toks[j]
		switch {
		case t.Type == parser.SecintLexerSTRING:
			scopes = append(scopes, syntax.UnescapeString(t.Text))
		case isNameWord(t) && (j == 0 || c.toks[j-1].Type != parser.SecintLexerDOT):
			listed = append(listed, c.itemKey(j))
		}
	}
	switch p.Type {
	case catalog.TypeNameList:
		out := c.referenceItems(p, listed)
		if prev == parser.SecintLexerLPAREN {
			for i, a := range p.Allowed {
				out = append(out, protocol.CompletionItem{Label: a, Kind: "value", Detail: p.Name + " value",
					Documentation: objectValueDoc(c.full.object, p, a), InsertText: a, InsertTextFormat: "plain", SortText: sortKey(1, i)})
			}
		}
		return out
	case catalog.TypeScopes:
		return c.scopeItems(scopes)
	}
	return nil
}

// itemKey is the key of the (possibly qualified) name whose first part is
// token j.
func (c *caretContext) itemKey(j int) string {
	key := syntax.IdentKey(c.toks[j])
	for k := j + 1; k+1 < len(c.toks) && k+1 < c.at && c.toks[k].Type == parser.SecintLexerDOT; k += 2 {
		key += "." + syntax.IdentKey(c.toks[k+1])
	}
	return key
}

// scopeItems are the OAUTH_ALLOWED_SCOPES of the secret's integration, as
// the document made it, that the list does not hold yet.
func (c *caretContext) scopeItems(listed []string) []protocol.CompletionItem {
	ix := c.index()
	key := c.full.refs["API_AUTHENTICATION"]
	if key == "" && c.full.kind.Alters() {
		if s := ix.Find(links.ClassSecret, c.full.nameKey); s != nil {
			key = s.Integration
		}
	}
	in := ix.Find(links.ClassAPIAuth, key)
	if key == "" || in == nil || in.Class != links.ClassAPIAuth {
		return nil
	}
	var out []protocol.CompletionItem
	for i, sc := range in.Allowed {
		if containsString(listed, sc) {
			continue
		}
		label := "'" + strings.ReplaceAll(sc, "'", "''") + "'"
		out = append(out, protocol.CompletionItem{Label: label, Kind: "value", Detail: "allowed by " + in.Name,
			Documentation: "A scope among the OAUTH_ALLOWED_SCOPES of " + mdEscape(syntax.Clip(in.Name)) + " (" + in.Made + ").",
			InsertText:    label, InsertTextFormat: "plain", FilterText: sc, SortText: sortKey(0, i)})
	}
	return out
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// objectNoun names what a statement manages, for its items' documentation.
func objectNoun(m *stmtMachine) string {
	if m.object != nil {
		return m.object.Noun
	}
	return "integration"
}
