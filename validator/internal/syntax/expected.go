package syntax

import (
	"github.com/antlr4-go/antlr/v4"

	"github.com/secint/secint/parser"
)

// The grammar's own answer to "what may come next", which completion is
// tested against. ANTLR's expected-token set at an error is no good for this:
// after an optional part it names only what follows the part. So each
// candidate is tried instead: the tokens so far, the candidate, and a token
// no rule takes, which makes the parser stop and say where it stopped.

// FollowsGrammar reports whether the tokens of a statement's beginning
// (comments left out, no ';') still follow the grammar.
func FollowsGrammar(toks []Token) bool {
	return firstError(toks, -1) >= len(toks)
}

// Accepts reports whether the grammar takes a token of type tt right after
// toks.
func Accepts(toks []Token, tt int) bool {
	return firstError(toks, tt) > len(toks)
}

// firstError parses toks, then a token of type next (when next >= 0), then
// the stop token, and returns the index of the first token the parser
// rejects.
func firstError(toks []Token, next int) int {
	probe := make([]Token, len(toks), len(toks)+2)
	copy(probe, toks)
	end := 0
	if n := len(toks); n > 0 {
		end = toks[n-1].End
	}
	if next >= 0 {
		probe = append(probe, Token{Type: next, Text: "x", Start: end + 1, End: end + 2})
		end += 2
	}
	probe = append(probe, Token{Type: parser.SecintLexerOTHER, Text: "\x00", Start: end + 1, End: end + 2})
	r := parseRuns.Get().(*parseRun)
	defer parseRuns.Put(r)
	p := r.p
	r.in.reset(probe, end+2)
	p.SetErrorHandler(r.recovery)
	p.SetInputStream(&r.in)
	p.SetError(nil)
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeLL)
	r.errs = syntaxListener{}
	p.AddErrorListener(&r.errs)
	p.Statement()
	p.RemoveErrorListeners()
	errs := r.errs
	r.errs = syntaxListener{}
	if errs.offending == nil {
		return len(probe)
	}
	return errs.offending.GetTokenIndex()
}
