package document

import (
	"strings"

	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/progress"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// What an analysis does once an edit has replaced the segments it touched:
// parse the new segments, follow what earlier statements establish about
// each integration and the setup's links, and check what changed.

// analyze brings the segments' diagnostics up to date and assembles the
// Analysis.
func (d *Document) analyze() {
	var todo []*segment
	for k, s := range d.fresh {
		if s.dead {
			continue
		}
		if k&15 == 15 {
			progress.Tick()
		}
		d.parseSegment(s)
		todo = append(todo, s)
	}
	for _, s := range d.recheck {
		if s.dead || s.dirty || s.St == nil {
			continue
		}
		if p := d.linePrefix(s); p != s.linePrefix {
			s.linePrefix, s.dirty = p, true
			todo = append(todo, s)
		}
	}
	// What earlier statements establish about an integration: followed only
	// for the names of statements made or removed.
	if !d.affected.empty() {
		reg := check.Registry{}
		for k, v := range d.ContextReg {
			reg[k] = v
		}
		for _, s := range d.Segs {
			if s.Name == "" || !d.affected.has(s.Name) {
				continue
			}
			if s.St.Kind == syntax.KindAlter || s.St.Kind == syntax.KindAlterSecret {
				seen := reg[s.Name]
				seen.Created = nil // the checks do not read it
				if seen != s.seen {
					s.seen = seen
					if !s.dirty {
						s.dirty = true
						todo = append(todo, s)
					}
				}
			}
			reg.Apply(s.St)
		}
	}
	if d.relink || d.relinkAll || !d.affected.empty() {
		todo = d.checkLinks(todo)
	}
	for k, s := range todo {
		if k&15 == 15 {
			progress.Tick()
		}
		if s.dirty && !s.dead {
			d.checkSegment(s)
		}
	}
	d.fresh, d.recheck = d.fresh[:0], d.recheck[:0]
	d.affected.clear()
	d.relink = false
	d.Graveyard.trim(len(d.text))
	d.an = d.assemble()
}

// parseSegment classifies a new segment and parses its statement when it is
// ours, or takes the parse and diagnostics of a removed segment with the same
// text.
func (d *Document) parseSegment(s *segment) {
	s.dirty = true
	s.foreign, s.facts, s.links = nil, nil, nil
	if s.stmt >= 0 {
		sp := s.span()
		s.kind = syntax.Classify(sp.Tokens)
		if s.kind == syntax.KindOther {
			s.miss = syntax.NearMiss(sp.Tokens)
			if s.miss == nil {
				if f := syntax.ReadForeign(sp); f != nil {
					s.foreign, s.foreignAt, s.facts = f, sp.Start, links.ForeignFacts(f)
				}
			}
		} else if n := visibleTokens(sp.Tokens); n > MaxStatementTokens {
			// Not parsed: left as other SQL is, with a note that says why.
			s.kind, s.miss = syntax.KindOther, tooLong(sp.Tokens, n)
		}
		if s.kind != syntax.KindOther {
			if old := d.Graveyard.take(s.Text); old != nil && old.St != nil {
				st := *old.St // shares the parse: only where it stands differs
				s.St, s.diags, s.counts, s.hidden, s.seen, s.linePrefix, s.dirty = &st, old.diags, old.counts, old.hidden, old.seen, old.linePrefix, false
				s.links = old.links // its diags hold them
			} else {
				s.St = syntax.ParseStatement(sp, s.kind)
			}
			s.St.Base, s.St.BaseByte = s.Start+sp.Start, s.StartByte+sp.StartByte
			if s.Name = check.RegistryKey(s.St); s.Name != "" {
				d.affected.add(s.Name)
			}
			s.facts = links.FactsOf(s.St)
			if p := d.linePrefix(s); p != s.linePrefix {
				s.linePrefix, s.dirty = p, true
			}
		}
	}
	if s.facts != nil {
		for _, sl := range s.facts.Slots {
			d.affected.add(sl)
		}
		s.linkFresh = true
		d.relink = d.relink || s.facts.HasRefs()
		d.slots.file(s)
	}
}

// span is the segment's statement, in the segment's offsets.
func (s *segment) span() syntax.Span {
	f, l := &s.Toks[s.stmt], &s.Toks[s.stmtEnd-1]
	return syntax.Span{Tokens: s.Toks[s.stmt:s.stmtEnd], Start: f.Start, End: l.End, StartByte: f.StartByte, EndByte: l.EndByte,
		Text: s.Text[f.StartByte:l.EndByte]}
}

// checkSegment makes a segment's diagnostics: unclosed strings, comments and
// names, and its statement's checks, capped per statement.
func (d *Document) checkSegment(s *segment) {
	a := &check.Analyzer{Lines: d.Lines, Stmt: -1}
	for _, t := range s.Toks {
		if syntax.IsUnterminated(t.Type) {
			a.Unterminated(t)
		}
	}
	if s.miss != nil {
		f := *s.miss
		f.Stmt = 0
		a.Raw = append(a.Raw, f)
	}
	if s.foreign != nil {
		for _, r := range s.links {
			a.Raw = append(a.Raw, r.Shift(s.foreignAt, 0))
		}
	}
	if st := s.St; st != nil {
		for _, r := range s.links {
			a.Raw = append(a.Raw, r.Shift(st.Base-s.Start, 0))
		}
		a.Raw = append(a.Raw, invisibleFindings(s)...)
		a.Stmt = 0
		rel := st.Base - s.Start
		var reg check.Registry // what the checks know of the integration: ALTERs only ask
		if (st.Kind == syntax.KindAlter || st.Kind == syntax.KindAlterSecret) && s.Name != "" {
			reg = check.Registry{s.Name: s.seen}
		}
		for _, r := range d.checkStatement(a, st, reg) {
			a.Raw = append(a.Raw, r.Shift(rel, 0))
		}
	}
	sortByPosition(a.Raw)
	s.diags, s.hidden = capDiagnostics(a.Raw)
	s.counts = Counts{}
	for _, r := range s.diags {
		if r.Rule != rules.TooManyDiagnostics {
			s.counts[severityRank(r.Rule.Severity)]++
		}
	}
	s.dirty = false
	s.out = nil
}

// checkStatement runs one statement's checks and returns its diagnostics,
// with offsets from the statement's start as the checks make them.
func (d *Document) checkStatement(a *check.Analyzer, st *syntax.Statement, reg check.Registry) []rules.Finding {
	from := len(a.Raw)
	if st.Syntax != nil {
		a.Raw = append(a.Raw, *st.Syntax)
	}
	if !st.Unterminated {
		check.Statement(a, st, reg)
	}
	out := append([]rules.Finding(nil), a.Raw[from:]...)
	a.Raw = a.Raw[:from]
	return out
}

// linePrefix is what the checks can see of the text between the start of a
// statement's first line and the statement (lineIndent: the indentation, or
// that something else stands there, and whether it is the first line). It
// looks at the leading white space only, so that one long line of statements
// costs no more than many lines.
func (d *Document) linePrefix(s *segment) string {
	at, atByte := s.St.Base, s.St.BaseByte
	line := d.Lines.LineOf(at)
	prefix := d.text[d.Lines.LineByte[line]:atByte]
	if strings.TrimLeft(prefix, " \t") != "" {
		prefix = "\x00" // not only white space
	} else {
		prefix = strings.Clone(prefix) // the text moves under it
	}
	if line == 0 {
		prefix = "\x01" + prefix
	}
	return prefix
}
