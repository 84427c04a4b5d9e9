// Package document analyses a whole worksheet and keeps that analysis up to
// date as it is edited: the text is cut into segments, one per statement;
// an edit re-lexes and re-parses only what it touched, and re-checks only the
// statements whose integration's history changed. Analysis is the result that
// the editor features read.
package document

import (
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/existing"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/suppress"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// Document is a document open in an editor. It is kept as a list of segments,
// one per statement (from just after the previous ';' to its own ';'), each
// holding its tokens, its parse and its diagnostics relative to its own start.
//
// An edit re-lexes only from the segment it touches until the fresh tokens
// meet an old segment's start again, replaces the segments in between, and
// moves the ones after it (their offsets, not their tokens). Then only the new
// segments are parsed and checked, plus the unchanged statements whose inputs
// changed: the text before them on their first line, or what earlier
// statements say about the integration they name (only names that the edit
// touched are followed). Diagnostics are then assembled from the segments.
//
// An Analysis from Analysis() is valid until the next Update.
type Document struct {
	// The text lives in buf, which has room to grow: an edit moves the text
	// after it in place instead of allocating a new copy of the document
	// (a megabyte of garbage per keystroke, which in WebAssembly meant a
	// long garbage collection every few dozen keystrokes). text is a string
	// over buf, so it changes with it: nothing may keep a substring of it
	// past an Update (segments keep copies).
	buf   []byte
	text  string
	Lines *position.LineIndex
	Segs  []*segment

	// What the edits since the last analysis touched.
	fresh    []*segment // made by the edits, not analysed yet
	recheck  []*segment // moved, and their first line may have changed
	affected nameSet    // integrations named by statements made or removed
	relink   bool       // a statement with links was made: check them again
	// Context is what is known, before the document's first statement, of
	// objects made outside it (SetContext); relinkAll: it changed.
	Context    links.Index
	ContextReg check.Registry
	relinkAll  bool
	slots      slotMaps // the statements with links, by the objects they make and read

	// Segments removed lately, by text: typing a quote turns the rest of the
	// document into one string and closing it brings every statement back;
	// those are not parsed again. Bounded by the document's size and by age
	// (see graveyard).
	Graveyard graveyard

	an    *Analysis
	diags diagBuffers // what the Analyses' Diagnostics are made in (assemble.go)

	// limit > 0: the text is analysed only while it is at most limit bytes;
	// over: it is not, now (limit.go).
	limit int
	over  bool
}

// segment is one statement's tokens, comments before it included, and what
// the engine made of it. Its offsets are relative to its first token, except
// start and startByte, which place it in the document.
type segment struct {
	Start, StartByte int
	Text             string // its own copy, from its first token to its last
	runes            int    // the length of text in runes
	Toks             []syntax.Token
	Closed           bool // it ends with ';'
	dead             bool // removed by an edit

	stmt       int // index in toks of the statement's first token; -1 for comments only
	stmtEnd    int // index in toks after the statement's last token (its ';' included)
	kind       syntax.StatementKind
	St         *syntax.Statement // a statement of ours, placed in the document
	Name       string            // the integration it names (one part), as registry keys go
	seen       check.IntegrationState
	linePrefix string
	miss       *rules.Finding  // not ours, but clearly meant to be: its syntax error (syntax.NearMiss)
	foreign    *syntax.Foreign // not ours, but read for the setup's links (a network rule, a routine)
	foreignAt  int             // where its statement starts, relative to the segment
	facts      *links.Facts    // what the statement means for the links, or nil
	links      []rules.Finding // its broken links, relative to its statement's start
	linkFresh  bool            // its links must be checked (it was just parsed)
	diags      []rules.Finding // relative to start, sorted, capped for the statement
	counts     Counts          // diags by severity, the cap's note left out
	hidden     Counts          // what the statement's cap left out
	dirty      bool            // diags must be made again
	suppresses bool            // its text holds a suppression comment's marker

	// The diagnostics as the outside world reads them, when the segment
	// started at outAt (outByte): moving them is cheaper than converting.
	out     []protocol.Diagnostic
	outAt   protocol.Position
	outByte int
}

func (s *segment) end() int     { return s.Start + s.runes }
func (s *segment) endByte() int { return s.StartByte + len(s.Text) }

// Change replaces Range of the document with Text; without a Range it
// replaces the whole document. Several changes apply one after the other.
type Change struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// NewDocument analyses text.
func NewDocument(text string) *Document { return NewDocumentIn(text, nil) }

// NewDocumentIn analyses text in a context: the objects made outside it.
func NewDocumentIn(text string, c *existing.Context) *Document {
	d := &Document{Lines: position.NewLineIndex("")}
	d.editAt(0, 0, 0, 0, text)
	if c != nil {
		d.setContext(c)
	}
	d.analyze()
	return d
}

// Text is the current text. Like the Analysis, it is valid until the next
// Update (it changes in place): strings.Clone it to keep it.
func (d *Document) Text() string { return d.text }

// Analysis is the analysis of the current text.
func (d *Document) Analysis() *Analysis { return d.an }

// Update applies changes in order, then analyses the result.
func (d *Document) Update(changes []Change) {
	if d.over {
		d.updateOver(changes)
		return
	}
	for _, c := range changes {
		if c.Range == nil {
			d.replaceAll(c.Text)
			continue
		}
		rs, re := d.Lines.RuneOffset(c.Range.Start), d.Lines.RuneOffset(c.Range.End)
		if re < rs {
			rs, re = re, rs
		}
		d.editAt(rs, re, d.Lines.ByteOffset(rs), d.Lines.ByteOffset(re), c.Text)
	}
	if d.limit > 0 && len(d.text) > d.limit {
		d.goOver()
		return
	}
	d.analyze()
}

// replaceAll replaces the whole text, as an edit of the part that differs:
// an editor that sends the whole document on each keystroke costs no more
// than one that sends the change.
func (d *Document) replaceAll(text string) {
	old := d.text
	p := 0
	for p < len(old) && p < len(text) && old[p] == text[p] {
		p++
	}
	for p > 0 && p < len(old) && !utf8.RuneStart(old[p]) {
		p--
	}
	s := 0
	for s < len(old)-p && s < len(text)-p && old[len(old)-1-s] == text[len(text)-1-s] {
		s++
	}
	for s > 0 && !utf8.RuneStart(old[len(old)-s]) {
		s--
	}
	rs := utf8.RuneCountInString(old[:p])
	re := rs + utf8.RuneCountInString(old[p:len(old)-s])
	d.editAt(rs, re, p, len(old)-s, text[p:len(text)-s])
}

// relexMargin: tokens ending this close to the end of a lexing window are
// not trusted, since the lexer may have needed to look further (an exponent
// such as 1E+5 needs two characters of lookahead). Constructs that can run
// on (strings, comments, names) reach the window's end and are dropped anyway.
const relexMargin = 16

// editAt replaces runes [rs, re), which are bytes [bs, be), with ins.
func (d *Document) editAt(rs, re, bs, be int, ins string) {
	ins = strings.Clone(ins) // it may be a piece of the text that is about to move
	newText := d.splice(bs, be, ins)
	insRunes := utf8.RuneCountInString(ins)
	dr, db := insRunes-(re-rs), len(ins)-(be-bs)
	newEnd, newEndByte := rs+insRunes, bs+len(ins)

	// Keep the segments that end a few characters before the edit (a token
	// touching it, an identifier being typed or '/' before a new '*', must be
	// lexed again), as long as they are closed: what follows an unclosed one
	// belongs to it.
	segs := d.Segs
	i := sort.Search(len(segs), func(k int) bool { return segs[k].end() > rs-3 })
	for i > 0 && !segs[i-1].Closed {
		i--
	}
	restart, restartByte := 0, 0
	if i > 0 {
		restart, restartByte = segs[i-1].end(), segs[i-1].endByte()
	}

	// Lex from there until a fresh token, past the edit, starts where an old
	// segment started (moved by the edit), right after a ';': from there the
	// lexer reads the same text from the same state, and the old segments
	// stand as they were.
	// The first window reaches a little past the segment that holds the
	// edit's end, where the fresh tokens most likely meet the old ones.
	reach := newEndByte
	if e := sort.Search(len(segs), func(k int) bool { return segs[k].end() > re }); e < len(segs) {
		reach = max(reach, segs[e].endByte()+db)
	}
	var fresh []syntax.Token
	j := len(segs)
	for window := reach - restartByte + 256; ; window *= 4 {
		end := restartByte + window
		whole := end >= len(newText)
		if whole {
			end = len(newText)
		}
		for end < len(newText) && !utf8.RuneStart(newText[end]) {
			end++
		}
		// The window starts after a closed segment, that is after a ';'.
		toks := syntax.LexFrom(newText[restartByte:end], restart, restartByte, whole, i > 0)
		if whole {
			fresh = toks
			break
		}
		if k, at := meet(toks, segs, i, newEnd, end, dr); k >= 0 {
			fresh, j = toks[:k], at
			break
		}
	}

	made := makeSegments(fresh, newText)
	for _, s := range segs[i:j] {
		s.dead = true
		d.Graveyard.bury(s)
		d.affected.add(s.Name)
		if s.facts != nil {
			for _, sl := range s.facts.Slots {
				d.affected.add(sl)
			}
		}
	}
	d.Segs = replaceSegments(segs, i, j, made)
	for _, s := range d.Segs[i+len(made):] {
		s.Start += dr
		s.StartByte += db
		if s.St != nil {
			s.St.Base += dr
			s.St.BaseByte += db
		}
	}
	d.fresh = append(d.fresh, made...)
	d.Lines.Edit(newText, rs, re, bs, be, ins, insRunes)

	// The statements after the edit whose first line began before its end:
	// what stands before them on that line may have changed.
	for _, s := range d.Segs[i+len(made):] {
		if s.stmt < 0 {
			continue
		}
		if d.Lines.LineRune[d.Lines.LineOf(s.Start+s.Toks[s.stmt].Start)] >= newEnd {
			break
		}
		d.recheck = append(d.recheck, s)
	}
}

// splice replaces bytes [bs, be) of the text with ins, in place when buf has
// room, and returns the new text.
func (d *Document) splice(bs, be int, ins string) string {
	old := len(d.buf)
	n := old - (be - bs) + len(ins)
	if n > cap(d.buf) {
		// Room to grow once the document is being edited; none when it
		// opens (Check of one statement makes a Document too).
		room := 0
		if d.buf != nil {
			room = n/4 + 4096
		}
		buf := make([]byte, n, n+room)
		copy(buf, d.buf[:bs])
		copy(buf[bs:], ins)
		copy(buf[bs+len(ins):], d.buf[be:])
		d.buf = buf
	} else {
		d.buf = d.buf[:max(old, n)]
		copy(d.buf[bs+len(ins):], d.buf[be:old]) // copy moves overlapping bytes right
		copy(d.buf[bs:], ins)
		d.buf = d.buf[:n]
	}
	d.text = ""
	if n > 0 {
		d.text = unsafe.String(&d.buf[0], n)
	}
	return d.text
}

// meet finds the first token of toks (lexed from the end of segment i-1,
// through a window ending at byte windowEnd) that starts, after the edit,
// where an old segment started before it (moved by dr), and where a new
// segment starts too. It returns the token's index and the old segment's, or
// -1.
func meet(toks []syntax.Token, segs []*segment, i, newEnd, windowEnd, dr int) (int, int) {
	j := i
	begun := false // a statement has begun since the last cut
	for k := range toks {
		t := &toks[k]
		if windowEnd-t.EndByte < relexMargin {
			break
		}
		cut := k == 0 || endsSegment(&toks[k-1], &begun)
		if !cut || t.Start < newEnd {
			continue
		}
		for j < len(segs) && segs[j].Start+dr < t.Start {
			j++
		}
		if j < len(segs) && segs[j].Start+dr == t.Start {
			return k, j
		}
	}
	return -1, 0
}

// endsSegment reports whether t, read after others since the last cut
// (begun: a statement has begun among them), ends a segment: the ';' of a
// statement. Lone ';'s stay in the segment of the statement after them, so
// that 100,000 of them are not 100,000 segments.
func endsSegment(t *syntax.Token, begun *bool) bool {
	if t.Hidden {
		return false
	}
	if t.Type != parser.SecintLexerSEMI {
		*begun = true
		return false
	}
	if *begun {
		*begun = false
		return true
	}
	return false
}

func replaceSegments(segs []*segment, i, j int, made []*segment) []*segment {
	if len(made) == j-i {
		copy(segs[i:], made)
		return segs
	}
	out := make([]*segment, 0, len(segs)-(j-i)+len(made))
	out = append(out, segs[:i]...)
	out = append(out, made...)
	return append(out, segs[j:]...)
}

// makeSegments cuts fresh tokens (document offsets, texts in text) into
// segments, each with its own copy of its text. The tokens are changed in
// place (and may stay where they are).
func makeSegments(toks []syntax.Token, text string) []*segment {
	if len(toks) == 0 {
		return nil
	}
	var out []*segment
	share := len(toks) >= cap(toks)/2
	// One copy of the text for all of them: the document's own text changes
	// in place. (A segment's text keeps the copy alive; when a document
	// opens that is the document's size once more, at most.)
	from := toks[0].StartByte
	own := strings.Clone(text[from:toks[len(toks)-1].EndByte])
	for len(toks) > 0 {
		n, begun := len(toks), false
		for k := range toks {
			if endsSegment(&toks[k], &begun) {
				n = k + 1
				break
			}
		}
		first, last := toks[0], toks[n-1]
		s := &segment{Start: first.Start, StartByte: first.StartByte, runes: last.End - first.Start,
			Text:   own[first.StartByte-from : last.EndByte-from],
			Closed: last.Type == parser.SecintLexerSEMI && !last.Hidden, stmt: -1}
		s.suppresses = strings.Contains(s.Text, suppress.Marker)
		// When the segments use most of the lexer's array (a document
		// opening), they keep their parts of it: no copy of a megabyte's
		// tokens. After an edit they take copies, so as not to hold on to a
		// window's worth of tokens each.
		if share {
			s.Toks = toks[:n:n]
		} else {
			s.Toks = append([]syntax.Token(nil), toks[:n]...)
		}
		for k := range s.Toks {
			t := &s.Toks[k]
			t.Start -= s.Start
			t.End -= s.Start
			t.StartByte -= s.StartByte
			t.EndByte -= s.StartByte
			t.Text = s.Text[t.StartByte:t.EndByte]
			if t.Hidden {
				continue
			}
			// The statement runs from its first word to its ';' (lone ';'s
			// before it are not part of it).
			if s.stmt < 0 && t.Type != parser.SecintLexerSEMI {
				s.stmt = k
			}
			if s.stmt >= 0 {
				s.stmtEnd = k + 1
			}
		}
		out = append(out, s)
		toks = toks[n:]
	}
	return out
}
