package document

import (
	"cmp"
	"fmt"
	"slices"
	"sort"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// Analysis is everything the engine knows about one document: its text,
// its statements and the diagnostics. Completion and hover read it too, so
// that they and the checks agree. It is valid until the next Update of its
// Document (which changes Text in place).
type Analysis struct {
	Text        string
	Diagnostics []protocol.Diagnostic
	Lines       *position.LineIndex
	Segs        []*segment

	statements []*syntax.Statement // made when first asked for
	spans      []StatementSpan
}

// StatementSpan is any statement of the document, ours or not.
type StatementSpan struct {
	Kind       syntax.StatementKind
	Start, End int // rune offsets
}

// Statements returns the statements of our family, in document order.
func (an *Analysis) Statements() []*syntax.Statement {
	if an.statements == nil {
		an.statements = []*syntax.Statement{}
		for _, s := range an.Segs {
			if s.St != nil {
				an.statements = append(an.statements, s.St)
			}
		}
	}
	return an.statements
}

// Spans returns every statement of the document, ours or not.
func (an *Analysis) Spans() []StatementSpan {
	if an.spans == nil {
		an.spans = []StatementSpan{}
		for _, s := range an.Segs {
			if s.stmt >= 0 {
				sp := s.span()
				an.spans = append(an.spans, StatementSpan{Kind: s.kind, Start: s.Start + sp.Start, End: s.Start + sp.End})
			}
		}
	}
	return an.spans
}

// tokens returns every token of the document, comments included, in
// document offsets.
func (an *Analysis) Tokens() []syntax.Token {
	var out []syntax.Token
	for _, s := range an.Segs {
		out = append(out, s.absTokens(0, len(s.Toks))...)
	}
	return out
}

// absTokens returns the segment's tokens [from, to) in document offsets.
func (s *segment) absTokens(from, to int) []syntax.Token {
	out := make([]syntax.Token, 0, to-from)
	for _, t := range s.Toks[from:to] {
		out = append(out, syntax.ShiftToken(t, s.Start, s.StartByte))
	}
	return out
}

// segmentAfter returns the index of the first segment that ends after rune
// offset off, or len(an.segs).
func (an *Analysis) SegmentAfter(off int) int {
	return sort.Search(len(an.Segs), func(k int) bool { return an.Segs[k].end() > off })
}

// Analyze lexes, splits, parses and checks a document once. Editors that
// keep a document open use Document, which reuses work between edits.
func Analyze(text string) *Analysis {
	return NewDocument(text).Analysis()
}

// Caps keep a pathological document (10,000 duplicated properties, say) from
// drowning the editor: past them one note says how many more there are.
const (
	MaxPerStatement = 50
	MaxPerDocument  = 1000
)

// diagnostic converts a diagnostic in rune offsets to what the outside
// world reads.
func toDiagnostic(li *position.LineIndex, r rules.Finding) protocol.Diagnostic {
	d := protocol.Diagnostic{
		Code: r.Rule.Code, Severity: r.Rule.Severity, Message: r.Msg,
		Range:       li.RangeOf(r.Start, r.End),
		StartOffset: li.ByteOffset(r.Start), EndOffset: li.ByteOffset(r.End),
	}
	for _, f := range r.Fixes {
		fx := protocol.Fix{Title: f.Title}
		for _, e := range f.Edits {
			fx.Edits = append(fx.Edits, protocol.TextEdit{Range: li.RangeOf(e.Start, e.End), NewText: e.Text})
		}
		d.Fixes = append(d.Fixes, fx)
	}
	return d
}

// capDiagnostics keeps the first maxPerStatement of each statement and the
// first maxPerDocument in all; each cut is marked by a note carrying the range
// of the last diagnostic kept. raw is sorted by position.
func capDiagnostics(raw []rules.Finding) []rules.Finding {
	if len(raw) <= MaxPerStatement {
		return raw // no cap can apply (nearly every statement)
	}
	count := map[int]int{}
	last := map[int]rules.Finding{}
	kept := raw[:0:0]
	for _, r := range raw {
		count[r.Stmt]++
		if r.Stmt >= 0 && count[r.Stmt] > MaxPerStatement {
			continue
		}
		kept = append(kept, r)
		last[r.Stmt] = r
	}
	if len(kept) < len(raw) {
		for stmt, n := range count {
			if stmt >= 0 && n > MaxPerStatement {
				kept = append(kept, capNote(last[stmt], n-MaxPerStatement, "statement"))
			}
		}
		sortByPosition(kept)
	}
	if len(kept) > MaxPerDocument {
		kept = append(kept[:MaxPerDocument:MaxPerDocument], capNote(kept[MaxPerDocument-1], len(kept)-MaxPerDocument, "document"))
	}
	return kept
}

func capNote(at rules.Finding, more int, where string) rules.Finding {
	return rules.Finding{Stmt: at.Stmt, Rule: rules.TooManyDiagnostics, Start: at.Start, End: at.End,
		Msg: fmt.Sprintf("%d more problems in this %s are not shown", more, where)}
}

func sortByPosition(raw []rules.Finding) {
	slices.SortStableFunc(raw, func(a, b rules.Finding) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(a.End, b.End)
	})
}

// tokenAt returns the token at rune offset off and its segment (the token in
// the segment's offsets): the one off stands in, else a word (or quoted name)
// that ends at off, as editors find the word at a caret.
func (an *Analysis) TokenAt(off int) (*segment, syntax.Token) {
	k := an.SegmentAfter(off)
	if k < len(an.Segs) {
		s := an.Segs[k]
		rel := off - s.Start
		i := sort.Search(len(s.Toks), func(i int) bool { return s.Toks[i].End > rel })
		if i < len(s.Toks) && s.Toks[i].Start <= rel {
			return s, s.Toks[i]
		}
	}
	for _, k := range []int{k - 1, k} {
		if k < 0 || k >= len(an.Segs) {
			continue
		}
		s := an.Segs[k]
		rel := off - s.Start
		i := sort.Search(len(s.Toks), func(i int) bool { return s.Toks[i].End >= rel })
		if i < len(s.Toks) && s.Toks[i].End == rel && (syntax.IsPartialType(s.Toks[i].Type) || s.Toks[i].Type == parser.SecintLexerQUOTED_ID) {
			return s, s.Toks[i]
		}
	}
	return nil, syntax.Token{}
}

// assemble makes the Analysis from the segments: their diagnostics, moved
// to where they stand, up to the document's cap.
func (d *Document) assemble() *Analysis {
	an := &Analysis{Text: d.text, Lines: d.Lines, Segs: d.Segs}
	total := 0
	for _, s := range d.Segs {
		total += len(s.diags)
	}
	out := make([]protocol.Diagnostic, 0, min(total, MaxPerDocument+1))
	var last rules.Finding
	for _, s := range d.Segs {
		if len(s.diags) == 0 || len(out) == MaxPerDocument {
			continue
		}
		s.place(d.Lines)
		n := min(len(s.out), MaxPerDocument-len(out))
		out = append(out, s.out[:n]...)
		last = s.diags[n-1].Shift(s.Start, 0)
	}
	if total > MaxPerDocument {
		out = append(out, toDiagnostic(d.Lines, capNote(last, total-MaxPerDocument, "document")))
	}
	an.Diagnostics = out
	return an
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
