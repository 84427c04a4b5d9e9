package validator

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/editor"
	"github.com/secint/secint/validator/protocol"
)

// The fuzz targets of the hardening work. Each runs, as an ordinary test under `go test`,
// over its seeds: the SQL of every testdata case and the hand seeds below;
// `make fuzz` runs each for FUZZTIME. What must hold on every input:
//
//   - no panic;
//   - every range inside the document, start ≤ end, on UTF-16 character
//     boundaries (never between the halves of a surrogate pair), and byte
//     offsets that agree with the UTF-16 positions;
//   - FuzzComplete: every item's range covers the caret and lies on its line;
//   - FuzzHover: the range contains the caret;
//   - FuzzFixAll: fixing never adds an error, nor an error of a code the
//     document did not have, and anything it applies makes the document better;
//   - FuzzDocumentEdits: after any edits an open Document agrees exactly with
//     a fresh analysis of the same text.

// handSeeds are inputs the testdata cases do not reach: lone openers, NUL
// and invalid bytes, every kind of line break, surrogate pairs.
var handSeeds = []string{
	"", ";", "'", "$$", "/*", `"`, "--", "ALTER INTEGRATION", "CREATE SECURITY INTEGRATION x TYPE = (((",
	"ALTER SECURITY INTEGRATION i SET OAUTH_CLIENT_SECRET = 'x' UNSET", "\x00\xff", "😀ALTER INTEGRATION 😀",
	"ALTER INTEGRATION x SET ENABLED = maybe;\r\nALTER INTEGRATION x\rSET ENABLED = 1;\r",
	"ALTER INTEGRATION \"😀\" SET OAUTH_CLIENTID = '😀', ENABLE = '\xed\xa0\x80';",
	"CREATE SECURITY INTEGRATION s TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 OAUTH_ALLOWED_SCOPES = ('a' 'b',, ) $$x",
	"ALTER SECURITY INTEGRATION x SET TAG t = 'v', t = 'w' UNSET TAG t, t SET ENABLED = TRUE;",
	"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = abc OAUTH_CLIENT_SECRET = \"abc",
	"ALTER INTEGRATION x SET ENABLED = TRUE /* 😀 ; */ -- ;\n;;;",
	// invisible characters (issue 13): a byte-order mark, look-alike spaces
	// between and zero-width ones inside the first words; near misses
	"\uFEFFALTER\u00a0SECURITY\u2009INTEGRATION x SET ENABLED\u200b= maybe;\u3000;; ;\nSEC\u200bURITY",
	"ALTER SEC\u200bURITY INTEGRATION x SET OAUTH_CLIENT_SECRET\u00a0=\u00a0'abc';CRATE SECURTY INTEGRATONS y;",
}

// fuzzTexts is what every target is seeded with.
func fuzzTexts(tb testing.TB) []string {
	var out []string
	for _, c := range loadCases(tb) {
		out = append(out, c.sql)
	}
	return append(out, handSeeds...)
}

// FuzzCheck runs the engine on arbitrary text and checks what must always
// hold of its diagnostics (see checkInvariants).
func FuzzCheck(f *testing.F) {
	for _, s := range fuzzTexts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Check(text))
	})
}

// FuzzComplete asks for completion at a caret chosen by at (see fuzzCaret):
// a valid place, or any position at all, which the engine clamps.
func FuzzComplete(f *testing.F) {
	for i, s := range fuzzTexts(f) {
		f.Add(s, uint32(len(s)))       // near the end
		f.Add(s, uint32(i*7919)|1<<31) // anywhere, clamped
		f.Add(s, uint32(i*104729)%uint32(len(s)+1))
	}
	f.Fuzz(func(t *testing.T, text string, at uint32) {
		an := document.Analyze(text)
		lines := splitLinesUTF16(text)
		raw := fuzzCaret(lines, at)
		checkCompletion(t, text, lines, raw, editor.Complete(an, raw))
	})
}

// FuzzHover hovers at a caret chosen as in FuzzComplete.
func FuzzHover(f *testing.F) {
	for i, s := range fuzzTexts(f) {
		f.Add(s, uint32(i*7919)|1<<31)
		f.Add(s, uint32(i*104729)%uint32(len(s)+1))
		f.Add(s, uint32(i*31)%uint32(len(s)+1))
	}
	f.Fuzz(func(t *testing.T, text string, at uint32) {
		an := document.Analyze(text)
		lines := splitLinesUTF16(text)
		raw := fuzzCaret(lines, at)
		checkHover(t, text, lines, raw, editor.Hover(an, raw))
	})
}

// FuzzFixAll applies every fix and checks that it only ever helps.
func FuzzFixAll(f *testing.F) {
	for _, s := range fuzzTexts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkFixAll(t, text)
	})
}

// FuzzDocumentEdits opens a document and edits it as an editor would, as
// script says (see nextEdit), comparing the Document after every update with
// a fresh analysis of the same text.
//
// Texts are valid UTF-8, as they always are at the Document: the wasm bridge
// gets them from JavaScript strings (a lone surrogate arrives as U+FFFD), and
// the command line never edits. Invalid bytes are replaced the same way.
func FuzzDocumentEdits(f *testing.F) {
	scripts := [][]byte{
		{0, 0, 0, 0, 1},
		{0x21, 0x10, 0, 3, 2, 0x02, 0x00, 0x20, 2, 0},
		{0x40 | 1, 0, 9, 4, 0xff, 0x41, 0x42, 0x43},
		{0x0a, 0xff, 0xf0, 3, 0, 0x1b, 0x12, 0x34, 15, 18},
	}
	// A long document (flag 0x80) now and then.
	long := []byte{0x80, 0, 50, 0, 7, 0x11, 0xff, 0xff, 9, 5, 0x03, 1, 2, 3, 4, 0x13, 0, 1, 0, 12, 0x06, 0, 0, 0, 0}
	for i, s := range fuzzTexts(f) {
		if i%25 == 0 {
			f.Add(s, long)
			continue
		}
		f.Add(s, scripts[i%len(scripts)])
	}
	f.Fuzz(func(t *testing.T, text string, script []byte) {
		checkDocumentEdits(t, text, script)
	})
}

// --- invariants ---

func checkInvariants(t *testing.T, text string, diags []protocol.Diagnostic) {
	t.Helper()
	lines := splitLinesUTF16(text)
	for _, d := range diags {
		r := d.Range
		if msg := badRange(lines, r); msg != "" {
			t.Fatalf("%s: %s: range %+v in %q", d.Code, msg, r, text)
		}
		if d.StartOffset < 0 || d.StartOffset > d.EndOffset || d.EndOffset > len(text) {
			t.Fatalf("%s: bad offsets %d..%d in %q", d.Code, d.StartOffset, d.EndOffset, text)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(byteAt(text, d.StartOffset)) || !utf8.RuneStart(byteAt(text, d.EndOffset))) {
			t.Fatalf("%s: offsets not on character boundaries in %q", d.Code, text)
		}
		if s, e := positionOfByte(text, d.StartOffset), positionOfByte(text, d.EndOffset); s != r.Start || e != r.End {
			t.Fatalf("%s: offsets %d..%d are %+v..%+v, but the range is %+v in %q", d.Code, d.StartOffset, d.EndOffset, s, e, r, text)
		}
		if d.Message == "" || d.Severity == "" || d.Code == "" {
			t.Fatalf("empty field in %+v", d)
		}
		for _, fx := range d.Fixes {
			if fx.Title == "" || len(fx.Edits) == 0 {
				t.Fatalf("%s: fix without a title or edits: %+v in %q", d.Code, fx, text)
			}
			for _, e := range fx.Edits {
				if msg := badRange(lines, e.Range); msg != "" {
					t.Fatalf("%s: fix %q: %s: range %+v in %q", d.Code, fx.Title, msg, e.Range, text)
				}
			}
		}
	}
}

// badRange says what is wrong with a range, or "" when nothing is.
func badRange(lines [][]uint16, r protocol.Range) string {
	switch {
	case !inside(lines, r.Start) || !inside(lines, r.End):
		return "outside the document"
	case editor.PosLess(r.End, r.Start):
		return "ends before it starts"
	case !onBoundary(lines, r.Start) || !onBoundary(lines, r.End):
		return "inside a surrogate pair"
	}
	return ""
}

func inside(lines [][]uint16, p protocol.Position) bool {
	return p.Line >= 0 && p.Line < len(lines) && p.Character >= 0 && p.Character <= len(lines[p.Line])
}

// onBoundary: not between the two halves of a surrogate pair.
func onBoundary(lines [][]uint16, p protocol.Position) bool {
	l := lines[p.Line]
	if p.Character == 0 || p.Character >= len(l) {
		return true
	}
	return !(isHighSurrogate(l[p.Character-1]) && isLowSurrogate(l[p.Character]))
}

func isHighSurrogate(u uint16) bool { return u >= 0xD800 && u < 0xDC00 }
func isLowSurrogate(u uint16) bool  { return u >= 0xDC00 && u < 0xE000 }

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0 // the end is a boundary
	}
	return s[i]
}

// splitLinesUTF16 splits as Monaco does (\n, \r\n, lone \r) into UTF-16 lines.
// An invalid byte counts as one character (U+FFFD), as in the engine.
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

// positionOfByte is the UTF-16 position of a byte offset, computed the plain
// way as an independent check of the engine's line index.
func positionOfByte(text string, off int) protocol.Position {
	p := protocol.Position{}
	for i := 0; i < off && i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\r' && i+1 < len(text) && text[i+1] == '\n' && i+1 < off:
			p.Line++
			p.Character = 0
			i += 2
			continue
		case r == '\n' || r == '\r':
			p.Line++
			p.Character = 0
		case r >= 0x10000:
			p.Character += 2
		default:
			p.Character++
		}
		i += size
	}
	return p
}

// clampPosition is where the engine takes a position to be: past the end of
// its line at the line's end, inside a surrogate pair at the start of that
// character, before the first line at the start, after the last at the end.
func clampPosition(lines [][]uint16, p protocol.Position) protocol.Position {
	if p.Line < 0 {
		return protocol.Position{}
	}
	if p.Line >= len(lines) {
		last := len(lines) - 1
		return protocol.Position{Line: last, Character: len(lines[last])}
	}
	l := lines[p.Line]
	c := max(0, min(p.Character, len(l)))
	if c > 0 && c < len(l) && isHighSurrogate(l[c-1]) && isLowSurrogate(l[c]) {
		c--
	}
	return protocol.Position{Line: p.Line, Character: c}
}

// byteOfPosition is the byte offset of a position, clamped as the engine
// clamps it.
func byteOfPosition(text string, lines [][]uint16, p protocol.Position) int {
	p = clampPosition(lines, p)
	line, i := 0, 0
	for line < p.Line {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r == '\r' && i < len(text) && text[i] == '\n' {
			i++
		}
		if r == '\n' || r == '\r' {
			line++
		}
	}
	for ch := 0; ch < p.Character; {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r >= 0x10000 {
			ch += 2
		} else {
			ch++
		}
	}
	return i
}

// fuzzCaret picks a caret from at: with the top bit clear, one of the places
// between characters of the text (the end of each line included; the place
// inside a surrogate pair is one too, which the engine clamps); with it set,
// any position at all, lines and characters before and past the text
// included.
func fuzzCaret(lines [][]uint16, at uint32) protocol.Position {
	if at>>31 == 0 {
		places := 0
		for _, l := range lines {
			places += len(l) + 1
		}
		k := int(at) % places
		for i, l := range lines {
			if k <= len(l) {
				return protocol.Position{Line: i, Character: k}
			}
			k -= len(l) + 1
		}
	}
	longest := 0
	for _, l := range lines {
		longest = max(longest, len(l))
	}
	return protocol.Position{
		Line:      int(at>>16&0x7fff)%(len(lines)+2) - 1,
		Character: int(at&0xffff)%(longest+3) - 1,
	}
}

var completionKinds = map[string]bool{"keyword": true, "property": true, "value": true, "integration": true, "snippet": true}

// checkCompletion: every item is complete, and its range lies on the caret's
// line and covers the caret (raw, as the engine clamps it).
func checkCompletion(t *testing.T, text string, lines [][]uint16, raw protocol.Position, items []protocol.CompletionItem) {
	t.Helper()
	caret := clampPosition(lines, raw)
	for _, it := range items {
		if it.Label == "" || it.InsertText == "" || !completionKinds[it.Kind] || (it.InsertTextFormat != "plain" && it.InsertTextFormat != "snippet") {
			t.Fatalf("incomplete item %+v at %+v in %q", it, raw, text)
		}
		r := it.Range
		if msg := badRange(lines, r); msg != "" {
			t.Fatalf("item %q: %s: range %+v at %+v in %q", it.Label, msg, r, raw, text)
		}
		if r.Start.Line != caret.Line || r.End.Line != caret.Line || editor.PosLess(caret, r.Start) || editor.PosLess(r.End, caret) {
			t.Fatalf("item %q: range %+v does not cover the caret %+v (asked at %+v) in %q", it.Label, r, caret, raw, text)
		}
	}
}

// checkHover: a hover says something, and its range contains the caret.
func checkHover(t *testing.T, text string, lines [][]uint16, raw protocol.Position, h *protocol.HoverResult) {
	t.Helper()
	if h == nil {
		return
	}
	caret := clampPosition(lines, raw)
	if h.Contents == "" {
		t.Fatalf("empty hover at %+v in %q", raw, text)
	}
	if msg := badRange(lines, h.Range); msg != "" {
		t.Fatalf("hover: %s: range %+v at %+v in %q", msg, h.Range, raw, text)
	}
	if editor.PosLess(caret, h.Range.Start) || editor.PosLess(h.Range.End, caret) {
		t.Fatalf("hover range %+v does not contain the caret %+v (asked at %+v) in %q", h.Range, caret, raw, text)
	}
}

// checkFixAll: the fixed text's diagnostics hold the invariants; it has no
// more errors than the original and no error of a code the original did not
// have; when anything was applied, it is better (fewer errors, or as many
// errors and fewer diagnostics), and when nothing was, it is the same text.
func checkFixAll(t *testing.T, text string) {
	t.Helper()
	before := Check(text)
	fixed, n := FixAll(text)
	after := Check(fixed)
	checkInvariants(t, fixed, after)
	codes := map[string]bool{}
	for _, d := range before {
		if d.Severity == protocol.SeverityError {
			codes[d.Code] = true
		}
	}
	for _, d := range after {
		if d.Severity == protocol.SeverityError && !codes[d.Code] {
			t.Fatalf("fix-all added an error of a new code, %s (%s), in %q, giving %q", d.Code, d.Message, text, fixed)
		}
	}
	eb, ea := editor.ErrorCount(before), editor.ErrorCount(after)
	switch {
	case ea > eb:
		t.Fatalf("fix-all went from %d errors to %d in %q, giving %q", eb, ea, text, fixed)
	case n == 0 && fixed != text:
		t.Fatalf("fix-all applied nothing but changed %q into %q", text, fixed)
	case n > 0 && !(ea < eb || (ea == eb && len(after) < len(before))):
		t.Fatalf("fix-all applied %d fixes without helping (%d errors, %d diagnostics before; %d, %d after) in %q, giving %q",
			n, eb, len(before), ea, len(after), text, fixed)
	}
}

// Pieces the edits insert: ones that change how the lexer reads what follows
// as well as ordinary SQL.
var editPieces = []string{"'", "''", "$$", "/*", "*/", "--", "\n", "\r\n", "\r", ";", "\"", "E+5", "1", "-", "/", "*",
	"ALTER INTEGRATION x SET ENABLED = TRUE;", "OAUTH_GRANT = 'JWT_BEARER'", "😀", "日本", " ", "(", ")", ",", "=",
	"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION OAUTH_GRANT = CLIENT_CREDENTIALS;", "SET ", "UNSET ", "TAG ",
	"OAUTH_CLIENT_SECRET = 's'", "\t", "x", "ENABLED",
	// invisible characters and near misses (issue 13)
	"\u00a0", "\u200b", "\ufeff", "\u2009", "SECURTY", "INTEGRATIONS", "CRATE "}

// nextEdit reads one change from script: a flags byte, a start (2 bytes), a
// length (1 byte) and what to insert (1 byte: a piece, or that many raw bytes
// that follow). Flags: bits 0-1 insert / delete / replace / whole text; bit 2
// the range given end first; bit 3 any position at all (clamped); bit 4 the
// last change of an update. It returns the change, the new text and the rest
// of the script.
func nextEdit(text string, script []byte) (c document.Change, newText string, last bool, rest []byte) {
	get := func() byte {
		if len(script) == 0 {
			return 0
		}
		b := script[0]
		script = script[1:]
		return b
	}
	flags := get()
	at := uint32(get())<<8 | uint32(get())
	length := int(get() % 16)
	what := get()
	ins := ""
	if int(what) < len(editPieces) {
		ins = editPieces[what]
	} else {
		n := min(int(what%8), len(script))
		ins = strings.ToValidUTF8(string(script[:n]), "\uFFFD")
		script = script[n:]
	}
	lines := splitLinesUTF16(text)
	var start protocol.Position
	if flags&8 != 0 {
		start = fuzzCaret(lines, at|1<<31)
	} else {
		start = fuzzCaret(lines, at)
	}
	end := start
	kind := flags & 3
	if kind == 0 {
		length = 0
	}
	if kind == 1 {
		ins = ""
	}
	// The end: length places further on (across lines too).
	e := clampPosition(lines, start)
	for k := 0; k < length; k++ {
		switch {
		case e.Character < len(lines[e.Line]):
			e.Character++
			if e.Character < len(lines[e.Line]) && isLowSurrogate(lines[e.Line][e.Character]) {
				e.Character++
			}
		case e.Line+1 < len(lines):
			e = protocol.Position{Line: e.Line + 1}
		}
	}
	if length > 0 {
		end = e
	}
	last = flags&16 != 0
	if kind == 3 && at%8 == 0 {
		return document.Change{Text: ins}, ins, last, script
	}
	r := protocol.Range{Start: start, End: end}
	if flags&4 != 0 {
		r = protocol.Range{Start: end, End: start}
	}
	bs, be := byteOfPosition(text, lines, start), byteOfPosition(text, lines, end)
	if be < bs {
		bs, be = be, bs
	}
	return document.Change{Range: &r, Text: ins}, text[:bs] + ins + text[be:], last, script
}

func checkDocumentEdits(t *testing.T, text string, script []byte) {
	t.Helper()
	text = strings.ToValidUTF8(text, "\uFFFD")
	// A long document, now and then, so that re-lexing works in windows
	// (8 KiB and more) and must meet the old tokens again.
	if len(script) > 0 && script[0]&0x80 != 0 && len(text) > 0 && len(text) < 4<<10 {
		text = strings.Repeat(text+"\n", 12<<10/(len(text)+1)+1)
	}
	doc := document.NewDocument(text)
	model := text
	for step := 0; len(script) > 0 && step < 24; step++ {
		var changes []document.Change
		for len(script) > 0 && len(changes) < 4 {
			var c document.Change
			var last bool
			c, model, last, script = nextEdit(model, script)
			changes = append(changes, c)
			if last {
				break
			}
		}
		doc.Update(changes)
		if doc.Text() != model {
			t.Fatalf("step %d: after %s the text is %q, want %q", step, describeChanges(changes), doc.Text(), model)
		}
		got, want := doc.Analysis(), document.Analyze(model)
		compareAnalyses(t, step, emptyAsNil(got), emptyAsNil(want))
		checkInvariants(t, model, got.Diagnostics)
		// Editor answers from the open document are those of a fresh one.
		if c := changes[len(changes)-1]; c.Range != nil {
			p := c.Range.Start
			if g, w := editor.Complete(got, p), editor.Complete(want, p); !reflect.DeepEqual(g, w) {
				t.Fatalf("step %d: completion at %+v differs from a fresh analysis:\n got  %+v\n want %+v", step, p, g, w)
			}
			if g, w := editor.Hover(got, p), editor.Hover(want, p); !reflect.DeepEqual(g, w) {
				t.Fatalf("step %d: hover at %+v differs from a fresh analysis:\n got  %+v\n want %+v", step, p, g, w)
			}
		}
	}
}

// emptyAsNil is a copy of an analysis with an empty list of diagnostics
// nil: that is no difference.
func emptyAsNil(an *document.Analysis) *document.Analysis {
	c := *an
	if len(c.Diagnostics) == 0 {
		c.Diagnostics = nil
	}
	return &c
}

func describeChanges(cs []document.Change) string {
	var parts []string
	for _, c := range cs {
		if c.Range == nil {
			parts = append(parts, fmt.Sprintf("replace all by %q", c.Text))
		} else {
			parts = append(parts, fmt.Sprintf("%+v→%q", *c.Range, c.Text))
		}
	}
	return strings.Join(parts, ", ")
}

// TestEditorEveryPosition asks for completion and hover at every place of
// every testdata case (inside surrogate pairs too), and at places before,
// past and after the text, checking the invariants of FuzzComplete and
// FuzzHover everywhere.
func TestEditorEveryPosition(t *testing.T) {
	texts := fuzzTexts(t)
	for _, text := range texts {
		an := document.Analyze(text)
		lines := splitLinesUTF16(text)
		for l := -1; l <= len(lines); l++ {
			n := 1
			if l >= 0 && l < len(lines) {
				n = len(lines[l]) + 2
			}
			for c := -1; c < n; c++ {
				p := protocol.Position{Line: l, Character: c}
				// The clamping the invariants assume is the engine's.
				if got, want := an.Lines.Position(an.Lines.RuneOffset(p)), clampPosition(lines, p); got != want {
					t.Fatalf("%+v is taken as %+v, want %+v, in %q", p, got, want, text)
				}
				checkCompletion(t, text, lines, p, editor.Complete(an, p))
				checkHover(t, text, lines, p, editor.Hover(an, p))
			}
		}
	}
}
