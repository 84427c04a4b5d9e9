package validator

// LexCount lexes text as the engine does and returns the number of tokens.
// It exists for `make bench` (issue 6): lexing alone is the floor the other
// figures are measured against, natively and in wasm.
func LexCount(text string) int { return len(lexDocument(text)) }
