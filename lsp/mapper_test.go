package lsp

import (
	"testing"

	"github.com/secint/secint/validator"
)

type validatorPosition = validator.Position

func TestLineIndex(t *testing.T) {
	// Line 0: "a😀é\r\n" (a 1 byte, 😀 4 bytes / 2 units, é 2 bytes / 1 unit),
	// line 1: "x\r" (a lone CR ends a line), line 2: "y\n", line 3: "".
	text := "a😀é\r\nx\ry\n"
	li := newLineIndex(text)
	if len(li.start) != 4 {
		t.Fatalf("want 4 lines, got starts %v", li.start)
	}
	cases := []struct {
		p    position
		e    encoding
		want int // byte offset
	}{
		{position{0, 0}, utf16, 0},
		{position{0, 1}, utf16, 1},
		{position{0, 2}, utf16, 1}, // inside the emoji's surrogate pair: its start
		{position{0, 3}, utf16, 5},
		{position{0, 4}, utf16, 7},
		{position{0, 99}, utf16, 7},  // past the end of the line: its end, not into \r\n
		{position{0, 3}, utf8enc, 1}, // inside the emoji's bytes: its start
		{position{0, 5}, utf8enc, 5},
		{position{0, 7}, utf8enc, 7},
		{position{1, 1}, utf8enc, 10},
		{position{2, 0}, utf16, 11},
		{position{3, 0}, utf16, 13},
		{position{9, 0}, utf16, 13},
	}
	for _, c := range cases {
		if got := li.offset(c.p, c.e); got != c.want {
			t.Errorf("offset(%v, %s) = %d, want %d", c.p, c.e.name(), got, c.want)
		}
	}
	back := []struct {
		off  int
		e    encoding
		want position
	}{
		{5, utf16, position{0, 3}},
		{5, utf8enc, position{0, 5}},
		{7, utf16, position{0, 4}},
		{8, utf16, position{0, 4}}, // between \r and \n: the line's end
		{9, utf16, position{1, 0}},
		{11, utf8enc, position{2, 0}},
		{13, utf16, position{3, 0}},
	}
	for _, c := range back {
		if got := li.position(c.off, c.e); got != c.want {
			t.Errorf("position(%d, %s) = %v, want %v", c.off, c.e.name(), got, c.want)
		}
	}
	// The engine's UTF-16 positions and UTF-8 ones, both ways.
	if got := li.fromEngine(vpos(0, 3), utf8enc); got != (position{0, 5}) {
		t.Errorf("fromEngine: %v", got)
	}
	if got := li.toEngine(position{0, 7}, utf8enc); got != vpos(0, 4) {
		t.Errorf("toEngine: %v", got)
	}
}

func TestNegotiate(t *testing.T) {
	for _, c := range []struct {
		offered []string
		want    encoding
	}{
		{nil, utf16},
		{[]string{"utf-32"}, utf16},
		{[]string{"utf-8"}, utf8enc},
		{[]string{"utf-16", "utf-8"}, utf16},
		{[]string{"utf-32", "utf-8", "utf-16"}, utf8enc},
	} {
		if got := negotiate(c.offered); got != c.want {
			t.Errorf("negotiate(%v) = %s, want %s", c.offered, got.name(), c.want.name())
		}
	}
}

func TestPlainSnippet(t *testing.T) {
	for in, want := range map[string]string{
		"'${1:value}'":       "'value'",
		"SET ${1:NAME} = $0": "SET NAME = ",
		"OAUTH_GRANT = '${1|CLIENT_CREDENTIALS,AUTHORIZATION_CODE|}'": "OAUTH_GRANT = 'CLIENT_CREDENTIALS'",
		"a \\$1 b": "a $1 b",
		"OAUTH_TOKEN_ENDPOINT = '${12:https://}'": "OAUTH_TOKEN_ENDPOINT = 'https://'",
	} {
		if got := plainSnippet(in); got != want {
			t.Errorf("plainSnippet(%q) = %q, want %q", in, got, want)
		}
	}
}

func vpos(line, ch int) validatorPosition { return validatorPosition{Line: line, Character: ch} }
