package validator

import (
	"fmt"
	"testing"

	"github.com/secint/secint/validator/worksheet"
)

// Native figures for issue 6's table (the wasm ones come from make bench).

func benchDoc(b *testing.B, size int) string {
	b.Helper()
	doc := worksheet.Generate(size)
	b.SetBytes(int64(len(doc)))
	return doc
}

func BenchmarkLex1MB(b *testing.B) {
	doc := benchDoc(b, 1<<20)
	for b.Loop() {
		lexDocument(doc)
	}
}

func BenchmarkValidate1MB(b *testing.B) {
	doc := benchDoc(b, 1<<20)
	for b.Loop() {
		Check(doc)
	}
}

// One character typed in the middle of a 1 MB document, then diagnostics.
func BenchmarkEdit1MB(b *testing.B) {
	doc := NewDocument(worksheet.Generate(1 << 20))
	mid := doc.lines.position(len([]rune(doc.Text())) / 2)
	r := Range{Start: mid, End: mid}
	del := Range{Start: mid, End: Position{mid.Line, mid.Character + 1}}
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			doc.Update([]Change{{Range: &r, Text: "x"}})
		} else {
			doc.Update([]Change{{Range: &del, Text: ""}})
		}
		_ = doc.Analysis().Diagnostics
	}
}

// Each iteration checks a statement of another name, so that no cache keyed
// by its text can answer for the engine.
func BenchmarkValidateStatement(b *testing.B) {
	stmts := make([]string, 1024)
	for i := range stmts {
		stmts[i] = fmt.Sprintf("CREATE SECURITY INTEGRATION s%04d TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE "+
			"OAUTH_CLIENT_ID = 'client' OAUTH_CLIENT_SECRET = 'secret' OAUTH_GRANT = 'CLIENT_CREDENTIALS' "+
			"OAUTH_TOKEN_ENDPOINT = 'https://auth.example.com/token' OAUTH_ALLOWED_SCOPES = ('read', 'write');", i)
	}
	b.SetBytes(int64(len(stmts[0])))
	for i := 0; b.Loop(); i++ {
		Check(stmts[i%len(stmts)])
	}
}

// Completion at a caret in an open 1 MB document.
func BenchmarkComplete1MB(b *testing.B) {
	doc := NewDocument(worksheet.Generate(1 << 20))
	an := doc.Analysis()
	at := an.lines.position(len([]rune(doc.Text())) / 2)
	for b.Loop() {
		an.Complete(at)
	}
}
