package syntax

import (
	"github.com/secint/secint/parser"
	"github.com/secint/secint/validator/internal/catalog"
)

// Whether a token is part of a secret value, for every statement kind. The
// catalog says which names hold secrets (catalog.IsSecret); these two
// functions say which tokens of a statement belong to such a name's value.
// Nothing else in the engine names a secret property.

// SecretValueAt reports whether token i of a statement's tokens (comments
// left out) is part of a secret value: walking back, the first `NAME =` met
// names a secret. Hover uses it: the value is not shown, the name is.
func SecretValueAt(toks []Token, i int) bool {
	if i+1 < len(toks) && toks[i+1].Type == parser.SecintLexerEQ && IsWordType(toks[i].Type) {
		return false // a name, not a value
	}
	for j := i - 1; j >= 0; j-- {
		t := &toks[j]
		if t.Type == parser.SecintLexerCOMMA || t.Type == parser.SecintLexerSEMI {
			return false
		}
		if IsWordType(t.Type) && toks[j+1].Type == parser.SecintLexerEQ {
			return catalog.IsSecret(IdentKey(*t))
		}
	}
	return false
}

// MayHoldSecret reports whether messages must not repeat token i: it may be
// part of a secret value (inSecret), or is written against one
// (GluedToSecret). It is deliberately wider than SecretValueAt.
func MayHoldSecret(toks []Token, i int) bool {
	return inSecret(toks, i) || GluedToSecret(toks, i)
}

// inSecret reports whether token i may belong to a secret value: walking
// back, it meets a secret's name before any other `NAME =` or a comma. This
// is deliberately wide: a string that swallows the next property can leave
// the secret as a bare word further on.
func inSecret(toks []Token, i int) bool {
	if toks[i].Type == parser.SecintLexerEQ {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		t := &toks[j]
		if t.Type == parser.SecintLexerCOMMA || t.Type == parser.SecintLexerSEMI {
			return false
		}
		if IsWordType(t.Type) && catalog.IsSecret(IdentKey(*t)) {
			return true
		}
		if IsWordType(t.Type) && j+1 < len(toks) && toks[j+1].Type == parser.SecintLexerEQ {
			return false
		}
	}
	return false
}

// GluedToSecret reports whether token i is written against (no space before
// it) a token of a secret value, directly or through other glued tokens:
// '9abc' or 'x'abc read as one value to a person, so messages treat the
// glued part as secret too, even where the grammar reads it as the next
// property's name. A ',' or ';' ends the value.
func GluedToSecret(toks []Token, i int) bool {
	for ; i > 0 && toks[i].Start == toks[i-1].End; i-- {
		if tt := toks[i-1].Type; tt == parser.SecintLexerCOMMA || tt == parser.SecintLexerSEMI {
			return false
		}
		if inSecret(toks, i-1) {
			return true
		}
	}
	return false
}
