package validator

import (
	"fmt"
	"math/rand"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/editor"
	"github.com/secint/secint/validator/protocol"
	"github.com/secint/secint/validator/worksheet"
)

// Hostile inputs: what an editor may be handed by a paste, a wrong
// file or a fuzzer. Each must finish, with sensible diagnostics (capped per
// statement and per document, with the final note where a cap applies), with
// every range valid, and with retained memory in proportion to the input.
//
// Times are never asserted: a test fails only when its work has not finished
// after hostileTimeout, which is tens of times what it takes. The figures
// for growth with size are the benchmarks' (hostile_bench_test.go).

const hostileTimeout = 5 * time.Minute

// A shape of hostile input, made to about a given size in bytes. The
// benchmarks run every shape at 1 KB … 1 MB; the tests below use the sizes
// the issue names.
type hostileShape struct {
	name string
	make func(size int) string
}

var hostileShapes = []hostileShape{
	{"random-bytes", randomBytes},
	{"invalid-utf8-nul", invalidUTF8},
	{"unterminated-string", func(n int) string { return unterminatedDoc("'", n) }},
	{"unterminated-dollar", func(n int) string { return unterminatedDoc("$$", n) }},
	{"unterminated-comment", func(n int) string { return unterminatedDoc("/*", n) }},
	{"open-parens", func(n int) string { return parensHead + strings.Repeat("(", n) }},
	{"tokens-no-semicolon", func(n int) string { return noSemicolon(n / 4) }},
	{"empty-statements", func(n int) string { return strings.Repeat(";", n) }},
	{"statements-with-errors", func(n int) string { return repeatTo(errStmt+"\n", n) }},
	{"single-line-ascii", func(n int) string { return repeatTo(errStmt+" ", n) }},
	{"single-line-emoji", func(n int) string { return "SELECT '😀'; " + repeatTo(errStmt+" ", n) }},
	{"property-list-create", func(n int) string { return propertyList("create", n/16) }},
	{"property-list-set", func(n int) string { return propertyList("set", n/16) }},
	{"property-list-unset", func(n int) string { return propertyList("unset", n/10) }},
	{"property-list-tags", func(n int) string { return propertyList("tags", n/10) }},
	{"property-list-scopes", func(n int) string { return propertyList("scopes", n/5) }},
	{"property-list-distinct", func(n int) string { return propertyList("distinct", n/11) }},
}

// errStmt is one statement with one error (invalid-enum-value).
const errStmt = "ALTER INTEGRATION x SET ENABLED = maybe;"

const parensHead = "ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = "

func repeatTo(unit string, size int) string {
	return strings.Repeat(unit, max(1, size/len(unit)))
}

func randomBytes(n int) string {
	b := make([]byte, n)
	rand.New(rand.NewSource(int64(n))).Read(b)
	return string(b)
}

// invalidUTF8 mixes statements of ours with NUL bytes and every kind of bad
// UTF-8 (a lone continuation byte, a truncated sequence, an overlong form, an
// encoded surrogate, bytes that never occur), inside names, strings,
// comments, values and between tokens.
func invalidUTF8(n int) string {
	bad := []string{"\x00", "\xff", "\x80", "\xe6\x97", "\xc0\xaf", "\xed\xa0\x80", "\xfe\xfe", "\xf4\x90\x80\x80", "\x00\x00\x00"}
	units := []string{
		"ALTER INTEGRATION x%s SET ENABLED = TRUE;\n",
		"ALTER SECURITY INTEGRATION x SET COMMENT = 'a%sb', OAUTH_CLIENTID = 'c';\n",
		"CREATE SECURITY INTEGRATION \"n%s\" TYPE = API_AUTHENTICATION ENABLED = maybe;\n",
		"/* %s */ ALTER INTEGRATION y UNSET COMMENT%s;\n",
		"ALTER INTEGRATION z SET OAUTH_GRANT = %s;\n",
		"SELECT '%s' FROM t; -- %s\n",
		"ALTER INTEGRATION w SET TAG t%s = 'v' %s;\n",
	}
	rng := rand.New(rand.NewSource(2))
	var b strings.Builder
	for b.Len() < n {
		u := units[rng.Intn(len(units))]
		args := make([]any, strings.Count(u, "%s"))
		for i := range args {
			args[i] = bad[rng.Intn(len(bad))]
		}
		fmt.Fprintf(&b, u, args...)
	}
	return b.String()
}

// unterminatedDoc opens a string, $$ string or comment at the start of a
// worksheet that never closes it: everything after it belongs to it.
func unterminatedDoc(open string, n int) string {
	body := worksheet.Generate(n)
	switch open {
	case "'":
		body = strings.ReplaceAll(body, "'", `"`)
	case "/*":
		body = strings.ReplaceAll(body, "*/", "* /")
	case `"`:
		body = strings.ReplaceAll(body, `"`, "'")
	}
	return open + body
}

// noSemicolon is an ALTER of about n tokens with no ';': words, numbers,
// strings, '=', ',' and parentheses.
func noSemicolon(n int) string {
	words := []string{"ENABLED", "=", "x", "1", "'y'", ",", "(", ")", "COMMENT", "SET", "TRUE", "$$z$$", "\"q\"", "1.5E+3", "-"}
	var b strings.Builder
	b.WriteString("ALTER SECURITY INTEGRATION x SET ")
	for i := 0; i < n; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	return b.String()
}

// propertyList is one statement with n items in a list: CREATE properties,
// SET properties, UNSET items, tags, or scopes. Items repeat, some are
// unknown and some have wrong values, so that a statement has far more than
// MaxPerStatement problems (except scopes, which may repeat).
func propertyList(kind string, n int) string {
	n = max(n, 1)
	var b strings.Builder
	switch kind {
	case "create":
		b.WriteString("CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2")
		items := []string{" ENABLED = maybe", " OAUTH_CLIENTID = 'c'", " COMMENT = 'c'", " OAUTH_ACCESS_TOKEN_VALIDITY = -1"}
		for i := 0; i < n; i++ {
			b.WriteString(items[i%len(items)])
		}
	case "set":
		b.WriteString("ALTER SECURITY INTEGRATION x SET ")
		items := []string{"ENABLED = maybe", "OAUTH_CLIENTID = 'c'", "COMMENT = 'c'", "OAUTH_GRANT = 'NOPE'"}
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(items[i%len(items)])
		}
	case "unset":
		b.WriteString("ALTER SECURITY INTEGRATION x UNSET ")
		items := []string{"COMMENT", "OAUTH_CLIENT_ID", "FROB", "ENABLED"}
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(items[i%len(items)])
		}
	case "tags":
		b.WriteString("ALTER SECURITY INTEGRATION x SET TAG ")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("t = 'v'")
		}
	case "distinct":
		// Names that are all different and all unknown.
		b.WriteString("ALTER SECURITY INTEGRATION x SET ")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "P%d = 1", i)
		}
	case "scopes":
		b.WriteString("ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = (")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("'s'")
		}
		b.WriteString(")")
	}
	b.WriteString(";")
	return b.String()
}

// --- the harness ---

// hostileRun is what one hostile input gave: the open Document (held, as an
// editor holds it) and the heap it retains.
type hostileRun struct {
	doc      *document.Document
	an       *document.Analysis // the document's analysis before the edit
	diags    []protocol.Diagnostic
	retained uint64 // bytes of heap the document holds, measured after GC
}

// runHostile opens text as a Document within hostileTimeout, measures the
// heap it retains, checks the invariants of its diagnostics, asks for
// completion and hover at a few places and applies one edit in the middle;
// all without a panic and within the timeout.
func runHostile(t *testing.T, name, text string) hostileRun {
	t.Helper()
	var run hostileRun
	within(t, name, func() {
		before := liveHeap()
		doc := document.NewDocument(text)
		after := liveHeap()
		run.doc, run.an, run.diags = doc, doc.Analysis(), doc.Analysis().Diagnostics
		if after > before {
			run.retained = after - before
		}
		runtime.KeepAlive(doc)
	})
	checkHostileDiagnostics(t, name, text, run.diags)
	within(t, name+": editor questions", func() {
		an := run.an
		lines := splitLinesUTF16(text)
		end := protocol.Position{Line: len(lines) - 1, Character: len(lines[len(lines)-1])}
		mid := an.Lines.Position(an.Lines.RuneCount / 2)
		for _, p := range []protocol.Position{{}, mid, end, {Line: len(lines) + 5, Character: 1 << 30}} {
			checkCompletion(t, "("+name+")", lines, p, editor.Complete(an, p))
			checkHover(t, "("+name+")", lines, p, editor.Hover(an, p))
		}
		// An edit in the middle: the document follows it.
		run.doc.Update([]document.Change{{Range: &protocol.Range{Start: mid, End: mid}, Text: "ALTER INTEGRATION q SET ENABLED = x;"}})
		if got := len(run.doc.Text()); got != len(text)+len("ALTER INTEGRATION q SET ENABLED = x;") {
			t.Errorf("%s: after an edit the text has %d bytes", name, got)
		}
		if d := run.doc.Analysis().Diagnostics; len(d) > document.MaxPerDocument+1 {
			t.Errorf("%s: after an edit, %d diagnostics", name, len(d))
		}
		// Undone, it is the document it was (an Analysis lasts only until
		// the next Update, so the callers get the new one).
		added := run.doc.Lines.Position(run.doc.Lines.RuneOffset(mid) + len("ALTER INTEGRATION q SET ENABLED = x;"))
		run.doc.Update([]document.Change{{Range: &protocol.Range{Start: mid, End: added}, Text: ""}})
		if run.doc.Text() != text {
			t.Fatalf("%s: undoing the edit did not give the text back", name)
		}
		run.an = run.doc.Analysis()
		if !reflect.DeepEqual(run.an.Diagnostics, run.diags) {
			t.Errorf("%s: undoing the edit did not give the diagnostics back", name)
		}
	})
	return run
}

// within runs fn and fails the test if it panics or has not returned after
// hostileTimeout (a hang, or work that grows far faster than the input).
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		fn()
	}()
	select {
	case p := <-done:
		if p != nil {
			t.Fatalf("%s: panic: %v", what, p)
		}
	case <-time.After(hostileTimeout):
		t.Fatalf("%s: not finished after %v", what, hostileTimeout)
	}
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

var capNoteRE = regexp.MustCompile(`^([0-9]+) more problems in this (statement|document) are not shown \(([0-9]+ [a-z]+(, [0-9]+ [a-z]+)*)\)$`)

// checkHostileDiagnostics: the invariants of every diagnostic, at most
// MaxPerStatement (and a note) per statement, at most MaxPerDocument (and a
// note) in all, and a note of each kind exactly where its cap applies.
func checkHostileDiagnostics(t *testing.T, name, text string, diags []protocol.Diagnostic) {
	t.Helper()
	// checkInvariants, without quoting a text of megabytes, and converting
	// offsets the slow way only for the first and last diagnostics.
	lines := splitLinesUTF16(text)
	for i, d := range diags {
		if msg := badRange(lines, d.Range); msg != "" {
			t.Fatalf("%s: %s: %s: range %+v", name, d.Code, msg, d.Range)
		}
		if d.StartOffset < 0 || d.StartOffset > d.EndOffset || d.EndOffset > len(text) {
			t.Fatalf("%s: %s: bad offsets %d..%d", name, d.Code, d.StartOffset, d.EndOffset)
		}
		if i < 3 || i >= len(diags)-3 {
			if s, e := positionOfByte(text, d.StartOffset), positionOfByte(text, d.EndOffset); s != d.Range.Start || e != d.Range.End {
				t.Fatalf("%s: %s: offsets %d..%d are %+v..%+v, but the range is %+v", name, d.Code, d.StartOffset, d.EndOffset, s, e, d.Range)
			}
		}
		if d.Message == "" || d.Severity == "" || d.Code == "" {
			t.Fatalf("%s: empty field in %+v", name, d)
		}
		for _, fx := range d.Fixes {
			for _, e := range fx.Edits {
				if msg := badRange(lines, e.Range); msg != "" {
					t.Fatalf("%s: %s: fix %q: %s: range %+v", name, d.Code, fx.Title, msg, e.Range)
				}
			}
		}
	}
	if len(diags) > document.MaxPerDocument+1 {
		t.Fatalf("%s: %d diagnostics, more than the cap of %d and its note", name, len(diags), document.MaxPerDocument)
	}
	for i, d := range diags {
		if d.Code != "too-many-diagnostics" {
			continue
		}
		m := capNoteRE.FindStringSubmatch(d.Message)
		if m == nil || d.Severity != protocol.SeverityInfo {
			t.Fatalf("%s: note %q (%s)", name, d.Message, d.Severity)
		}
		if m[2] == "document" && i != len(diags)-1 {
			t.Fatalf("%s: the document's note is diagnostic %d of %d, not the last", name, i, len(diags))
		}
	}
}

// notes returns the cap notes: how many more in statements, in the document.
func notes(diags []protocol.Diagnostic) (statement []string, document string) {
	for _, d := range diags {
		if m := capNoteRE.FindStringSubmatch(d.Message); d.Code == "too-many-diagnostics" && m != nil {
			if m[2] == "document" {
				document = m[1]
			} else {
				statement = append(statement, m[1])
			}
		}
	}
	return statement, document
}

func codes(diags []protocol.Diagnostic) map[string]int {
	out := map[string]int{}
	for _, d := range diags {
		out[d.Code]++
	}
	return out
}

// boundRetained fails when a document holds more heap than bytesPerByte for
// each byte of its text, plus 4 MiB for fixed costs (the parser's ATN and
// DFA caches warm up once per process, catalog, maps' minimum sizes).
//
// The bound is set from the data the engine keeps, at most: one Token (64
// bytes: type, four offsets, a text that shares the document's bytes, a
// flag) for each byte of input, since every token takes at least one byte;
// with a slice's spare capacity (up to a quarter, as large slices grow),
// 80 bytes per byte. The statements of our family hold their tokens once
// more, and a small AST. The line index takes 17 bytes per line, at most one
// per byte. So 200 bytes per byte is what a linear engine can never exceed
// on inputs where every byte is a token of ours; 40 on ordinary text. What
// the bound catches is growth beyond linear — a copy of the text per
// statement, a cache that keeps every old version — which passes any
// constant soon enough.
func boundRetained(t *testing.T, name string, size int, run hostileRun, bytesPerByte int) {
	t.Helper()
	limit := uint64(size*bytesPerByte + 4<<20)
	t.Logf("%s: %d bytes of input, %d diagnostics, %.1f MiB retained (%.1f bytes per byte; bound %d)",
		name, size, len(run.diags), float64(run.retained)/(1<<20), float64(run.retained)/float64(size), bytesPerByte)
	if run.retained > limit {
		t.Errorf("%s: the document retains %.1f MiB for %.1f MiB of text: more than %d bytes per byte",
			name, float64(run.retained)/(1<<20), float64(size)/(1<<20), bytesPerByte)
	}
}

// --- the tests ---

const mb = 1 << 20

func TestHostileRandomBytes(t *testing.T) {
	text := randomBytes(mb)
	run := runHostile(t, "1 MB of random bytes", text)
	boundRetained(t, "random bytes", len(text), run, 200)
}

func TestHostileInvalidUTF8AndNUL(t *testing.T) {
	text := invalidUTF8(mb)
	if utf8.ValidString(text) || !strings.Contains(text, "\x00") {
		t.Fatal("the input should hold invalid UTF-8 and NUL bytes")
	}
	run := runHostile(t, "invalid UTF-8 and NUL", text)
	boundRetained(t, "invalid UTF-8 and NUL", len(text), run, 200)
	// Statements with bad bytes are still checked: the document has far more
	// than a thousand problems.
	if _, doc := notes(run.diags); doc == "" {
		t.Errorf("no note of problems past the document's cap: %v", codes(run.diags))
	}
	// A lone NUL is not a problem in itself: this statement is clean.
	if d := Check("ALTER INTEGRATION x SET COMMENT = 'a\x00b';"); len(d) != 0 {
		t.Errorf("NUL in a string: %+v", d)
	}
}

// An unterminated string, $$ string, quoted name or comment at the start of a
// 1 MB document swallows it all: exactly one diagnostic, at the opener.
func TestHostileUnterminatedAtStart(t *testing.T) {
	for _, c := range []struct{ open, code string }{
		{"'", "unterminated-string"}, {"$$", "unterminated-string"},
		{"/*", "unterminated-comment"}, {`"`, "unterminated-identifier"},
	} {
		text := unterminatedDoc(c.open, mb)
		run := runHostile(t, c.open+" at the start", text)
		want := protocol.Range{End: protocol.Position{Character: len(c.open)}}
		if len(run.diags) != 1 || run.diags[0].Code != c.code || run.diags[0].Range != want {
			t.Errorf("%s at the start of 1 MB: %d diagnostics, %v; want one %s at %+v", c.open, len(run.diags), codes(run.diags), c.code, want)
		}
		boundRetained(t, c.open+" at the start", len(text), run, 40)
		// Nothing to complete or explain inside it.
		if items := editor.Complete(run.an, protocol.Position{Line: 3, Character: 2}); len(items) != 0 {
			t.Errorf("%s: completion inside the unterminated text: %d items", c.open, len(items))
		}
	}
}

// 100,000 '(': alone (not our SQL: nothing to say), and as the value of a
// property, where the statement has one syntax error and the next statement
// is still checked.
func TestHostileOpenParens(t *testing.T) {
	parens := strings.Repeat("(", 100_000)
	run := runHostile(t, "100,000 (", parens)
	if len(run.diags) != 0 {
		t.Errorf("100,000 '(' alone: %v", codes(run.diags))
	}
	boundRetained(t, "100,000 (", len(parens), run, 200)
	for _, head := range []string{
		parensHead,
		"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION OAUTH_ALLOWED_SCOPES = ('a', ",
		"ALTER INTEGRATION x SET TAG t = ",
		"ALTER INTEGRATION x SET ENABLED = ",
	} {
		text := head + parens + ";\n" + errStmt
		run := runHostile(t, head+"(((…", text)
		c := codes(run.diags)
		if c["syntax-error"] != 1 || c["invalid-enum-value"] != 1 || len(run.diags) != 2 {
			t.Errorf("%s(((…;: %v; want one syntax-error and the next statement's invalid-enum-value", head, c)
		}
		boundRetained(t, head+"(((…", len(text), run, 200)
	}
}

// 100,000 tokens with no ';': one statement, one syntax error; the same as
// a statement nobody checks.
func TestHostileTokensWithoutSemicolon(t *testing.T) {
	text := noSemicolon(100_000)
	run := runHostile(t, "100,000 tokens", text)
	if c := codes(run.diags); c["syntax-error"] != 1 || len(run.diags) > document.MaxPerStatement+1 {
		t.Errorf("100,000 tokens in an ALTER: %v", c)
	}
	boundRetained(t, "100,000 tokens", len(text), run, 200)

	other := "SELECT " + strings.Repeat("a, 'b', 1 + ", 33_334)
	run = runHostile(t, "100,000 tokens of a SELECT", other)
	if len(run.diags) != 0 {
		t.Errorf("100,000 tokens in a SELECT: %v", codes(run.diags))
	}
}

// 100,000 empty statements, in three spellings, then one with an error: only
// that error, on the line where it stands.
func TestHostileEmptyStatements(t *testing.T) {
	for _, unit := range []string{";", " ;\n", "/* */;"} {
		text := strings.Repeat(unit, 100_000) + errStmt
		run := runHostile(t, fmt.Sprintf("100,000 × %q", unit), text)
		wantLine := strings.Count(text, "\n")
		if len(run.diags) != 1 || run.diags[0].Code != "invalid-enum-value" || run.diags[0].Range.Start.Line != wantLine {
			t.Errorf("100,000 × %q then an error: %+v", unit, run.diags)
		}
		boundRetained(t, fmt.Sprintf("100,000 × %q", unit), len(text), run, 200)
	}
}

// 100,000 statements with an error each: the first thousand are shown, and
// a note says how many more there are.
func TestHostileDocumentCap(t *testing.T) {
	text := strings.Repeat(errStmt+"\n", 100_000)
	run := runHostile(t, "100,000 errors", text)
	if len(run.diags) != document.MaxPerDocument+1 {
		t.Fatalf("%d diagnostics, want %d and a note", len(run.diags), document.MaxPerDocument)
	}
	if _, doc := notes(run.diags); doc != "99000" {
		t.Errorf("the document's note says %q more, want 99000", doc)
	}
	boundRetained(t, "100,000 errors", len(text), run, 200)
}

// A 10 MB single line: a worksheet pasted with its line breaks lost, with an
// emoji near its start so that the line is not plain ASCII (positions on it
// are then counted character by character). It opens with 1,200 statements
// with an error each, then runs on for 10 MB of other SQL with one more of
// ours every 64 KB: the cap applies, and the note is the last word.
//
// The layout is what keeps this test to seconds with today's engine. A line
// denser in statements of ours grows super-linearly, to minutes at 10 MB:
// see BenchmarkHostile/single-line-* and docs/security.md (the check
// cache's key holds the whole line before each statement; each kept
// diagnostic's position is found by scanning the line from its start).
func TestHostileLongLine(t *testing.T) {
	filler := "SELECT id, name, created_at FROM analytics.events WHERE kind = 'login' AND note <> 'x;y' /* c */ OR 1 = 1; "
	unit := strings.Repeat(filler, 64<<10/len(filler)) + errStmt + " "
	text := "SELECT '😀'; " + strings.Repeat(errStmt+" ", 1200) + repeatTo(unit, 10*mb)
	if strings.Contains(text, "\n") || len(text) < 10*mb {
		t.Fatal("want one line of 10 MB")
	}
	run := runHostile(t, "10 MB line", text)
	if len(run.diags) != document.MaxPerDocument+1 {
		t.Fatalf("%d diagnostics, want %d and a note", len(run.diags), document.MaxPerDocument)
	}
	if _, doc := notes(run.diags); doc != fmt.Sprint(strings.Count(text, errStmt)-document.MaxPerDocument) {
		t.Errorf("the document's note says %q more, want %d", doc, strings.Count(text, errStmt)-document.MaxPerDocument)
	}
	for _, d := range run.diags {
		if d.Range.Start.Line != 0 || d.Range.End.Line != 0 {
			t.Fatalf("a diagnostic off the only line: %+v", d.Range)
		}
	}
	// The end of the line, 10 MB along it: positions still agree.
	end := run.an.Lines.Position(run.an.Lines.RuneCount)
	if want := positionOfByte(text, len(text)); end != want {
		t.Errorf("the end of the line is %+v, want %+v", end, want)
	}
	boundRetained(t, "10 MB line", len(text), run, 40)
}

// Lists of 10,000 items: CREATE properties, SET properties, UNSET items,
// tags, scopes, and 10,000 different unknown properties. Each statement
// shows MaxPerStatement problems and a note.
//
// The last takes seconds (the others a fraction of one): each unknown name's
// suggestion looks for every catalog name among all the items, which is
// quadratic in the list's length (see BenchmarkHostile/check/property-list-distinct).
func TestHostilePropertyLists(t *testing.T) {
	for _, kind := range []string{"create", "set", "unset", "tags", "scopes", "distinct"} {
		text := propertyList(kind, 10_000)
		run := runHostile(t, "10,000 "+kind, text)
		stmt, _ := notes(run.diags)
		switch kind {
		case "scopes":
			// The same scope many times over is allowed.
			if len(run.diags) != 0 {
				t.Errorf("10,000 scopes: %v", codes(run.diags))
			}
		default:
			if len(run.diags) != document.MaxPerStatement+1 || len(stmt) != 1 {
				t.Errorf("10,000 %s: %d diagnostics (%v), want %d and a note", kind, len(run.diags), codes(run.diags), document.MaxPerStatement)
			}
		}
		boundRetained(t, "10,000 "+kind, len(text), run, 200)
	}
}
