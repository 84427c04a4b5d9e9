package syntax

import (
	"sync"
	"unicode/utf8"

	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
)

// textStream is ANTLR's character stream over a Go string, without the
// []rune copy of antlr.InputStream (four bytes per character, for every
// lexing window). ANTLR counts in characters (runes), the string in bytes: the
// stream keeps both for its cursor and for the start of the current token (the
// lexer calls Mark there), which is all the lexer moves between. A string of
// ASCII only, the usual worksheet, has the two always equal.
//
// Invalid UTF-8 reads as U+FFFD, one character per bad byte, exactly as the
// []rune conversion did.
type textStream struct {
	s     string
	ascii bool
	size  int // characters
	idx   int // the cursor, in characters
	pos   int // the cursor, in bytes
	// the start of the current token (where Mark was last called)
	markIdx, markPos int
}

func (t *textStream) reset(s string) {
	// ASCII only when every byte is: a string of invalid bytes has as many
	// runes as bytes too, and read as ASCII, byte 0xA0 would be U+00A0 (a
	// no-break space to the lexer) instead of U+FFFD.
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	*t = textStream{s: s, ascii: ascii, size: n}
}

// byteAt is the byte offset of character i.
func (t *textStream) byteAt(i int) int {
	if t.ascii {
		return i
	}
	switch {
	case i == t.idx:
		return t.pos
	case i == t.markIdx:
		return t.markPos
	}
	// Walk forward from the nearest known place before i.
	at, p := 0, 0
	if t.markIdx <= i {
		at, p = t.markIdx, t.markPos
	}
	if t.idx <= i && t.idx > at {
		at, p = t.idx, t.pos
	}
	for ; at < i && p < len(t.s); at++ {
		_, n := utf8.DecodeRuneInString(t.s[p:])
		p += n
	}
	return p
}

func (t *textStream) Consume() {
	if t.idx >= t.size {
		panic("cannot consume EOF")
	}
	if t.ascii || t.s[t.pos] < utf8.RuneSelf {
		t.pos++
	} else {
		_, n := utf8.DecodeRuneInString(t.s[t.pos:])
		t.pos += n
	}
	t.idx++
}

// skipSpace moves the cursor over white space. Between tokens that is what
// the lexer would do itself, more slowly: white space there can only be the
// WS rule's (the longest match, and it comes before OTHER), which is skipped.
func (t *textStream) skipSpace() {
	for t.pos < len(t.s) {
		switch t.s[t.pos] {
		case ' ', '\t', '\r', '\n', '\f', '\v':
			t.pos++
			t.idx++
			continue
		}
		return
	}
}

func (t *textStream) LA(offset int) int {
	if offset == 0 {
		return 0
	}
	if offset < 0 {
		offset++ // LA(-1) is the character before the cursor
	}
	i := t.idx + offset - 1
	if i < 0 || i >= t.size {
		return antlr.TokenEOF
	}
	if t.ascii {
		return int(t.s[i])
	}
	p := t.pos
	if offset != 1 {
		p = t.byteAt(i)
	}
	if c := t.s[p]; c < utf8.RuneSelf {
		return int(c)
	}
	r, _ := utf8.DecodeRuneInString(t.s[p:])
	return int(r)
}

func (t *textStream) Mark() int {
	t.markIdx, t.markPos = t.idx, t.pos
	return -1
}

func (t *textStream) Release(int) {}
func (t *textStream) Index() int  { return t.idx }
func (t *textStream) Size() int   { return t.size }

func (t *textStream) Seek(i int) {
	i = min(max(i, 0), t.size)
	t.pos = t.byteAt(i)
	t.idx = i
}

func (t *textStream) GetSourceName() string { return "" }

func (t *textStream) GetText(start, stop int) string {
	if stop >= t.size {
		stop = t.size - 1
	}
	if start >= t.size || start > stop {
		return ""
	}
	return t.s[t.byteAt(start):t.byteAt(stop+1)]
}

func (t *textStream) GetTextFromTokens(start, stop antlr.Token) string {
	if start == nil || stop == nil {
		return ""
	}
	return t.GetText(start.GetTokenIndex(), stop.GetTokenIndex())
}

func (t *textStream) GetTextFromInterval(i antlr.Interval) string {
	return t.GetText(i.Start, i.Stop)
}

// lexRun is a reusable ANTLR lexer that appends the tokens it matches to out
// instead of making a CommonToken for each (it stands in for the lexer's Emit
// through Virt, ANTLR's hook for that).
type lexRun struct {
	*parser.SecintLexer
	in                 textStream
	out                []Token
	runeBase, byteBase int
	// what NextToken returns: a token already in out, or the end
	emitted, eof antlr.Token
	// afterSemi: the last token kept is a ';' (comments count as tokens)
	afterSemi bool
}

var lexRuns = sync.Pool{New: func() any {
	r := &lexRun{}
	r.in.reset("")
	r.SecintLexer = parser.NewSecintLexer(&r.in)
	r.RemoveErrorListeners() // it cannot fail: OTHER takes any character
	r.Virt = r
	r.emitted = antlr.NewCommonToken(noSource, antlr.TokenInvalidType, antlr.TokenDefaultChannel, -1, -1)
	r.eof = antlr.NewCommonToken(noSource, antlr.TokenEOF, antlr.TokenDefaultChannel, -1, -1)
	return r
}}

// grow makes room for the rest of the text's tokens, at the rate of tokens
// per byte seen so far (and an eighth more), instead of append's growth by a
// quarter at a time: a text of one-character tokens (a flood of '(') made
// about five times its final token array in garbage, and held twice that at
// its peak.
func (r *lexRun) grow() {
	n, read := len(r.out), max(r.in.pos, 1)
	est := n
	if rest := len(r.in.s) - r.in.pos; rest > 0 {
		est += n * rest / read
	}
	// An eighth more than the estimate: the start of a text (a statement's
	// first words before a flood) may have fewer tokens per byte than the
	// rest, and a second growth would copy the whole array again.
	want := est + est/8 + 64
	out := make([]Token, n, want)
	copy(out, r.out)
	r.out = out
}

// Emit appends the token the lexer has just matched. (At the end of the
// input the lexer matches EOF, which is not appended.)
func (r *lexRun) Emit() antlr.Token {
	tt := r.GetType()
	if tt == antlr.TokenEOF {
		r.EmitToken(r.eof)
		return r.eof
	}
	if tt == parser.SecintLexerSEMI {
		// A ';' right after another (white space between, no comment) ends
		// nothing: the statement, if any, ended at the first. It is left
		// out, so that a flood of them (8 MB of ';') costs no token each.
		if r.afterSemi {
			r.EmitToken(r.emitted)
			return r.emitted
		}
		r.afterSemi = true
	} else {
		r.afterSemi = false
	}
	start, end := r.TokenStartCharIndex, r.in.idx
	sb, eb := r.in.byteAt(start), r.in.pos
	if len(r.out) == cap(r.out) {
		r.grow()
	}
	r.out = append(r.out, Token{
		Type:      tt,
		Start:     r.runeBase + start,
		End:       r.runeBase + end,
		StartByte: r.byteBase + sb,
		EndByte:   r.byteBase + eb,
		Text:      r.in.s[sb:eb],
		// The grammar sends exactly the comments and the invisible characters
		// to the hidden channel.
		Hidden: tt == parser.SecintLexerBLOCK_COMMENT || tt == parser.SecintLexerLINE_COMMENT || tt == parser.SecintLexerINVISIBLE,
	})
	r.EmitToken(r.emitted)
	return r.emitted
}
