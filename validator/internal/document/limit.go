package document

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// A limited document (NewLimited) analyses its text only while it is at most
// limit bytes. Above that it keeps the text and its line index, applies
// edits to them, and has one diagnostic that says so: an editor that opens a
// 50 MB paste says it plainly instead of spending minutes and gigabytes on
// it. Once edits bring it back under the limit it is analysed again.

// NewLimited analyses text when it is at most limit bytes (limit <= 0: no
// limit), and otherwise only keeps it.
func NewLimited(text string, limit int) *Document {
	if limit <= 0 || len(text) <= limit {
		d := NewDocument(text)
		d.limit = limit
		return d
	}
	d := &Document{limit: limit}
	d.splice(0, 0, strings.Clone(text))
	d.Lines = position.NewLineIndex(d.text)
	d.over = true
	d.an = d.overAnalysis()
	return d
}

// goOver drops what the analysis held: the text has grown past the limit.
func (d *Document) goOver() {
	d.Segs, d.fresh, d.recheck = nil, nil, nil
	d.affected.clear()
	d.Graveyard = graveyard{}
	d.over = true
	d.an = d.overAnalysis()
}

// updateOver applies changes to the text alone, and analyses it once it is
// back under the limit.
func (d *Document) updateOver(changes []Change) {
	for _, c := range changes {
		if c.Range == nil {
			d.splice(0, len(d.buf), strings.Clone(c.Text))
			d.Lines = position.NewLineIndex(d.text)
			continue
		}
		rs, re := d.Lines.RuneOffset(c.Range.Start), d.Lines.RuneOffset(c.Range.End)
		if re < rs {
			rs, re = re, rs
		}
		bs, be := d.Lines.ByteOffset(rs), d.Lines.ByteOffset(re)
		ins := strings.Clone(c.Text)
		newText := d.splice(bs, be, ins)
		d.Lines.Edit(newText, rs, re, bs, be, ins, utf8.RuneCountInString(ins))
	}
	if len(d.text) > d.limit {
		d.an = d.overAnalysis()
		return
	}
	text := strings.Clone(d.text)
	*d = Document{limit: d.limit, Lines: position.NewLineIndex("")}
	d.editAt(0, 0, 0, 0, text)
	d.analyze()
}

// overAnalysis is the analysis of a text over the limit: no statements, and
// one diagnostic on the first line.
func (d *Document) overAnalysis() *Analysis {
	end := d.Lines.RuneCount
	if len(d.Lines.LineRune) > 1 {
		end = d.Lines.RuneOffset(d.Lines.Position(d.Lines.LineRune[1] - 1))
	}
	f := rules.Finding{Rule: rules.DocumentTooLarge, Start: 0, End: end,
		Msg: fmt.Sprintf("this document is %s, more than the %s that secint checks as you type, so nothing in it is checked: "+
			"split it into smaller documents, or check it with the command line (secint check)", sizeText(len(d.text)), sizeText(d.limit))}
	return &Analysis{Text: d.text, Lines: d.Lines, Diagnostics: []protocol.Diagnostic{toDiagnostic(d.Lines, f)}}
}

// sizeText writes a size in bytes as people read it: 9.2 MB, 8 MiB.
func sizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// MaxStatementTokens is the most tokens (comments left out) one statement
// of ours may have and be parsed and checked: the longest real one has a few
// thousand (a list of a thousand scopes), and parsing costs some hundreds of
// bytes per token while it lasts, so a flood of '(' after SET cost 600 bytes
// of allocation per byte of text. A longer statement gets one note.
const MaxStatementTokens = 1 << 17

func visibleTokens(toks []syntax.Token) int {
	n := 0
	for i := range toks {
		if !toks[i].Hidden {
			n++
		}
	}
	return n
}

// tooLong is the note on a statement of ours with n tokens, too many to check.
func tooLong(toks []syntax.Token, n int) *rules.Finding {
	first := toks[0]
	for i := range toks {
		if !toks[i].Hidden {
			first = toks[i]
			break
		}
	}
	return &rules.Finding{Rule: rules.OutOfScope, Start: first.Start, End: first.End,
		Msg: fmt.Sprintf("this statement has %d tokens, more than the %d that secint checks in one statement, so it is not checked", n, MaxStatementTokens)}
}
