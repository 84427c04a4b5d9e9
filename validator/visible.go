package validator

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/suppress"
	"github.com/secint/secint/validator/internal/syntax"
)

// MaxVisibleSlice is the most text CheckVisible checks: past it, what is on
// screen is not checked first.
const MaxVisibleSlice = 256 << 10

// CheckVisible is for an editor that has just been given a large text (a
// pasted megabyte) and shows lines first to last (0-based) of it: it
// returns, within a few milliseconds, the diagnostics of the statements on
// those lines as the whole text's Check has them, so that they can be shown
// while the whole text is being checked. ok is false when it cannot say
// (the text is over LiveLimit, what it would check is more than
// MaxVisibleSlice, or the text holds a suppression comment, which may act
// anywhere in it).
//
// It finds, with a scanner of its own that follows the lexer's strings,
// quoted names and comments, the start of a line at or before the first
// one where a statement has ended and only white space followed, and the
// first ';' past the last line, and checks the statements in between as a
// text of their own, after the earlier statements that name what their
// ALTERs alter (an ALTER's checks read what those established), so that
// their tokens, parses and checks are the whole text's. An ALTER whose name
// it cannot look for that way (one given in a string with other than ASCII
// in it) gets no diagnostics here. The document's cap (1,000 diagnostics) is the one
// thing it cannot foresee: past it, the whole check leaves out some of what
// this returns.
func CheckVisible(text string, first, last int) (diags []Diagnostic, ok bool) {
	if len(text) > LiveLimit || first < 0 || last < first {
		return nil, false
	}
	start, end, startLine, semis := visibleSlice(text, first, last)
	if end-start > MaxVisibleSlice || strings.Contains(text, suppress.Marker) {
		return nil, false
	}
	// The statements keep their lines' starts, and a line break before them
	// keeps the first from being on the text's first line when it is not.
	slice, sep := text[start:end], "\n"
	if startLine == 0 {
		sep = ""
	}
	an := document.Analyze(sep + slice)
	// What the ALTERs shown alter, and the objects the links shown read:
	// the earlier statements that may name them. An earlier statement
	// taken in may read another object in turn (a secret's integration), so
	// this goes on until no new name comes (at most a few rounds).
	seen := map[string]bool{}
	var needles []string
	unsure := map[string]bool{}   // registry keys not looked for
	unsureLinks := map[int]bool{} // segments (of the slice) whose links read a name not looked for
	add := func(n string) bool {
		if seen[n] {
			return false
		}
		seen[n] = true
		needles = append(needles, n)
		return true
	}
	ctx := ""
	for round := 0; round < 4 && start > 0; round++ {
		from := len(ctx) + len(sep)
		grew := false
		for k, sg := range an.Segs {
			inSlice := sg.StartByte >= from
			if readsHistory(sg.St) && sg.Name != "" && inSlice {
				if n, ok := needle(sg.St); ok {
					grew = add(n) || grew
				} else {
					unsure[sg.Name] = true
				}
			}
			for _, dep := range sg.LinkDeps() {
				if n, ok := slotNeedle(dep); ok {
					grew = add(n) || grew
				} else if inSlice {
					unsureLinks[k-len(an.Segs)] = true // counted from the end: the slice's segments keep their place there
				}
			}
		}
		if !grew {
			break
		}
		ctx = earlierStatements(text[:start], semis, needles)
		if len(ctx)+len(slice) > MaxVisibleSlice {
			return nil, false
		}
		an = document.Analyze(ctx + sep + slice)
	}
	if an.Hidden.Total() > 0 {
		return nil, false // this text alone reached the document's cap
	}
	from := len(ctx) + len(sep) // where the slice starts in what was analysed
	lineShift, byteShift := startLine-(lineBreaks(ctx)+len(sep)), start-from
	segs := an.Segs
	out := make([]Diagnostic, 0, len(an.Diagnostics))
	for _, d := range an.Diagnostics {
		if d.StartOffset < from {
			continue // an earlier statement's
		}
		if d.Code == rules.TooManyDiagnostics.Code && strings.HasSuffix(d.Message, ")") && strings.Contains(d.Message, "in this document") {
			return nil, false
		}
		k := sort.Search(len(segs), func(i int) bool { return segs[i].StartByte > d.StartOffset }) - 1
		if k >= 0 && readsHistory(segs[k].St) && unsure[segs[k].Name] {
			continue
		}
		if k >= 0 && unsureLinks[k-len(segs)] && isLinkCode(d.Code) {
			continue
		}
		out = append(out, shiftDiagnostic(d, lineShift, byteShift))
	}
	return out, true
}

// slotNeedle is needle for an object the links read, by its slot
// (links.Slot: an integration's name, or a secret's or a rule's last part
// after a prefix).
func slotNeedle(slot string) (string, bool) {
	if i := strings.LastIndexByte(slot, ' '); strings.HasPrefix(slot, "\x00") && i >= 0 {
		slot = slot[i+1:]
	}
	if slot == "" || strings.ContainsAny(slot, " \t\n\"") {
		return "", false
	}
	for i := 0; i < len(slot); i++ {
		if slot[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	return asciiLower(slot), true
}

// isLinkCode reports whether a code is one of the links' warnings.
func isLinkCode(code string) bool {
	switch code {
	case rules.WrongIntegrationKind.Code, rules.ScopeNotAllowed.Code, rules.SecretFlowMismatch.Code,
		rules.RuleNotEgress.Code, rules.SecretNotAllowed.Code:
		return true
	}
	return false
}

// readsHistory reports whether a statement's checks read what earlier
// statements established (the document gives them the registry's state of
// their name: internal/document's checkSegment).
func readsHistory(st *syntax.Statement) bool {
	return st != nil && (st.Kind == syntax.KindAlter || st.Kind == syntax.KindAlterSecret)
}

// needle is what to look for, in ASCII lower case, to find the statements
// that may name what st names: the last part of its name as written,
// without its quotes. Every statement that names the same integration or
// secret holds it (white space cannot stand inside a part); others may too,
// which costs only their checking. A name with other than ASCII in it is
// not looked for (case folding could make another spelling of it).
func needle(st *syntax.Statement) (string, bool) {
	if st.Name == nil || len(st.Name.Parts) == 0 {
		return "", false
	}
	p := st.Name.Parts[len(st.Name.Parts)-1].Text
	quoted := len(p) >= 2 && p[0] == '"' && p[len(p)-1] == '"'
	if quoted || len(p) >= 2 && p[0] == '\'' && p[len(p)-1] == '\'' {
		p = p[1 : len(p)-1]
	}
	if p == "" {
		return "", false
	}
	// A quoted name is compared as written, and a word is ASCII (the
	// lexer's ID): only a name in a string may be folded otherwise.
	for i := 0; i < len(p) && !quoted; i++ {
		if p[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	return asciiLower(p), true
}

// earlierStatements returns, in order, the statements of before (which
// ends where one ended: semis are the offsets just after its ';'s) whose
// text holds one of needles as a whole word (ASCII letters in either case),
// each from just after the ';' before it to its own ';'. Needles that are
// words are looked up for each word of the text, in one pass; others (a
// quoted name with a space, say) are searched for.
func earlierStatements(before string, semis []int, needles []string) string {
	take := map[int]bool{}
	words := map[string]bool{}
	var lens [64]bool // the needles' lengths (the last: that or more)
	var other []string
	for _, n := range needles {
		word := true
		for i := 0; i < len(n); i++ {
			word = word && isIdentPart(n[i])
		}
		if word {
			words[n] = true
			lens[min(len(n), len(lens)-1)] = true
		} else {
			other = append(other, n)
		}
	}
	var buf []byte
	for i := 0; i < len(before); {
		if !isIdentPart(before[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(before) && isIdentPart(before[j]) {
			j++
		}
		if !lens[min(j-i, len(lens)-1)] {
			i = j
			continue
		}
		buf = append(buf[:0], before[i:j]...)
		for k, c := range buf {
			if c >= 'A' && c <= 'Z' {
				buf[k] = c + 'a' - 'A'
			}
		}
		if words[string(buf)] {
			take[sort.SearchInts(semis, i+1)] = true
		}
		i = j
	}
	if len(other) > 0 {
		lower := asciiLower(before)
		for _, n := range other {
			for at := 0; ; {
				i := strings.Index(lower[at:], n)
				if i < 0 {
					break
				}
				i += at
				at = i + len(n)
				if i > 0 && isIdentPart(lower[i-1]) || at < len(lower) && isIdentPart(lower[at]) {
					continue
				}
				take[sort.SearchInts(semis, i+1)] = true
			}
		}
	}
	var b strings.Builder
	for k := range semis {
		if take[k] {
			from := 0
			if k > 0 {
				from = semis[k-1]
			}
			b.WriteString(before[from:semis[k]])
		}
	}
	return b.String()
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// lineBreaks counts the line breaks of s as the line index does: \n, \r\n
// and a lone \r.
func lineBreaks(s string) int {
	return strings.Count(s, "\n") + strings.Count(s, "\r") - strings.Count(s, "\r\n")
}

func shiftDiagnostic(d Diagnostic, lines, bytes int) Diagnostic {
	d.Range.Start.Line += lines
	d.Range.End.Line += lines
	d.StartOffset += bytes
	d.EndOffset += bytes
	if len(d.Fixes) > 0 {
		fixes := make([]Fix, len(d.Fixes))
		for i, f := range d.Fixes {
			fixes[i] = Fix{Title: f.Title, Edits: make([]TextEdit, len(f.Edits))}
			for j, e := range f.Edits {
				e.Range.Start.Line += lines
				e.Range.End.Line += lines
				fixes[i].Edits[j] = e
			}
		}
		d.Fixes = fixes
	}
	return d
}

// visibleSlice finds the bytes [start, end) to check for lines first to
// last: start is the start of the last line at or before first that begins
// where the lexer stands between two statements with only white space
// since the last ';' (or at the text's start), and end is just after the
// first ';' past the end of line last (or the text's end). startLine is
// start's line, and semis are the offsets just after each ';' before start
// that ends a statement's part of the text. Lines end at \n, \r\n or a lone
// \r, as the line index has them.
func visibleSlice(text string, first, last int) (start, end, startLine int, semis []int) {
	const (
		inCode = iota
		inString
		inQuoted
		inDollar
		inBlock
		inLine
	)
	state := inCode
	clean := true // only white space since the last ';' (or the start)
	line := 0
	lastEnd := -1 // where line last ends, once reached
	keep := 0     // the ';'s before start
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' || c == '\r' {
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			i++
			if state == inLine {
				state = inCode
			}
			if line == last {
				lastEnd = i
			}
			line++
			if line <= first && state == inCode && clean {
				start, startLine = i, line
				keep = len(semis)
			}
			continue
		}
		switch state {
		case inString:
			switch c {
			case '\\':
				// The escaped byte (a multi-byte one ends the same way: no
				// delimiter is one), unless it breaks a line, which is counted.
				if i+1 < len(text) && text[i+1] != '\n' && text[i+1] != '\r' {
					i++
				}
			case '\'':
				if i+1 < len(text) && text[i+1] == '\'' {
					i++
				} else {
					state = inCode
				}
			}
			i++
			continue
		case inQuoted:
			if c == '"' {
				if i+1 < len(text) && text[i+1] == '"' {
					i++
				} else {
					state = inCode
				}
			}
			i++
			continue
		case inDollar:
			if c == '$' && i+1 < len(text) && text[i+1] == '$' {
				state = inCode
				i++
			}
			i++
			continue
		case inBlock:
			if c == '*' && i+1 < len(text) && text[i+1] == '/' {
				state = inCode
				i++
			}
			i++
			continue
		case inLine:
			i++
			continue
		}
		// Between tokens.
		next := byte(0)
		if i+1 < len(text) {
			next = text[i+1]
		}
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\v':
			i++
			continue
		case c == ';':
			i++
			if lastEnd >= 0 {
				return start, i, startLine, semis[:keep]
			}
			semis = append(semis, i)
			clean = true
			continue
		case c == '-' && next == '-', c == '/' && next == '/':
			state = inLine
			i += 2
		case c == '/' && next == '*':
			state = inBlock
			i += 2
		case c == '\'':
			state = inString
			i++
		case c == '"':
			state = inQuoted
			i++
		case c == '$' && next == '$':
			state = inDollar
			i += 2
		case c == '$' && isIdentStart(next), isIdentStart(c):
			// A word, or a session variable: '$' inside one starts no string.
			i++
			for i < len(text) && isIdentPart(text[i]) {
				i++
			}
		case c >= '0' && c <= '9' || c == '.' && next >= '0' && next <= '9':
			i = skipNumber(text, i)
		case c >= utf8.RuneSelf:
			// Other text, or an invisible character (hidden, like a comment,
			// but the statement after it reports it).
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		default:
			i++
		}
		clean = false // a token, a comment: the next statement's segment holds it
	}
	return start, len(text), startLine, semis[:keep]
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' || c == '$' }

// skipNumber steps over a NUMBER token of the lexer: digits, an optional
// fraction, and an exponent only when digits follow it (1E5$$ is a number,
// then a dollar string; 1E$$ is 1, then the word E$$).
func skipNumber(text string, i int) int {
	digits := func() {
		for i < len(text) && text[i] >= '0' && text[i] <= '9' {
			i++
		}
	}
	digits()
	if i < len(text) && text[i] == '.' {
		i++
		digits()
	}
	if i < len(text) && (text[i] == 'e' || text[i] == 'E') {
		j := i + 1
		if j < len(text) && (text[j] == '+' || text[j] == '-') {
			j++
		}
		if j < len(text) && text[j] >= '0' && text[j] <= '9' {
			i = j
			digits()
		}
	}
	return i
}
