package validator

import (
	"strings"
	"testing"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/protocol"
)

const (
	warnStmt = "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n" // quoted-value, a warning
	errStmt2 = "ALTER INTEGRATION x SET ENABLED = 1;\n"                                     // wrong-value-type, an error
)

func countSeverity(diags []protocol.Diagnostic, sev protocol.Severity) int {
	n := 0
	for _, d := range diags {
		if d.Severity == sev && d.Code != "too-many-diagnostics" {
			n++
		}
	}
	return n
}

// An error after more warnings than the document's cap is still shown, and
// the note counts the warnings left out; the totals count everything.
func TestCapKeepsErrorsBeforeWarnings(t *testing.T) {
	text := strings.Repeat(warnStmt, 1200) + errStmt2
	an := Analyze(text)
	d := an.Diagnostics
	if len(d) != document.MaxPerDocument+1 {
		t.Fatalf("%d diagnostics, want %d and a note", len(d), document.MaxPerDocument)
	}
	if n := countSeverity(d, SeverityError); n != 1 {
		t.Fatalf("%d errors shown, want the one error", n)
	}
	if e := d[len(d)-2]; e.Code != "wrong-value-type" || e.Range.Start.Line != 1200 {
		t.Errorf("the last problem shown is %s on line %d, want the error on line 1200", e.Code, e.Range.Start.Line)
	}
	if note := d[len(d)-1]; note.Message != "201 more problems in this document are not shown (201 warnings)" {
		t.Errorf("note %q", note.Message)
	}
	if an.Totals != (document.Counts{1, 1200, 0, 0}) || an.Totals.Errors() != 1 {
		t.Errorf("totals %v, want 1 error and 1200 warnings", an.Totals)
	}
}

// The same through edits: the error typed at the end of a document already
// past the cap appears, and goes when it is fixed.
func TestCapKeepsErrorsWhileEditing(t *testing.T) {
	text := strings.Repeat(warnStmt, 1200)
	doc := NewDocument(text)
	if n := countSeverity(doc.Analysis().Diagnostics, SeverityWarning); n != document.MaxPerDocument {
		t.Fatalf("%d warnings shown, want %d", n, document.MaxPerDocument)
	}
	end := Position{Line: 1200}
	doc.Update([]Change{{Range: &Range{Start: end, End: end}, Text: errStmt2}})
	an := doc.Analysis()
	if n := countSeverity(an.Diagnostics, SeverityError); n != 1 || an.Totals.Errors() != 1 {
		t.Fatalf("after typing the error: %d shown, %d counted, want 1 and 1", n, an.Totals.Errors())
	}
	at := Position{Line: 1200, Character: 34}
	doc.Update([]Change{{Range: &Range{Start: at, End: Position{Line: 1200, Character: 35}}, Text: "TRUE"}})
	an = doc.Analysis()
	if n := countSeverity(an.Diagnostics, SeverityError); n != 0 || an.Totals.Errors() != 0 || an.Totals[1] != 1200 {
		t.Fatalf("after fixing it: %d errors shown, totals %v", n, an.Totals)
	}
}

// Within one statement too: 60 warnings (duplicated quoted enums give a
// warning each, and an error each from the second on), so build the
// statement from distinct warnings and end it with an error.
func TestStatementCapKeepsErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE")
	for range 60 {
		b.WriteString(" OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST'") // a duplicate (error) and a quoted value (warning) each
	}
	b.WriteString(" ENABLED = 1;")
	an := Analyze(b.String())
	d := an.Diagnostics
	errs := countSeverity(d, SeverityError)
	if errs != document.MaxPerStatement {
		t.Fatalf("%d errors shown, want %d (errors before warnings)", errs, document.MaxPerStatement)
	}
	last := d[len(d)-1]
	if last.Code != "too-many-diagnostics" || !strings.Contains(last.Message, "warnings)") || !strings.Contains(last.Message, " errors, ") {
		t.Errorf("note %q, want the errors and warnings left out counted", last.Message)
	}
	if an.Totals.Errors() <= document.MaxPerStatement || an.Totals[1] == 0 {
		t.Errorf("totals %v count only what is shown", an.Totals)
	}
}
