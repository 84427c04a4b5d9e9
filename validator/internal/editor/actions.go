package editor

import (
	"sort"
	"strings"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/existing"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/protocol"
)

// CodeActions returns the fixes of the diagnostics that overlap r (touching
// counts, so that a caret at the edge of an underline gets its fixes). The
// first fix of each diagnostic is the preferred one. A fix whose edit is in
// another statement (linkfix.go) is made here, never kept, and never
// preferred.
func CodeActions(an *document.Analysis, r protocol.Range) []protocol.CodeAction {
	var out []protocol.CodeAction
	for _, d := range an.Diagnostics {
		if !rangesTouch(d.Range, r) {
			continue
		}
		for k, f := range d.Fixes {
			out = append(out, protocol.CodeAction{Title: f.Title, Diagnostic: d, Edits: f.Edits, Preferred: k == 0})
		}
		if d.Code == rules.SecretNotAllowed.Code {
			if a := allowSecretAction(an, d); a != nil {
				out = append(out, *a)
			}
		}
	}
	return out
}

func PosLess(a, b protocol.Position) bool {
	return a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character)
}

// rangesTouch reports whether two ranges overlap or meet.
func rangesTouch(a, b protocol.Range) bool {
	return !PosLess(a.End, b.Start) && !PosLess(b.End, a.Start)
}

// maxFixRounds bounds FixAll: a fix may uncover another (a quoted value under
// a misspelt name), but never a long chain.
const maxFixRounds = 8

// maxFixChecks bounds how many times one round of FixAll checks the
// document again while it looks for the fixes that help.
const maxFixChecks = 32

// FixAll applies the preferred (first) fix of every diagnostic whose edits do
// not overlap those of another, again until nothing more applies, and returns
// the new text and how many fixes were applied. Each round must help: fewer
// errors, or as many errors and fewer diagnostics, and no error of a code the
// document did not have. When a round as a whole does not, its fixes are
// split in halves until the ones that help are found (a fix can misfire: a
// rename to a property the statement already has makes a duplicate).
// keep, when not nil, filters the diagnostics of every text tried (the rule
// settings): a rule that is off gets no fix and counts for nothing. Every
// text is checked in ctx, the objects made outside it (nil: none).
func FixAll(text string, ctx *existing.Context, keep func([]protocol.Diagnostic) []protocol.Diagnostic) (string, int) {
	analyze := func(t string) []protocol.Diagnostic {
		ds := document.NewDocumentIn(t, ctx).Analysis().Diagnostics
		if keep != nil {
			ds = keep(ds)
		}
		return ds
	}
	orig := analyze(text)
	origCodes := map[string]bool{}
	for _, d := range orig {
		if d.Severity == protocol.SeverityError {
			origCodes[d.Code] = true
		}
	}
	better := func(before, after []protocol.Diagnostic) bool {
		eb, ea := ErrorCount(before), ErrorCount(after)
		if ea > eb || (ea == eb && len(after) >= len(before)) {
			return false
		}
		for _, d := range after {
			if d.Severity == protocol.SeverityError && !origCodes[d.Code] {
				return false
			}
		}
		return true
	}

	total := 0
	diags := orig
	for round := 0; round < maxFixRounds; round++ {
		// A fix that does not help may stand in the way of one that
		// would: leave the diagnostics tried out and choose again.
		skip := map[int]bool{}
		budget := maxFixChecks
		var good []byteFix
		var next string
		var nextDiags []protocol.Diagnostic
		for len(good) == 0 && budget > 0 {
			fixes, from := chooseFixes(text, diags, skip)
			if len(fixes) == 0 {
				break
			}
			for _, i := range from {
				skip[i] = true
			}
			good, next, nextDiags = helpfulFixes(text, diags, fixes, better, analyze, &budget)
		}
		if len(good) == 0 {
			break
		}
		total += len(good)
		text, diags = next, nextDiags
	}
	return text, total
}

// helpfulFixes returns the fixes (of those given) that help when applied
// together, with the text and diagnostics they give: all of them if they
// help, else those of each half that help, recursively, within budget checks.
func helpfulFixes(text string, diags []protocol.Diagnostic, fixes []byteFix, better func(before, after []protocol.Diagnostic) bool,
	analyze func(string) []protocol.Diagnostic, budget *int) ([]byteFix, string, []protocol.Diagnostic) {
	if len(fixes) == 0 || *budget <= 0 {
		return nil, "", nil
	}
	*budget--
	next := applyFixes(text, fixes)
	nextDiags := analyze(next)
	if better(diags, nextDiags) {
		return fixes, next, nextDiags
	}
	if len(fixes) == 1 {
		return nil, "", nil
	}
	mid := len(fixes) / 2
	l, lt, ld := helpfulFixes(text, diags, fixes[:mid], better, analyze, budget)
	r, rt, rd := helpfulFixes(text, diags, fixes[mid:], better, analyze, budget)
	switch {
	case len(l) == 0:
		return r, rt, rd
	case len(r) == 0:
		return l, lt, ld
	}
	both := append(append([]byteFix(nil), l...), r...)
	if *budget > 0 {
		*budget--
		next = applyFixes(text, both)
		if nextDiags = analyze(next); better(diags, nextDiags) {
			return both, next, nextDiags
		}
	}
	return l, lt, ld
}

func ErrorCount(ds []protocol.Diagnostic) int {
	n := 0
	for _, d := range ds {
		if d.Severity == protocol.SeverityError {
			n++
		}
	}
	return n
}

// byteEdit is a TextEdit in byte offsets; byteFix the edits of one fix.
type byteEdit struct {
	start, end int
	text       string
}

type byteFix []byteEdit

// chooseFixes takes the first fix of each diagnostic (but those in skip), in
// document order, leaving out any whose edits overlap (or insert at the same
// place as) the edits already taken; from holds the diagnostics' indices.
func chooseFixes(text string, diags []protocol.Diagnostic, skip map[int]bool) (fixes []byteFix, from []int) {
	li := position.NewLineIndex(text)
	var taken editSet
	for i, d := range diags {
		if skip[i] || len(d.Fixes) == 0 || len(d.Fixes[0].Edits) == 0 {
			continue
		}
		var f byteFix
		for _, e := range d.Fixes[0].Edits {
			f = append(f, byteEdit{
				start: li.ByteOffset(li.RuneOffset(e.Range.Start)),
				end:   li.ByteOffset(li.RuneOffset(e.Range.End)),
				text:  e.NewText,
			})
		}
		if taken.conflicts(f) {
			continue
		}
		taken.add(f)
		fixes = append(fixes, f)
		from = append(from, i)
	}
	return fixes, from
}

// editSet holds edits that do not conflict, sorted by start, so that a new
// fix is checked against its neighbours only.
type editSet []byteEdit

func (s editSet) conflicts(f byteFix) bool {
	for i, x := range f {
		for _, y := range f[:i] {
			if editsConflict(x, y) {
				return true
			}
		}
		// The edits starting after x ends cannot touch it; of those before,
		// only a run ending at or after x's start can.
		j := sort.Search(len(s), func(k int) bool { return s[k].start > x.end })
		for j--; j >= 0 && s[j].end >= x.start; j-- {
			if editsConflict(x, s[j]) {
				return true
			}
		}
	}
	return false
}

func (s *editSet) add(f byteFix) {
	for _, x := range f {
		j := sort.Search(len(*s), func(k int) bool {
			e := (*s)[k]
			return e.start > x.start || (e.start == x.start && e.end > x.end)
		})
		*s = append(*s, byteEdit{})
		copy((*s)[j+1:], (*s)[j:])
		(*s)[j] = x
	}
}

// editsConflict: overlapping spans, or an insertion inside or at the edge of
// the other edit (whose order would be ambiguous).
func editsConflict(x, y byteEdit) bool {
	if x.start < y.end && y.start < x.end {
		return true
	}
	if x.start == x.end && y.start <= x.start && x.start <= y.end {
		return true
	}
	if y.start == y.end && x.start <= y.start && y.start <= x.end {
		return true
	}
	return false
}

// applyFixes applies non-conflicting fixes in one pass over the text.
func applyFixes(text string, fixes []byteFix) string {
	var edits []byteEdit
	for _, f := range fixes {
		edits = append(edits, f...)
	}
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		return edits[i].end < edits[j].end
	})
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, e := range edits {
		if e.start < at || e.end > len(text) || e.start > e.end {
			continue // cannot happen for edits that do not conflict
		}
		b.WriteString(text[at:e.start])
		b.WriteString(e.text)
		at = e.end
	}
	b.WriteString(text[at:])
	return b.String()
}
