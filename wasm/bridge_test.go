package main

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/secint/secint/validator"
)

func quiet(t *testing.T) {
	old := logf
	logf = func(string, ...any) {}
	t.Cleanup(func() { logf = old })
}

func code(err error) string {
	var be *bridgeError
	if errors.As(err, &be) {
		return be.Code
	}
	return ""
}

func TestProtectTurnsPanicsIntoErrors(t *testing.T) {
	quiet(t)
	v, err := protect("validate", func() (any, error) {
		var m map[string]int
		m["x"]++
		return 1, nil
	})
	if v != nil || code(err) != codePanic {
		t.Fatalf("got %v, %v; want nil and a panic error", v, err)
	}
	if !strings.Contains(err.Error(), "validate") || !strings.Contains(err.Error(), "nil map") {
		t.Errorf("message %q should name the export and the runtime error", err)
	}

	// A panic value that is not a runtime error may hold document text (a
	// secret): only its type is reported.
	_, err = protect("hover", func() (any, error) { panic("OAUTH_CLIENT_SECRET = 's3cr3t'") })
	if code(err) != codePanic || strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("got %v; want a panic error without the panic value", err)
	}

	v, err = protect("version", func() (any, error) { return "ok", nil })
	if v != "ok" || err != nil {
		t.Errorf("got %v, %v", v, err)
	}
}

func TestDocuments(t *testing.T) {
	b := newBridge()
	const bad = "ALTER SECURITY INTEGRATION x SET ENABLE = TRUE;"
	if err := b.open("file:///a", 1, bad); err != nil {
		t.Fatal(err)
	}
	if err := b.open("", 1, bad); code(err) != codeInvalid {
		t.Errorf("open without a URI: %v", err)
	}
	d, err := b.validate(docTarget("file:///a", 1))
	if err != nil || len(d) != 1 || d[0].Code != "unknown-property" {
		t.Fatalf("validate: %v %v", d, err)
	}

	if err := b.update("file:///a", 1, []Change{{Text: "x"}}); code(err) != codeStale {
		t.Errorf("update to the same version: %v", err)
	}
	if err := b.update("file:///b", 2, []Change{{Text: "x"}}); code(err) != codeNotOpen {
		t.Errorf("update of a document not open: %v", err)
	}
	if err := b.update("file:///a", 2, nil); code(err) != codeInvalid {
		t.Errorf("update without changes: %v", err)
	}
	// An edit at 0:0 comments the bad statement out, then the whole text is
	// replaced; changes apply in order.
	edit := Change{Range: &Range{}, Text: "-- "}
	if err := b.update("file:///a", 2, []Change{edit}); err != nil {
		t.Fatal(err)
	}
	if d, _ := b.validate(docTarget("file:///a", 2)); len(d) != 0 {
		t.Errorf("after commenting the statement out: %v", d)
	}
	if err := b.update("file:///a", 3, []Change{{Text: "SELECT 1"}, {Range: &Range{Start: Position{0, 8}, End: Position{0, 8}}, Text: ";"}}); err != nil {
		t.Fatal(err)
	}
	if err := b.update("file:///a", 2, []Change{{Text: "x"}}); code(err) != codeStale {
		t.Errorf("update back to an older version: %v", err)
	}

	if _, err := b.validate(docTarget("file:///a", 1)); code(err) != codeStale {
		t.Errorf("outdated version: %v", err)
	}
	if _, err := b.validate(docTarget("file:///a", 4)); code(err) != codeInvalid {
		t.Errorf("future version: %v", err)
	}
	if d, err := b.validate(docTarget("file:///a", 3)); err != nil || len(d) != 0 || d == nil {
		t.Errorf("after the update: %#v %v (want an empty, non-nil list)", d, err)
	}

	// Re-opening replaces, whatever the version (a restarted client does it).
	if err := b.open("file:///a", 1, bad); err != nil {
		t.Fatal(err)
	}
	if d, _ := b.validate(docTarget("file:///a", 1)); len(d) != 1 {
		t.Errorf("after re-open: %v", d)
	}
	if got := b.openDocuments(); !reflect.DeepEqual(got, []string{"file:///a"}) {
		t.Errorf("open documents: %v", got)
	}
	b.close("file:///a")
	b.close("file:///a") // twice is fine
	if _, err := b.validate(docTarget("file:///a", 1)); code(err) != codeNotOpen {
		t.Errorf("closed: %v", err)
	}
}

func TestQuestionsMatchTheEngine(t *testing.T) {
	b := newBridge()
	text := "-- 😀\nALTER SECURITY INTEGRATION x SET OAUTH_CLIENTID = 'a';\nALTER SECURITY INTEGRATION x SET OAUTH_"
	pos := Position{Line: 2, Character: 39}

	d, _ := b.validate(textTarget(text))
	if want := diagnostics(validator.Check(text)); !reflect.DeepEqual(d, want) {
		t.Errorf("validate: %v, want %v", d, want)
	}
	items, _ := b.complete(textTarget(text), pos)
	if want := validator.Complete(text, pos.engine()); len(items) != len(want) {
		t.Errorf("complete: %d items, want %d", len(items), len(want))
	}
	h, _ := b.hover(textTarget(text), Position{Line: 1, Character: 1})
	if want := validator.Hover(text, validator.Position{Line: 1, Character: 1}); (h == nil) != (want == nil) {
		t.Errorf("hover: %v, want %v", h, want)
	}
	r := Range{Start: Position{Line: 1}, End: Position{Line: 1, Character: 60}}
	acts, _ := b.codeActions(textTarget(text), r)
	if want := validator.CodeActions(text, r.engine()); len(acts) != len(want) {
		t.Errorf("codeActions: %d, want %d", len(acts), len(want))
	}
	if h, err := b.hover(textTarget("SELECT 1;"), Position{}); h != nil || err != nil {
		t.Errorf("hover on nothing: %v %v", h, err)
	}
}

// vert turns a nil slice into null and panics on named non-struct types: the
// boundary structs hold neither.
func TestBoundaryShapes(t *testing.T) {
	d := diagnostic(validator.Diagnostic{Code: "c", Severity: validator.SeverityWarning})
	if d.Fixes == nil || d.Severity != "warning" {
		t.Errorf("diagnostic: %#v", d)
	}
	if diagnostics(nil) == nil || edits(nil) == nil {
		t.Error("lists are never nil")
	}
	for _, v := range []any{Diagnostic{}, CompletionItem{}, Hover{}, CodeAction{}, Change{}, Info{}} {
		checkPlain(t, reflect.TypeOf(v))
	}
}

func checkPlain(t *testing.T, typ reflect.Type) {
	t.Helper()
	switch typ.Kind() {
	case reflect.Struct:
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if f.Tag.Get("js") == "" {
				t.Errorf("%s.%s has no js tag", typ.Name(), f.Name)
			}
			checkPlain(t, f.Type)
		}
	case reflect.Slice, reflect.Pointer:
		checkPlain(t, typ.Elem())
	case reflect.String, reflect.Int, reflect.Bool:
		if typ.PkgPath() != "" {
			t.Errorf("%s is a named type: vert cannot send it", typ)
		}
	default:
		t.Errorf("%s: a kind the boundary does not use", typ)
	}
}

// A diagnostic's ident tells apart whatever JavaScript could tell apart: any
// difference in what is sent gives another ident. The same diagnostic handed
// over again (same fixes) has the same ident; equal fixes in a new array
// count as new (an object too many, never a stale one).
func TestDiagnosticIdent(t *testing.T) {
	fixes := []validator.Fix{{Title: "t", Edits: []validator.TextEdit{{NewText: "x"}}}}
	base := validator.Diagnostic{Code: "c", Severity: validator.SeverityError, Message: "m",
		Range: validator.Range{Start: validator.Position{Line: 1, Character: 2}, End: validator.Position{Line: 3, Character: 4}}, Fixes: fixes}
	variants := []func(d *validator.Diagnostic){
		func(d *validator.Diagnostic) { d.Code = "d" },
		func(d *validator.Diagnostic) { d.Severity = validator.SeverityWarning },
		func(d *validator.Diagnostic) { d.Message = "m2" },
		func(d *validator.Diagnostic) { d.Range.Start.Line = 0 },
		func(d *validator.Diagnostic) { d.Range.End.Character = 5 },
		func(d *validator.Diagnostic) { d.Fixes = nil },
		func(d *validator.Diagnostic) { d.Fixes = append([]validator.Fix(nil), fixes...) },
	}
	seen := map[diagIdent]int{identOf(base): -1}
	for i, change := range variants {
		d := base
		change(&d)
		id := identOf(d)
		if j, dup := seen[id]; dup {
			t.Errorf("variant %d has the ident of %d", i, j)
		}
		seen[id] = i
	}
	again := base // the engine handing the same diagnostic over again
	if identOf(again) != identOf(base) {
		t.Error("the same diagnostic, two idents")
	}
}

// configure's settings apply to every later validate, of open documents (whose
// cached answer is dropped) and of texts; bad settings are refused and change
// nothing. (Unknown fields and shapes are refused by main.go's settingsArg,
// tested through the JS client: web/test/settings.test.js.)
func TestConfigure(t *testing.T) {
	b := newBridge()
	const sql = "ALTER SECURITY INTEGRATION x SET ENABLE = TRUE, ENABLED = 'TRUE';"
	b.open("file:///a", 1, sql)
	before, _ := b.validate(docTarget("file:///a", 1))
	if len(before) != 2 {
		t.Fatalf("before: %v", before)
	}
	if err := b.configure(validator.Settings{Rules: map[string]string{"unknown-property": "off", "quoted-value": "error"}}); err != nil {
		t.Fatal(err)
	}
	for _, tg := range []target{docTarget("file:///a", 1), textTarget(sql)} {
		d, err := b.validate(tg)
		if err != nil || len(d) != 1 || d[0].Code != "quoted-value" || d[0].Severity != "error" {
			t.Errorf("after configure: %v %v", d, err)
		}
	}
	if err := b.configure(validator.Settings{Rules: map[string]string{"quoted-value": "loud"}}); code(err) != codeInvalid {
		t.Errorf("a bad level: %v", err)
	}
	if err := b.configure(validator.Settings{Rules: map[string]string{"no-such-code": "off"}}); code(err) != codeInvalid {
		t.Errorf("an unknown code: %v", err)
	}
	if d, _ := b.validate(textTarget(sql)); len(d) != 1 {
		t.Errorf("a refused configure changed the settings: %v", d)
	}
	b.configure(validator.Settings{})
	if d, _ := b.validate(textTarget(sql)); len(d) != 2 {
		t.Errorf("empty settings: %v", d)
	}
}
