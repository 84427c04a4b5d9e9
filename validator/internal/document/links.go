package document

import (
	"slices"

	"github.com/secint/secint/validator/internal/existing"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/rules"
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
func (d *Document) IndexAt(at int) links.Index { return d.Analysis().IndexAt(at) }

// IndexAt is Document.IndexAt for the analysed text.
func (an *Analysis) IndexAt(at int) links.Index {
	ix := an.Context.Clone()
	for _, s := range an.Segs {
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
