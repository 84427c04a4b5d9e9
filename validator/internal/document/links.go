package document

import (
	"slices"

	"github.com/secint/secint/validator/internal/existing"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// checkLinks checks again the links of each statement that was just parsed
// or whose objects an edit affected, and returns todo with every statement
// whose links changed (checked again, so that its diagnostics hold them).
//
// Most edits touch one statement: then each statement to check replays,
// from the slot maps, only the statements before it that make or change
// the objects it reads. When many are to be checked (a new document, a new
// context) one walk over the document, keeping every object, costs less.
// The two must agree: the edit tests compare an edited document (replays)
// with a fresh analysis (the walk).
func (d *Document) checkLinks(todo []*segment) []*segment {
	all := d.relinkAll
	d.relinkAll = false
	var check []*segment
	seen := map[*segment]bool{}
	want := func(s *segment) {
		if !s.dead && s.facts != nil && s.facts.HasRefs() && !seen[s] {
			seen[s] = true
			check = append(check, s)
		}
	}
	if !all {
		for _, s := range d.fresh {
			if s.linkFresh {
				want(s)
			}
		}
		d.affected.each(func(slot string) {
			for _, u := range d.slots.users.live(slot) {
				want(u)
				// An ALTER SECRET reads its secret's integration: a
				// statement that changes which one (or the integration
				// itself) reaches it through the secret.
				for _, k := range u.facts.Slots {
					for _, v := range d.slots.users.live(k) {
						if v.facts.AltersSecret() != "" {
							want(v)
						}
					}
				}
			}
		})
	}
	relink := func(s *segment, found []rules.Finding) {
		if !sameFindings(found, s.links) {
			s.links = found
			if !s.dirty {
				s.dirty = true
				todo = append(todo, s)
			}
		}
	}
	if all || len(check) > 64 && len(check) > d.slots.count/8 {
		ix := d.Context.Clone()
		for _, s := range d.Segs {
			if s.facts == nil || s.dead {
				continue
			}
			if s.facts.HasRefs() && (all || seen[s]) {
				relink(s, s.facts.Check(ix))
			}
			s.facts.Apply(ix, s.base())
		}
	} else {
		for _, s := range check {
			relink(s, s.facts.Check(d.replay(s)))
		}
	}
	for _, s := range d.fresh {
		s.linkFresh = false
	}
	return todo
}

// replay is what is known, before statement s, of the objects its checks
// read: the context's entries for their slots, then the statements of the
// document before s that make or change them, in order.
func (d *Document) replay(s *segment) links.Index {
	ix := links.Index{}
	done := map[string]bool{}
	slot := func(sl string) {
		if done[sl] {
			return
		}
		done[sl] = true
		if c := d.Context[sl]; c != nil {
			ix[sl] = append([]*links.Object(nil), c...)
		}
		defs := d.slots.defs.live(sl)
		slices.SortFunc(defs, func(a, b *segment) int { return a.Start - b.Start })
		for _, def := range defs {
			if def.Start < s.Start {
				def.facts.Apply(ix, def.base())
			}
		}
	}
	for _, sl := range s.facts.StaticDeps() {
		slot(sl)
	}
	for _, sl := range s.facts.Deps(ix) { // an ALTER SECRET's integration, now known
		slot(sl)
	}
	return ix
}

// slotMaps file the statements with links by slot: defs[slot] are those
// that make, change or drop the object, users[slot] those whose checks read
// it (StaticDeps). A segment is filed when it is parsed; a removed one is
// dropped from a list when the list is next read.
type slotMaps struct {
	defs, users slotList
	count       int // segments filed, removed ones included until dropped
}

type slotList map[string][]*segment

func (m *slotMaps) file(s *segment) {
	if m.defs == nil {
		m.defs, m.users = slotList{}, slotList{}
	}
	for _, sl := range s.facts.Slots {
		m.defs[sl] = append(m.defs[sl], s)
	}
	for _, sl := range s.facts.StaticDeps() {
		m.users[sl] = append(m.users[sl], s)
	}
	m.count++
}

// live is the list of slot without the removed segments (dropped for good).
func (l slotList) live(slot string) []*segment {
	list := l[slot]
	out := list[:0]
	for _, s := range list {
		if !s.dead {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		delete(l, slot)
		return nil
	}
	l[slot] = out
	return out
}

// LinkDeps are the slots of the objects the segment's links read (none for
// a statement without links): what a partial check must take in with it.
func (s *segment) LinkDeps() []string {
	if s.facts == nil {
		return nil
	}
	return s.facts.StaticDeps()
}

// base is the rune offset of the segment's statement in the document.
func (s *segment) base() int {
	switch {
	case s.St != nil:
		return s.St.Base
	case s.foreign != nil:
		return s.Start + s.foreignAt
	}
	return s.Start
}

// IndexAt is what is known of the setup's objects before the statement
// that starts at rune offset at (the whole document for at past its end):
// for hover, completion and definitions.
func (d *Document) IndexAt(at int) links.Index { return indexAt(d.Context, d.Segs, at) }

// IndexAt is the Document's IndexAt for the text this analysis was made of:
// what editor features (completion, hover, symbols) read.
func (an *Analysis) IndexAt(at int) links.Index { return indexAt(an.Context, an.Segs, at) }

func indexAt(context links.Index, segs []*segment, at int) links.Index {
	ix := context.Clone()
	for _, s := range segs {
		if s.end() > at {
			break
		}
		if s.facts != nil {
			s.facts.Apply(ix, s.base())
		}
	}
	return ix
}

// SetContext declares the objects made outside the document (nil: none),
// and checks the document again against them.
func (d *Document) SetContext(c *existing.Context) {
	d.setContext(c)
	if d.over {
		return // kept, not checked: the context applies once it is checked again
	}
	d.analyze()
}

func (d *Document) setContext(c *existing.Context) {
	d.Context, d.ContextReg = c.Seed()
	for _, s := range d.Segs {
		d.affected.add(s.Name)
	}
	d.relinkAll = true
}

func sameFindings(a, b []rules.Finding) bool {
	return slices.EqualFunc(a, b, func(x, y rules.Finding) bool {
		return x.Rule == y.Rule && x.Msg == y.Msg && x.Start == y.Start && x.End == y.End && slices.EqualFunc(x.Fixes, y.Fixes, func(f, g rules.Fix) bool {
			return f.Title == g.Title && slices.Equal(f.Edits, g.Edits)
		})
	})
}

// ForeignStatement is a statement outside our family that the links read
// (a network rule, a function or procedure), with Base, the rune offset its
// Foreign's offsets count from.
type ForeignStatement struct {
	*syntax.Foreign
	Base int
}

// Foreign lists the document's foreign statements in document order: the
// editor's symbols (network rules, a routine's references) read them.
func (an *Analysis) Foreign() []ForeignStatement {
	var out []ForeignStatement
	for _, s := range an.Segs {
		if s.foreign != nil {
			out = append(out, ForeignStatement{s.foreign, s.Start + s.foreignAt})
		}
	}
	return out
}
