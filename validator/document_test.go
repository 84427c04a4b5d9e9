package validator

import (
	"math/rand"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
	"github.com/secint/secint/validator/worksheet"
)

// After any sequence of edits a Document must agree exactly with a fresh
// analysis of the same text: same tokens, same statements, same diagnostics.
func TestDocumentEditsMatchFreshAnalysis(t *testing.T) {
	var corpus []string
	for _, c := range loadCases(t) {
		corpus = append(corpus, c.sql)
	}
	// All of testdata: far larger than the first lexing window, so that edits
	// must meet the old tokens again rather than re-lex to the end.
	base := strings.Join(corpus, "\n")
	// Text the random edits insert: pieces that change how the lexer reads
	// what follows (quotes, comment starts, $$) as well as ordinary SQL.
	pieces := []string{"'", "''", "$$", "/*", "*/", "--", "\n", ";", "\"", "E+5", "1", "-", "/", "*",
		"ALTER INTEGRATION x SET ENABLED = TRUE;", "OAUTH_GRANT = 'JWT_BEARER'", "😀", "日本", " ", "(", ")", ",",
		"CREATE SECURITY INTEGRATION x TYPE = API_AUTHENTICATION OAUTH_GRANT = CLIENT_CREDENTIALS;"}
	rng := rand.New(rand.NewSource(7))
	doc := document.NewDocument(base)
	text := base
	for step := 0; step < 150; step++ {
		n := utf8.RuneCountInString(text)
		var changes []document.Change
		for k := 0; k < 1+rng.Intn(2); k++ {
			li := position.NewLineIndex(text)
			s := rng.Intn(n + 1)
			e := s + rng.Intn(min(8, n-s)+1)
			if rng.Intn(4) == 0 {
				e = s // pure insertion
			}
			ins := pieces[rng.Intn(len(pieces))]
			if rng.Intn(5) == 0 {
				ins = ""
			}
			r := li.RangeOf(s, e)
			changes = append(changes, document.Change{Range: &r, Text: ins})
			text = text[:li.ByteOffset(s)] + ins + text[li.ByteOffset(e):]
			n = utf8.RuneCountInString(text)
		}
		doc.Update(changes)
		if doc.Text() != text {
			t.Fatalf("step %d: text diverged", step)
		}
		compareAnalyses(t, step, doc.Analysis(), document.Analyze(text))
		if t.Failed() {
			return
		}
	}
}

func compareAnalyses(t *testing.T, step int, got, want *document.Analysis) {
	t.Helper()
	gotToks, wantToks := got.Tokens(), want.Tokens()
	if !reflect.DeepEqual(gotToks, wantToks) {
		for i := range wantToks {
			if i >= len(gotToks) || gotToks[i] != wantToks[i] {
				var g syntax.Token
				if i < len(gotToks) {
					g = gotToks[i]
				}
				t.Fatalf("step %d: token %d is %+v, want %+v", step, i, g, wantToks[i])
			}
		}
		t.Fatalf("step %d: %d tokens, want %d", step, len(gotToks), len(wantToks))
	}
	if !reflect.DeepEqual(got.Spans(), want.Spans()) {
		t.Fatalf("step %d: statement spans differ", step)
	}
	if len(got.Statements()) != len(want.Statements()) {
		t.Fatalf("step %d: %d statements, want %d", step, len(got.Statements()), len(want.Statements()))
	}
	for i := range want.Statements() {
		if !reflect.DeepEqual(got.Statements()[i], want.Statements()[i]) {
			t.Fatalf("step %d: statement %d differs:\n got  %+v\n want %+v", step, i, got.Statements()[i], want.Statements()[i])
		}
	}
	if !reflect.DeepEqual(got.Diagnostics, want.Diagnostics) {
		t.Fatalf("step %d: diagnostics differ:\n got  %+v\n want %+v", step, got.Diagnostics, want.Diagnostics)
	}
	if got.Totals != want.Totals {
		t.Fatalf("step %d: totals %v, want %v", step, got.Totals, want.Totals)
	}
}

func TestDocumentWholeReplacementAndCaches(t *testing.T) {
	doc := document.NewDocument("ALTER INTEGRATION a SET ENABLED = maybe;")
	doc.Update([]document.Change{{Text: "ALTER INTEGRATION b SET COMMENT = 1;"}})
	if d := doc.Analysis().Diagnostics; len(d) != 1 || d[0].Code != "wrong-value-type" {
		t.Fatalf("after replacement: %+v", d)
	}
	// Only a removed statement of ours is kept, for when it comes back.
	if g := doc.Graveyard.ByText; len(g) != 1 || g["ALTER INTEGRATION a SET ENABLED = maybe;"] == nil {
		t.Errorf("the graveyard holds %v", g)
	}
}

// A statement's checks depend on what earlier statements say about its
// integration: changing the CREATE must re-check the unchanged ALTER.
func TestDocumentRechecksWhenContextChanges(t *testing.T) {
	text := "CREATE SECURITY INTEGRATION i TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE " +
		"OAUTH_CLIENT_ID = 'c' OAUTH_CLIENT_SECRET = 's' OAUTH_GRANT = 'CLIENT_CREDENTIALS';\n" +
		"ALTER INTEGRATION i SET OAUTH_AUTHORIZATION_ENDPOINT = 'https://a', COMMENT = 'x';"
	doc := document.NewDocument(text)
	if d := doc.Analysis().Diagnostics; len(d) != 1 || d[0].Code != "flow-mismatch" {
		t.Fatalf("before: %+v", d)
	}
	at := strings.Index(text, "CLIENT_CREDENTIALS")
	r := doc.Lines.RangeOf(at, at+len("CLIENT_CREDENTIALS"))
	doc.Update([]document.Change{{Range: &r, Text: "AUTHORIZATION_CODE"}})
	if d := doc.Analysis().Diagnostics; len(d) != 0 {
		t.Fatalf("after the grant changed: %+v", d)
	}
}

// Memory stays bounded while a document is edited: after an edit has touched
// every statement, the document holds about what it held when it opened
// (not what every removed statement held), and the graveyard only the last
// updates' statements.
func TestDocumentMemoryAfterEditingEveryStatement(t *testing.T) {
	text := worksheet.Generate(256 << 10)
	before := liveHeap()
	doc := document.NewDocument(text)
	opened := liveHeap() - before
	edits := 0
	for i := len(doc.Segs) - 1; i >= 0; i-- {
		s := doc.Segs[i]
		k := strings.Index(s.Text, "api_int_")
		if k < 0 {
			continue
		}
		at := doc.Lines.Position(s.Start + k)
		r := protocol.Range{Start: at, End: protocol.Position{Line: at.Line, Character: at.Character + 3}}
		doc.Update([]document.Change{{Range: &r, Text: "API"}})
		edits++
	}
	now := liveHeap() - before
	t.Logf("%d edits: %.1f MiB retained, %.1f MiB when opened", edits, float64(now)/(1<<20), float64(opened)/(1<<20))
	if edits < 1000 {
		t.Fatalf("only %d edits", edits)
	}
	if now > opened*5/2 {
		t.Errorf("the document holds %d bytes after the edits, %d when it opened", now, opened)
	}
	if n := len(doc.Graveyard.Order); n > document.GraveyardUpdates {
		t.Errorf("the graveyard holds %d statements", n)
	}
	runtime.KeepAlive(doc)
}

// An ALTER SECRET is checked again when the TYPE of its CREATE SECRET changes.
func TestDocumentRechecksSecretWhenItsTypeChanges(t *testing.T) {
	text := "CREATE SECRET s TYPE = PASSWORD USERNAME = 'u' PASSWORD = 'p';\n" +
		"ALTER SECRET s SET SECRET_STRING = 'x';"
	doc := document.NewDocument(text)
	if d := doc.Analysis().Diagnostics; len(d) != 1 || d[0].Code != "foreign-property" {
		t.Fatalf("before: %+v", d)
	}
	at := strings.Index(text, "PASSWORD USERNAME")
	r := doc.Lines.RangeOf(at, at+len("PASSWORD USERNAME = 'u' PASSWORD = 'p'"))
	doc.Update([]document.Change{{Range: &r, Text: "GENERIC_STRING SECRET_STRING = 'y'"}})
	if d := doc.Analysis().Diagnostics; len(d) != 0 {
		t.Fatalf("after the type changed: %+v", d)
	}
}
