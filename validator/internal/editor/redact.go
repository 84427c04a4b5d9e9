package editor

import (
	"sort"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/syntax"
)

// Redacted is what RedactSecrets writes in place of a secret, inside the
// value's own quotes: 'abc' becomes '<redacted>', $$abc$$ becomes
// $$<redacted>$$, and a bare value becomes REDACTED.
const Redacted = "<redacted>"

// redactedWord stands for a bare (unquoted) secret value.
const redactedWord = "REDACTED"

// RedactSecrets returns text with the value of every secret (catalog.IsSecret:
// OAUTH_CLIENT_SECRET and the other secret-valued names) replaced by a placeholder,
// and everything else left byte for byte as it was. It reads the document
// with the engine's own lexer, so that what is a string, a $$ string, a quoted
// name or a comment is decided as the checks decide it. It errs on the side of
// hiding too much:
//
//   - every occurrence is redacted, duplicates included, in any statement
//     (ours or not), and inside comments (a commented-out statement is read
//     as SQL, from each secret name on; a comment that ends with the name,
//     or the name and '=', may have the value after it);
//   - a value written without '=' (OAUTH_CLIENT_SECRET 'abc') is still a value;
//   - the name after a missing value (COMMENT = OAUTH_CLIENT_SECRET = 'abc')
//     is still the name;
//   - a malformed value runs on over the tokens that follow it until
//     something starts the next clause: a ',' or ';', a ')' that closes an
//     enclosing list, a keyword, a known property name, or a `NAME =`;
//     tokens glued to it (abc==, 'abc'def) are part of it;
//   - a string that is never closed is redacted to the end of the document,
//     and stays unclosed, so that the document reads as before.
//
// A value that is a list, ('a', 'b'), has each item redacted.
func RedactSecrets(text string) string {
	r, _ := redact(text, false)
	return r
}

// Where a secret's value is, when it is not in the text (a comment) that
// holds its name: it may follow the comment.
const (
	valueFound     = iota // in the text, or there is none (a ';' or ',' came first)
	valueAfterName        // the text ends with the name: '=' and the value may follow
	valueAfterEq          // the text ends with the name and '=': the value may follow
)

// redact is RedactSecrets. With onlyFirst, it redacts only the value of the
// secret name that text starts with (see redactComment), and says whether
// that value may follow the text (valueAfterName, valueAfterEq).
func redact(text string, onlyFirst bool) (string, int) {
	toks := syntax.LexDocument(text)
	type edit struct {
		start, end int // bytes
		text       string
	}
	var edits []edit

	// next returns the index of the first token at or after i that is not a
	// comment (len(toks) if none).
	next := func(i int) int {
		for i < len(toks) && toks[i].Hidden {
			i++
		}
		return i
	}
	prev := func(i int) int {
		for i--; i >= 0 && toks[i].Hidden; i-- {
		}
		return i
	}
	adjacent := func(a, b int) bool { return a >= 0 && b < len(toks) && toks[a].EndByte == toks[b].StartByte }

	// value redacts the value that starts at token j (after '=' when
	// hasEq), and returns the last token it took (-1 if none) and whether
	// it ran to the end of the text without finding one.
	value := func(j int, hasEq bool) (last int, missing bool) {
		var marked []int
		depth := 0
		last = -1
		for ; j < len(toks); j++ {
			u := &toks[j]
			if u.Hidden {
				continue
			}
			if u.Type == parser.SecintLexerSEMI {
				break
			}
			if depth == 0 && (u.Type == parser.SecintLexerCOMMA || u.Type == parser.SecintLexerRPAREN) {
				break
			}
			glued := last >= 0 && adjacent(last, j)
			if depth == 0 && !glued {
				first := last < 0
				if first && hasEq {
					// Right after '=': only a known name followed by '=' (with
					// a space: abc== is a value) says that the value is
					// missing; a word glued to a secret (abcCOMMENT = 'c')
					// is unknown, and taken for the value.
					if n := next(j + 1); syntax.IsWordType(u.Type) && n < len(toks) && toks[n].Type == parser.SecintLexerEQ && !adjacent(j, n) && redactStopName(u) {
						break
					}
				} else if first {
					// Right after the name, with no '=': a keyword or a known
					// name is what comes next; any other word is the value,
					// even before a '=' (OAUTH_CLIENT_SECRET abc = ...).
					if syntax.IsKeywordType(u.Type) || syntax.IsWordType(u.Type) && redactStopName(u) {
						break
					}
				} else if startsClause(toks, j, next) {
					break
				}
			}
			switch u.Type {
			case parser.SecintLexerLPAREN:
				depth++
			case parser.SecintLexerRPAREN:
				depth--
			case parser.SecintLexerCOMMA:
			default:
				marked = append(marked, j)
			}
			last = j
		}
		// Glued marked tokens make one value; each gets one placeholder.
		for k := 0; k < len(marked); {
			e := k
			for e+1 < len(marked) && marked[e+1] == marked[e]+1 && adjacent(marked[e], marked[e+1]) {
				e++
			}
			first, lastTok := &toks[marked[k]], &toks[marked[e]]
			edits = append(edits, edit{first.StartByte, lastTok.EndByte, placeholder(first.Type)})
			k = e + 1
		}
		return last, last < 0 && j >= len(toks)
	}

	missing := valueFound
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if onlyFirst && (i > 0 || t.Hidden) {
			break
		}
		if t.Hidden {
			if !mentionsSecret(t.Text) {
				continue
			}
			r, changed, open := redactComment(t)
			if changed {
				edits = append(edits, edit{t.StartByte, t.EndByte, r})
			}
			// The comment ends with a secret's name, and '=': what follows
			// may well be the value. With no '=' in the comment, only a
			// '=' after it makes the next tokens a value ("-- rotate the
			// OAUTH_CLIENT_SECRET" is prose).
			j := next(i + 1)
			eq := j < len(toks) && toks[j].Type == parser.SecintLexerEQ
			if open == valueAfterEq || open == valueAfterName && eq {
				if eq {
					j = next(j + 1)
				}
				if last, _ := value(j, open == valueAfterName); last > i {
					i = last
				}
			}
			continue
		}
		if (t.Type == parser.SecintLexerSTRING || t.Type == parser.SecintLexerDOLLAR_STRING) && !onlyFirst && mentionsSecret(t.Text) {
			// A quote out of place turns SQL into a string and the string's
			// end into SQL: a string that ends with a secret's name and '='
			// (or '= (') may have the value after it, as a comment may.
			if _, open := stringEnd(t); open == valueAfterEq {
				if last, _ := value(next(i+1), false); last > i {
					i = last
				}
			}
			continue
		}
		if !isSecretName(t) {
			continue
		}
		j := next(i + 1)
		hasEq := j < len(toks) && toks[j].Type == parser.SecintLexerEQ
		if p := prev(i); !hasEq && p >= 0 && toks[p].Type == parser.SecintLexerEQ && strings.EqualFold(syntax.IdentKey(*t), "PASSWORD") {
			// A value (CREATE SECRET ... TYPE = PASSWORD). Followed by '=',
			// it is the name after a missing value. The other names are
			// never values: after '=', they are still names.
			continue
		}
		if hasEq {
			j = next(j + 1)
		}
		last, m := value(j, hasEq)
		switch {
		case !m:
			missing = valueFound
		case hasEq:
			missing = valueAfterEq
		default:
			missing = valueAfterName
		}
		if last > i {
			i = last
		}
	}
	if len(edits) == 0 {
		return text, missing
	}
	sort.Slice(edits, func(a, b int) bool { return edits[a].start < edits[b].start })
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, e := range edits {
		b.WriteString(text[at:e.start])
		b.WriteString(e.text)
		at = e.end
	}
	b.WriteString(text[at:])
	return b.String(), missing
}

// mentionsSecret is the test that lets most comments through untouched
// without lexing them: only a comment that names a secret (as the catalog
// says: a misspelt name too) has its text redacted as SQL.
func mentionsSecret(s string) bool {
	return len(secretNameOffsets(s)) > 0
}

// isSecretName reports whether a word names a secret, as the catalog says.
func isSecretName(t *syntax.Token) bool {
	return syntax.IsWordType(t.Type) && catalog.IsSecret(syntax.IdentKey(*t))
}

// startsClause reports whether token j, not glued to the value before it,
// begins what follows the value rather than continuing it.
func startsClause(toks []syntax.Token, j int, next func(int) int) bool {
	t := &toks[j]
	if syntax.IsKeywordType(t.Type) {
		return true
	}
	if !syntax.IsWordType(t.Type) {
		return false
	}
	if n := next(j + 1); n < len(toks) && toks[n].Type == parser.SecintLexerEQ {
		return true
	}
	return redactStopName(t)
}

// redactStopName reports whether a word names a property (ours, another kind's or
// a secret parameter), or is WITH (of WITH TAG).
func redactStopName(t *syntax.Token) bool {
	key := strings.ToUpper(syntax.IdentKey(*t))
	return key == "WITH" || catalog.LookupProperty(key) != nil || catalog.IsSecret(key) || catalog.ForeignExact[key] != ""
}

// placeholder keeps the shape of the value it replaces: its quotes, and an
// unclosed string stays unclosed.
func placeholder(tt int) string {
	switch tt {
	case parser.SecintLexerSTRING:
		return "'" + Redacted + "'"
	case parser.SecintLexerUNTERMINATED_STRING:
		return "'" + Redacted
	case parser.SecintLexerDOLLAR_STRING:
		return "$$" + Redacted + "$$"
	case parser.SecintLexerUNTERMINATED_DOLLAR_STRING:
		return "$$" + Redacted
	case parser.SecintLexerQUOTED_ID:
		return `"` + Redacted + `"`
	case parser.SecintLexerUNTERMINATED_QUOTED_ID:
		return `"` + Redacted
	}
	return redactedWord
}

// redactComment redacts the SQL inside a comment: people comment out
// statements, secrets and all. Where the commented text starts is unknown (a
// comment may begin inside what was a string), so the text is not lexed from
// the comment's start: the value after each secret name in it is read from
// that name on, the last one first. open says whether the comment ends with
// a secret's name (and '=') but no value (-- OAUTH_CLIENT_SECRET =): the
// value may follow the comment.
func redactComment(t *syntax.Token) (text string, changed bool, open int) {
	var start, inner, end string
	s := t.Text
	switch t.Type {
	case parser.SecintLexerLINE_COMMENT:
		start, inner = s[:2], s[2:]
	case parser.SecintLexerBLOCK_COMMENT:
		start, inner, end = s[:2], s[2:len(s)-2], s[len(s)-2:]
	case parser.SecintLexerUNTERMINATED_COMMENT:
		start, inner = s[:2], s[2:]
	default:
		return "", false, valueFound
	}
	r := inner
	at := secretNameOffsets(inner)
	for k := len(at) - 1; k >= 0; k-- {
		red, missing := redact(r[at[k]:], true)
		r = r[:at[k]] + red
		if k == len(at)-1 {
			open = missing
		}
	}
	return start + r + end, r != inner, open
}

// stringEnd says whether a string's content ends with a secret's name and
// '=', and perhaps '(': then what follows the string may be the value.
func stringEnd(t *syntax.Token) (string, int) {
	content := strings.TrimRight(syntax.UnescapeString(t.Text), " \t\r\n(")
	at := secretNameOffsets(content)
	if len(at) == 0 {
		return content, valueFound
	}
	_, open := redact(content[at[len(at)-1]:], true)
	return content, open
}

// secretNameOffsets returns where secret names (catalog.IsSecret) stand as
// whole words in s (a quoted name from its opening quote), in order.
func secretNameOffsets(s string) []int {
	isWord := func(c byte) bool {
		return c == '_' || c == '$' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	var at []int
	for i := 0; i < len(s); {
		if !isWord(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWord(s[j]) {
			j++
		}
		if c := s[i]; !('0' <= c && c <= '9' || c == '$') && catalog.IsSecret(s[i:j]) {
			k := i
			if k > 0 && s[k-1] == '"' {
				k--
			}
			at = append(at, k)
		}
		i = j
	}
	return at
}
