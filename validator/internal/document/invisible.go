package document

import (
	"fmt"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// invisibleFindings warns about each invisible character among a segment's
// tokens (the lexer's INVISIBLE: Unicode spaces, zero-width characters, a
// byte-order mark), which the engine reads as white space but Snowflake may
// not. A byte-order mark at the very start of the document is what some
// editors write, and is left alone. Offsets are the segment's.
func invisibleFindings(s *segment) []rules.Finding {
	var out []rules.Finding
	for k := range s.Toks {
		t := &s.Toks[k]
		if t.Type != parser.SecintLexerINVISIBLE {
			continue
		}
		r := syntax.InvisibleRune(t)
		if r == 0xFEFF && s.Start+t.Start == 0 {
			continue
		}
		name := syntax.CharName(r)
		// A zero-width character goes, unless it is all that keeps two
		// words apart (ALTER<ZWSP>SECURITY reads as two words here): then,
		// like a look-alike space, it becomes a plain space.
		glued := k > 0 && k+1 < len(s.Toks) && s.Toks[k-1].End == t.Start && t.End == s.Toks[k+1].Start &&
			syntax.IsWordType(s.Toks[k-1].Type) && syntax.IsWordType(s.Toks[k+1].Type)
		f := rules.Finding{Rule: rules.InvisibleCharacter, Start: t.Start, End: t.End}
		if syntax.IsZeroWidth(r) && !glued {
			f.Msg = fmt.Sprintf("%s: an invisible character, which Snowflake may not read as white space; delete it", name)
			f.Fixes = []rules.Fix{{Title: "Delete " + name, Edits: []rules.Edit{{Start: t.Start, End: t.End}}}}
		} else {
			f.Msg = fmt.Sprintf("%s: it looks like a space but is another character, which Snowflake may not read as one; write a plain space", name)
			f.Fixes = []rules.Fix{{Title: "Replace " + name + " with a space", Edits: []rules.Edit{{Start: t.Start, End: t.End, Text: " "}}}}
		}
		out = append(out, f)
	}
	return out
}
