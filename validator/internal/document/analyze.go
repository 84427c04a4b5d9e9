package document

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/links"
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
	// Totals counts every problem of the document by severity, those the
	// caps left out included (the caps' notes are not problems): what an
	// exit status or a status bar counts.
	Totals Counts
	// Hidden counts the problems the caps left out of Diagnostics, by
	// severity (before suppression comments, which may hide more).
	Hidden Counts
	Lines  *position.LineIndex
	Segs   []*segment
	// context is what was known, before the first statement, of objects
	// made outside the document (Document.Context); IndexAt starts from it.
	context links.Index

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

// Tokens returns every token of the document, comments included, in
// document offsets. The consistency tests and fuzzers compare an edited
// document's tokens with a fresh one's through it.
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

// SegmentAfter returns the index of the first segment that ends after rune
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
// drowning the editor: past them one note says how many more there are, of
// each severity. A cap never hides an error while it shows a warning.
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

// Counts are diagnostics by severity, in the order of severityRank.
type Counts [4]int

// Errors is the number of errors.
func (c Counts) Errors() int { return c[0] }

// Total is the number of diagnostics of every severity.
func (c Counts) Total() int { return c[0] + c[1] + c[2] + c[3] }

func (c *Counts) add(o Counts) {
	for i := range c {
		c[i] += o[i]
	}
}

// severityRank orders severities for the caps: every error is kept before
// any warning, every warning before any info, every info before any hint.
func severityRank(s protocol.Severity) int {
	switch s {
	case protocol.SeverityError:
		return 0
	case protocol.SeverityWarning:
		return 1
	case protocol.SeverityInfo:
		return 2
	}
	return 3
}

// quota says what a cap of max keeps of diagnostics counted by severity:
// every one of rank below cut, and the first take of rank cut.
func quota(c Counts, max int) (cut, take int) {
	for r, n := range c {
		if n > max {
			return r, max
		}
		max -= n
	}
	return len(c), 0
}

// capDiagnostics keeps at most MaxPerStatement of a statement's diagnostics,
// the most severe first (every error before any warning), in document order,
// and marks the cut by a note that carries the range of the last one kept and
// says how many of each severity were left out, which it also returns. raw
// is sorted by position.
func capDiagnostics(raw []rules.Finding) ([]rules.Finding, Counts) {
	var hidden Counts
	if len(raw) <= MaxPerStatement {
		return raw, hidden // no cap can apply (nearly every statement)
	}
	var c Counts
	for _, r := range raw {
		if r.Stmt >= 0 {
			c[severityRank(r.Rule.Severity)]++
		}
	}
	if c.Total() <= MaxPerStatement {
		return raw, hidden
	}
	cut, take := quota(c, MaxPerStatement)
	kept := raw[:0:0]
	var last rules.Finding
	for _, r := range raw {
		rank := severityRank(r.Rule.Severity)
		if r.Stmt >= 0 {
			if rank > cut || rank == cut && take == 0 {
				hidden[rank]++
				continue
			}
			if rank == cut {
				take--
			}
			last = r
		}
		kept = append(kept, r)
	}
	kept = append(kept, capNote(last, hidden, "statement"))
	sortByPosition(kept)
	return kept, hidden
}

var severityWords = [4][2]string{{"error", "errors"}, {"warning", "warnings"}, {"info", "infos"}, {"hint", "hints"}}

// capNote says how many problems a cap left out, and of which severities:
// "3 more problems in this document are not shown (1 error, 2 warnings)".
func capNote(at rules.Finding, hidden Counts, where string) rules.Finding {
	var parts []string
	for r, n := range hidden {
		if n > 0 {
			w := severityWords[r][1]
			if n == 1 {
				w = severityWords[r][0]
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, w))
		}
	}
	return rules.Finding{Stmt: at.Stmt, Rule: rules.TooManyDiagnostics, Start: at.Start, End: at.End,
		Msg: fmt.Sprintf("%d more problems in this %s are not shown (%s)", hidden.Total(), where, strings.Join(parts, ", "))}
}

func sortByPosition(raw []rules.Finding) {
	slices.SortStableFunc(raw, func(a, b rules.Finding) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(a.End, b.End)
	})
}

// TokenAt returns the token at rune offset off and its segment (the token in
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
