package syntax

import (
	"fmt"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/rules"
)

// A near miss is a statement that Classify does not take as ours, but whose
// first words clearly meant to be: a command of ours followed by SECURITY
// INTEGRATION, EXTERNAL ACCESS INTEGRATION or SECRET with a word misspelled,
// in the wrong number, out of order, or split by an invisible character; or
// a CREATE of TYPE = API_AUTHENTICATION that forgot SECURITY. Left alone it would pass in silence, where the person
// needs a syntax error. A false error on someone's valid SQL is worse than
// a miss, so the patterns are narrow: the words must stand where ours do, a
// misspelling is a small edit of a long word, and another kind of
// integration (STORAGE, API, ...) or any other command is never matched.

// headWord is one word of a statement's beginning: a keyword or name token,
// or two of them glued by a zero-width character (SEC\u200BURITY).
type headWord struct {
	text       string // upper case, the glue left out
	first, end int    // its tokens: toks[first:end]
	glue       int    // the index of the gluing character, or -1
}

// maxHead is how many words of a statement NearMiss reads.
const maxHead = 8

func headWords(toks []Token) []headWord {
	var out []headWord
	for i := 0; i < len(toks) && len(out) < maxHead; i++ {
		t := &toks[i]
		if t.Hidden {
			continue
		}
		if !IsWordType(t.Type) || t.Type == parser.SecintLexerQUOTED_ID {
			out = append(out, headWord{text: "", first: i, end: i + 1, glue: -1})
			continue
		}
		w := headWord{text: strings.ToUpper(t.Text), first: i, end: i + 1, glue: -1}
		// word, zero-width character, word, with nothing between them
		if i+2 < len(toks) && toks[i+1].Type == parser.SecintLexerINVISIBLE && IsZeroWidth(InvisibleRune(&toks[i+1])) &&
			t.End == toks[i+1].Start && toks[i+1].End == toks[i+2].Start && IsWordType(toks[i+2].Type) && toks[i+2].Type != parser.SecintLexerQUOTED_ID {
			w.text += strings.ToUpper(toks[i+2].Text)
			w.glue, w.end = i+1, i+3
			i += 2
		}
		out = append(out, w)
	}
	return out
}

// near reports whether w is a misspelling of want: not want itself, and one
// edit away (two for words of seven letters or more), counting a swap of
// neighbours as one edit.
func near(w, want string) bool {
	if w == want || len(w) < 3 {
		return false
	}
	limit := 1
	if len(want) >= 7 {
		limit = 2
	}
	return osaDistance(w, want) <= limit
}

// is reports whether w is want or a misspelling of it.
func is(w, want string) bool { return w == want || near(w, want) }

var ourVerbs = []string{"CREATE", "ALTER", "DROP", "DESCRIBE", "DESC", "SHOW"}

// verbOf returns the command w is, or a misspelling of, or "".
func verbOf(w string) string {
	for _, v := range ourVerbs {
		if w == v {
			return v
		}
	}
	for _, v := range ourVerbs {
		if v != "DESC" && near(w, v) {
			return v
		}
	}
	return ""
}

// isSecretWord reports whether w is SECRET or SECRETS, or a misspelling of
// either.
func isSecretWord(w string) bool { return is(w, "SECRET") || is(w, "SECRETS") }

func isKindWord(w string) bool {
	switch w {
	case "API", "CATALOG", "EXTERNAL", "NOTIFICATION", "STORAGE":
		return true
	}
	return false
}

// NearMiss returns the syntax error of a statement (its tokens, comments
// included, as Classify takes them) that is not ours but clearly meant to
// be, or nil. Offsets are those of the tokens.
func NearMiss(toks []Token) *rules.Finding {
	w := headWords(toks)
	if len(w) < 2 {
		return nil
	}
	word := func(i int) string {
		if i < len(w) {
			return w[i].text
		}
		return ""
	}
	tokOf := func(i int) (int, int) { return toks[w[i].first].Start, toks[w[i].end-1].End }
	replace := func(i int, with, msg string) *rules.Finding {
		s, e := tokOf(i)
		return &rules.Finding{Rule: rules.SyntaxError, Msg: msg, Start: s, End: e,
			Fixes: []rules.Fix{{Title: "Change to " + with, Edits: []rules.Edit{{Start: s, End: e, Text: with}}}}}
	}
	at := func(i int, msg string) *rules.Finding {
		s, e := tokOf(i)
		return &rules.Finding{Rule: rules.SyntaxError, Msg: msg, Start: s, End: e}
	}

	// Out of order: the statement starts with SECURITY or INTEGRATION, and
	// one of our commands comes right after.
	if (word(0) == "SECURITY" || word(0) == "INTEGRATION") && verbOf(word(1)) != "" || word(0) == "SECURITY" && word(1) == "INTEGRATION" && verbOf(word(2)) != "" {
		return at(0, fmt.Sprintf("a statement cannot start with %s: write the command first, as in CREATE SECURITY INTEGRATION or ALTER SECURITY INTEGRATION", word(0)))
	}

	verb := verbOf(word(0))
	if verb == "" {
		return nil
	}
	i := 1
	if verb == "CREATE" {
		// CREATE [OR REPLACE] SECURITY INTEGRATION [IF NOT EXISTS]: OR,
		// REPLACE, IF, NOT, EXISTS before SECURITY are out of place.
		misplaced := -1
		for ; i < len(w) && i < 5; i++ {
			switch word(i) {
			case "OR", "REPLACE", "IF", "NOT", "EXISTS":
				if misplaced < 0 && !(word(i) == "OR" && i == 1 && word(2) == "REPLACE") && !(word(i) == "REPLACE" && i == 2 && word(1) == "OR") {
					misplaced = i
				}
				continue
			}
			break
		}
		if misplaced >= 0 && is(word(i), "SECURITY") && is(word(i+1), "INTEGRATION") {
			return at(misplaced, fmt.Sprintf("%s is out of place: the statement is CREATE [OR REPLACE] SECURITY INTEGRATION [IF NOT EXISTS] name", word(misplaced)))
		}
	}
	a, b := word(i), word(i+1)

	// Which words meant SECURITY, EXTERNAL ACCESS and INTEGRATION(S), or
	// SECRET(S), if they are there; want is what the last one must be.
	sec, access, integ := -1, -1, -1
	want := "INTEGRATION"
	if verb == "SHOW" {
		want = "INTEGRATIONS"
	}
	switch {
	case isSecretWord(a):
		integ, want = i, "SECRET"
		if verb == "SHOW" {
			want = "SECRETS"
		}
	case a == "EXTERNAL" && is(b, "ACCESS") && (is(word(i+2), "INTEGRATION") || is(word(i+2), "INTEGRATIONS")):
		access, integ = i+1, i+2
	case is(a, "SECURITY") && (is(b, "INTEGRATION") || is(b, "INTEGRATIONS")):
		sec, integ = i, i+1
	case is(a, "INTEGRATION") && is(b, "SECURITY") && verb != "SHOW":
		return at(i, fmt.Sprintf("%s %s is out of order: write SECURITY INTEGRATION", word(i), word(i+1)))
	case (is(a, "INTEGRATION") || is(a, "INTEGRATIONS")) && verb != "CREATE":
		integ = i
	case isKindWord(a) && verb != "CREATE" && verb != "ALTER":
		j := i + 1
		if a == "EXTERNAL" {
			if word(j) != "ACCESS" {
				return nil
			}
			j++
		}
		if is(word(j), "INTEGRATION") || is(word(j), "INTEGRATIONS") {
			integ = j
		}
	case verb == "CREATE" && a == "INTEGRATION" && createsAPIAuth(toks):
		s, _ := tokOf(i)
		return &rules.Finding{Rule: rules.SyntaxError, Start: s, End: toks[w[i].end-1].End,
			Msg:   "an integration of TYPE = API_AUTHENTICATION is a security integration: write CREATE SECURITY INTEGRATION",
			Fixes: []rules.Fix{{Title: "Insert SECURITY", Edits: []rules.Edit{{Start: s, End: s, Text: "SECURITY "}}}}}
	}
	if integ < 0 {
		return nil
	}

	// The first thing wrong, in reading order.
	for k := 0; k <= integ; k++ {
		if w[k].glue >= 0 {
			g := &toks[w[k].glue]
			name := CharName(InvisibleRune(g))
			return &rules.Finding{Rule: rules.SyntaxError, Start: g.Start, End: g.End,
				Msg:   fmt.Sprintf("%s inside %s: an invisible character that splits the word in two; delete it", name, w[k].text),
				Fixes: []rules.Fix{{Title: "Delete " + name, Edits: []rules.Edit{{Start: g.Start, End: g.End}}}}}
		}
	}
	if word(0) != verb {
		return replace(0, verb, fmt.Sprintf("%s is not a command; did you mean %s?", Clip(toks[w[0].first].Text), verb))
	}
	if sec >= 0 && word(sec) != "SECURITY" {
		return replace(sec, "SECURITY", fmt.Sprintf("expected SECURITY after %s, found %s; did you mean SECURITY?", verb, Clip(toks[w[sec].first].Text)))
	}
	if access >= 0 && word(access) != "ACCESS" {
		return replace(access, "ACCESS", fmt.Sprintf("expected ACCESS after EXTERNAL, found %s; did you mean ACCESS?", Clip(toks[w[access].first].Text)))
	}
	got := word(integ)
	switch {
	case got == want:
		return nil // nothing we can name: leave it alone
	case got == "INTEGRATIONS" || got == "INTEGRATION" || got == "SECRETS" || got == "SECRET":
		return replace(integ, want, fmt.Sprintf("%s takes %s, not %s", verb, want, got))
	}
	return replace(integ, want, fmt.Sprintf("%s is not a word of this statement; did you mean %s?", Clip(toks[w[integ].first].Text), want))
}

// createsAPIAuth reports whether a statement holds TYPE = API_AUTHENTICATION.
func createsAPIAuth(toks []Token) bool {
	var prev [2]*Token
	for i := range toks {
		t := &toks[i]
		if t.Hidden {
			continue
		}
		if prev[0] != nil && prev[0].is("TYPE") && prev[1].Type == parser.SecintLexerEQ && t.is("API_AUTHENTICATION") {
			return true
		}
		prev[0], prev[1] = prev[1], t
	}
	return false
}

// osaDistance is the edit distance between two words where a swap of two
// neighbouring letters counts as one edit (optimal string alignment).
func osaDistance(a, b string) int {
	if len(a) > 40 || len(b) > 40 {
		return 1 << 20
	}
	var d [42][42]int
	for i := 0; i <= len(a); i++ {
		d[i][0] = i
	}
	for j := 0; j <= len(b); j++ {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
