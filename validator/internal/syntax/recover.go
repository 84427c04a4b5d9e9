package syntax

import (
	"math"
	"strings"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
)

// Recovery after a syntax error in a property list (CREATE's, or ALTER
// SET's): the parse resumes at the next property that starts after the
// offending token, so that the rest of the statement is checked too. The
// statement keeps its one syntax error: a later one only ends what is
// recovered, as the first ends the parse. What is skipped is a Gap; the
// checks never propose a fix that deletes or replaces text in one.

// Gap is a stretch of a statement that the parse skipped after a syntax
// error, in the statement's rune offsets.
type Gap struct{ Start, End int }

// InGap reports whether [start, end) removes or replaces text of a gap.
func (st *Statement) InGap(start, end int) bool {
	for _, g := range st.Gaps {
		if start < g.End && end > g.Start {
			return true
		}
	}
	return false
}

// resumable reports whether a property may resume the parse at token k: a
// name and '=' that start a new item as people write them, after a comma or
// on a new line. Requiring that keeps a value the error broke in pieces
// (a secret's, say: abc:d=e) from being read as properties.
func resumable(toks []Token, k int, src string) bool {
	if k+1 >= len(toks) || toks[k+1].Type != parser.SecintLexerEQ || !IsWordType(toks[k].Type) || k == 0 {
		return false
	}
	prev := toks[k-1]
	if prev.Type == parser.SecintLexerCOMMA {
		return true
	}
	return prev.EndByte <= toks[k].StartByte && toks[k].StartByte <= len(src) &&
		strings.ContainsAny(src[prev.EndByte:toks[k].StartByte], "\n\r")
}

// recoverList parses what follows a syntax error as more of the property
// list the error broke, appending what it finds to items and recording the
// gaps. src is the statement's text.
func recoverList(r *parseRun, st *Statement, items *[]*Property, toks []Token, end int, src string) {
	from := len(toks)
	for i := range toks {
		if toks[i].Start >= st.ErrorAt {
			from = i + 1 // resume after the offending token, never at it
			break
		}
	}
	// The gap starts where the last complete item ends: the name of a
	// property the error broke was never read as one either.
	gapStart := st.ErrorAt
	if n := len(*items); n > 0 {
		gapStart = min(gapStart, (*items)[n-1].End)
	} else if at := listStart(st); at >= 0 {
		gapStart = min(gapStart, at)
	}
	for k := from; k < len(toks); k++ {
		if !resumable(toks, k, src) {
			continue
		}
		props, stop := parseTail(r, toks[k:], end)
		if len(props) == 0 {
			continue
		}
		st.Gaps = append(st.Gaps, Gap{gapStart, toks[k].Start})
		for _, p := range props {
			p.Index = len(*items)
			*items = append(*items, p)
		}
		if stop == math.MaxInt {
			return
		}
		gapStart = stop
		for k < len(toks) && toks[k].Start < stop {
			k++
		}
	}
	st.Gaps = append(st.Gaps, Gap{gapStart, end})
}

// parseTail parses toks as a property list that ends the statement, and
// returns the properties that end before its first error, and where that
// error is (math.MaxInt for none).
func parseTail(r *parseRun, toks []Token, end int) ([]*Property, int) {
	p := r.p
	r.in.reset(toks, end)
	p.SetErrorHandler(r.recovery)
	p.SetInputStream(&r.in)
	p.SetError(nil)
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeLL)
	r.errs = syntaxListener{}
	p.AddErrorListener(&r.errs)
	tree := p.PropertyList()
	p.RemoveErrorListeners()
	stop := math.MaxInt
	if r.errs.offending != nil {
		stop = r.errs.offending.GetStart()
	} else if next := r.in.LT(1); next.GetTokenType() != antlr.TokenEOF && next.GetTokenType() != parser.SecintLexerSEMI {
		stop = next.GetStart() // the list ends, but not the statement
	}
	r.errs = syntaxListener{}
	b := builder{errorAt: stop, tokens: toks}
	b.sizeArenas()
	return b.propertyList(tree), stop
}

// recoverAfterError resumes a statement's parse after its syntax error when
// the error broke a property list; otherwise the rest is one gap.
func recoverAfterError(r *parseRun, st *Statement, toks []Token, end int, src string) {
	var items *[]*Property
	switch {
	case st.Kind == KindCreate && st.Name != nil && st.Name.End <= st.ErrorAt:
		items = &st.Properties
	case st.Kind == KindAlter && len(st.Actions) > 0:
		if a := st.Actions[len(st.Actions)-1]; a.Kind == ActionSet && a.Keyword.End <= st.ErrorAt {
			items = &a.Items
			defer func() {
				if n := len(a.Items); n > 0 {
					a.End = a.Items[n-1].End
				}
			}()
		}
	}
	if items == nil {
		st.Gaps = append(st.Gaps, Gap{st.ErrorAt, end})
		return
	}
	recoverList(r, st, items, toks, end, src)
}

// listStart is where the broken property list starts: after CREATE's name or
// ALTER's last SET.
func listStart(st *Statement) int {
	if st.Kind == KindAlter {
		return st.Actions[len(st.Actions)-1].Keyword.End
	}
	return st.Name.End
}
