// Command wasm is the WebAssembly bridge between JavaScript and the secint
// engine (package validator). Build it with GOOS=js GOARCH=wasm (see `make
// wasm`); the JavaScript side lives in web/.
//
// The bridge is thin on purpose: it keeps the open documents (by URI and
// version), turns JavaScript arguments into engine calls, and turns the
// engine's answers into plain structs for the boundary. Everything a user sees
// is decided in validator/.
//
// This file and boundary.go hold no syscall/js, so that the document store, the
// conversions and the panic recovery are tested natively by `go test ./...`.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sort"

	"github.com/secint/secint/validator"
)

// version is the engine's version, reported by the version() export. Its
// one source is the file VERSION at the top of the repository, which `make
// wasm` stamps with -ldflags '-X main.version=...'; other builds say "dev".
var version = "dev"

// protocol is the version of the bridge's calling convention. The JavaScript
// client refuses a module whose protocol it does not speak (an old cached
// secint.wasm next to a new worker file, say).
const protocol = 4 // 2: redactSecrets; 3: fixAll and configure; 4: validateVisible

// Error codes of the error values the exports return. The JavaScript client
// relies on them, so they never change meaning.
const (
	codeInvalid = "invalid-argument" // an argument of the wrong shape
	codeNotOpen = "not-open"         // a document reference to a URI that is not open
	codeStale   = "stale"            // a version older than the document's
	codePanic   = "panic"            // a bug in the engine, recovered
	codeUnknown = "unknown-method"   // no such export
)

// errorCodes lists the codes above, for the contract test that holds
// web/src/protocol.js to them.
var errorCodes = []string{codeInvalid, codeNotOpen, codeStale, codePanic, codeUnknown}

// methods are the exports of the module (main.go registers exactly these),
// the list web/src/protocol.js's METHODS must equal.
var methods = []string{"open", "update", "close", "validate", "validateVisible", "complete", "hover", "codeActions", "version", "redactSecrets", "fixAll", "configure"}

// bridgeError is an error value as JavaScript receives it: a stable code and
// a message for people.
type bridgeError struct {
	Code    string
	Message string
}

func (e *bridgeError) Error() string { return e.Code + ": " + e.Message }

func errorf(code, format string, args ...any) error {
	return &bridgeError{Code: code, Message: fmt.Sprintf(format, args...)}
}

// protect runs one export, turning a panic into an error value so that the Go
// runtime never exits because of a bug in the engine. The message names the
// export and, for runtime errors (index out of range, nil dereference), what
// went wrong; it never carries a value the engine panicked with, which could
// hold document text and so a secret. The stack goes to standard error (the
// browser console), which holds function names and numbers only.
func protect(name string, fn func() (any, error)) (result any, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		what := fmt.Sprintf("%T", r)
		if re, ok := r.(runtime.Error); ok {
			what = re.Error()
		}
		logf("secint: recovered from a panic in %s (%s)\n%s", name, what, debug.Stack())
		result = nil
		err = &bridgeError{Code: codePanic, Message: fmt.Sprintf("internal error in %s (%s); the engine is still running", name, what)}
	}()
	return fn()
}

// logf writes to standard error; a variable so that tests stay quiet.
var logf = func(format string, args ...any) {
	println(fmt.Sprintf(format, args...))
}

// target is what a request is about: a text given with the request, or an
// open document at a given version.
type target struct {
	text    string
	uri     string
	version int
	isDoc   bool
}

// textTarget and docTarget build targets.
func textTarget(text string) target { return target{text: text} }
func docTarget(uri string, version int) target {
	return target{uri: uri, version: version, isDoc: true}
}

// document is an open document at its latest version. The engine's Document
// keeps what it can between versions, so that an edit costs what it touches.
type document struct {
	version int
	doc     *validator.Document
}

// bridge holds the open documents. It is used from one goroutine only (the
// JavaScript event loop calls the exports one at a time).
type bridge struct {
	docs     map[string]*document
	settings validator.Settings // from configure: applied to every validate
}

func newBridge() *bridge { return &bridge{docs: map[string]*document{}} }

// open starts tracking a document. Opening a URI that is open already
// replaces it: the client re-opens its documents after it restarts a worker,
// and the last word is the client's.
func (b *bridge) open(uri string, version int, text string) error {
	if uri == "" {
		return errorf(codeInvalid, "open needs a document URI")
	}
	// Past LiveLimit a document is kept, not checked: one diagnostic says so.
	d := validator.NewLimitedDocument(text, validator.LiveLimit)
	if b.settings.Context != nil {
		d.SetContext(b.settings.Context)
	}
	b.docs[uri] = &document{version: version, doc: d}
	return nil
}

// update applies the changes of a new version, in order, as LSP's
// TextDocumentContentChangeEvent: a change with a range replaces that range
// (UTF-16 positions in the document as the previous changes left it); one
// without replaces the whole text.
func (b *bridge) update(uri string, version int, changes []Change) error {
	d, ok := b.docs[uri]
	if !ok {
		return errorf(codeNotOpen, "update of a document that is not open (%s)", uri)
	}
	if version <= d.version {
		return errorf(codeStale, "update to version %d of %s, which is at version %d already", version, uri, d.version)
	}
	if len(changes) == 0 {
		return errorf(codeInvalid, "update needs at least one change")
	}
	engine := make([]validator.Change, len(changes))
	for i, c := range changes {
		engine[i] = validator.Change{Text: c.Text}
		if c.Range != nil {
			r := c.Range.engine()
			engine[i].Range = &r
		}
	}
	d.doc.Update(engine)
	d.version = version
	return nil
}

// configure replaces the settings (rule levels, include and exclude globs,
// the objects made outside the documents) that every later validate
// applies; settings with an unknown code or level are refused and change
// nothing. The open documents are checked again in the new context.
func (b *bridge) configure(s validator.Settings) error {
	if err := s.Check(); err != nil {
		return errorf(codeInvalid, "configure: settings: %v", err)
	}
	if s.Context != nil || b.settings.Context != nil {
		for _, d := range b.docs {
			d.doc.SetContext(s.Context)
		}
	}
	b.settings = s
	return nil
}

// close forgets a document; closing one that is not open is no error.
func (b *bridge) close(uri string) {
	delete(b.docs, uri)
}

// resolve returns the analysis a request is about.
func (b *bridge) resolve(t target) (validator.Analysis, *document, error) {
	if !t.isDoc {
		if len(t.text) > validator.LiveLimit {
			return validator.NewLimitedDocument(t.text, validator.LiveLimit).Analysis(), nil, nil
		}
		return validator.AnalyzeIn(t.text, b.settings.Context), nil, nil
	}
	d, ok := b.docs[t.uri]
	if !ok {
		return validator.Analysis{}, nil, errorf(codeNotOpen, "document %s is not open", t.uri)
	}
	if t.version < d.version {
		return validator.Analysis{}, nil, errorf(codeStale, "version %d of %s is outdated (the document is at version %d)", t.version, t.uri, d.version)
	}
	if t.version > d.version {
		return validator.Analysis{}, nil, errorf(codeInvalid, "version %d of %s was never opened or updated (the document is at version %d)", t.version, t.uri, d.version)
	}
	return d.doc.Analysis(), d, nil
}

func (b *bridge) validate(t target) ([]Diagnostic, error) {
	an, _, err := b.resolve(t)
	if err != nil {
		return nil, err
	}
	return diagnostics(b.settings.Apply(an.Diagnostics)), nil
}

// validateVisible is for a large text the editor is about to send: the
// diagnostics of lines first to last that the whole check will hold
// (validator.CheckVisible), with the settings applied, or nil when the
// engine cannot say them apart from the rest.
func (b *bridge) validateVisible(text string, first, last int) []Diagnostic {
	diags, ok := validator.CheckVisible(text, first, last)
	if !ok {
		return nil
	}
	return diagnostics(b.settings.Apply(diags))
}

func (b *bridge) complete(t target, p Position) ([]CompletionItem, error) {
	an, _, err := b.resolve(t)
	if err != nil {
		return nil, err
	}
	items := an.Complete(p.engine())
	out := make([]CompletionItem, 0, len(items))
	for _, it := range items {
		out = append(out, completionItem(it))
	}
	return out, nil
}

func (b *bridge) hover(t target, p Position) (*Hover, error) {
	an, _, err := b.resolve(t)
	if err != nil {
		return nil, err
	}
	h := an.Hover(p.engine())
	if h == nil {
		return nil, nil
	}
	return &Hover{Contents: h.Contents, Range: rangeOf(h.Range)}, nil
}

func (b *bridge) codeActions(t target, r Range) ([]CodeAction, error) {
	an, _, err := b.resolve(t)
	if err != nil {
		return nil, err
	}
	acts := an.CodeActions(r.engine())
	out := make([]CodeAction, 0, len(acts))
	for _, a := range acts {
		out = append(out, CodeAction{
			Title:       a.Title,
			Diagnostic:  diagnostic(a.Diagnostic),
			Edits:       edits(a.Edits),
			IsPreferred: a.Preferred,
		})
	}
	return out, nil
}

// openDocuments lists the open URIs, sorted (for tests and debugging).
func (b *bridge) openDocuments() []string {
	out := make([]string, 0, len(b.docs))
	for uri := range b.docs {
		out = append(out, uri)
	}
	sort.Strings(out)
	return out
}

func versionInfo() Info {
	return Info{Version: version, Go: runtime.Version(), Protocol: protocol}
}
