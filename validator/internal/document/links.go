package document

import (
	"slices"

	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// checkLinks follows the document in order, keeping what is known of each
// object of the setup (seeded by the objects declared outside it), and
// checks again the links of each statement that was just parsed or whose
// objects an edit affected. A statement whose links changed is checked
// again (added to todo), so that its diagnostics hold them.
func (d *Document) checkLinks(todo []*segment) []*segment {
	ix := d.Context.Clone()
	all := d.relinkAll
	d.relinkAll = false
	for _, s := range d.Segs {
		if s.facts == nil || s.dead {
			continue
		}
		if s.facts.HasRefs() && (all || s.linkFresh || d.touches(s.facts.Deps(ix))) {
			found := s.facts.Check(ix)
			if !sameFindings(found, s.links) {
				s.links = found
				if !s.dirty {
					s.dirty = true
					todo = append(todo, s)
				}
			}
		}
		s.linkFresh = false
		s.facts.Apply(ix, s.base())
	}
	return todo
}

// touches reports whether the edits affected any of the slots.
func (d *Document) touches(slots []string) bool {
	for _, sl := range slots {
		if d.affected.has(sl) {
			return true
		}
	}
	return false
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
func (an *Analysis) IndexAt(at int) links.Index { return indexAt(an.context, an.Segs, at) }

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
