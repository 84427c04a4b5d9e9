package validator

import (
	"cmp"
	"fmt"
	"slices"
	"sort"

	"github.com/secint/secint/parser"
)

// Analysis is everything the engine knows about one document: its text,
// its statements and the diagnostics. Completion and hover read it too, so
// that they and the checks agree. It is valid until the next Update of its
// Document (which changes Text in place).
type Analysis struct {
	Text        string
	Diagnostics []Diagnostic
	lines       *lineIndex
	segs        []*segment

	statements []*Statement // made when first asked for
	spans      []StatementSpan
}

// StatementSpan is any statement of the document, ours or not.
type StatementSpan struct {
	Kind       StatementKind
	Start, End int // rune offsets
}

// Statements returns the statements of our family, in document order.
func (an *Analysis) Statements() []*Statement {
	if an.statements == nil {
		an.statements = []*Statement{}
		for _, s := range an.segs {
			if s.st != nil {
				an.statements = append(an.statements, s.st)
			}
		}
	}
	return an.statements
}

// Spans returns every statement of the document, ours or not.
func (an *Analysis) Spans() []StatementSpan {
	if an.spans == nil {
		an.spans = []StatementSpan{}
		for _, s := range an.segs {
			if s.stmt >= 0 {
				sp := s.span()
				an.spans = append(an.spans, StatementSpan{Kind: s.kind, Start: s.start + sp.start, End: s.start + sp.end})
			}
		}
	}
	return an.spans
}

// tokens returns every token of the document, comments included, in
// document offsets.
func (an *Analysis) tokens() []Token {
	var out []Token
	for _, s := range an.segs {
		out = append(out, s.absTokens(0, len(s.toks))...)
	}
	return out
}

// absTokens returns the segment's tokens [from, to) in document offsets.
func (s *segment) absTokens(from, to int) []Token {
	out := make([]Token, 0, to-from)
	for _, t := range s.toks[from:to] {
		out = append(out, shiftToken(t, s.start, s.startByte))
	}
	return out
}

// segmentAfter returns the index of the first segment that ends after rune
// offset off, or len(an.segs).
func (an *Analysis) segmentAfter(off int) int {
	return sort.Search(len(an.segs), func(k int) bool { return an.segs[k].end() > off })
}

// Check returns the diagnostics of a document.
func Check(text string) []Diagnostic {
	return Analyze(text).Diagnostics
}

// Analyze lexes, splits, parses and checks a document once. Editors that
// keep a document open use Document, which reuses work between edits.
func Analyze(text string) *Analysis {
	return NewDocument(text).Analysis()
}

// Caps keep a pathological document (10,000 duplicated properties, say) from
// drowning the editor: past them one note says how many more there are.
const (
	maxPerStatement = 50
	maxPerDocument  = 1000
)

// diagnostic converts a diagnostic in rune offsets to what the outside
// world reads.
func toDiagnostic(li *lineIndex, r rawDiag) Diagnostic {
	d := Diagnostic{
		Code: r.rule.Code, Severity: r.rule.Severity, Message: r.msg,
		Range:       li.rangeOf(r.start, r.end),
		StartOffset: li.byteOffset(r.start), EndOffset: li.byteOffset(r.end),
	}
	for _, f := range r.fixes {
		fx := Fix{Title: f.title}
		for _, e := range f.edits {
			fx.Edits = append(fx.Edits, TextEdit{Range: li.rangeOf(e.start, e.end), NewText: e.text})
		}
		d.Fixes = append(d.Fixes, fx)
	}
	return d
}

// capDiagnostics keeps the first maxPerStatement of each statement and the
// first maxPerDocument in all; each cut is marked by a note carrying the range
// of the last diagnostic kept. raw is sorted by position.
func capDiagnostics(raw []rawDiag) []rawDiag {
	if len(raw) <= maxPerStatement {
		return raw // no cap can apply (nearly every statement)
	}
	count := map[int]int{}
	last := map[int]rawDiag{}
	kept := raw[:0:0]
	for _, r := range raw {
		count[r.stmt]++
		if r.stmt >= 0 && count[r.stmt] > maxPerStatement {
			continue
		}
		kept = append(kept, r)
		last[r.stmt] = r
	}
	if len(kept) < len(raw) {
		for stmt, n := range count {
			if stmt >= 0 && n > maxPerStatement {
				kept = append(kept, capNote(last[stmt], n-maxPerStatement, "statement"))
			}
		}
		sortByPosition(kept)
	}
	if len(kept) > maxPerDocument {
		kept = append(kept[:maxPerDocument:maxPerDocument], capNote(kept[maxPerDocument-1], len(kept)-maxPerDocument, "document"))
	}
	return kept
}

func capNote(at rawDiag, more int, where string) rawDiag {
	return rawDiag{stmt: at.stmt, rule: TooManyDiagnostics, start: at.start, end: at.end,
		msg: fmt.Sprintf("%d more problems in this %s are not shown", more, where)}
}

func sortByPosition(raw []rawDiag) {
	slices.SortStableFunc(raw, func(a, b rawDiag) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(a.end, b.end)
	})
}

// tokenAt returns the token at rune offset off and its segment (the token in
// the segment's offsets): the one off stands in, else a word (or quoted name)
// that ends at off, as editors find the word at a caret.
func (an *Analysis) TokenAt(off int) (*segment, Token) {
	k := an.segmentAfter(off)
	if k < len(an.segs) {
		s := an.segs[k]
		rel := off - s.start
		i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].End > rel })
		if i < len(s.toks) && s.toks[i].Start <= rel {
			return s, s.toks[i]
		}
	}
	for _, k := range []int{k - 1, k} {
		if k < 0 || k >= len(an.segs) {
			continue
		}
		s := an.segs[k]
		rel := off - s.start
		i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].End >= rel })
		if i < len(s.toks) && s.toks[i].End == rel && (isPartialType(s.toks[i].Type) || s.toks[i].Type == parser.SecintLexerQUOTED_ID) {
			return s, s.toks[i]
		}
	}
	return nil, Token{}
}
