package check

import (
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// --- fixes ---

// quoteFix turns a bare word or number into a string by inserting quotes
// around it (never by re-typing it, so no secret is ever copied into a fix).
func (c *Checker) quoteFix(v *syntax.Value) []rules.Fix {
	switch {
	case v.Kind == syntax.ValueWord && v.Quoted:
		if strings.ContainsAny(v.Content, `'\`) {
			return nil
		}
		return []rules.Fix{{Title: "Use single quotes", Edits: []rules.Edit{{Start: v.Start, End: v.Start + 1, Text: "'"}, {Start: v.End - 1, End: v.End, Text: "'"}}}}
	case v.Kind == syntax.ValueWord || v.Kind == syntax.ValueNumber:
		end, ok := c.visibleWordEnd(v)
		if !ok {
			return nil
		}
		return []rules.Fix{{Title: "Put the value in single quotes", Edits: []rules.Edit{{Start: v.Start, End: v.Start, Text: "'"}, {Start: end, End: end, Text: "'"}}}}
	}
	return nil
}

// valueRepair returns the edits that make v fit info, when one is obvious.
func (c *Checker) valueRepair(info *catalog.PropertyInfo, v *syntax.Value) []rules.Edit {
	switch info.Type {
	case catalog.TypeString, catalog.TypeURL:
		if !v.IsString() {
			if f := c.quoteFix(v); len(f) > 0 {
				return f[0].Edits
			}
		}
	case catalog.TypeScopes:
		if v.IsString() {
			return []rules.Edit{{Start: v.Start, End: v.Start, Text: "("}, {Start: v.End, End: v.End, Text: ")"}}
		}
	}
	return nil
}

// removeTokens deletes a run of tokens and the space before it.
func (c *Checker) removeTokens(title string, toks []syntax.Token) rules.Fix {
	start := toks[0].Start
	for i := range c.st.Tokens {
		if c.st.Tokens[i].Start == toks[0].Start && i > 0 {
			start = c.st.Tokens[i-1].End
		}
	}
	return rules.Fix{Title: title, Edits: []rules.Edit{{Start: start, End: toks[len(toks)-1].End, Text: ""}}}
}

// removeItemFix deletes one item of a list, with the separator before it (or,
// for the first item, up to the next). An ALTER list keeps at least one item.
func (c *Checker) removeItemFix(p *syntax.Property, items []*syntax.Property, title string) []rules.Fix {
	if len(items) < 2 && (c.st.Kind == syntax.KindAlter || c.st.Kind == syntax.KindAlterSecret) {
		return nil
	}
	i := p.Index
	if i >= len(items) || items[i] != p {
		return nil
	}
	switch {
	case i > 0:
		return []rules.Fix{{Title: title, Edits: []rules.Edit{{Start: items[i-1].End, End: p.End, Text: ""}}}}
	case len(items) > 1:
		return []rules.Fix{{Title: title, Edits: []rules.Edit{{Start: p.Start, End: items[1].Start, Text: ""}}}}
	default:
		return []rules.Fix{{Title: title, Edits: []rules.Edit{{Start: c.prevTokenEnd(p.Start), End: p.End, Text: ""}}}}
	}
}

func (c *Checker) prevTokenEnd(off int) int {
	end := off
	for i := range c.st.Tokens {
		if c.st.Tokens[i].Start >= off {
			break
		}
		end = c.st.Tokens[i].End
	}
	return end
}

// splitFix ends the statement before action a and repeats the ALTER head.
func (c *Checker) splitFix(prev, a *syntax.Action) rules.Fix {
	st := c.st
	end := st.Name.Parts[len(st.Name.Parts)-1].EndByte
	for i := range st.Tokens {
		if st.Tokens[i].End == st.Name.End { // the name's last token: ')' of IDENTIFIER(...)
			end = st.Tokens[i].EndByte
		}
	}
	head := c.a.Lines.Text[st.BaseByte : st.BaseByte+end]
	return rules.Fix{Title: "Split into two ALTER statements",
		Edits: []rules.Edit{{Start: prev.End, End: a.Keyword.Start, Text: ";\n" + head + " "}}}
}

// addPropertyFix appends a property to a CREATE: on a line of its own, indented
// like the last property, when that property starts its line; else after a
// space.
func (c *Checker) addPropertyFix(text string) rules.Fix {
	st := c.st
	at, sep := st.Name.End, " "
	if n := len(st.Properties); n > 0 {
		last := st.Properties[n-1]
		at = last.End
		if indent, starts := c.lineIndent(st.Base + last.Start); starts {
			sep = "\n" + indent
		}
	}
	return rules.Fix{Title: "Add " + text, Edits: []rules.Edit{{Start: at, End: at, Text: sep + text}}}
}

// lineIndent returns the white space before document rune offset off on its
// line, and whether only white space stands there.
func (c *Checker) lineIndent(off int) (string, bool) {
	li := c.a.Lines
	line := li.LineOf(off)
	start, end := li.ByteOffset(li.LineRune[line]), li.ByteOffset(off)
	prefix := li.Text[start:end]
	return prefix, strings.TrimLeft(prefix, " \t") == "" && line > 0
}
