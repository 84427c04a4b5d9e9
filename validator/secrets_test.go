package validator

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/editor"
	"github.com/secint/secint/validator/internal/position"
	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// A property test of the promise that a secret never leaves the engine
// (docs/security.md): over generated worksheets that give OAUTH_CLIENT_SECRET
// values in every shape — quoted, $$, bare, double-quoted, unterminated,
// glued to other tokens, in a list, twice, given to UNSET, TAG, DESCRIBE,
// DROP, SHOW, another kind of integration, other SQL — with junk around
// them, no output ever holds a secret:
//
//   - Check: messages, fix titles, fix edits' new text; CodeActions' titles;
//   - Hover at every position;
//   - Complete at a sample of positions (and at every position of a secret
//     and its property): labels, details, documentation, insert text,
//     filter and sort text;
//   - FixAll: the fixed text holds each secret no more often than the input;
//   - RedactSecrets (the playground's share link): the redacted text holds
//     no secret at all;
//   - an open Document while the worksheet is typed character by character:
//     diagnostics, completion and hover at the caret at every step.
//
// Secrets are random strings of 8 to 24 letters and digits, so finding any 8
// of their characters in a row (in any case: names are folded to upper case)
// in an output means that the output repeats a secret.

const secretLetters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
const secretChars = secretLetters + "23456789"

// leakWindow: this many characters of a secret in a row are a leak.
const leakWindow = 8

type secretDoc struct {
	text    string
	secrets []string
	windows []string // every leakWindow-long piece of every secret, upper case
}

type secretGen struct {
	rng     *rand.Rand
	extra   string // junk from the fuzzer, if any
	secrets []string
}

func (g *secretGen) pick(xs ...string) string { return xs[g.rng.Intn(len(xs))] }
func (g *secretGen) chance(n int) bool        { return g.rng.Intn(n) == 0 }

// secret makes a new secret: a letter first, so that written bare it is one
// word.
func (g *secretGen) secret() string {
	n := 8 + g.rng.Intn(17)
	b := []byte{secretLetters[g.rng.Intn(len(secretLetters))]}
	for len(b) < n {
		b = append(b, secretChars[g.rng.Intn(len(secretChars))])
	}
	s := string(b)
	g.secrets = append(g.secrets, s)
	return s
}

// value writes a new secret in one of the shapes a value takes, well formed
// or not.
func (g *secretGen) value() string {
	s := g.secret()
	switch g.rng.Intn(24) {
	case 0, 1, 2:
		return "'" + s + "'"
	case 3:
		return "$$" + s + "$$"
	case 4, 5:
		return s // bare
	case 6:
		return `"` + s + `"`
	case 7:
		return "'" + s // unterminated: runs to the end of the document
	case 8:
		return "$$" + s
	case 9:
		return `"` + s
	case 10:
		return "'" + s + "'' and more'"
	case 11:
		return "'it''s " + s + "'"
	case 12:
		return "('" + s + "')"
	case 13:
		return "('" + s + "', '" + g.secret() + "')"
	case 14:
		return "'" + s + "' '" + g.secret() + "'"
	case 15:
		return s + "-" + g.secret() // bare words glued by symbols
	case 16:
		return "9" + s
	case 17:
		return s + "." + g.secret()
	case 18:
		return "-" + s
	case 19:
		return "'" + s + "'" + g.secret()
	case 20:
		// A word after the value, apart from it: that word is the next
		// property's name as the grammar reads it, and no secret.
		return s + " x"
	case 21:
		return "''" + s + "''"
	case 22:
		return "'" + s + "\\'" + "'"
	default:
		return "$$ " + s + "\n$$"
	}
}

// secretProperties are the catalog's secret properties, the integrations'
// and every other object's (secrets: OAUTH_REFRESH_TOKEN, PASSWORD,
// SECRET_STRING): the generator gives each of them secrets, so that a new
// secret row is tested with no change here.
func secretProperties() []string {
	var out []string
	rows := slices.Clone(catalog.Catalog)
	for _, o := range catalog.Objects {
		rows = append(rows, o.Catalog...)
	}
	for _, p := range rows {
		if p.Secret && !slices.Contains(out, p.Name) {
			out = append(out, p.Name)
		}
	}
	return out
}

// secretStatement is a secret's CREATE or ALTER with a secret value among
// its properties, or an external access integration that names secrets
// (whose hover summarises them): statements whose completion and hover read
// the secret catalog and the document's objects.
func (g *secretGen) secretStatement(name string) string {
	pool := []string{"COMMENT = 'c'", "USERNAME = 'u'", "API_AUTHENTICATION = api_int", "OAUTH_SCOPES = ('a')",
		"OAUTH_REFRESH_TOKEN_EXPIRY_TIME = '2030-01-01'", "ENABLED = TRUE", "ALGORITHM = GENERIC"}
	var items []string
	for i := g.rng.Intn(3); i > 0; i-- {
		items = append(items, g.pick(pool...))
	}
	items = append(items, g.secretProperty())
	typ := g.pick(catalog.SecretTypes()...)
	switch g.rng.Intn(3) {
	case 0:
		return g.pick("CREATE SECRET ", "CREATE OR REPLACE SECRET ", "CREATE SECRET IF NOT EXISTS ") + name + " TYPE = " + typ + " " + g.items(items, " ")
	case 1:
		return g.pick("ALTER SECRET ", "ALTER SECRET IF EXISTS ") + name + " SET " + g.items(items, ", ")
	}
	return "CREATE SECRET " + name + " TYPE = " + typ + " " + g.items(items, " ") +
		";\nCREATE EXTERNAL ACCESS INTEGRATION eai ALLOWED_NETWORK_RULES = (r) ALLOWED_AUTHENTICATION_SECRETS = (" + name +
		", other) ALLOWED_API_AUTHENTICATION_INTEGRATIONS = (api_int) ENABLED = TRUE;\nDESC SECRET " + name
}

// secretProperty is one of the catalog's secret properties given a new
// secret, spelled and separated in one of several ways.
func (g *secretGen) secretProperty() string {
	n := g.pick(secretProperties()...)
	// A misspelt name holds a secret too (one letter left out, or two
	// swapped): the engine would correct it to the secret's name.
	k := 1 + g.rng.Intn(len(n)-2)
	dropped := n[:k] + n[k+1:]
	swapped := n[:k] + n[k+1:k+2] + n[k:k+1] + n[k+2:]
	name := g.pick(n, n, strings.ToLower(n), strings.ToUpper(n[:1])+strings.ToLower(n[1:]), `"`+n+`"`, dropped, strings.ToLower(swapped))
	eq := g.pick(" = ", " = ", "=", " =\n    ", " /* the secret */ = ", " ", " = = ", " -- c\n = ")
	return name + eq + g.value()
}

var junkPieces = []string{"/* note */", "-- note\n", "\n", "  ", ",", "=", "(", ")", "x", "'q'", "$$q$$", `"Q"`, "1", "TRUE",
	"ENABLED = TRUE", "COMMENT = 'c'", "SET", "UNSET", "TAG", "😀", "日本", "\t", "OAUTH_CLIENTID = 'cid'", "\x00", "ENABLED",
	"OAUTH_GRANT = 'JWT_BEARER'", "IF EXISTS", "1.5E+3"}

// junk is something out of place: a piece of SQL, a comment, a symbol, or
// what the fuzzer gave.
func (g *secretGen) junk() string {
	if g.extra != "" && g.chance(2) {
		return g.extra
	}
	return junkPieces[g.rng.Intn(len(junkPieces))]
}

// items joins a statement's items, with junk now and then between them.
func (g *secretGen) items(items []string, sep string) string {
	g.rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString(g.pick(sep, sep, sep, " ", ", ", ",\n  "))
		}
		if g.chance(6) {
			b.WriteString(g.junk() + " ")
		}
		b.WriteString(it)
		if g.chance(8) {
			b.WriteString(" " + g.junk())
		}
	}
	return b.String()
}

// props is a list of ordinary properties with one or two secrets among them.
func (g *secretGen) props(create bool) []string {
	var out []string
	pool := []string{"ENABLED = TRUE", "OAUTH_CLIENT_ID = 'client'", "OAUTH_GRANT = 'CLIENT_CREDENTIALS'", "COMMENT = 'c'",
		"OAUTH_TOKEN_ENDPOINT = 'https://t.example.com'", "OAUTH_ALLOWED_SCOPES = ('a')", "OAUTH_CLIENTID = 'x'", "ENABLED = maybe",
		"OAUTH_CLIENT_AUTH_METHOD = CLIENT_SECRET_POST", "OAUTH_ACCESS_TOKEN_VALIDITY = -5"}
	if create {
		pool = append(pool, "AUTH_TYPE = OAUTH2", "TYPE = API_AUTHENTICATION")
	}
	for i := g.rng.Intn(4); i > 0; i-- {
		out = append(out, pool[g.rng.Intn(len(pool))])
	}
	out = append(out, g.secretProperty())
	if g.chance(4) {
		out = append(out, g.secretProperty()) // a duplicate
	}
	return out
}

func (g *secretGen) name() string {
	return g.pick("api_int", "my_int", `"My Int"`, "x", "db.x", "i1")
}

// statement is one statement with a secret somewhere in it.
func (g *secretGen) statement() string {
	name := g.name()
	alter := g.pick("ALTER SECURITY INTEGRATION ", "ALTER INTEGRATION ", "ALTER SECURITY INTEGRATION IF EXISTS ")
	switch g.rng.Intn(16) {
	case 0, 1, 2:
		head := g.pick("CREATE SECURITY INTEGRATION ", "CREATE OR REPLACE SECURITY INTEGRATION ", "CREATE SECURITY INTEGRATION IF NOT EXISTS ")
		return head + name + " TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 " + g.items(g.props(true), " ")
	case 3, 4, 5:
		return alter + name + " SET " + g.items(g.props(false), ", ")
	case 6:
		// several actions
		return alter + name + " SET ENABLED = TRUE UNSET COMMENT SET " + g.items(g.props(false), ", ")
	case 7:
		return alter + name + " UNSET " + g.items([]string{"COMMENT", g.secretProperty()}, ", ")
	case 8:
		return alter + name + g.pick(" SET TAG t = 'v', ", " UNSET TAG ", " SET TAG ") + g.secretProperty()
	case 9:
		return g.pick("DESCRIBE INTEGRATION ", "DROP INTEGRATION ", "DESC SECURITY INTEGRATION ") + name + " " + g.secretProperty()
	case 10:
		return "SHOW INTEGRATIONS LIKE 'x%' " + g.secretProperty()
	case 12, 13, 14:
		return g.secretStatement(name)
	case 11:
		// another kind of integration, created and then altered
		kind := g.pick("SAML2", "OAUTH", "EXTERNAL_OAUTH", "API_INTEGRATION")
		return "CREATE SECURITY INTEGRATION " + name + " TYPE = " + kind + " " + g.items(g.props(false), " ") +
			";\n" + alter + name + " SET " + g.secretProperty()
	default:
		// other SQL
		return g.pick("CREATE SECRET s TYPE = PASSWORD ", "SELECT * FROM t WHERE ", "CREATE STAGE st CREDENTIALS = (") + g.secretProperty()
	}
}

// genSecretDoc makes a worksheet of one to four statements with secrets,
// among other SQL and junk.
func genSecretDoc(seed int64, extra string) secretDoc {
	g := &secretGen{rng: rand.New(rand.NewSource(seed)), extra: extra}
	var b strings.Builder
	if g.chance(3) {
		b.WriteString("SELECT 1;\n")
	}
	for i := 1 + g.rng.Intn(4); i > 0; i-- {
		if g.chance(5) {
			b.WriteString(g.junk() + " ")
		}
		b.WriteString(g.statement())
		b.WriteString(g.pick(";\n", ";\n", ";", "\n;\n\n", " ;", "\n", ""))
	}
	d := secretDoc{text: b.String(), secrets: g.secrets}
	for _, s := range d.secrets {
		for i := 0; i+leakWindow <= len(s); i++ {
			d.windows = append(d.windows, strings.ToUpper(s[i:i+leakWindow]))
		}
	}
	return d
}

// leak returns the piece of a secret that out holds, or "".
func (d *secretDoc) leak(out string) string {
	if len(out) < leakWindow {
		return ""
	}
	up := strings.ToUpper(out)
	for _, w := range d.windows {
		if strings.Contains(up, w) {
			return w
		}
	}
	return ""
}

// checkSecrets checks every output for one document; full asks for hover
// and completion at every position and types the document character by
// character.
func checkSecrets(t *testing.T, d secretDoc, full bool, seenLeaks map[string]bool) {
	t.Helper()
	// fail reports a leak: kind names the output (and the diagnostic's
	// code), where says at which place or step. One report per kind, so that
	// one leak does not hide the others.
	fail := func(kind, where, out, w string) {
		t.Helper()
		if seenLeaks[kind] {
			return
		}
		seenLeaks[kind] = true
		t.Errorf("%s (%s) repeats a secret (%s):\n  output: %q\n  document: %q", kind, where, w, out, d.text)
	}
	an := document.Analyze(d.text)
	checkDiagnosticSecrets(d, an.Diagnostics, "Check", "", fail)
	for _, a := range editor.CodeActions(an, protocol.Range{End: protocol.Position{Line: 1 << 30}}) {
		if w := d.leak(a.Title); w != "" {
			fail("CodeActions title", "", a.Title, w)
		}
		for _, e := range a.Edits {
			if w := d.leak(e.NewText); w != "" {
				fail("CodeActions edit", "", e.NewText, w)
			}
		}
	}

	// Hover everywhere; completion at the positions in and around a secret
	// and at a sample of the others.
	lines := splitLinesUTF16(d.text)
	near := secretPlaces(d)
	rng := rand.New(rand.NewSource(int64(len(d.text))))
	for l, line := range lines {
		for c := 0; c <= len(line); c++ {
			p := protocol.Position{Line: l, Character: c}
			if h := editor.Hover(an, p); h != nil {
				if w := d.leak(h.Contents); w != "" {
					fail("Hover", fmt.Sprintf("at %d:%d", l, c), h.Contents, w)
				}
			}
			if full || near[p] || rng.Intn(8) == 0 {
				checkCompletionSecrets(d, editor.Complete(an, p), "Complete", fmt.Sprintf("at %d:%d", l, c), fail)
			}
		}
	}

	// Fixing never writes a secret again.
	fixed, _ := FixAll(d.text)
	for _, s := range d.secrets {
		if strings.Count(fixed, s) > strings.Count(d.text, s) {
			fail("FixAll", "the fixed text", fixed, s)
		}
	}

	// The share link.
	if w := d.leak(editor.RedactSecrets(d.text)); w != "" {
		fail("RedactSecrets", "the share link", editor.RedactSecrets(d.text), w)
	}

	if !full {
		return
	}
	// Typed character by character: at every step the diagnostics, and
	// completion and hover at the caret.
	doc := document.NewDocument("")
	typed := ""
	for i, r := range d.text {
		end := doc.Lines.Position(doc.Lines.RuneCount)
		doc.Update([]document.Change{{Range: &protocol.Range{Start: end, End: end}, Text: string(r)}})
		typed = d.text[:i+utf8.RuneLen(r)]
		an := doc.Analysis()
		checkDiagnosticSecrets(d, an.Diagnostics, "Check (typing)", fmt.Sprintf("after typing %q", typed), fail)
		caret := an.Lines.Position(an.Lines.RuneCount)
		checkCompletionSecrets(d, editor.Complete(an, caret), "Complete (typing)", fmt.Sprintf("after typing %q", typed), fail)
		if h := editor.Hover(an, caret); h != nil {
			if w := d.leak(h.Contents); w != "" {
				fail("Hover (typing)", fmt.Sprintf("after typing %q", typed), h.Contents, w)
			}
		}
	}
	if doc.Text() != d.text {
		t.Fatalf("typing gave %q, want %q", doc.Text(), d.text)
	}
}

func checkDiagnosticSecrets(d secretDoc, diags []protocol.Diagnostic, kind, where string, fail func(kind, where, out, w string)) {
	for _, x := range diags {
		if w := d.leak(x.Message); w != "" {
			fail(kind+" "+x.Code+" message", where, x.Message, w)
		}
		for _, f := range x.Fixes {
			if w := d.leak(f.Title); w != "" {
				fail(kind+" "+x.Code+" fix title", where, f.Title, w)
			}
			for _, e := range f.Edits {
				if w := d.leak(e.NewText); w != "" {
					fail(kind+" "+x.Code+" fix edit", where, e.NewText, w)
				}
			}
		}
	}
}

func checkCompletionSecrets(d secretDoc, items []protocol.CompletionItem, kind, where string, fail func(kind, where, out, w string)) {
	for _, it := range items {
		for _, out := range []string{it.Label, it.Detail, it.Documentation, it.InsertText, it.FilterText, it.SortText} {
			if w := d.leak(out); w != "" {
				fail(kind+" item", where+": "+it.Label, out, w)
			}
		}
	}
}

// secretPlaces are the positions from the start of the secret property's
// name before each secret to the end of the secret.
func secretPlaces(d secretDoc) map[protocol.Position]bool {
	out := map[protocol.Position]bool{}
	li := position.NewLineIndex(d.text)
	upper := strings.ToUpper(d.text)
	for _, s := range d.secrets {
		at := strings.Index(d.text, s)
		if at < 0 {
			continue
		}
		from := -1
		for _, n := range secretProperties() {
			from = max(from, strings.LastIndex(upper[:at], n))
		}
		if from < 0 {
			from = at
		}
		for i := from; i <= at+len(s); i++ {
			if utf8.RuneStart(byteAt(d.text, i)) {
				out[li.Position(utf8.RuneCountInString(d.text[:i]))] = true
			}
		}
	}
	return out
}

// secretDocs is how many worksheets TestSecretsNeverLeak checks
// (SECINT_SECRET_DOCS to change it); one in fullEvery is also typed.
func secretDocs() int {
	if n, err := strconv.Atoi(os.Getenv("SECINT_SECRET_DOCS")); err == nil && n > 0 {
		return n
	}
	if testing.Short() {
		return 100
	}
	return 300
}

const fullEvery = 20

func TestSecretsNeverLeak(t *testing.T) {
	n := secretDocs()
	seen := map[string]bool{} // the kinds of leak reported
	for seed := 0; seed < n; seed++ {
		d := genSecretDoc(int64(seed), "")
		if len(d.secrets) == 0 {
			t.Fatalf("seed %d: no secret in %q", seed, d.text)
		}
		checkSecrets(t, d, seed%fullEvery == 0, seen)
	}
}

// FuzzSecrets runs the property test on worksheets made from a seed, with
// junk from the fuzzer among the generated junk. Junk that would change how
// the secrets are read — an unclosed string, quoted name or comment, which
// turns what follows into its own text, or the name of the property — is
// left out: the property is about values of OAUTH_CLIENT_SECRET.
func FuzzSecrets(f *testing.F) {
	for seed := int64(0); seed < 40; seed++ {
		f.Add(seed, junkPieces[seed%int64(len(junkPieces))])
	}
	f.Add(int64(7), "ALTER INTEGRATION x SET")
	f.Add(int64(8), "'a' 'b' $$c$$")
	f.Fuzz(func(t *testing.T, seed int64, junk string) {
		// Valid UTF-8, as an editor's text always is (see FuzzDocumentEdits).
		junk = strings.ToValidUTF8(junk, "\uFFFD")
		if !safeJunk(junk) {
			junk = ""
		}
		checkSecrets(t, genSecretDoc(seed, junk), seed%fullEvery == 0, map[string]bool{})
	})
}

func safeJunk(s string) bool {
	if len(s) > 200 || strings.Contains(strings.ToUpper(s), "SECRET") {
		return false
	}
	for _, tok := range syntax.LexDocument(s) {
		if syntax.IsUnterminated(tok.Type) {
			return false
		}
	}
	// A line comment would swallow what follows on its line.
	return !strings.Contains(s, "--") || strings.HasSuffix(s, "\n")
}

// The smallest inputs of the leaks the property test found, kept as cases of their own.
func TestSecretLeakRegressions(t *testing.T) {
	const secret = "Secretvalue1"
	d := secretDoc{secrets: []string{secret}}
	for i := 0; i+leakWindow <= len(secret); i++ {
		d.windows = append(d.windows, strings.ToUpper(secret[i:i+leakWindow]))
	}
	for _, name := range secretProperties() {
		for _, text := range []string{
			// Tokens glued to a bare or quoted secret are part of it (as
			// RedactSecrets reads them); followed by '=', the grammar reads
			// them as the next property's name, which unknown-property names.
			"ALTER SECURITY INTEGRATION i SET " + name + " = 9" + secret + " = 'x';",
			"ALTER SECURITY INTEGRATION i SET " + name + " = 'abc'" + secret + " = 'x';",
			"CREATE SECURITY INTEGRATION i TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 " + name + " = 9" + secret + " = TRUE;",
			// A property whose value is missing, before the secret:
			// RedactSecrets takes the name for a value (as in TYPE = PASSWORD)
			// and leaves the secret in the share link.
			"ALTER INTEGRATION i SET COMMENT = " + name + " = '" + secret + "';",
			"ALTER INTEGRATION i SET = " + name + " = '" + secret + "';",
			// A misspelt secret name still holds a secret (SPEC: treated as
			// the name the engine would correct it to).
			"ALTER INTEGRATION i SET " + name[:len(name)-2] + name[len(name)-1:] + " = '" + secret + "';",
		} {
			d.text = text
			t.Run(text, func(t *testing.T) {
				checkSecrets(t, d, true, map[string]bool{})
				if got := RedactSecrets(text); strings.Contains(got, secret) {
					t.Errorf("RedactSecrets left the secret: %q", got)
				}
			})
		}
	}
}

// A second secret property added to the catalog is protected everywhere
// (messages, hovers, completions, fixes, share links) with no other change:
// the secrecy checks above loop over the catalog, and the engine asks the
// catalog alone. The row is a throwaway, removed after the test.
func TestNewSecretRowIsProtected(t *testing.T) {
	remove := catalog.AddForTest(&catalog.PropertyInfo{
		Name: "OAUTH_PRIVATE_KEY", Type: catalog.TypeString, Flows: catalog.FlowAll,
		Unset: catalog.UnsetNotDocumented, InCreate: true, InSet: true, Secret: true,
		Summary: "A throwaway secret property of the secrecy test.",
	})
	defer remove()
	if got := secretProperties(); len(got) < 2 {
		t.Fatalf("the catalog's secret properties are %v: the row was not added", got)
	}
	seen := map[string]bool{}
	found := 0
	for seed := 0; seed < 150; seed++ {
		d := genSecretDoc(int64(seed), "")
		if strings.Contains(strings.ToUpper(d.text), "OAUTH_PRIVATE_KEY") {
			found++
		}
		checkSecrets(t, d, seed%fullEvery == 0, seen)
	}
	if found == 0 {
		t.Fatal("no generated worksheet gave the new secret property a value")
	}
	TestSecretLeakRegressions(t)
}

// The engine and the WebAssembly module cannot send a secret anywhere, nor
// run anything: neither links a package that opens connections, starts
// processes, loads code or executes templates (docs/security.md). The
// command line links net/http for `secint serve` alone.
func TestEngineCannotReachOut(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		t.Fatalf("no go tool at %s: cannot list the dependencies", goTool)
	}
	forbidden := map[string]bool{"net": true, "net/http": true, "crypto/tls": true, "os/exec": true, "plugin": true,
		"text/template": true, "html/template": true, "os/signal": true, "log/syslog": true, "net/rpc": true, "net/smtp": true}
	for _, c := range []struct {
		pkg  string
		goos string
	}{
		{"github.com/secint/secint/validator", ""},
		{"github.com/secint/secint/wasm", "js"},
	} {
		cmd := exec.Command(goTool, "list", "-deps", c.pkg)
		cmd.Dir = ".."
		cmd.Env = os.Environ()
		if c.goos != "" {
			cmd.Env = append(cmd.Env, "GOOS="+c.goos, "GOARCH=wasm")
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", c.pkg, err, out)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 10 {
			t.Fatalf("go list -deps %s: %q", c.pkg, out)
		}
		for _, d := range deps {
			if forbidden[d] {
				t.Errorf("%s (GOOS=%s) depends on %s", c.pkg, c.goos, d)
			}
		}
	}
}
