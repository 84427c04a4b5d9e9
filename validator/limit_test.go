package validator

import (
	"strings"
	"testing"

	"github.com/secint/secint/validator/protocol"
)

// A limited document past its limit is kept, not checked: one diagnostic
// says so, the editor features answer without a panic, edits apply to the
// text, and once they bring it under the limit it is checked as any other.
func TestLimitedDocument(t *testing.T) {
	stmt := "ALTER INTEGRATION x SET ENABLED = maybe;\n"
	big := strings.Repeat(stmt, 100) // 4,100 bytes
	d := NewLimitedDocument(big, 4000)
	an := d.Analysis()
	if len(an.Diagnostics) != 1 || an.Diagnostics[0].Code != "document-too-large" {
		t.Fatalf("over the limit: %+v", an.Diagnostics)
	}
	want := "this document is 4.0 KiB, more than the 3.9 KiB that secint checks as you type, so nothing in it is checked: " +
		"split it into smaller documents, or check it with the command line (secint check)"
	if got := an.Diagnostics[0]; got.Message != want || got.Severity != SeverityWarning ||
		got.Range != (protocol.Range{End: protocol.Position{Character: len(stmt) - 1}}) {
		t.Errorf("got %+v\nwant the message %q on the first line", got, want)
	}
	an.Complete(protocol.Position{Line: 3, Character: 5})
	an.Hover(protocol.Position{Line: 3, Character: 5})
	an.CodeActions(protocol.Range{End: protocol.Position{Line: 5}})

	// Deleting the first three lines brings it under: checked, as Check would.
	three := protocol.Range{End: protocol.Position{Line: 3}}
	d.Update([]Change{{Range: &three, Text: ""}})
	if d.Text() != big[3*len(stmt):] {
		t.Fatalf("text after the edit is not the edited text")
	}
	if got, want := len(d.Analysis().Diagnostics), len(Check(d.Text())); got != want || got != 97 {
		t.Errorf("under the limit again: %d diagnostics, want %d (97)", got, want)
	}
	// And a paste that takes it over again drops back to the one diagnostic.
	end := protocol.Position{Line: 97}
	d.Update([]Change{{Range: &protocol.Range{Start: end, End: end}, Text: stmt + stmt + stmt + stmt}})
	if an := d.Analysis(); len(an.Diagnostics) != 1 || an.Diagnostics[0].Code != "document-too-large" || d.Text() != big+stmt {
		t.Errorf("over again: %d diagnostics, text of %d bytes", len(an.Diagnostics), len(d.Text()))
	}
	// A whole new text under the limit.
	d.Update([]Change{{Text: stmt}})
	if got := d.Analysis().Diagnostics; len(got) != 1 || got[0].Code != "invalid-enum-value" {
		t.Errorf("whole replacement: %+v", got)
	}
	// No limit, or a text within it: an ordinary document.
	if got := NewLimitedDocument(big, 0).Analysis().Diagnostics; len(got) != 100 {
		t.Errorf("no limit: %d diagnostics, want 100", len(got))
	}
}

// A statement of ours with more tokens than any real one is not parsed: one
// note says so, and the statement after it is checked as usual.
func TestStatementTooLong(t *testing.T) {
	text := "ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = " + strings.Repeat("(", 200_000) + ";\nALTER INTEGRATION y SET ENABLED = maybe;"
	got := diagSummary(text)
	want := []string{
		"out-of-scope: this statement has 200008 tokens, more than the 131072 that secint checks in one statement, so it is not checked",
		"invalid-enum-value: MAYBE is not a value of ENABLED, which takes TRUE or FALSE",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
