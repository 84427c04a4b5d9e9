package validator

import (
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/secint/secint/parser"
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
	lines *lineIndex
	segs  []*segment

	// What the edits since the last analysis touched.
	fresh    []*segment // made by the edits, not analysed yet
	recheck  []*segment // moved, and their first line may have changed
	affected nameSet    // integrations named by statements made or removed

	// Segments removed lately, by text: typing a quote turns the rest of the
	// document into one string and closing it brings every statement back;
	// those are not parsed again. Bounded by the document's size and by age
	// (see graveyard).
	graveyard graveyard

	an *Analysis
}

// segment is one statement's tokens, comments before it included, and what
// the engine made of it. Its offsets are relative to its first token, except
// start and startByte, which place it in the document.
type segment struct {
	start, startByte int
	text             string // its own copy, from its first token to its last
	runes            int    // the length of text in runes
	toks             []Token
	closed           bool // it ends with ';'
	dead             bool // removed by an edit

	stmt       int // index in toks of the statement's first token; -1 for comments only
	stmtEnd    int // index in toks after the statement's last token (its ';' included)
	kind       StatementKind
	st         *Statement // a statement of ours, placed in the document
	name       string     // the integration it names (one part), as registry keys go
	seen       integrationState
	linePrefix string
	diags      []rawDiag // relative to start, sorted, capped for the statement
	dirty      bool      // diags must be made again

	// The diagnostics as the outside world reads them, when the segment
	// started at outAt (outByte): moving them is cheaper than converting.
	out     []Diagnostic
	outAt   Position
	outByte int
}

func (s *segment) end() int     { return s.start + s.runes }
func (s *segment) endByte() int { return s.startByte + len(s.text) }

// Change replaces Range of the document with Text; without a Range it
// replaces the whole document. Several changes apply one after the other.
type Change struct {
	Range *Range `json:"range,omitempty"`
	Text  string `json:"text"`
}

// NewDocument analyses text.
func NewDocument(text string) *Document {
	d := &Document{lines: newLineIndex("")}
	d.editAt(0, 0, 0, 0, text)
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
	for _, c := range changes {
		if c.Range == nil {
			d.replaceAll(c.Text)
			continue
		}
		rs, re := d.lines.offset(c.Range.Start), d.lines.offset(c.Range.End)
		if re < rs {
			rs, re = re, rs
		}
		d.editAt(rs, re, d.lines.byteOffset(rs), d.lines.byteOffset(re), c.Text)
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
	segs := d.segs
	i := sort.Search(len(segs), func(k int) bool { return segs[k].end() > rs-3 })
	for i > 0 && !segs[i-1].closed {
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
	var fresh []Token
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
		toks := lexFrom(newText[restartByte:end], restart, restartByte, whole)
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
		d.graveyard.bury(s)
		d.affected.add(s.name)
	}
	d.segs = replaceSegments(segs, i, j, made)
	for _, s := range d.segs[i+len(made):] {
		s.start += dr
		s.startByte += db
		if s.st != nil {
			s.st.Base += dr
			s.st.BaseByte += db
		}
	}
	d.fresh = append(d.fresh, made...)
	d.lines.edit(newText, rs, re, bs, be, ins, insRunes)

	// The statements after the edit whose first line began before its end:
	// what stands before them on that line may have changed.
	for _, s := range d.segs[i+len(made):] {
		if s.stmt < 0 {
			continue
		}
		if d.lines.lineRune[d.lines.lineOf(s.start+s.toks[s.stmt].Start)] >= newEnd {
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
func meet(toks []Token, segs []*segment, i, newEnd, windowEnd, dr int) (int, int) {
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
		for j < len(segs) && segs[j].start+dr < t.Start {
			j++
		}
		if j < len(segs) && segs[j].start+dr == t.Start {
			return k, j
		}
	}
	return -1, 0
}

// endsSegment reports whether t, read after others since the last cut
// (begun: a statement has begun among them), ends a segment: the ';' of a
// statement. Lone ';'s stay in the segment of the statement after them, so
// that 100,000 of them are not 100,000 segments.
func endsSegment(t *Token, begun *bool) bool {
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
func makeSegments(toks []Token, text string) []*segment {
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
		s := &segment{start: first.Start, startByte: first.StartByte, runes: last.End - first.Start,
			text:   own[first.StartByte-from : last.EndByte-from],
			closed: last.Type == parser.SecintLexerSEMI && !last.Hidden, stmt: -1}
		// When the segments use most of the lexer's array (a document
		// opening), they keep their parts of it: no copy of a megabyte's
		// tokens. After an edit they take copies, so as not to hold on to a
		// window's worth of tokens each.
		if share {
			s.toks = toks[:n:n]
		} else {
			s.toks = append([]Token(nil), toks[:n]...)
		}
		for k := range s.toks {
			t := &s.toks[k]
			t.Start -= s.start
			t.End -= s.start
			t.StartByte -= s.startByte
			t.EndByte -= s.startByte
			t.Text = s.text[t.StartByte:t.EndByte]
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

// analyze brings the segments' diagnostics up to date and assembles the
// Analysis.
func (d *Document) analyze() {
	var todo []*segment
	for _, s := range d.fresh {
		if s.dead {
			continue
		}
		d.parseSegment(s)
		todo = append(todo, s)
	}
	for _, s := range d.recheck {
		if s.dead || s.dirty || s.st == nil {
			continue
		}
		if p := d.linePrefix(s); p != s.linePrefix {
			s.linePrefix, s.dirty = p, true
			todo = append(todo, s)
		}
	}
	// What earlier statements establish about an integration: followed only
	// for the names of statements made or removed.
	if !d.affected.empty() {
		reg := registry{}
		for _, s := range d.segs {
			if s.name == "" || !d.affected.has(s.name) {
				continue
			}
			if s.st.Kind == KindAlter {
				seen := reg[s.name]
				seen.created = nil // the checks do not read it
				if seen != s.seen {
					s.seen = seen
					if !s.dirty {
						s.dirty = true
						todo = append(todo, s)
					}
				}
			}
			reg.apply(s.st)
		}
	}
	for _, s := range todo {
		if s.dirty && !s.dead {
			d.checkSegment(s)
		}
	}
	d.fresh, d.recheck = d.fresh[:0], d.recheck[:0]
	d.affected.clear()
	d.graveyard.trim(len(d.text))
	d.an = d.assemble()
}

// parseSegment classifies a new segment and parses its statement when it is
// ours, or takes the parse and diagnostics of a removed segment with the same
// text.
func (d *Document) parseSegment(s *segment) {
	s.dirty = true
	if s.stmt >= 0 {
		sp := s.span()
		s.kind = classify(sp.tokens)
		if s.kind != KindOther {
			if old := d.graveyard.take(s.text); old != nil && old.st != nil {
				st := *old.st // shares the parse: only where it stands differs
				s.st, s.diags, s.seen, s.linePrefix, s.dirty = &st, old.diags, old.seen, old.linePrefix, false
			} else {
				s.st = parseStatement(sp, s.kind)
			}
			s.st.Base, s.st.BaseByte = s.start+sp.start, s.startByte+sp.startByte
			if s.st.Name != nil && len(s.st.Name.Parts) == 1 {
				s.name = s.st.Name.Key()
				d.affected.add(s.name)
			}
			if p := d.linePrefix(s); p != s.linePrefix {
				s.linePrefix, s.dirty = p, true
			}
		}
	}
}

// span is the segment's statement, in the segment's offsets.
func (s *segment) span() span {
	f, l := &s.toks[s.stmt], &s.toks[s.stmtEnd-1]
	return span{tokens: s.toks[s.stmt:s.stmtEnd], start: f.Start, end: l.End, startByte: f.StartByte, endByte: l.EndByte}
}

// checkSegment makes a segment's diagnostics: unclosed strings, comments and
// names, and its statement's checks, capped per statement.
func (d *Document) checkSegment(s *segment) {
	a := &analyzer{li: d.lines, stmt: -1}
	for _, t := range s.toks {
		if isUnterminated(t.Type) {
			a.unterminated(t)
		}
	}
	if st := s.st; st != nil {
		a.stmt = 0
		rel := st.Base - s.start
		var reg registry // what the checks know of the integration: ALTERs only ask
		if st.Kind == KindAlter && s.name != "" {
			reg = registry{s.name: s.seen}
		}
		for _, r := range d.checkStatement(a, st, reg) {
			a.raw = append(a.raw, r.shift(rel, 0))
		}
	}
	sortByPosition(a.raw)
	s.diags = capDiagnostics(a.raw)
	s.dirty = false
	s.out = nil
}

// checkStatement runs one statement's checks and returns its diagnostics,
// with offsets from the statement's start as the checks make them.
func (d *Document) checkStatement(a *analyzer, st *Statement, reg registry) []rawDiag {
	from := len(a.raw)
	if st.syntax != nil {
		a.raw = append(a.raw, *st.syntax)
	}
	if !st.Unterminated {
		c := checker{a: a, st: st, reg: reg}
		c.check()
	}
	out := append([]rawDiag(nil), a.raw[from:]...)
	a.raw = a.raw[:from]
	return out
}

// linePrefix is what the checks can see of the text between the start of a
// statement's first line and the statement (lineIndent: the indentation, or
// that something else stands there, and whether it is the first line). It
// looks at the leading white space only, so that one long line of statements
// costs no more than many lines.
func (d *Document) linePrefix(s *segment) string {
	at, atByte := s.st.Base, s.st.BaseByte
	line := d.lines.lineOf(at)
	prefix := d.text[d.lines.lineByte[line]:atByte]
	if strings.TrimLeft(prefix, " \t") != "" {
		prefix = "\x00" // not only white space
	} else {
		prefix = strings.Clone(prefix) // the text moves under it
	}
	if line == 0 {
		prefix = "\x01" + prefix
	}
	return prefix
}

// assemble makes the Analysis from the segments: their diagnostics, moved
// to where they stand, up to the document's cap.
func (d *Document) assemble() *Analysis {
	an := &Analysis{Text: d.text, lines: d.lines, segs: d.segs}
	total := 0
	for _, s := range d.segs {
		total += len(s.diags)
	}
	out := make([]Diagnostic, 0, min(total, maxPerDocument+1))
	var last rawDiag
	for _, s := range d.segs {
		if len(s.diags) == 0 || len(out) == maxPerDocument {
			continue
		}
		s.place(d.lines)
		n := min(len(s.out), maxPerDocument-len(out))
		out = append(out, s.out[:n]...)
		last = s.diags[n-1].shift(s.start, 0)
	}
	if total > maxPerDocument {
		out = append(out, toDiagnostic(d.lines, capNote(last, total-maxPerDocument, "document")))
	}
	an.Diagnostics = out
	return an
}

// place makes the segment's diagnostics for where it stands now: converted
// when new, else moved from where they were converted. Only lines and, on
// the segment's first line, characters change, since its text did not.
func (s *segment) place(li *lineIndex) {
	at := li.position(s.start)
	if s.out == nil {
		s.out = make([]Diagnostic, len(s.diags))
		for k, r := range s.diags {
			s.out[k] = toDiagnostic(li, r.shift(s.start, 0))
		}
		s.outAt, s.outByte = at, s.startByte
		return
	}
	if at == s.outAt && s.startByte == s.outByte {
		return
	}
	move := func(r Range) Range {
		return Range{Start: movePosition(r.Start, s.outAt, at), End: movePosition(r.End, s.outAt, at)}
	}
	for k := range s.out {
		d := &s.out[k]
		d.Range = move(d.Range)
		d.StartOffset += s.startByte - s.outByte
		d.EndOffset += s.startByte - s.outByte
		if len(d.Fixes) > 0 && at != s.outAt {
			// New slices: earlier Analyses share the old ones.
			fixes := make([]Fix, len(d.Fixes))
			for i, f := range d.Fixes {
				fixes[i] = Fix{Title: f.Title, Edits: make([]TextEdit, len(f.Edits))}
				for j, e := range f.Edits {
					fixes[i].Edits[j] = TextEdit{Range: move(e.Range), NewText: e.NewText}
				}
			}
			d.Fixes = fixes
		}
	}
	s.outAt, s.outByte = at, s.startByte
}

// movePosition moves p, in a text that started at from, to where that text
// starts now.
func movePosition(p, from, to Position) Position {
	if p.Line == from.Line {
		p.Character += to.Character - from.Character
	}
	p.Line += to.Line - from.Line
	return p
}

// graveyard keeps segments that edits removed, by text, oldest first out,
// while their texts add up to no more than the document and for at most
// graveyardUpdates updates: long enough for a quote to be closed again, short
// enough that ordinary typing keeps only its last few dozen statements.
type graveyard struct {
	byText  map[string]*segment
	order   []buried
	size    int
	updates int // analyses so far, the graveyard's clock
}

type buried struct {
	s  *segment
	at int // g.updates when buried
}

const graveyardUpdates = 100

func (g *graveyard) bury(s *segment) {
	if s.st == nil {
		return // nothing worth keeping
	}
	if g.byText == nil {
		g.byText = map[string]*segment{}
	}
	if _, ok := g.byText[s.text]; ok {
		return
	}
	g.byText[s.text] = s
	g.order = append(g.order, buried{s, g.updates})
	g.size += len(s.text)
}

// take returns a removed segment with this text, or nil. It stays in the
// graveyard: the same statement may come back more than once.
func (g *graveyard) take(text string) *segment {
	return g.byText[text]
}

// trim ends an analysis: it forgets the segments buried graveyardUpdates
// analyses ago, and the oldest ones until their texts add up to at most
// limit bytes (64 KB may always stay).
func (g *graveyard) trim(limit int) {
	g.updates++
	limit = max(limit, 64<<10)
	n := 0
	for n < len(g.order) && (g.size > limit || g.updates-g.order[n].at > graveyardUpdates) {
		s := g.order[n].s
		delete(g.byText, s.text)
		g.size -= len(s.text)
		n++
	}
	if n > 0 {
		g.order = append(g.order[:0:0], g.order[n:]...)
	}
}

// nameSet is a set of integration names. An edit touches one or two, and
// the few are looked up in every statement: a list is faster than a map.
type nameSet struct {
	few  []string
	many map[string]bool
}

func (n *nameSet) add(name string) {
	switch {
	case name == "" || n.has(name):
	case n.many != nil:
		n.many[name] = true
	case len(n.few) < 8:
		n.few = append(n.few, name)
	default:
		n.many = map[string]bool{name: true}
		for _, f := range n.few {
			n.many[f] = true
		}
		n.few = nil
	}
}

func (n *nameSet) has(name string) bool {
	if n.many != nil {
		return n.many[name]
	}
	for _, f := range n.few {
		if f == name {
			return true
		}
	}
	return false
}

func (n *nameSet) empty() bool { return len(n.few) == 0 && len(n.many) == 0 }

func (n *nameSet) clear() { n.few, n.many = n.few[:0], nil }
