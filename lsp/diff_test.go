package lsp

import (
	"strings"
	"testing"
)

func TestLineDiff(t *testing.T) {
	long := strings.Repeat("SELECT 1;\n", 300)
	cases := []struct {
		name, old, fixed string
		spans            int
	}{
		{"same", "a\nb\n", "a\nb\n", 0},
		{"one character", "ALTER x SET OAUTH_CLIENTID = 1;\n", "ALTER x SET OAUTH_CLIENT_ID = 1;\n", 1},
		{"a line added", "a\nb\nc\n", "a\nb\nb2\nc\n", 1},
		{"a line removed", "a\nb\nc\nd\n", "a\nc\nd\n", 1},
		{"both ends of a long text", "x = 'A';\n" + long + "y = 'B';", "x = A;\n" + long + "y = B;", 2},
		{"CRLF", "a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", 1},
		{"no final newline", "a\nb", "a\nb\nc", 1},
		{"emptied", "a\nb\n", "", 1},
		{"from nothing", "", "a\n", 1},
		{"non-ASCII", "é1\n😀2\n", "é1\n😀3\n", 1},
		{"everything differs", "1\n2\n3\n", "4\n5\n", 1},
	}
	for _, c := range cases {
		spans := lineDiff(c.old, c.fixed)
		if got := applySpans(c.old, spans); got != c.fixed {
			t.Errorf("%s: applied, the spans give %q, want %q", c.name, got, c.fixed)
		}
		if len(spans) != c.spans {
			t.Errorf("%s: %d spans, want %d: %+v", c.name, len(spans), c.spans, spans)
		}
	}
	// The edit is only what differs: one "_" inserted.
	sp := lineDiff("SET OAUTH_CLIENTID = 1;", "SET OAUTH_CLIENT_ID = 1;")
	if len(sp) != 1 || sp[0].from != 16 || sp[0].to != 16 || sp[0].text != "_" {
		t.Errorf("narrowest edit: %+v", sp)
	}
	// What stands unchanged between two changes of one line is in no edit.
	old := "SET M = 'POST', OAUTH_CLIENT_SECRET = 'hush-hush', OAUTH_CLIENTID = 'x';"
	fixed := "SET M = POST, OAUTH_CLIENT_SECRET = 'hush-hush', OAUTH_CLIENT_ID = 'x';"
	sp = lineDiff(old, fixed)
	if applySpans(old, sp) != fixed || len(sp) != 2 {
		t.Fatalf("two changes on a line: %+v", sp)
	}
	for _, s := range sp {
		if strings.Contains(s.text, "hush") || s.to-s.from > len("'POST'") {
			t.Errorf("an edit reaches past its change: %+v", s)
		}
	}
	// Between \r and \n no edit begins or ends.
	for _, s := range lineDiff("a\r\nb", "a\r\r\nb") {
		if s.from == 2 || s.to == 2 {
			t.Errorf("an edit splits \\r\\n: %+v", s)
		}
	}
}
