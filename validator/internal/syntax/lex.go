package syntax

import (
	"strings"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/progress"
)

// Token is one lexer token, with rune offsets [Start, End) and byte offsets
// [StartByte, EndByte) into the document.
type Token struct {
	Type               int
	Start, End         int
	StartByte, EndByte int
	Text               string
	Hidden             bool // a comment
}

// is reports whether the token is the keyword or word w (case-insensitive).
func (t *Token) is(w string) bool {
	return t != nil && (t.Type == parser.SecintLexerID || IsKeywordType(t.Type) || IsSoftKeyword(t.Type)) && strings.EqualFold(t.Text, w)
}

func IsKeywordType(tt int) bool {
	return tt >= parser.SecintLexerACCESS && tt <= parser.SecintLexerUNSET
}

// IsSoftKeyword reports whether a token is one of the soft keywords
// (IDENTIFIER, REFRESH, SECRET, SECRETS, WITH): read as keywords where the grammar wants
// them, and as plain names everywhere else.
func IsSoftKeyword(tt int) bool {
	return tt >= parser.SecintLexerIDENTIFIER && tt <= parser.SecintLexerWITH
}

// IsWordType reports whether a token of this type may stand as a name.
func IsWordType(tt int) bool {
	return tt == parser.SecintLexerID || tt == parser.SecintLexerQUOTED_ID || IsKeywordType(tt) || IsSoftKeyword(tt)
}

func IsUnterminated(tt int) bool {
	switch tt {
	case parser.SecintLexerUNTERMINATED_STRING, parser.SecintLexerUNTERMINATED_DOLLAR_STRING,
		parser.SecintLexerUNTERMINATED_QUOTED_ID, parser.SecintLexerUNTERMINATED_COMMENT:
		return true
	}
	return false
}

// LexDocument turns the whole document into tokens, comments included.
//
// A ';' that follows another ';' (with nothing but white space between) is
// left out: it ends no statement, and means nothing to any feature, but a
// token costs some 64 bytes, and a flood of them was the engine's worst
// memory case. The text it stands in stays in the document, between tokens,
// like white space.
func LexDocument(text string) []Token {
	return LexFrom(text, 0, 0, true, false)
}

// LexFrom lexes text, which starts at rune offset runeBase and byte offset
// byteBase of the document. When whole is false, text is a window cut out of
// a longer document, and the last token, which may run past the window, is
// dropped. afterSemi says that the document's token just before the window
// is a ';', so that lone ';'s at its start are left out as LexDocument
// leaves them out.
func LexFrom(text string, runeBase, byteBase int, whole, afterSemi bool) (toks []Token) {
	r := lexRuns.Get().(*lexRun)
	r.in.reset(text)
	r.Reset()
	r.runeBase, r.byteBase = runeBase, byteBase
	r.afterSemi = afterSemi
	// About one token in six bytes in a worksheet; a sixteenth of that to
	// start with, and then grow guesses from what it has seen.
	r.out = make([]Token, 0, len(text)/96+16)
	for n := 1; ; n++ {
		r.in.skipSpace()
		if r.NextToken().GetTokenType() == antlr.TokenEOF {
			break
		}
		if n&8191 == 0 {
			progress.Tick()
		}
	}
	toks = r.out
	r.out = nil
	r.in.reset("") // let the pool hold no text
	lexRuns.Put(r)
	if n := len(toks); !whole && n > 0 && toks[n-1].EndByte-byteBase >= len(text) {
		toks = toks[:n-1] // the last token may continue past the window
	}
	return toks
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
	KindCreateSecret // CREATE [OR REPLACE] SECRET
	KindAlterSecret  // ALTER SECRET
	KindDescribeSecret
	KindDropSecret
	KindShowSecrets
	KindCreateAccess // CREATE [OR REPLACE] EXTERNAL ACCESS INTEGRATION
	KindAlterAccess  // ALTER EXTERNAL ACCESS INTEGRATION
)

// Secret reports whether the statement is about a secret, not an integration.
func (k StatementKind) Secret() bool {
	switch k {
	case KindCreateSecret, KindAlterSecret, KindDescribeSecret, KindDropSecret, KindShowSecrets:
		return true
	}
	return false
}

// Access reports whether the statement creates or alters an external access
// integration.
func (k StatementKind) Access() bool { return k == KindCreateAccess || k == KindAlterAccess }

// Creates reports whether the statement is a CREATE with a property list.
func (k StatementKind) Creates() bool {
	return k == KindCreate || k == KindCreateSecret || k == KindCreateAccess
}

// Alters reports whether the statement is an ALTER with actions.
func (k StatementKind) Alters() bool {
	return k == KindAlter || k == KindAlterSecret || k == KindAlterAccess
}

func (k StatementKind) String() string {
	return [...]string{"other", "CREATE", "ALTER", "DESCRIBE", "DROP", "SHOW", "CREATE SECRET", "ALTER SECRET",
		"DESCRIBE SECRET", "DROP SECRET", "SHOW SECRETS", "CREATE EXTERNAL ACCESS INTEGRATION", "ALTER EXTERNAL ACCESS INTEGRATION"}[k]
}

// Span is a statement's place in the document: its tokens (a window of the
// document's tokens, comments inside it included) and offsets from its first
// token to its end (the ';' included).
type Span struct {
	Tokens             []Token
	Start, End         int // runes
	StartByte, EndByte int
	Text               string // the statement's text, from its first token to its last
}

// Classify decides from a statement's first tokens (comments skipped) whether
// it is ours.
func Classify(all []Token) StatementKind {
	var head [6]Token
	toks := head[:0]
	for i := 0; i < len(all) && len(toks) < len(head); i++ {
		if !all[i].Hidden {
			toks = append(toks, all[i])
		}
	}
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
		if t := at(i); t != nil && t.Type == parser.SecintLexerSECRET {
			return KindCreateSecret
		}
		if at(i) != nil && at(i).Type == parser.SecintLexerEXTERNAL && at(i+1) != nil && at(i+1).Type == parser.SecintLexerACCESS {
			return KindCreateAccess
		}
	case parser.SecintLexerALTER:
		if t := at(1); t != nil && t.Type == parser.SecintLexerSECRET {
			return KindAlterSecret
		}
		if at(1) != nil && at(1).Type == parser.SecintLexerEXTERNAL && at(2) != nil && at(2).Type == parser.SecintLexerACCESS {
			return KindAlterAccess
		}
		if t := at(1); t != nil && (t.Type == parser.SecintLexerSECURITY || t.Type == parser.SecintLexerINTEGRATION) {
			return KindAlter
		}
	case parser.SecintLexerDESC, parser.SecintLexerDESCRIBE:
		if t := at(skipKind(1)); t != nil && t.Type == parser.SecintLexerINTEGRATION {
			return KindDescribe
		}
		if t := at(1); t != nil && t.Type == parser.SecintLexerSECRET {
			return KindDescribeSecret
		}
	case parser.SecintLexerDROP:
		if t := at(skipKind(1)); t != nil && t.Type == parser.SecintLexerINTEGRATION {
			return KindDrop
		}
		if t := at(1); t != nil && t.Type == parser.SecintLexerSECRET {
			return KindDropSecret
		}
	case parser.SecintLexerSHOW:
		if t := at(skipKind(1)); t != nil && t.Type == parser.SecintLexerINTEGRATIONS {
			return KindShow
		}
		if t := at(1); t != nil && t.Type == parser.SecintLexerSECRETS {
			return KindShowSecrets
		}
		if t := at(1); t != nil && t.Type == parser.SecintLexerSECURITY {
			return KindShow
		}
	}
	return KindOther
}

// IsPartialType reports whether a token of this type may be a word being typed.
func IsPartialType(tt int) bool {
	return tt == parser.SecintLexerID || IsKeywordType(tt) || IsSoftKeyword(tt) || tt == parser.SecintLexerNUMBER
}
