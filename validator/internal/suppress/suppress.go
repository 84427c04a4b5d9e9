// Package suppress applies a worksheet's inline suppression comments to its
// diagnostics, once for every front end (command line, browser, language
// server):
//
//	-- secint-disable-next-line CODE[, CODE]   the line after the comment
//	-- secint-disable-line CODE[, CODE]        the comment's own line
//	-- secint-disable CODE[, CODE]             from here to a secint-enable of the code
//	-- secint-enable CODE[, CODE]              (or to the end of the worksheet)
//	-- secint-disable-file [CODE, ...]         the whole worksheet
//
// A directive without codes covers every code. Text after " -- " is a reason
// for people and is ignored. The comment may be written with --, // or /* */,
// and the directive must be its first word. A code, or a directive without
// codes, that hides nothing is reported as unused-suppression (as is a name that
// is no code; the name itself is never repeated, since a comment may hold
// anything). A suppressed diagnostic is dropped whole: nothing of it, message
// or fix, reaches the output.
package suppress

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/protocol"
)

// Marker is in the text of every directive: a document without it has none,
// which Apply's callers check first so that most documents cost nothing.
const Marker = "secint-"

// Comment is one comment of the document, in document rune offsets.
type Comment struct {
	Start, End int
	Text       string
}

type kind int

const (
	nextLine kind = iota
	sameLine
	disable
	enable
	file
)

var directives = map[string]kind{
	"secint-disable-next-line": nextLine,
	"secint-disable-line":      sameLine,
	"secint-disable":           disable,
	"secint-enable":            enable,
	"secint-disable-file":      file,
}

// entry is one code of one directive (code "" for every code), with what it
// covers and whether it hid anything.
type entry struct {
	kind       kind
	code       string
	line       int // nextLine, sameLine: the line covered
	from, to   int // disable: the byte span covered
	start, end int // rune span of the code (or of the directive word) in the document
	used       bool
	unknown    bool // the name is no code
	self       bool // the name is unused-suppression, which no comment can hide
}

// Apply drops the diagnostics that the comments suppress and adds an
// unused-suppression note for each code that suppressed nothing. diags are
// sorted by position and so is the result.
func Apply(li *position.LineIndex, comments []Comment, diags []protocol.Diagnostic) []protocol.Diagnostic {
	entries := parse(li, comments)
	if len(entries) == 0 {
		return diags
	}
	out := make([]protocol.Diagnostic, 0, len(diags))
	for _, d := range diags {
		if !suppressed(entries, d) {
			out = append(out, d)
		}
	}
	var notes []protocol.Diagnostic
	for _, e := range entries {
		if e.used || e.kind == enable {
			continue
		}
		notes = append(notes, note(li, e))
	}
	if len(notes) == 0 {
		return out
	}
	out = append(out, notes...)
	slices.SortStableFunc(out, func(a, b protocol.Diagnostic) int {
		if a.StartOffset != b.StartOffset {
			return cmp.Compare(a.StartOffset, b.StartOffset)
		}
		return cmp.Compare(a.EndOffset, b.EndOffset)
	})
	return out
}

// suppressed reports whether some entry covers d, and marks the entries that
// do as used. Every covering entry is marked, so that two directives for the
// same diagnostic are both in use.
func suppressed(entries []entry, d protocol.Diagnostic) bool {
	hit := false
	for i := range entries {
		e := &entries[i]
		if e.unknown || e.kind == enable || (e.code != "" && e.code != d.Code) {
			continue
		}
		switch e.kind {
		case nextLine, sameLine:
			if d.Range.Start.Line != e.line {
				continue
			}
		case disable:
			if d.StartOffset < e.from || d.StartOffset >= e.to {
				continue
			}
		}
		e.used, hit = true, true
	}
	return hit
}

func note(li *position.LineIndex, e entry) protocol.Diagnostic {
	var msg string
	switch {
	case e.self:
		msg = "unused-suppression cannot be suppressed by a comment; set its severity to off in secint.toml instead"
	case e.unknown:
		msg = "this is no secint code, so the suppression hides nothing; see the rule list for the codes"
	case e.code == "":
		msg = "this suppression hides nothing: no diagnostic stands where it applies; remove it"
	default:
		msg = e.code + " is suppressed here, but no " + e.code + " diagnostic stands where it applies; remove it"
	}
	return protocol.Diagnostic{
		Code: rules.UnusedSuppression.Code, Severity: rules.UnusedSuppression.Severity, Message: msg,
		Range:       li.RangeOf(e.start, e.end),
		StartOffset: li.ByteOffset(e.start), EndOffset: li.ByteOffset(e.end),
	}
}

// parse reads the directives of the comments, in document order, and closes
// each secint-disable at the next secint-enable of its code.
func parse(li *position.LineIndex, comments []Comment) []entry {
	var entries []entry
	for _, c := range comments {
		entries = append(entries, parseComment(li, c)...)
	}
	end := len(li.Text)
	for i := range entries {
		e := &entries[i]
		if e.kind != disable {
			continue
		}
		e.to = end
		for _, f := range entries[i+1:] {
			if f.kind == enable && (f.code == "" || f.code == e.code) && f.from >= e.from {
				e.to = f.from
				break
			}
		}
	}
	return entries
}

// parseComment reads the directive of one comment, if it holds one.
func parseComment(li *position.LineIndex, c Comment) []entry {
	body, at := c.Text, 0 // at: bytes of c.Text before body
	switch {
	case strings.HasPrefix(body, "--"), strings.HasPrefix(body, "//"):
		body, at = body[2:], 2
	case strings.HasPrefix(body, "/*"):
		if len(body) < 4 || !strings.HasSuffix(body, "*/") {
			return nil // never closed: it swallows the rest, and hides nothing
		}
		body, at = body[2:len(body)-2], 2
	default:
		return nil
	}
	trimmed := strings.TrimLeft(body, " \t")
	at += len(body) - len(trimmed)
	body = trimmed
	word := body
	if i := strings.IndexAny(body, " \t\r\n"); i >= 0 {
		word = body[:i]
	}
	k, ok := directives[word]
	if !ok {
		return nil
	}
	// runeAt converts a byte offset into c.Text to a document rune offset.
	runeAt := func(b int) int { return c.Start + utf8.RuneCountInString(c.Text[:b]) }
	commentLine := li.LineOf(c.Start)
	base := entry{kind: k, start: runeAt(at), end: runeAt(at + len(word))}
	switch k {
	case nextLine:
		base.line = li.LineOf(c.End) + 1
	case sameLine:
		base.line = commentLine
	case disable:
		base.from = li.ByteOffset(c.End)
	case enable:
		base.from = li.ByteOffset(c.Start)
	}
	rest := body[len(word):]
	restAt := at + len(word)
	if i := strings.Index(rest, " --"); i >= 0 {
		rest = rest[:i] // a reason follows
	}
	if i := strings.IndexAny(rest, "\r\n"); i >= 0 && k != file {
		rest = rest[:i] // codes stand on the directive's line
	}
	var out []entry
	for i := 0; i < len(rest); {
		if strings.ContainsRune(" \t,\r\n", rune(rest[i])) {
			i++
			continue
		}
		j := i
		for j < len(rest) && !strings.ContainsRune(" \t,\r\n", rune(rest[j])) {
			j++
		}
		e := base
		e.code = strings.ToLower(rest[i:j])
		e.start, e.end = runeAt(restAt+i), runeAt(restAt+j)
		e.self = e.code == rules.UnusedSuppression.Code
		e.unknown = rules.RuleFor(e.code) == nil || e.self
		if e.unknown {
			e.code = "" // never repeated
		}
		out = append(out, e)
		i = j
	}
	if len(out) == 0 {
		out = append(out, base)
	}
	return out
}
