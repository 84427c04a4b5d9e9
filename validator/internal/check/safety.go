package check

import (
	"strings"
	"unicode"

	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// Safety: what keeps the checks and their fixes honest around a syntax
// error (the parse resumes after it, leaving gaps: syntax/recover.go) and
// around values the lexer reads as several tokens.

// safeFixes drops the fixes that would delete or replace text the parse
// skipped after a syntax error: no one has read that text yet. (Inserting
// there is safe: the quote fix closes a value the error broke.)
func (c *Checker) safeFixes(fixes []rules.Fix) []rules.Fix {
	if len(c.st.Gaps) == 0 {
		return fixes
	}
	safe := fixes[:0:0]
	for _, f := range fixes {
		ok := true
		for _, e := range f.Edits {
			if e.Start < e.End && c.st.InGap(e.Start, e.End) {
				ok = false
			}
		}
		if ok {
			safe = append(safe, f)
		}
	}
	return safe
}

// inGap reports whether a gap of the statement (what a syntax error made
// the parse skip) holds the word name: what it sets there is unknown.
func (c *Checker) inGap(name string) bool { return gapHolds(c.st, name) }

func gapHolds(st *syntax.Statement, name string) bool {
	toks := st.Tokens
	for i := range toks {
		if syntax.IsWordType(toks[i].Type) && st.InGap(toks[i].Start, toks[i].End) && syntax.IdentKey(toks[i]) == name {
			return true
		}
	}
	return false
}

// beforeError is the part of a list that stands before the syntax error.
func (c *Checker) beforeError(items []*syntax.Property) []*syntax.Property {
	for i, p := range items {
		if p.End > c.st.ErrorAt {
			return items[:i]
		}
	}
	return items
}

// visibleWordEnd is where a bare value ends as a person reads it: at the
// first space, ',', ';' or parenthesis after it. The lexer may see several
// tokens there (https://git.example.com/token is a word, ':' and a '//'
// comment), and quoting only the first would make things worse. ok is false
// when quoting it cannot make one string (a quote, a backslash or a '$$' in
// it). The scan never passes a ';', so it stays in the statement's segment.
func (c *Checker) visibleWordEnd(v *syntax.Value) (end int, ok bool) {
	at := -1
	for i := range c.st.Tokens {
		if c.st.Tokens[i].End == v.End {
			at = c.st.BaseByte + c.st.Tokens[i].EndByte
			break
		}
	}
	if at < 0 {
		return 0, false
	}
	text, end := c.a.Lines.Text, v.End
	for i, r := range text[at:] {
		rest := text[at+i:]
		switch {
		case unicode.IsSpace(r) || strings.ContainsRune(",;()", r),
			strings.HasPrefix(rest, "--"), strings.HasPrefix(rest, "/*"):
			return end, true
		case strings.ContainsRune(`'"\`, r), strings.HasPrefix(rest, "$$"):
			return 0, false
		}
		end++
	}
	return end, true
}
