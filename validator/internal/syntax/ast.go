// Package syntax lexes a worksheet (with the generated ANTLR lexer, through
// the token source of lexstream.go), classifies and parses one statement
// (parse.go, parsestream.go) into the small tree of ast.go, words syntax
// errors for people (syntax.go), and says which tokens hold a secret
// (secret.go).
package syntax

import (
	"strings"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/rules"
)

// The syntax tree the checks, completion and hover work on. It is built from
// ANTLR's parse tree and keeps only what they need. Offsets are rune offsets
// into the document.

// ValueKind is the shape of a written value.
type ValueKind int

const (
	ValueString ValueKind = iota // '...'
	ValueDollar                  // $$...$$
	ValueNumber                  // 42, -1, 1.5
	ValueWord                    // TRUE, CLIENT_SECRET_POST, "quoted"
	ValueList                    // ( ... )
	// ValueVariable is a session variable ($name): its value is known only
	// when the statement runs, so it is never checked against a type.
	ValueVariable
)

// Value is a property or tag value as written.
type Value struct {
	Kind       ValueKind
	Start, End int
	Text       string   // the source text (for a list: empty)
	Content    string   // strings: the unescaped content; words: the name as Snowflake reads it
	Negative   bool     // a number written with '-'
	Quoted     bool     // a word written as "quoted identifier" (a part of it, when qualified)
	Qualified  bool     // a word of several parts (db.schema.name); Text joins them with '.'
	Label      string   // in a routine's SECRETS list, the variable the secret is bound to
	Items      []*Value // lists
	// TrailingComma is a list's ',' after its last item, or nil.
	TrailingComma *Token
}

// IsString reports whether the value is a string literal of either form.
func (v *Value) IsString() bool { return v.Kind == ValueString || v.Kind == ValueDollar }

// Name is a possibly dotted name: an integration, a property or a tag.
type Name struct {
	Parts      []Token
	Start, End int
	key        string
}

// Key is the name as Snowflake compares it: unquoted parts folded to upper
// case, quoted parts kept; parts joined by '.'. The parser computes it once.
func (n *Name) Key() string {
	if n.key == "" {
		n.key = nameKey(n.Parts)
	}
	return n.key
}

func nameKey(parts []Token) string {
	s := ""
	for i := range parts {
		if i > 0 {
			s += "."
		}
		s += IdentKey(parts[i])
	}
	return s
}

// Property is one `NAME = value` item (also a tag assignment, and, with a nil
// Value, an UNSET item).
type Property struct {
	Name       *Name
	Eq         *Token
	Value      *Value
	Start, End int
	Index      int // place in its list, for fixes that remove it
}

// ActionKind is one of ALTER's four actions.
type ActionKind int

const (
	ActionSet ActionKind = iota
	ActionUnset
	ActionSetTag
	ActionUnsetTag
	// ActionRefresh is REFRESH <what>, an action of SAML2 and Snowflake
	// OAuth integrations; its one item is what is refreshed.
	ActionRefresh
)

func (k ActionKind) String() string {
	return [...]string{"SET", "UNSET", "SET TAG", "UNSET TAG", "REFRESH"}[k]
}

// Action is one ALTER action with its items.
type Action struct {
	Kind       ActionKind
	Keyword    Token // SET, UNSET or REFRESH
	Tag        *Token
	Items      []*Property
	Start, End int
}

// Statement is one statement of our family. Its offsets (and those of all it
// holds) count from the statement's start, which stands at rune offset Base
// and byte offset BaseByte of the document: a parse is cached by the
// statement's text and placed wherever that text stands, without copying.
type Statement struct {
	Kind       StatementKind
	Base       int // rune offset of the statement in the document
	BaseByte   int // byte offset of the statement in the document
	Start, End int // 0 and the statement's length in runes, ';' included
	Tokens     []Token

	First       Token   // the statement's first keyword
	OrReplace   []Token // OR REPLACE
	IfNotExists []Token
	IfExists    []Token
	Name        *Name
	KindWords   []Token     // SECURITY, API, EXTERNAL ACCESS, ...
	Properties  []*Property // CREATE's properties
	Actions     []*Action   // ALTER's actions
	DropOption  *Token      // CASCADE or RESTRICT
	Like        *Value      // SHOW's pattern
	In          []Token     // SHOW's IN and the words after it

	// ErrorAt is where the statement stops parsing (math.MaxInt when it
	// parses); the tree holds only what ends before it.
	ErrorAt int
	Syntax  *rules.Finding
	// Gaps are what the parse skipped after the syntax error: from it to
	// where a later property resumed the list (recover.go), and on to the end.
	Gaps []Gap
	// Unterminated is set when the statement runs into an unclosed string,
	// identifier or comment; it is then not checked further.
	Unterminated bool
}

// IdentKey returns an identifier as Snowflake compares it.
func IdentKey(t Token) string {
	if len(t.Text) >= 2 && t.Text[0] == '"' {
		return UnquoteIdent(t.Text)
	}
	return UpperASCII(t.Text)
}

func UnquoteIdent(s string) string {
	s = s[1 : len(s)-1]
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i])
		if s[i] == '"' && i+1 < len(s) && s[i+1] == '"' {
			i++
		}
	}
	return string(out)
}

func UpperASCII(s string) string {
	i := 0
	for i < len(s) && !('a' <= s[i] && s[i] <= 'z') {
		i++
	}
	if i == len(s) {
		return s // nothing to change: no copy
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// UnescapeString returns the content of a '...' or $$...$$ literal.
func UnescapeString(s string) string {
	if len(s) >= 4 && s[:2] == "$$" {
		return s[2 : len(s)-2]
	}
	if len(s) < 2 {
		return ""
	}
	s = s[1 : len(s)-1]
	if !strings.ContainsAny(s, `'\\`) && utf8.ValidString(s) {
		return s // nothing escaped nor invalid: no copy
	}
	out := make([]rune, 0, len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == '\'' && i+1 < len(rs) && rs[i+1] == '\'':
			out = append(out, '\'')
			i++
		case c == '\\' && i+1 < len(rs):
			i++
			switch rs[i] {
			case 'n':
				out = append(out, '\n')
			case 't':
				out = append(out, '\t')
			case 'r':
				out = append(out, '\r')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '0':
				out = append(out, 0)
			default:
				out = append(out, rs[i])
			}
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

func ShiftToken(t Token, d, db int) Token {
	t.Start += d
	t.End += d
	t.StartByte += db
	t.EndByte += db
	return t
}
