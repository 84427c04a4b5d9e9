package document

import (
	"strings"

	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/suppress"
	"github.com/secint/secint/validator/protocol"
)

// assemble makes the Analysis from the segments: their diagnostics, moved
// to where they stand, up to the document's cap, the most severe first.
func (d *Document) assemble() *Analysis {
	an := &Analysis{Text: d.text, Lines: d.Lines, Segs: d.Segs, Context: d.Context, ContextReg: d.ContextReg}
	var shown Counts
	total := 0
	for _, s := range d.Segs {
		if len(s.diags) == 0 {
			continue // most segments (and then their counts are zero)
		}
		total += len(s.diags)
		shown.add(s.counts)
		an.Totals.add(s.counts)
		an.Totals.add(s.hidden)
	}
	if total <= MaxPerDocument {
		out := d.diags.next(total)
		for _, s := range d.Segs {
			if len(s.diags) > 0 {
				s.place(d.Lines)
				out = append(out, s.out...)
			}
		}
		an.Hidden = hiddenBy(an.Totals, out)
		an.Diagnostics = d.suppressed(out)
		return an
	}
	// Past the cap: every error before any warning, and so on down; a
	// statement's own note is ranked as the info it is, and when it is left
	// out, what it counted is counted by the document's note.
	var notes Counts
	for _, s := range d.Segs {
		if len(s.diags) > s.counts.Total() {
			notes[severityRank(rules.TooManyDiagnostics.Severity)]++
		}
	}
	c := shown
	c.add(notes)
	cut, take := quota(c, MaxPerDocument)
	out := d.diags.next(MaxPerDocument + 1)
	var hidden Counts
	var last rules.Finding
	for _, s := range d.Segs {
		if len(s.diags) == 0 {
			continue
		}
		placed := false
		for k, r := range s.diags {
			rank := severityRank(r.Rule.Severity)
			if rank > cut || rank == cut && take == 0 {
				if r.Rule == rules.TooManyDiagnostics {
					hidden.add(s.hidden)
				} else {
					hidden[rank]++
				}
				continue
			}
			if rank == cut {
				take--
			}
			if !placed {
				s.place(d.Lines)
				placed = true
			}
			out = append(out, s.out[k])
			last = r.Shift(s.Start, 0)
		}
	}
	an.Hidden = hiddenBy(an.Totals, out)
	an.Diagnostics = d.suppressed(append(out, toDiagnostic(d.Lines, capNote(last, hidden, "document"))))
	return an
}

// diagBuffers are two arrays that a document's Analyses take turns to make
// their Diagnostics in. A keystroke in a worksheet with a thousand problems
// made a new array of them (about 150 KB), and in WebAssembly, where the
// collector runs on the one thread, that garbage cost a pause of a quarter
// of a second every couple of hundred keystrokes. An Analysis is valid until
// the next Update; in turns of two, the one before it stays whole too.
type diagBuffers struct {
	bufs [2][]protocol.Diagnostic
	turn int
}

// next returns an empty slice with room for n, the other one than last time.
func (b *diagBuffers) next(n int) []protocol.Diagnostic {
	b.turn ^= 1
	if cap(b.bufs[b.turn]) < n {
		b.bufs[b.turn] = make([]protocol.Diagnostic, 0, n+n/4)
	}
	return b.bufs[b.turn][:0]
}

// hiddenBy is what the caps left out: every problem counted less those
// shown (the caps' notes are no problems).
func hiddenBy(totals Counts, shown []protocol.Diagnostic) Counts {
	for _, d := range shown {
		if d.Code != rules.TooManyDiagnostics.Code {
			totals[severityRank(d.Severity)]--
		}
	}
	return totals
}

// suppressed applies the document's suppression comments (package
// suppress) to its diagnostics; most documents have none.
func (d *Document) suppressed(diags []protocol.Diagnostic) []protocol.Diagnostic {
	for _, s := range d.Segs {
		if s.suppresses {
			return suppress.Apply(d.Lines, d.comments(), diags)
		}
	}
	return diags // a flag per segment: no search of the whole text per edit
}

// comments lists the document's comments that may hold a suppression, in
// document offsets.
func (d *Document) comments() []suppress.Comment {
	var out []suppress.Comment
	for _, s := range d.Segs {
		if !s.suppresses {
			continue // most segments: no walk of their tokens
		}
		for _, t := range s.Toks {
			if t.Hidden && strings.Contains(t.Text, suppress.Marker) {
				out = append(out, suppress.Comment{Start: s.Start + t.Start, End: s.Start + t.End, Text: t.Text})
			}
		}
	}
	return out
}

// place makes the segment's diagnostics for where it stands now: converted
// when new, else moved from where they were converted. Only lines and, on
// the segment's first line, characters change, since its text did not.
func (s *segment) place(li *position.LineIndex) {
	at := li.Position(s.Start)
	if s.out == nil {
		s.out = make([]protocol.Diagnostic, len(s.diags))
		for k, r := range s.diags {
			s.out[k] = toDiagnostic(li, r.Shift(s.Start, 0))
		}
		s.outAt, s.outByte = at, s.StartByte
		return
	}
	if at == s.outAt && s.StartByte == s.outByte {
		return
	}
	move := func(r protocol.Range) protocol.Range {
		return protocol.Range{Start: movePosition(r.Start, s.outAt, at), End: movePosition(r.End, s.outAt, at)}
	}
	for k := range s.out {
		d := &s.out[k]
		d.Range = move(d.Range)
		d.StartOffset += s.StartByte - s.outByte
		d.EndOffset += s.StartByte - s.outByte
		if len(d.Fixes) > 0 && at != s.outAt {
			// New slices: earlier Analyses share the old ones.
			fixes := make([]protocol.Fix, len(d.Fixes))
			for i, f := range d.Fixes {
				fixes[i] = protocol.Fix{Title: f.Title, Edits: make([]protocol.TextEdit, len(f.Edits))}
				for j, e := range f.Edits {
					fixes[i].Edits[j] = protocol.TextEdit{Range: move(e.Range), NewText: e.NewText}
				}
			}
			d.Fixes = fixes
		}
	}
	s.outAt, s.outByte = at, s.StartByte
}

// movePosition moves p, in a text that started at from, to where that text
// starts now.
func movePosition(p, from, to protocol.Position) protocol.Position {
	if p.Line == from.Line {
		p.Character += to.Character - from.Character
	}
	p.Line += to.Line - from.Line
	return p
}
