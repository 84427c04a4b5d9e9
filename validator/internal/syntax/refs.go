package syntax

import "github.com/secint/secint/parser"

// Some statements outside our family take part in a setup only through a few
// names: a network rule is listed by external access integrations, and a
// function or procedure names the external access integrations and secrets
// its code uses. ReadForeign reads just those names from the tokens, without
// the grammar: such a statement is never checked, so nothing in it can cause
// a diagnostic of its own, and anything it does not recognise it skips.

// ForeignKind is what ReadForeign found.
type ForeignKind int

const (
	ForeignNone        ForeignKind = iota
	ForeignNetworkRule             // CREATE [OR REPLACE | OR ALTER] NETWORK RULE
	ForeignRoutine                 // CREATE or ALTER of a FUNCTION or PROCEDURE
)

// Foreign is what a setup needs of a statement outside our family. Offsets
// count from the statement's start, as in Statement.
type Foreign struct {
	Kind     ForeignKind
	Create   bool   // CREATE, not ALTER
	Noun     string // "network rule", "function", "procedure"
	Name     *Name
	Mode     *Value // a network rule's MODE (nil: not given, INGRESS)
	Type     *Value // a network rule's TYPE
	Accesses *Value // a routine's EXTERNAL_ACCESS_INTEGRATIONS list
	Secrets  *Value // a routine's SECRETS list: items are the secrets' names, Label their variable
}

// ReadForeign reads a network rule or a routine from a statement's tokens
// (comments included, as a Span holds them), or returns nil.
func ReadForeign(sp Span) *Foreign {
	// Most statements are neither: tell from the first word, before
	// copying any token.
	first := -1
	for i := range sp.Tokens {
		if !sp.Tokens[i].Hidden {
			first = i
			break
		}
	}
	if first < 0 || !sp.Tokens[first].is("CREATE") && !sp.Tokens[first].is("ALTER") {
		return nil
	}
	found := false
	for i, seen := first+1, 0; i < len(sp.Tokens) && seen < 7 && !found; i++ {
		if t := &sp.Tokens[i]; !t.Hidden {
			found = t.is("FUNCTION") || t.is("PROCEDURE") || t.is("NETWORK")
			seen++
		}
	}
	if !found {
		return nil
	}
	var toks []Token
	for _, t := range sp.Tokens {
		if !t.Hidden {
			toks = append(toks, ShiftToken(t, -sp.Start, -sp.StartByte))
		}
	}
	at := func(i int) *Token {
		if i < len(toks) {
			return &toks[i]
		}
		return nil
	}
	f := &Foreign{}
	i := 1
	switch {
	case at(0).is("CREATE"):
		f.Create = true
		if at(1).is("OR") && (at(2).is("REPLACE") || at(2).is("ALTER")) {
			i = 3
		}
		if at(i).is("NETWORK") && at(i+1).is("RULE") {
			f.Kind, f.Noun, i = ForeignNetworkRule, "network rule", i+2
			break
		}
		// [ TEMP | TEMPORARY ] [ SECURE ] [ AGGREGATE ] FUNCTION | PROCEDURE
		for j := 0; j < 3 && (at(i).is("TEMP") || at(i).is("TEMPORARY") || at(i).is("SECURE") || at(i).is("AGGREGATE")); j++ {
			i++
		}
		if !at(i).is("FUNCTION") && !at(i).is("PROCEDURE") {
			return nil
		}
		f.Kind, f.Noun, i = ForeignRoutine, lowerWord(at(i).Text), i+1
	case at(0).is("ALTER") && (at(1).is("FUNCTION") || at(1).is("PROCEDURE")):
		f.Kind, f.Noun, i = ForeignRoutine, lowerWord(at(1).Text), 2
	default:
		return nil
	}
	if at(i).is("IF") {
		for i < len(toks) && !at(i).is("EXISTS") {
			i++
		}
		i++
	}
	f.Name, i = readName(toks, i)
	if f.Name == nil {
		return nil
	}
	// The rest: NAME = value pairs at any depth the statement writes them
	// (a routine's body is one string token, so its text is never read).
	for ; i+2 < len(toks); i++ {
		if toks[i+1].Type != parser.SecintLexerEQ || !IsWordType(toks[i].Type) {
			continue
		}
		switch key := UpperASCII(toks[i].Text); {
		case f.Kind == ForeignNetworkRule && key == "MODE":
			f.Mode, _ = readScalar(toks, i+2)
		case f.Kind == ForeignNetworkRule && key == "TYPE":
			f.Type, _ = readScalar(toks, i+2)
		case f.Kind == ForeignRoutine && key == "EXTERNAL_ACCESS_INTEGRATIONS":
			f.Accesses = readNameList(toks, i+2, false)
		case f.Kind == ForeignRoutine && key == "SECRETS":
			f.Secrets = readNameList(toks, i+2, true)
		}
	}
	return f
}

func lowerWord(s string) string {
	b := []byte(UpperASCII(s))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// readName reads a possibly qualified name at toks[i].
func readName(toks []Token, i int) (*Name, int) {
	if i >= len(toks) || !IsWordType(toks[i].Type) {
		return nil, i
	}
	n := &Name{}
	for i < len(toks) && IsWordType(toks[i].Type) {
		n.Parts = append(n.Parts, toks[i])
		if i+1 < len(toks) && toks[i+1].Type == parser.SecintLexerDOT {
			i += 2
			continue
		}
		i++
		break
	}
	n.Start, n.End = n.Parts[0].Start, n.Parts[len(n.Parts)-1].End
	return n, i
}

// readScalar reads a word (possibly qualified) or a string value at toks[i],
// and returns it with the index after it; nil when it is neither.
func readScalar(toks []Token, i int) (*Value, int) {
	if i >= len(toks) {
		return nil, i
	}
	t := toks[i]
	switch {
	case t.Type == parser.SecintLexerSTRING:
		return &Value{Kind: ValueString, Start: t.Start, End: t.End, Text: t.Text, Content: UnescapeString(t.Text)}, i + 1
	case IsWordType(t.Type):
		n, next := readName(toks, i)
		text := n.Parts[0].Text
		for _, p := range n.Parts[1:] {
			text += "." + p.Text
		}
		return &Value{Kind: ValueWord, Start: n.Start, End: n.End, Text: text, Content: n.Key(), Quoted: t.Type == parser.SecintLexerQUOTED_ID, Qualified: len(n.Parts) > 1}, next
	}
	return nil, i
}

// readNameList reads `( name [, ...] )`, or with pairs `( 'label' = name
// [, ...] )`, at toks[i]; nil when it is something else.
func readNameList(toks []Token, i int, pairs bool) *Value {
	if i >= len(toks) || toks[i].Type != parser.SecintLexerLPAREN {
		return nil
	}
	list := &Value{Kind: ValueList, Start: toks[i].Start}
	for i++; i < len(toks); {
		t := toks[i]
		switch {
		case t.Type == parser.SecintLexerRPAREN:
			list.End = t.End
			return list
		case t.Type == parser.SecintLexerCOMMA:
			i++
		case pairs && t.Type == parser.SecintLexerSTRING && i+1 < len(toks) && toks[i+1].Type == parser.SecintLexerEQ:
			v, next := readScalar(toks, i+2)
			if v == nil {
				return nil
			}
			v.Label = UnescapeString(t.Text)
			list.Items = append(list.Items, v)
			i = next
		case !pairs:
			v, next := readScalar(toks, i)
			if v == nil {
				return nil // not a list of names: read nothing from it
			}
			list.Items = append(list.Items, v)
			i = next
		default:
			return nil
		}
	}
	return nil
}
