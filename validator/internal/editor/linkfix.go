package editor

import (
	"slices"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// allowSecretAction is the quick fix of a secret-not-allowed warning: list
// the routine's secret in ALLOWED_AUTHENTICATION_SECRETS of the external
// access integration the routine names first. Its edit is in another
// statement, so it is made when it is asked for, from the analysis as it
// is, and never kept with the diagnostic (a kept one would go stale when
// the text between the statements changes). It is offered only where it is
// plainly right: the integration is made by a CREATE in the document that
// no later ALTER changed before the routine, so that editing the CREATE is
// what decides the list the routine sees. Fix-all never applies it.
func allowSecretAction(an *document.Analysis, d protocol.Diagnostic) *protocol.CodeAction {
	at := an.Lines.RuneOffset(d.Range.Start)
	var routine *document.ForeignStatement
	for _, f := range an.Foreign() {
		if f.Kind == syntax.ForeignRoutine && f.Base <= at && f.Accesses != nil {
			f := f
			routine = &f
		}
	}
	if routine == nil || len(routine.Accesses.Items) == 0 {
		return nil
	}
	secret := an.Text[d.StartOffset:d.EndOffset]
	ix := an.IndexAt(routine.Base)
	eai := ix.Find(links.ClassAccess, links.RefKey(routine.Accesses.Items[0]))
	if eai == nil || eai.Class != links.ClassAccess || eai.Def.Start < 0 {
		return nil
	}
	var create *syntax.Statement
	for _, st := range an.Statements() {
		if st.Base >= routine.Base {
			break
		}
		if st.Name == nil || st.Name.Key() != eai.Key {
			continue
		}
		switch {
		case st.Kind == syntax.KindCreateAccess && st.Base+st.Name.Start == eai.Def.Start:
			create = st
		case create != nil && st.Kind.Alters():
			return nil // an ALTER since: the CREATE no longer decides alone
		}
	}
	if create == nil || create.Syntax != nil {
		return nil
	}
	edit, ok := addToList(create, "ALLOWED_AUTHENTICATION_SECRETS", secret)
	if !ok {
		return nil
	}
	edit.Start += create.Base
	edit.End += create.Base
	return &protocol.CodeAction{
		Title:      "Allow " + secret + " in " + eai.Name + "'s ALLOWED_AUTHENTICATION_SECRETS",
		Diagnostic: d,
		Edits:      []protocol.TextEdit{{Range: an.Lines.RangeOf(edit.Start, edit.End), NewText: edit.Text}},
	}
}

// runeEdit is an edit in rune offsets from a statement's start.
type runeEdit struct {
	Start, End int
	Text       string
}

// addToList adds item to a CREATE's list property: before the ')' of a
// list, in place of NONE, or as a new property after the last one. ALL
// needs nothing: then there is no edit.
func addToList(st *syntax.Statement, prop, item string) (runeEdit, bool) {
	var p *syntax.Property
	for _, q := range st.Properties {
		if q.Name.Key() == prop {
			p = q
		}
	}
	switch {
	case p == nil:
		if len(st.Properties) == 0 {
			return runeEdit{}, false
		}
		end := st.Properties[len(st.Properties)-1].End
		return runeEdit{end, end, "\n  " + prop + " = (" + item + ")"}, true
	case p.Value == nil:
		return runeEdit{}, false
	case p.Value.Kind == syntax.ValueList:
		v := p.Value
		if len(v.Items) == 0 {
			return runeEdit{v.End - 1, v.End - 1, item}, true
		}
		if len(v.Items) == 1 && v.Items[0].Kind == syntax.ValueWord && !v.Items[0].Quoted && syntax.UpperASCII(v.Items[0].Content) == "NONE" {
			return runeEdit{v.Start, v.End, "(" + item + ")"}, true // (NONE), as older documentation wrote it
		}
		if slices.ContainsFunc(v.Items, func(it *syntax.Value) bool { return it.Kind != syntax.ValueWord && !it.IsString() }) {
			return runeEdit{}, false
		}
		last := v.Items[len(v.Items)-1].End
		return runeEdit{last, last, ", " + item}, true
	case p.Value.Kind == syntax.ValueWord && syntax.UpperASCII(p.Value.Content) == "NONE":
		return runeEdit{p.Value.Start, p.Value.End, "(" + item + ")"}, true
	}
	return runeEdit{}, false
}
