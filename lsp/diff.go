package lsp

import (
	"strings"
	"unicode/utf8"
)

// Fix-all comes from the engine as a whole new text (validator.FixAll);
// the client wants edits. One edit from the first change to the last would
// do, but in a long worksheet with a fix near each end it rewrites nearly
// everything, which moves the client's markers, folds and cursor; and it
// would send back, as "new" text, whatever stands between two fixes, a
// client secret's value included. So the two texts are compared line by
// line (fixes change a few lines here and there, and after each difference
// the lines fall back into step within a short window), then each differing
// run of lines word by word, and each differing run of words becomes one
// edit: unchanged words, like a secret's value, are never in an edit.

// syncWindow is how many lines ahead of a difference are searched for the
// texts to agree again; beyond it the rest is one edit.
const syncWindow = 64

// span is a replacement of old[from:to] by new text, in byte offsets of old.
type span struct {
	from, to int
	text     string
}

// lineDiff returns the replacements that turn old into fixed.
func lineDiff(old, fixed string) []span {
	var out []span
	for _, h := range unitDiff(old, fixed, splitLines) {
		// Refine each run of lines by words, in offsets of the whole text.
		for _, w := range unitDiff(old[h.from:h.to], h.text, splitWords) {
			out = append(out, span{from: h.from + w.from, to: h.from + w.to, text: w.text})
		}
	}
	return out
}

// unitDiff compares old and fixed cut into units by split (lines or
// words) and returns a replacement per run of units that differ, trimmed to
// the bytes that differ.
func unitDiff(old, fixed string, split func(string) []string) []span {
	a, b := split(old), split(fixed)
	var out []span
	offA, offB := 0, 0 // byte offsets of line i in old, j in fixed
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			offA += len(a[i])
			offB += len(b[j])
			i++
			j++
			continue
		}
		// Find the nearest (di, dj) where both agree again for a couple of
		// lines (or both end).
		di, dj, found := 0, 0, false
		for d := 1; d <= 2*syncWindow && !found; d++ {
			for x := max(0, d-syncWindow); x <= min(d, syncWindow); x++ {
				if inStep(a, b, i+x, j+d-x) {
					di, dj, found = x, d-x, true
					break
				}
			}
		}
		if !found {
			di, dj = len(a)-i, len(b)-j
		}
		fromA, fromB := offA, offB
		for k := 0; k < di; k++ {
			offA += len(a[i+k])
		}
		for k := 0; k < dj; k++ {
			offB += len(b[j+k])
		}
		out = append(out, trim(old, fixed, fromA, offA, fromB, offB))
		i += di
		j += dj
	}
	return out
}

// inStep says whether a from i and b from j agree for two lines, or both
// end there.
func inStep(a, b []string, i, j int) bool {
	if i > len(a) || j > len(b) {
		return false
	}
	for k := 0; k < 2; k++ {
		if i+k == len(a) || j+k == len(b) {
			return i+k == len(a) && j+k == len(b)
		}
		if a[i+k] != b[j+k] {
			return false
		}
	}
	return true
}

// splitWords cuts s into words (runs of letters, digits and '_'), runs of
// spaces, and single other characters (a \r\n stays whole).
func splitWords(s string) []string {
	var out []string
	for len(s) > 0 {
		n := 1
		switch c := s[0]; {
		case isWord(c):
			for n < len(s) && isWord(s[n]) {
				n++
			}
		case c == ' ' || c == '\t':
			for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
				n++
			}
		case c == '\r' && len(s) > 1 && s[1] == '\n':
			n = 2
		case c >= utf8.RuneSelf:
			_, n = utf8.DecodeRuneInString(s)
		}
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

func isWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// splitLines cuts s after each \n (a \r before it stays with it).
func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		n := strings.IndexByte(s, '\n')
		if n < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:n+1])
		s = s[n+1:]
	}
	return out
}

// trim narrows old[fa:ta] → fixed[fb:tb] to the characters that differ,
// never cutting a character or a \r\n in two.
func trim(old, fixed string, fa, ta, fb, tb int) span {
	for fa < ta && fb < tb && old[fa] == fixed[fb] {
		fa++
		fb++
	}
	for fa > 0 && fb > 0 && (fa < len(old) && !utf8.RuneStart(old[fa]) || fb < len(fixed) && !utf8.RuneStart(fixed[fb]) ||
		old[fa-1] == '\r' && fa < len(old) && old[fa] == '\n') {
		fa--
		fb--
	}
	for ta > fa && tb > fb && old[ta-1] == fixed[tb-1] {
		ta--
		tb--
	}
	for ta < len(old) && tb < len(fixed) && (!utf8.RuneStart(old[ta]) || !utf8.RuneStart(fixed[tb]) ||
		ta > 0 && old[ta-1] == '\r' && old[ta] == '\n') {
		ta++
		tb++
	}
	return span{from: fa, to: ta, text: fixed[fb:tb]}
}

// applySpans applies replacements (in order, not overlapping) to s.
func applySpans(s string, spans []span) string {
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		b.WriteString(s[at:sp.from])
		b.WriteString(sp.text)
		at = sp.to
	}
	b.WriteString(s[at:])
	return b.String()
}
