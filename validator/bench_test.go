package validator

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/editor"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
	"github.com/secint/secint/validator/worksheet"
)

// Native figures for the speed table (the wasm ones come from make bench).

func benchDoc(b *testing.B, size int) string {
	b.Helper()
	doc := worksheet.Generate(size)
	b.SetBytes(int64(len(doc)))
	return doc
}

func BenchmarkLex1MB(b *testing.B) {
	doc := benchDoc(b, 1<<20)
	for b.Loop() {
		syntax.LexDocument(doc)
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
	doc := document.NewDocument(worksheet.Generate(1 << 20))
	mid := doc.Lines.Position(len([]rune(doc.Text())) / 2)
	r := protocol.Range{Start: mid, End: mid}
	del := protocol.Range{Start: mid, End: protocol.Position{Line: mid.Line, Character: mid.Character + 1}}
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			doc.Update([]document.Change{{Range: &r, Text: "x"}})
		} else {
			doc.Update([]document.Change{{Range: &del, Text: ""}})
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
	doc := document.NewDocument(worksheet.Generate(1 << 20))
	an := doc.Analysis()
	at := midCaret(b, doc.Text())
	if len(editor.Complete(an, at)) == 0 {
		b.Fatal("no completion items at the caret")
	}
	for b.Loop() {
		editor.Complete(an, at)
	}
}

// The benchmarks' worksheet holds a few errors on purpose, and nothing else
// to complain about: each planted statement gets its two errors.
func TestWorksheetHasOnlyPlantedErrors(t *testing.T) {
	text := worksheet.Generate(100 << 10)
	planted := strings.Count(text, "OAUTH_CLIENTID")
	if planted == 0 {
		t.Fatal("no planted errors")
	}
	diags := Check(text)
	for _, d := range diags {
		if d.Code != "unknown-property" && d.Code != "invalid-enum-value" {
			t.Errorf("unplanted diagnostic %s: %s", d.Code, d.Message)
		}
	}
	if len(diags) != 2*planted {
		t.Errorf("%d diagnostics for %d planted statements, want two each", len(diags), planted)
	}
}

// midCaret is a caret in the middle of text where properties are completed:
// after "SET " in an ALTER of an integration created earlier.
func midCaret(b *testing.B, text string) protocol.Position {
	b.Helper()
	mid := len(text) / 2
	i := strings.Index(text[mid:], "SET ENABLED")
	if i < 0 {
		b.Fatal("no ALTER … SET ENABLED after the middle")
	}
	at := mid + i + len("SET ")
	return position.NewLineIndex(text).Position(utf8.RuneCountInString(text[:at]))
}

// A quote typed in the middle of a 1 MB document (the rest of it becomes one
// unclosed string), then removed: the worst ordinary keystroke.
func BenchmarkEditQuote1MB(b *testing.B) {
	doc := document.NewDocument(worksheet.Generate(1 << 20))
	at := midCaret(b, doc.Text())
	r := protocol.Range{Start: at, End: at}
	del := protocol.Range{Start: at, End: protocol.Position{Line: at.Line, Character: at.Character + 1}}
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			doc.Update([]document.Change{{Range: &r, Text: "'"}})
		} else {
			doc.Update([]document.Change{{Range: &del, Text: ""}})
		}
		_ = doc.Analysis().Diagnostics
	}
}

// The whole-setup worksheet: every object kind and link, repeated.
func BenchmarkValidateSetup1MB(b *testing.B) {
	doc := worksheet.GenerateSetup(1 << 20)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Check(doc)
	}
}

// One character typed into a secret's scope in the middle of the
// whole-setup worksheet: the statement is parsed again and its links, and
// those of every statement that reads the secret, checked again.
func BenchmarkEditSetup1MB(b *testing.B) {
	text := worksheet.GenerateSetup(1 << 20)
	doc := document.NewDocument(text)
	mid := len(text) / 2
	i := strings.Index(text[mid:], "OAUTH_SCOPES = ('read'")
	if i < 0 {
		b.Fatal("no secret scope after the middle")
	}
	at := doc.Lines.Position(utf8.RuneCountInString(text[:mid+i+len("OAUTH_SCOPES = ('re")]))
	r := protocol.Range{Start: at, End: at}
	del := protocol.Range{Start: at, End: protocol.Position{Line: at.Line, Character: at.Character + 1}}
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			doc.Update([]document.Change{{Range: &r, Text: "x"}})
		} else {
			doc.Update([]document.Change{{Range: &del, Text: ""}})
		}
		_ = doc.Analysis().Diagnostics
	}
}
