package validator

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// FuzzCheck runs the engine on arbitrary text and checks what must always
// hold: no panic, every range inside the document with start ≤ end, byte
// offsets on character boundaries that agree with the UTF-16 positions, and
// fixes whose edits stay inside the document.
func FuzzCheck(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add(c.sql)
	}
	for _, s := range []string{"", ";", "'", "$$", "/*", `"`, "ALTER INTEGRATION", "CREATE SECURITY INTEGRATION x TYPE = (((",
		"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = 'x' UNSET", "\x00\xff", "😀ALTER INTEGRATION 😀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Check(text))
	})
}

func checkInvariants(t *testing.T, text string, diags []Diagnostic) {
	t.Helper()
	lines := splitLinesUTF16(text)
	inside := func(p Position) bool {
		return p.Line >= 0 && p.Line < len(lines) && p.Character >= 0 && p.Character <= len(lines[p.Line])
	}
	before := func(a, b Position) bool {
		return a.Line < b.Line || (a.Line == b.Line && a.Character <= b.Character)
	}
	onBoundary := func(p Position) bool {
		// not between the two halves of a surrogate pair
		if p.Character == 0 || p.Character >= len(lines[p.Line]) {
			return true
		}
		return !utf16.IsSurrogate(rune(lines[p.Line][p.Character])) || !utf16.IsSurrogate(rune(lines[p.Line][p.Character-1])) ||
			lines[p.Line][p.Character-1] >= 0xDC00
	}
	for _, d := range diags {
		r := d.Range
		if !inside(r.Start) || !inside(r.End) || !before(r.Start, r.End) || !onBoundary(r.Start) || !onBoundary(r.End) {
			t.Fatalf("%s: bad range %+v in %q", d.Code, r, text)
		}
		if d.StartOffset < 0 || d.StartOffset > d.EndOffset || d.EndOffset > len(text) {
			t.Fatalf("%s: bad offsets %d..%d in %q", d.Code, d.StartOffset, d.EndOffset, text)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(byteAt(text, d.StartOffset)) || !utf8.RuneStart(byteAt(text, d.EndOffset))) {
			t.Fatalf("%s: offsets not on character boundaries in %q", d.Code, text)
		}
		if d.Message == "" || d.Severity == "" || d.Code == "" {
			t.Fatalf("empty field in %+v", d)
		}
		for _, fx := range d.Fixes {
			for _, e := range fx.Edits {
				if !inside(e.Range.Start) || !inside(e.Range.End) || !before(e.Range.Start, e.Range.End) {
					t.Fatalf("%s: fix %q has a bad range %+v in %q", d.Code, fx.Title, e.Range, text)
				}
			}
		}
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0 // the end is a boundary
	}
	return s[i]
}

// splitLinesUTF16 splits as Monaco does (\n, \r\n, lone \r) into UTF-16 lines.
func splitLinesUTF16(text string) [][]uint16 {
	var out [][]uint16
	var cur []rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r == '\n' || r == '\r' {
			if r == '\r' && i < len(text) && text[i] == '\n' {
				i++
			}
			out = append(out, utf16.Encode(cur))
			cur = nil
			continue
		}
		cur = append(cur, r)
	}
	return append(out, utf16.Encode(cur))
}
