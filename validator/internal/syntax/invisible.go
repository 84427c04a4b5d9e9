package syntax

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/secint/secint/parser"
)

// invisibleNames are the characters of the lexer's INVISIBLE rule (and a few
// more that can stand in text unseen), by their Unicode names: a warning
// says which character it is, since the reader cannot see it.
var invisibleNames = map[rune]string{
	0x00A0: "NO-BREAK SPACE",
	0x00AD: "SOFT HYPHEN",
	0x1680: "OGHAM SPACE MARK",
	0x180E: "MONGOLIAN VOWEL SEPARATOR",
	0x2000: "EN QUAD",
	0x2001: "EM QUAD",
	0x2002: "EN SPACE",
	0x2003: "EM SPACE",
	0x2004: "THREE-PER-EM SPACE",
	0x2005: "FOUR-PER-EM SPACE",
	0x2006: "SIX-PER-EM SPACE",
	0x2007: "FIGURE SPACE",
	0x2008: "PUNCTUATION SPACE",
	0x2009: "THIN SPACE",
	0x200A: "HAIR SPACE",
	0x200B: "ZERO WIDTH SPACE",
	0x200C: "ZERO WIDTH NON-JOINER",
	0x200D: "ZERO WIDTH JOINER",
	0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK",
	0x2028: "LINE SEPARATOR",
	0x2029: "PARAGRAPH SEPARATOR",
	0x202F: "NARROW NO-BREAK SPACE",
	0x205F: "MEDIUM MATHEMATICAL SPACE",
	0x2060: "WORD JOINER",
	0x3000: "IDEOGRAPHIC SPACE",
	0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
}

// CharName names a character as U+XXXX and its Unicode name, when this
// table knows it: "U+00A0 NO-BREAK SPACE".
func CharName(r rune) string {
	if n, ok := invisibleNames[r]; ok {
		return fmt.Sprintf("U+%04X %s", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// IsZeroWidth reports whether r takes no room at all when shown (as
// opposed to a space of some width): deleting it is its fix.
func IsZeroWidth(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return false
}

// InvisibleRune is the character of an INVISIBLE token.
func InvisibleRune(t *Token) rune {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return r
}

// unseen reports whether an OTHER token is a character a reader would not
// see for what it is (a space or a format character): a message then names
// it by code point instead of quoting it.
func unseen(t *Token) (rune, bool) {
	if t.Type != parser.SecintLexerOTHER {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if r != utf8.RuneError && (unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || !unicode.IsGraphic(r)) {
		return r, true
	}
	return 0, false
}
