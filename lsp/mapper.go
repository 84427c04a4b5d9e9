package lsp

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/validator"
)

// Positions, in the forms the server converts between:
//
//   - LSP positions: 0-based line and character, the character counted in
//     the encoding negotiated at initialize, UTF-16 code units (the
//     protocol's default) or UTF-8 bytes (when the client prefers them);
//   - validator.Position: the engine's, always UTF-16;
//   - byte offsets into the document's text, which the engine's
//     Diagnostic, Statement and Token carry.
//
// Lines end at \n, \r\n or a lone \r, as in the protocol and the engine.
// When the encoding is UTF-16 an LSP position is the engine's as it is; the
// line index below is built only when a conversion needs it.

type encoding int

const (
	utf16 encoding = iota
	utf8enc
)

func (e encoding) name() string {
	if e == utf8enc {
		return "utf-8"
	}
	return "utf-16"
}

// negotiate picks the encoding from the client's list, in the client's
// order of preference: UTF-8 when it comes before UTF-16 (or alone), else
// UTF-16, which every client must support.
func negotiate(offered []string) encoding {
	for _, e := range offered {
		switch strings.ToLower(e) {
		case "utf-8":
			return utf8enc
		case "utf-16":
			return utf16
		}
	}
	return utf16
}

// lineIndex holds the byte offset of each line's start in one text.
type lineIndex struct {
	text  string
	start []int
}

func newLineIndex(text string) *lineIndex {
	li := &lineIndex{text: text, start: make([]int, 1, 1+strings.Count(text, "\n"))}
	if !strings.Contains(text, "\r") {
		for i := 0; ; {
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			li.start = append(li.start, i)
		}
		return li
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			li.start = append(li.start, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			li.start = append(li.start, i+1)
		}
	}
	return li
}

// line returns the text of line n without its break, and its start; a line
// past the end is the empty end of the text.
func (li *lineIndex) line(n int) (string, int) {
	if n < 0 {
		n = 0
	}
	if n >= len(li.start) {
		return "", len(li.text)
	}
	from := li.start[n]
	to := len(li.text)
	if n+1 < len(li.start) {
		to = li.start[n+1]
	}
	s := li.text[from:to]
	s = strings.TrimSuffix(s, "\n")
	s = strings.TrimSuffix(s, "\r")
	return s, from
}

// offset converts an LSP position in encoding e to a byte offset. A
// character past the line's end means its end, as the protocol says; one in
// the middle of a character means that character's start.
func (li *lineIndex) offset(p position, e encoding) int {
	if p.Line >= len(li.start) {
		return len(li.text)
	}
	s, from := li.line(p.Line)
	return from + unitsToBytes(s, p.Character, e)
}

// position converts a byte offset to an LSP position in encoding e.
func (li *lineIndex) position(off int, e encoding) position {
	if off < 0 {
		off = 0
	}
	if off > len(li.text) {
		off = len(li.text)
	}
	n := sort.Search(len(li.start), func(i int) bool { return li.start[i] > off }) - 1
	s, from := li.line(n)
	if off-from > len(s) {
		off = from + len(s) // inside a \r\n: the end of the line
	}
	return position{Line: n, Character: bytesToUnits(s[:off-from], e)}
}

// unitsToBytes is how many bytes of line s the first n units of encoding e
// cover, stopping at the line's end.
func unitsToBytes(s string, n int, e encoding) int {
	if n <= 0 {
		return 0
	}
	if e == utf8enc {
		if n >= len(s) {
			return len(s)
		}
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return n
	}
	units := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n {
			return i
		}
		units += w
	}
	return len(s)
}

// bytesToUnits counts s in units of encoding e.
func bytesToUnits(s string, e encoding) int {
	if e == utf8enc {
		return len(s)
	}
	units := 0
	for _, r := range s {
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
	}
	return units
}

// toEngine converts an LSP position to the engine's UTF-16 one.
func (li *lineIndex) toEngine(p position, e encoding) validator.Position {
	if e == utf16 {
		return validator.Position{Line: p.Line, Character: p.Character}
	}
	s, _ := li.line(p.Line)
	b := unitsToBytes(s, p.Character, utf8enc)
	return validator.Position{Line: p.Line, Character: bytesToUnits(s[:b], utf16)}
}

// fromEngine converts the engine's UTF-16 position to encoding e.
func (li *lineIndex) fromEngine(p validator.Position, e encoding) position {
	if e == utf16 {
		return position{Line: p.Line, Character: p.Character}
	}
	s, _ := li.line(p.Line)
	b := unitsToBytes(s, p.Character, utf16)
	return position{Line: p.Line, Character: b}
}

func (li *lineIndex) rangeFromEngine(r validator.Range, e encoding) lspRange {
	return lspRange{Start: li.fromEngine(r.Start, e), End: li.fromEngine(r.End, e)}
}

func (li *lineIndex) rangeOfBytes(from, to int, e encoding) lspRange {
	return lspRange{Start: li.position(from, e), End: li.position(to, e)}
}
