package validator

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/parser"
)

// Document is a document open in an editor. Update applies edits and redoes
// only the work they touch: the lexer restarts shortly before an edit and
// stops as soon as its tokens meet the old ones again; a statement is parsed
// only when its text is new; its checks run again only when its text or what
// earlier statements established about its integration changed. Everything
// else is reused, moved to where it stands now.
type Document struct {
	text   string
	lines  *lineIndex
	tokens []Token
	lexer  *parser.SecintLexer // only to satisfy the parser's token source

	// Caches, swept after each analysis so that they hold only what the
	// current text uses.
	gen     int
	parsed  map[string]*parseEntry
	checked map[checkKey]*checkEntry
	an      *Analysis
}

// Change replaces Range of the document with Text; without a Range it
// replaces the whole document. Several changes apply one after the other.
type Change struct {
	Range *Range `json:"range,omitempty"`
	Text  string `json:"text"`
}

type parseEntry struct {
	st  *Statement // parsed at offset 0
	gen int
}

// checkKey is everything a statement's checks read: its parse (one per
// text), the text before it on its first line (fixes indent like their
// line), and what was known of its integration before it.
type checkKey struct {
	parse      *parseEntry
	linePrefix string
	state      integrationState
}

type checkEntry struct {
	diags []rawDiag // offsets from the statement's start
	gen   int
}

// NewDocument analyses text.
func NewDocument(text string) *Document {
	d := &Document{parsed: map[string]*parseEntry{}, checked: map[checkKey]*checkEntry{}}
	d.reset(text)
	d.analyze()
	return d
}

// Text is the current text.
func (d *Document) Text() string { return d.text }

// Analysis is the analysis of the current text.
func (d *Document) Analysis() *Analysis { return d.an }

// Update applies changes in order, then analyses the result.
func (d *Document) Update(changes []Change) {
	for _, c := range changes {
		if c.Range == nil {
			d.reset(c.Text)
			continue
		}
		d.edit(*c.Range, c.Text)
	}
	d.analyze()
}

func (d *Document) reset(text string) {
	d.text = text
	d.lines = newLineIndex(text)
	d.tokens = lexDocument(text)
}

// relexMargin: tokens ending this close to the end of a lexing window are
// not trusted, since the lexer may have needed to look further (an exponent
// such as 1E+5 needs two characters of lookahead). Constructs that can run
// on (strings, comments, names) reach the window's end and are dropped anyway.
const relexMargin = 16

// edit replaces range r with text and re-lexes around it.
func (d *Document) edit(r Range, text string) {
	rs, re := d.lines.offset(r.Start), d.lines.offset(r.End)
	if re < rs {
		rs, re = re, rs
	}
	bs, be := d.lines.byteOffset(rs), d.lines.byteOffset(re)
	newText := d.text[:bs] + text + d.text[be:]
	dr := utf8.RuneCountInString(text) - (re - rs)
	db := len(text) - (be - bs)
	newEnd := rs + utf8.RuneCountInString(text) // first rune after the inserted text

	old := d.tokens
	// Restart after the last token that ends a few characters before the
	// edit: a token touching the edit (an identifier being typed, '/' before
	// a new '*') must be lexed again.
	a := sort.Search(len(old), func(i int) bool { return old[i].End > rs-3 })
	restartRune, restartByte := 0, 0
	if a > 0 {
		restartRune, restartByte = old[a-1].End, old[a-1].EndByte
	}

	var toks []Token
	for window := 8 << 10; ; window *= 4 {
		end := restartByte + window
		whole := end >= len(newText)
		if whole {
			end = len(newText)
		}
		for end < len(newText) && !utf8.RuneStart(newText[end]) {
			end++
		}
		fresh := lexFrom(newText[restartByte:end], restartRune, restartByte, whole)
		if whole {
			toks = append(old[:a:a], fresh...)
			break
		}
		// Meet the old tokens again: a fresh token that starts after the
		// edit where an old one started (moved by the edit) means that from
		// there on the lexer sees the same text from the same state.
		j, met := a, -1
		for k, t := range fresh {
			if end-t.EndByte < relexMargin {
				break
			}
			if t.Start < newEnd {
				continue
			}
			for j < len(old) && old[j].Start+dr < t.Start {
				j++
			}
			if j < len(old) && old[j].Start+dr == t.Start {
				met = k
				break
			}
		}
		if met >= 0 {
			toks = make([]Token, 0, a+met+len(old)-j)
			toks = append(append(toks, old[:a]...), fresh[:met]...)
			for _, t := range old[j:] {
				toks = append(toks, shiftToken(t, dr, db))
			}
			break
		}
	}
	d.text = newText
	d.lines = newLineIndex(newText)
	d.tokens = toks
}

// analyze splits the current tokens into statements, parses the new ones,
// checks those whose inputs changed, and assembles the Analysis.
func (d *Document) analyze() {
	d.gen++
	if d.lexer == nil {
		d.lexer = newIdleLexer()
	}
	a := &analyzer{li: d.lines, stmt: -1}
	an := &Analysis{Text: d.text, Tokens: d.tokens, lines: d.lines}
	for _, t := range d.tokens {
		if isUnterminated(t.Type) {
			a.unterminated(t)
		}
	}
	reg := registry{}
	for i, sp := range splitStatements(d.tokens) {
		a.stmt = i
		kind := classify(sp.tokens)
		an.Spans = append(an.Spans, StatementSpan{Kind: kind, Start: sp.start, End: sp.end})
		if kind == KindOther {
			continue
		}
		text := d.text[sp.startByte:sp.endByte]
		pe := d.parsed[text]
		if pe == nil {
			pe = &parseEntry{st: parseStatement(sp, kind, d.lexer)}
			d.parsed[text] = pe
		}
		pe.gen = d.gen
		placed := *pe.st // shares the parse: only where it stands differs
		placed.Base, placed.BaseByte = sp.start, sp.startByte
		st := &placed
		an.Statements = append(an.Statements, st)

		key := checkKey{parse: pe, linePrefix: d.linePrefix(sp)}
		if st.Kind == KindAlter && st.Name != nil {
			key.state = reg[st.Name.Key()]
			key.state.created = nil
		}
		ce := d.checked[key]
		if ce == nil {
			ce = &checkEntry{diags: d.checkStatement(a, st, reg)}
			d.checked[key] = ce
		}
		ce.gen = d.gen
		for _, r := range ce.diags {
			a.raw = append(a.raw, r.shift(st.Base, i))
		}
		reg.apply(st)
	}
	for k, e := range d.parsed {
		if e.gen != d.gen {
			delete(d.parsed, k)
		}
	}
	for k, e := range d.checked {
		if e.gen != d.gen {
			delete(d.checked, k)
		}
	}
	an.Diagnostics = a.finish()
	d.an = an
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
// that something else stands there). It looks at the leading white space
// only, so that one long line of statements costs no more than many lines.
func (d *Document) linePrefix(sp span) string {
	line := d.lines.lineOf(sp.start)
	prefix := d.text[d.lines.lineByte[line]:sp.startByte]
	if strings.TrimLeft(prefix, " \t") != "" {
		return "\x00" // not only white space
	}
	return prefix
}

// shift moves a diagnostic and its fixes by delta runes and assigns it to
// statement stmt.
func (r rawDiag) shift(delta, stmt int) rawDiag {
	r.start += delta
	r.end += delta
	r.stmt = stmt
	if len(r.fixes) > 0 {
		fixes := make([]rawFix, len(r.fixes))
		for i, f := range r.fixes {
			edits := make([]rawEdit, len(f.edits))
			for k, e := range f.edits {
				edits[k] = rawEdit{e.start + delta, e.end + delta, e.text}
			}
			fixes[i] = rawFix{title: f.title, edits: edits}
		}
		r.fixes = fixes
	}
	return r
}
