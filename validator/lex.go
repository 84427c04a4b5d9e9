package validator

import (
	"strings"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
)

// Token is one lexer token, with rune offsets [Start, End) into the document.
type Token struct {
	Type   int
	Start  int
	End    int
	Text   string
	Hidden bool // a comment
	raw    antlr.Token
}

// is reports whether the token is the keyword or word w (case-insensitive).
func (t *Token) is(w string) bool {
	return t != nil && (t.Type == parser.SecintLexerID || isKeywordType(t.Type)) && strings.EqualFold(t.Text, w)
}

func isKeywordType(tt int) bool {
	return tt >= parser.SecintLexerACCESS && tt <= parser.SecintLexerUNSET
}

// isWordType reports whether a token of this type may stand as a name.
func isWordType(tt int) bool {
	return tt == parser.SecintLexerID || tt == parser.SecintLexerQUOTED_ID || isKeywordType(tt)
}

func isUnterminated(tt int) bool {
	switch tt {
	case parser.SecintLexerUNTERMINATED_STRING, parser.SecintLexerUNTERMINATED_DOLLAR_STRING,
		parser.SecintLexerUNTERMINATED_QUOTED_ID, parser.SecintLexerUNTERMINATED_COMMENT:
		return true
	}
	return false
}

// lexDocument turns the whole document into tokens, comments included.
func lexDocument(text string) ([]Token, antlr.Token) {
	lexer := parser.NewSecintLexer(antlr.NewInputStream(text))
	lexer.RemoveErrorListeners() // the lexer cannot fail (OTHER takes any character)
	var toks []Token
	for {
		t := lexer.NextToken()
		if t.GetTokenType() == antlr.TokenEOF {
			return toks, t
		}
		toks = append(toks, Token{
			Type:   t.GetTokenType(),
			Start:  t.GetStart(),
			End:    t.GetStop() + 1,
			Text:   t.GetText(),
			Hidden: t.GetChannel() != antlr.TokenDefaultChannel,
			raw:    t,
		})
	}
}

// StatementKind says which statement of our family a statement is.
type StatementKind int

const (
	KindOther StatementKind = iota // not ours: skipped
	KindCreate
	KindAlter
	KindDescribe
	KindDrop
	KindShow
)

func (k StatementKind) String() string {
	return [...]string{"other", "CREATE", "ALTER", "DESCRIBE", "DROP", "SHOW"}[k]
}

// span is a statement's place in the document: its tokens (comments left out)
// and rune offsets from its first token to its end (the ';' included).
type span struct {
	tokens     []Token
	start, end int
	hasSemi    bool
}

// splitStatements cuts the default-channel tokens at ';'. Empty statements are
// dropped.
func splitStatements(all []Token) []span {
	var out []span
	var cur []Token
	for i := range all {
		t := all[i]
		if t.Hidden {
			continue
		}
		if t.Type == parser.SecintLexerSEMI {
			if len(cur) > 0 {
				cur = append(cur, t)
				out = append(out, span{tokens: cur, start: cur[0].Start, end: t.End, hasSemi: true})
			}
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		out = append(out, span{tokens: cur, start: cur[0].Start, end: cur[len(cur)-1].End})
	}
	return out
}

// classify decides from a statement's first tokens whether it is ours.
func classify(toks []Token) StatementKind {
	at := func(i int) *Token {
		if i < len(toks) {
			return &toks[i]
		}
		return nil
	}
	// skipKind steps over an optional integration kind word.
	skipKind := func(i int) int {
		t := at(i)
		switch {
		case t == nil:
			return i
		case t.Type == parser.SecintLexerSECURITY || t.Type == parser.SecintLexerAPI ||
			t.Type == parser.SecintLexerCATALOG || t.Type == parser.SecintLexerNOTIFICATION ||
			t.Type == parser.SecintLexerSTORAGE:
			return i + 1
		case t.Type == parser.SecintLexerEXTERNAL:
			if n := at(i + 1); n != nil && n.Type == parser.SecintLexerACCESS {
				return i + 2
			}
		}
		return i
	}
	first := at(0)
	if first == nil {
		return KindOther
	}
	switch first.Type {
	case parser.SecintLexerCREATE:
		i := 1
		if t := at(i); t != nil && t.Type == parser.SecintLexerOR {
			i++
			if t := at(i); t != nil && t.Type == parser.SecintLexerREPLACE {
				i++
			}
		}
		if t := at(i); t != nil && t.Type == parser.SecintLexerSECURITY {
			return KindCreate
		}
	case parser.SecintLexerALTER:
		if t := at(1); t != nil && (t.Type == parser.SecintLexerSECURITY || t.Type == parser.SecintLexerINTEGRATION) {
			return KindAlter
		}
	case parser.SecintLexerDESC, parser.SecintLexerDESCRIBE:
		if t := at(skipKind(1)); t != nil && t.Type == parser.SecintLexerINTEGRATION {
			return KindDescribe
		}
	case parser.SecintLexerDROP:
		if t := at(skipKind(1)); t != nil && t.Type == parser.SecintLexerINTEGRATION {
			return KindDrop
		}
	case parser.SecintLexerSHOW:
		if t := at(skipKind(1)); t != nil && t.Type == parser.SecintLexerINTEGRATIONS {
			return KindShow
		}
		if t := at(1); t != nil && t.Type == parser.SecintLexerSECURITY {
			return KindShow
		}
	}
	return KindOther
}
