// Package position converts between the units and frames in which the
// engine and the outside world count places in a document.
//
// Units:
//   - runes: what the lexer counts (ANTLR reads code points). Every Start and
//     End in the syntax tree, the findings and the segments is in runes.
//   - bytes: offsets into the Go string. Slicing text needs them; tokens carry
//     StartByte/EndByte beside their rune offsets, and protocol.Diagnostic's
//     StartOffset/EndOffset are bytes.
//   - UTF-16 line/character (protocol.Position): what Monaco, CodeMirror's
//     adapter and LSP speak. Only this package and the boundary produce them.
//
// Frames (where offset 0 is):
//   - document: the start of the text. Analysis, LineIndex and everything
//     that leaves the engine count from here.
//   - segment: the start of one statement's segment (document.segment.start).
//     A segment's tokens and findings count from here, so that an edit before
//     it moves it without touching them.
//   - statement: the start of the statement inside its segment. A parsed
//     syntax.Statement and the checks' findings count from here; the
//     statement's Base (runes) and BaseByte (bytes) place it in the document.
//     A parse is shared by every place the same statement text stands.
//
// Conversions go statement → segment → document by adding the bases
// (rules.Finding.Shift, syntax.ShiftToken), then document runes → UTF-16 or
// bytes through a LineIndex. Names say the unit: RuneOffset, ByteOffset,
// Position.
package position

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/validator/protocol"
)

// LineIndex converts between the rune offsets the lexer works in and the byte
// offsets and UTF-16 line/character positions the outside world uses.
//
// Most lines are plain ASCII, where all three counts agree; for those the
// conversion is arithmetic. Other lines are scanned from their start.
type LineIndex struct {
	Text       string
	LineRune   []int  // rune offset of each line's first rune
	LineByte   []int  // byte offset of each line's first byte
	lineSimple []bool // the line (without its break) is ASCII only
	RuneCount  int
	// cur remembers the last place scanned on a non-ASCII line: conversions
	// come mostly in increasing order (diagnostics are sorted), so the next
	// one continues from there instead of from the line's start, and a
	// 10 MB line of emoji costs one pass, not one per diagnostic. (So a
	// LineIndex is not for concurrent use.)
	cur struct{ line, off, ch, b int }
}

// NewLineIndex indexes the lines of text.
func NewLineIndex(text string) *LineIndex {
	// Room for every line at once: a text of many short lines (8 MB of
	// empty ones) made five times its index in garbage by appending.
	n := lineBreaks(text) + 1
	li := &LineIndex{Text: text, LineRune: make([]int, 1, n), LineByte: make([]int, 1, n), lineSimple: make([]bool, 0, n)}
	simple := true
	r := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			r++
			// A line ends at \n, at \r\n, or at a lone \r, as in Monaco.
			if c == '\n' || (c == '\r' && (i >= len(text) || text[i] != '\n')) {
				li.lineSimple = append(li.lineSimple, simple)
				li.LineRune = append(li.LineRune, r)
				li.LineByte = append(li.LineByte, i)
				simple = true
			}
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		r++
		simple = false
	}
	li.lineSimple = append(li.lineSimple, simple)
	li.RuneCount = r
	return li
}

// lineBreaks counts the '\n' and '\r' bytes of text: at least its line
// breaks (a \r\n counts twice), for the capacity of a line index.
func lineBreaks(text string) int {
	return strings.Count(text, "\n") + strings.Count(text, "\r")
}

// LineOf returns the line holding rune offset off.
func (li *LineIndex) LineOf(off int) int {
	lo, hi := 0, len(li.LineRune)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if li.LineRune[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Position converts a rune offset to a UTF-16 position.
func (li *LineIndex) Position(off int) protocol.Position {
	if off < 0 {
		off = 0
	}
	if off > li.RuneCount {
		off = li.RuneCount
	}
	line := li.LineOf(off)
	delta := off - li.LineRune[line]
	if li.lineSimple[line] {
		return protocol.Position{Line: line, Character: delta}
	}
	ch, _ := li.scan(line, off)
	return protocol.Position{Line: line, Character: ch}
}

// scan walks a non-ASCII line up to rune offset off and returns the UTF-16
// character and byte offset there, starting from the cursor when it can.
func (li *LineIndex) scan(line, off int) (ch, b int) {
	at := li.LineRune[line]
	b = li.LineByte[line]
	if c := li.cur; c.line == line && c.off <= off && c.off >= at {
		at, ch, b = c.off, c.ch, c.b
	}
	for ; at < off && b < len(li.Text); at++ {
		c, size := utf8.DecodeRuneInString(li.Text[b:])
		b += size
		if c >= 0x10000 {
			ch += 2
		} else {
			ch++
		}
	}
	li.cur.line, li.cur.off, li.cur.ch, li.cur.b = line, at, ch, b
	return ch, b
}

// ByteOffset converts a rune offset to a byte offset.
func (li *LineIndex) ByteOffset(off int) int {
	if off <= 0 {
		return 0
	}
	if off >= li.RuneCount {
		return len(li.Text)
	}
	line := li.LineOf(off)
	if li.lineSimple[line] {
		return li.LineByte[line] + off - li.LineRune[line]
	}
	_, b := li.scan(line, off)
	return b
}

// RuneOffset converts a UTF-16 position to a rune offset, clamping a position
// past the end of its line to the line's end, and one inside a surrogate pair
// to the start of that character.
func (li *LineIndex) RuneOffset(p protocol.Position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(li.LineRune) {
		return li.RuneCount
	}
	start := li.LineRune[p.Line]
	end := li.RuneCount
	if p.Line+1 < len(li.LineRune) {
		end = li.LineRune[p.Line+1]
		// Do not step over the line break.
		b := li.LineByte[p.Line+1]
		for end > start && b > 0 && (li.Text[b-1] == '\n' || li.Text[b-1] == '\r') {
			end--
			b--
		}
	}
	if p.Character <= 0 {
		return start
	}
	if li.lineSimple[p.Line] {
		if start+p.Character > end {
			return end
		}
		return start + p.Character
	}
	ch := 0
	b := li.LineByte[p.Line]
	off := start
	for off < end && b < len(li.Text) {
		c, size := utf8.DecodeRuneInString(li.Text[b:])
		w := 1
		if c >= 0x10000 {
			w = 2
		}
		if ch+w > p.Character {
			break
		}
		ch += w
		b += size
		off++
	}
	return off
}

// RangeOf converts the rune offsets [start, end) to a UTF-16 range.
func (li *LineIndex) RangeOf(start, end int) protocol.Range {
	return protocol.Range{Start: li.Position(start), End: li.Position(end)}
}

// Edit updates the index for text, which is the old text with bytes [bs, be)
// (runes [rs, re)) replaced by ins. Only the lines around the edit are
// scanned again; the lines after it move by the edit's length. The index is
// changed in place.
func (li *LineIndex) Edit(text string, rs, re, bs, be int, ins string, insRunes int) {
	dr, db := insRunes-(re-rs), len(ins)-(be-bs)
	// Rescan from the start of the line before the edit's: a '\r' there may
	// join a '\n' the edit brings.
	l0 := li.LineOf(rs)
	if l0 > 0 {
		l0--
	}
	// The first old line that starts more than one byte after the edit: the
	// byte before its start and the one before that are both unchanged, so
	// the line still starts there (moved by db).
	m := l0 + 1
	for m < len(li.LineByte) && li.LineByte[m] <= be+1 {
		m++
	}
	stop := len(text)
	if m < len(li.LineByte) {
		stop = li.LineByte[m] + db
	}
	n := lineBreaks(text[li.LineByte[l0]:stop]) + 1
	runes, bytes, simple := make([]int, 0, n), make([]int, 0, n), make([]bool, 0, n)
	r, line := li.LineRune[l0], true
	for i := li.LineByte[l0]; i < stop; {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			r++
			if c == '\n' || (c == '\r' && (i >= len(text) || text[i] != '\n')) {
				simple = append(simple, line)
				if i == stop {
					break // the old line m, moved
				}
				runes = append(runes, r)
				bytes = append(bytes, i)
				line = true
			}
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		r++
		line = false
	}
	if m == len(li.LineByte) {
		simple = append(simple, line) // the last line, which has no break
	}
	if len(simple) != len(runes)+1 {
		*li = *NewLineIndex(text) // cannot happen (see m); stay correct if it does
		return
	}
	li.LineRune = slices.Replace(li.LineRune, l0+1, m, runes...)
	li.LineByte = slices.Replace(li.LineByte, l0+1, m, bytes...)
	li.lineSimple = slices.Replace(li.lineSimple, l0, m, simple...)
	for k := l0 + 1 + len(runes); k < len(li.LineRune); k++ {
		li.LineRune[k] += dr
		li.LineByte[k] += db
	}
	li.Text = text
	li.RuneCount += dr
	li.cur = struct{ line, off, ch, b int }{}
}
