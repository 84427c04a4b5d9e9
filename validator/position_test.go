package validator

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/protocol"
)

func TestLineIndexPositions(t *testing.T) {
	text := "ab\ncé😀x\r\nz\rq"
	li := position.NewLineIndex(text)
	// rune offset → position, written out by hand.
	cases := []struct {
		off  int
		want protocol.Position
	}{
		{0, protocol.Position{Line: 0, Character: 0}}, {2, protocol.Position{Line: 0, Character: 2}}, // before the \n
		{3, protocol.Position{Line: 1, Character: 0}}, {4, protocol.Position{Line: 1, Character: 1}}, // c, é
		{5, protocol.Position{Line: 1, Character: 2}}, {6, protocol.Position{Line: 1, Character: 4}}, // 😀 takes two UTF-16 units
		{7, protocol.Position{Line: 1, Character: 5}},                                                 // \r of \r\n
		{9, protocol.Position{Line: 2, Character: 0}}, {10, protocol.Position{Line: 2, Character: 1}}, // z, lone \r ends the line
		{11, protocol.Position{Line: 3, Character: 0}}, {12, protocol.Position{Line: 3, Character: 1}}, // q, end
		{99, protocol.Position{Line: 3, Character: 1}}, // clamped
	}
	for _, c := range cases {
		if got := li.Position(c.off); got != c.want {
			t.Errorf("position(%d) = %+v, want %+v", c.off, got, c.want)
		}
	}
	// byte offsets: é is 2 bytes, 😀 is 4.
	for off, want := range map[int]int{0: 0, 3: 3, 4: 4, 5: 6, 6: 10, 7: 11, 12: len(text)} {
		if got := li.ByteOffset(off); got != want {
			t.Errorf("byteOffset(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestLineIndexRoundTrip(t *testing.T) {
	text := "SELECT 1; -- 日本語 😀😀\nALTER INTEGRATION é SET ENABLED = TRUE;\n\n  x"
	li := position.NewLineIndex(text)
	n := utf8.RuneCountInString(text)
	for off := 0; off <= n; off++ {
		p := li.Position(off)
		// Line breaks map back to the end of their line, which is the same offset.
		if back := li.RuneOffset(p); back != off {
			t.Errorf("offset(position(%d) = %+v) = %d", off, p, back)
		}
	}
	// Inside a surrogate pair: the character's start.
	line0 := strings.Split(text, "\n")[0]
	emoji := strings.Index(line0, "😀")
	ch := len([]rune(line0[:emoji]))
	if got := li.RuneOffset(protocol.Position{Line: 0, Character: ch + 1}); got != ch {
		t.Errorf("offset inside a surrogate pair = %d, want %d", got, ch)
	}
	// Past the line end: the line end.
	if got := li.RuneOffset(protocol.Position{Line: 0, Character: 500}); got != utf8.RuneCountInString(line0) {
		t.Errorf("offset past line end = %d, want %d", got, utf8.RuneCountInString(line0))
	}
}

func TestInvalidUTF8Positions(t *testing.T) {
	// Each invalid byte is one rune (U+FFFD) for the lexer and one UTF-16 unit.
	text := "/*\xff\xfe*/ ALTER INTEGRATION x SET ENABLED = maybe;"
	d := Check(text)
	if len(d) != 1 || d[0].Code != "invalid-enum-value" {
		t.Fatalf("got %+v", d)
	}
	want := strings.Index(text, "maybe")
	if d[0].StartOffset != want || d[0].Range.Start.Character != want {
		t.Errorf("range starts at byte %d, character %d; want %d for both", d[0].StartOffset, d[0].Range.Start.Character, want)
	}
	// Junk before a statement makes it someone else's: not checked.
	if d := Check("\xff\xfeALTER INTEGRATION x SET ENABLED = maybe;"); len(d) != 0 {
		t.Errorf("statement after stray bytes: got %+v, want nothing", d)
	}
}
