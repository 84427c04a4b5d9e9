package syntax

import (
	"sort"
	"strings"

	"github.com/antlr4-go/antlr/v4"
	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
)

// syntaxError words the first ANTLR error of a statement for a person:
// "expected <what> after <previous token>, found <what came>". It never
// repeats text from a secret value, nor the content of a string.
func syntaxError(st *Statement, l *syntaxListener) (*rules.Finding, int) {
	off := l.offending
	// Where the offending token sits among the statement's tokens.
	idx := len(st.Tokens)
	for i := range st.Tokens {
		if st.Tokens[i].Start >= off.GetStart() && off.GetTokenType() != antlr.TokenEOF {
			idx = i
			break
		}
	}
	atEnd := idx >= len(st.Tokens) || st.Tokens[idx].Type == parser.SecintLexerSEMI
	var prev *Token
	if idx > 0 {
		prev = &st.Tokens[idx-1]
	}

	found := "the end of the statement"
	if !atEnd {
		found = describeFound(st.Tokens, idx)
	}
	want := describeExpected(l.expected, l.rule, st.Tokens, idx)
	if want == "the end of the statement" && prev != nil && endsValue(prev.Type) && (st.Kind == KindCreate || st.Kind == KindAlter) {
		// ANTLR reports this at the statement's end; after a complete property
		// another one may follow too.
		want = "',', another property or the end of the statement"
		if lastActionWord(st.Tokens[:idx]) == parser.SecintLexerUNSET {
			want = "',' or the end of the statement"
		}
	}
	msg := "expected " + want
	if prev != nil {
		msg += " after " + describeAfter(st.Tokens, idx-1)
	}
	msg += ", found " + found
	switch {
	case !atEnd && st.Tokens[idx].Text == "<" && strings.HasPrefix(want, "an integration name"):
		msg = "'<name>' is a placeholder from the documentation: write the integration's name here, e.g. my_integration"
	case !atEnd && st.Kind == KindCreate && st.Tokens[idx].Type == parser.SecintLexerEXISTS && prev != nil && prev.Type == parser.SecintLexerIF:
		msg = "CREATE takes IF NOT EXISTS, not IF EXISTS"
	case !atEnd && st.Kind == KindCreate && st.Tokens[idx].Type == parser.SecintLexerIF && prev != nil && prev.Type == parser.SecintLexerSECURITY:
		// CREATE SECURITY IF NOT EXISTS INTEGRATION: seen in a published
		// worksheet template.
		msg = "IF NOT EXISTS goes after INTEGRATION: CREATE SECURITY INTEGRATION IF NOT EXISTS name"
	}

	// Underline the offending token, or at the end the token before it.
	var start, end int
	switch {
	case !atEnd:
		start, end = st.Tokens[idx].Start, st.Tokens[idx].End
	case prev != nil:
		start, end = prev.Start, prev.End
	default:
		start, end = st.Start, st.End
	}
	errorAt := st.End + 1
	if !atEnd {
		errorAt = st.Tokens[idx].Start
	} else if idx < len(st.Tokens) {
		errorAt = st.Tokens[idx].Start
	}
	return &rules.Finding{Rule: rules.SyntaxError, Msg: msg, Start: start, End: end}, errorAt
}

// describeFound names a token without revealing secrets or string contents.
func describeFound(toks []Token, i int) string {
	t := &toks[i]
	if MayHoldSecret(toks, i) {
		return "more text (not shown: it may be part of a secret value)"
	}
	if r, ok := unseen(t); ok {
		return CharName(r) // "' '" would read like an ordinary space
	}
	switch t.Type {
	case parser.SecintLexerSTRING, parser.SecintLexerDOLLAR_STRING:
		return "a string"
	case parser.SecintLexerNUMBER:
		return "the number " + Clip(t.Text)
	case parser.SecintLexerQUOTED_ID:
		return "the quoted name " + Clip(t.Text)
	case parser.SecintLexerEQ, parser.SecintLexerCOMMA, parser.SecintLexerLPAREN, parser.SecintLexerRPAREN,
		parser.SecintLexerDOT, parser.SecintLexerMINUS, parser.SecintLexerOTHER:
		return "'" + t.Text + "'"
	}
	if IsKeywordType(t.Type) || IsSoftKeyword(t.Type) || t.Type == parser.SecintLexerID {
		return Clip(t.Text)
	}
	return "'" + Clip(t.Text) + "'"
}

// describeAfter names the token before the error: for `NAME =` it says both.
func describeAfter(toks []Token, i int) string {
	t := &toks[i]
	if MayHoldSecret(toks, i) && t.Type != parser.SecintLexerEQ {
		return "a secret value"
	}
	if t.Type == parser.SecintLexerEQ && i > 0 && IsWordType(toks[i-1].Type) {
		if MayHoldSecret(toks, i-1) {
			return "a secret value"
		}
		return Clip(toks[i-1].Text) + " ="
	}
	switch t.Type {
	case parser.SecintLexerSTRING, parser.SecintLexerDOLLAR_STRING:
		return "a string"
	}
	return describeFound(toks, i)
}

func Clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:37]) + "…"
	}
	return s
}

var valueStarts = []int{parser.SecintLexerSTRING, parser.SecintLexerDOLLAR_STRING, parser.SecintLexerNUMBER, parser.SecintLexerLPAREN}

// describeExpected turns ANTLR's expected-token set into words, using the
// property catalog for what a property's value should look like.
func describeExpected(set *antlr.IntervalSet, rule int, toks []Token, idx int) string {
	has := func(tt int) bool {
		if set == nil {
			return false
		}
		for _, iv := range set.GetIntervals() {
			if iv.Contains(tt) {
				return true
			}
		}
		return false
	}
	if has(parser.SecintLexerSTRING) && has(parser.SecintLexerNUMBER) {
		// A value. Which property's?
		if idx >= 2 && toks[idx-1].Type == parser.SecintLexerEQ && IsWordType(toks[idx-2].Type) {
			name := IdentKey(toks[idx-2])
			if p := catalog.LookupProperty(name); p != nil {
				return p.Hint()
			}
			if idx >= 3 && rule == parser.SecintParserRULE_value && toks[idx-3].Type == parser.SecintLexerTAG || isTagContext(toks, idx-2) {
				return "a tag value in single quotes"
			}
		}
		if idx >= 1 && toks[idx-1].Type == parser.SecintLexerLIKE {
			return "a pattern in single quotes, such as 'my%'"
		}
		return "a value"
	}
	var words []string
	if has(parser.SecintLexerID) {
		switch rule {
		case parser.SecintParserRULE_objectName:
			words = append(words, "an integration name")
		case parser.SecintParserRULE_tagName, parser.SecintParserRULE_tagAssignment:
			words = append(words, "a tag name")
		case parser.SecintParserRULE_unsetItem:
			words = append(words, "a property name")
		default:
			if idx > 0 && (toks[idx-1].Type == parser.SecintLexerINTEGRATION || toks[idx-1].Type == parser.SecintLexerEXISTS) {
				words = append(words, "an integration name")
			} else if idx > 0 && toks[idx-1].Type == parser.SecintLexerTAG {
				words = append(words, "a tag name")
			} else {
				words = append(words, "a property name")
			}
		}
	}
	if set != nil {
		var types []int
		for _, iv := range set.GetIntervals() {
			for tt := iv.Start; tt < iv.Stop; tt++ {
				types = append(types, tt)
			}
		}
		sort.Ints(types)
		endWord := false
		for _, tt := range types {
			switch {
			case tt == parser.SecintLexerID || tt == parser.SecintLexerQUOTED_ID:
			case (IsKeywordType(tt) || IsSoftKeyword(tt)) && has(parser.SecintLexerID) && TokenWordOK(tt):
				// covered by "a name"
			case tt == antlr.TokenEOF || tt == parser.SecintLexerSEMI:
				endWord = true
			case tt == parser.SecintLexerREFRESH || tt == parser.SecintLexerFLOW:
				// other kinds' action (SAML2, Snowflake OAuth), and the flow
				// operator: never suggested
			case IsKeywordType(tt) || IsSoftKeyword(tt):
				words = append(words, tokenName(tt))
			default:
				if lit := tokenLiteral(tt); lit != "" {
					words = append(words, lit)
				}
			}
		}
		if endWord {
			words = append(words, "the end of the statement")
		}
	}
	if len(words) == 0 {
		return "something else"
	}
	return catalog.OrList(dedupe(words))
}

// isTagContext reports whether the word at i is a tag name in SET TAG.
func isTagContext(toks []Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch toks[j].Type {
		case parser.SecintLexerTAG:
			return true
		case parser.SecintLexerSET, parser.SecintLexerUNSET:
			return false
		}
	}
	return false
}

// TokenWordOK reports whether keyword tt may stand as a name (see the
// grammar's identifier rule).
func TokenWordOK(tt int) bool {
	switch tt {
	case parser.SecintLexerALTER, parser.SecintLexerCREATE, parser.SecintLexerDROP, parser.SecintLexerEXISTS,
		parser.SecintLexerIN, parser.SecintLexerLIKE, parser.SecintLexerNOT, parser.SecintLexerOR, parser.SecintLexerSET:
		return false
	}
	return true
}

func dedupe(ws []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// tokenName is a token type's symbolic name (SET, INTEGRATION, ...).
func tokenName(tt int) string {
	if names := parser.SecintLexerLexerStaticData.SymbolicNames; tt > 0 && tt < len(names) {
		return names[tt]
	}
	return ""
}

// tokenLiteral is a punctuation token's text in quotes ('=', ','), or "".
func tokenLiteral(tt int) string {
	if lits := parser.SecintLexerLexerStaticData.LiteralNames; tt > 0 && tt < len(lits) {
		return lits[tt]
	}
	return ""
}

// endsValue reports whether a token can be the last one of a value.
func endsValue(tt int) bool {
	switch tt {
	case parser.SecintLexerSTRING, parser.SecintLexerDOLLAR_STRING, parser.SecintLexerNUMBER, parser.SecintLexerRPAREN:
		return true
	}
	return IsWordType(tt)
}

// lastActionWord is the type of the last SET or UNSET among toks, or 0.
func lastActionWord(toks []Token) int {
	for j := len(toks) - 1; j >= 0; j-- {
		if tt := toks[j].Type; tt == parser.SecintLexerSET || tt == parser.SecintLexerUNSET {
			return tt
		}
	}
	return 0
}
