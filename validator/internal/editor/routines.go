package editor

import (
	"fmt"
	"strings"

	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/links"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// A function's or procedure's EXTERNAL_ACCESS_INTEGRATIONS and SECRETS
// name objects of the setup (workflow-facts 3c). Those statements are not
// ours: completion reads nothing else of them, and offers names only in
// those two lists, right where a name stands: after '(' or ',' in
// EXTERNAL_ACCESS_INTEGRATIONS = ( … ), and after 'variable' = in
// SECRETS = ( … ).

// routineItems are the names that may stand at the caret in a routine's
// lists, or nil when the caret is anywhere else.
func (c *caretContext) routineItems() []protocol.CompletionItem {
	toks := c.toks[:c.at]
	if len(toks) < 4 || !isWord(&toks[0], "CREATE") && !isWord(&toks[0], "ALTER") || !routineNoun(toks) {
		return nil
	}
	// The list the caret is in: the innermost '(' not closed before it.
	depth, open := 0, -1
	for j := len(toks) - 1; j >= 0; j-- {
		switch toks[j].Type {
		case parser.SecintLexerRPAREN:
			depth++
		case parser.SecintLexerLPAREN:
			if depth == 0 {
				open = j
			} else {
				depth--
			}
		}
		if open >= 0 {
			break
		}
	}
	if open < 2 || toks[open-1].Type != parser.SecintLexerEQ {
		return nil
	}
	list := &toks[open-2]
	prev := toks[len(toks)-1].Type
	var class links.Class
	switch {
	case isWord(list, "EXTERNAL_ACCESS_INTEGRATIONS") && (prev == parser.SecintLexerLPAREN || prev == parser.SecintLexerCOMMA):
		class = links.ClassAccess
	case list.Type == parser.SecintLexerSECRETS && prev == parser.SecintLexerEQ && len(toks) >= 2 && isString(&toks[len(toks)-2]):
		class = links.ClassSecret
	default:
		return nil
	}
	var listed []string
	for j := open + 1; j < len(toks); j++ {
		if isNameWord(&toks[j]) && (j+1 >= len(toks) || toks[j+1].Type != parser.SecintLexerDOT) && toks[j-1].Type != parser.SecintLexerDOT {
			listed = append(listed, syntax.IdentKey(toks[j]))
		}
	}
	var objs []*links.Object
	for _, l := range c.index() {
		for _, o := range l {
			if o.Class == class && (class != links.ClassAccess || !isListed(listed, o.Key)) {
				objs = append(objs, o)
			}
		}
	}
	sortObjects(objs)
	return c.objectItems(objs)
}

// routineNoun reports whether a CREATE or ALTER names a function or a
// procedure before its first '('.
func routineNoun(toks []syntax.Token) bool {
	for i := 1; i < len(toks) && toks[i].Type != parser.SecintLexerLPAREN; i++ {
		if isWord(&toks[i], "FUNCTION") || isWord(&toks[i], "PROCEDURE") {
			return true
		}
	}
	return false
}

func isWord(t *syntax.Token, w string) bool {
	return syntax.IsWordType(t.Type) && t.Type != parser.SecintLexerQUOTED_ID && strings.EqualFold(t.Text, w)
}

func isString(t *syntax.Token) bool {
	return t.Type == parser.SecintLexerSTRING || t.Type == parser.SecintLexerDOLLAR_STRING
}

// routineHover summarises the object a function's or procedure's
// EXTERNAL_ACCESS_INTEGRATIONS or SECRETS item at rune offset off names, as
// the document made it before the statement; nil anywhere else.
func routineHover(an *document.Analysis, off int) *protocol.HoverResult {
	for _, f := range an.Foreign() {
		if f.Kind != syntax.ForeignRoutine {
			continue
		}
		for _, list := range []struct {
			v     *syntax.Value
			class links.Class
			noun  string
		}{{f.Accesses, links.ClassAccess, "external access integration"}, {f.Secrets, links.ClassSecret, "secret"}} {
			if list.v == nil {
				continue
			}
			for _, it := range refValues(list.v) {
				start, end := f.Base+it.Start, f.Base+it.End
				if off < start || off > end {
					continue
				}
				md := ""
				if o := an.IndexAt(f.Base).Find(list.class, links.RefKey(it)); o != nil {
					md = objectMarkdown(an, o)
				} else {
					md = fmt.Sprintf("**%s** · %s\n\nNot made in this document before this statement, so secint knows nothing more of it.",
						mdEscape(clipName(it.Text)), list.noun)
				}
				return &protocol.HoverResult{Contents: md, Range: an.Lines.RangeOf(start, end)}
			}
		}
	}
	return nil
}
