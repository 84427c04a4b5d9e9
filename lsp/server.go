package lsp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"runtime"
	"runtime/debug"
	"sync"
)

// Options configure a server.
type Options struct {
	// Version is reported in serverInfo.
	Version string
	// Log receives the server's own log lines (never a document's text).
	// Nil discards them.
	Log io.Writer
	// TestHooks serves the method secint/test/panic, which panics, for the
	// tests that show a panic is answered and survived.
	TestHooks bool
}

// ErrExitWithoutShutdown is what Serve returns when the client sends exit
// without shutdown first; the command exits with status 1 then, as the
// protocol asks.
var ErrExitWithoutShutdown = errors.New("lsp: exit without shutdown")

// lifecycle states.
const (
	stateNew = iota
	stateRunning
	stateShutdown
)

// queued is a message waiting for the worker, with the document it is
// about when it is a didChange (for coalescing and staleness).
type queued struct {
	msg       *message
	changeURI string
	params    *didChangeParams
}

// server is one session with one client. Messages are read by one goroutine
// and handled, in the order they came, by another (the worker): the
// protocol's text synchronisation is ordered, and the engine's Document is
// not for concurrent use. The reader sees $/cancelRequest at once, so a
// request still waiting behind a slow edit is answered RequestCancelled
// without running; one already running finishes (the engine's calls take
// milliseconds) and its result is sent, which the protocol allows.
type server struct {
	opts Options
	out  *writer
	log  *log.Logger

	mu        sync.Mutex
	cond      *sync.Cond
	queue     []queued
	eof       bool
	inflight  map[string]bool // request ids read and not yet answered
	cancelled map[string]bool // of those, the ones the client cancelled
	pending   map[string]int  // didChange notifications queued, by URI

	// Worker state: touched by the worker goroutine only.
	state   int
	enc     encoding
	caps    clientCapabilities
	docs    map[string]*document
	rules   RuleFilter
	saveFix bool // fix all on willSaveWaitUntil (the fixAllOnSave setting)
	lastCompletion

	// For tests: called by the worker before each message, and a
	// notification method that panics when handled.
	beforeMessage func(queued)
	panicIn       string
}

// Serve runs a session over r and w until the client sends exit or r ends.
// It returns nil after shutdown and exit, ErrExitWithoutShutdown after an
// exit without shutdown, and io.EOF (or a framing error) when the stream
// ended first.
func Serve(r io.Reader, w io.Writer, opts Options) error {
	s := newServer(w, opts)
	go s.readLoop(newReader(r))
	return s.work()
}

func newServer(w io.Writer, opts Options) *server {
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	s := &server{
		opts:      opts,
		out:       &writer{w: w},
		log:       log.New(logw, "secint lsp: ", log.LstdFlags),
		inflight:  map[string]bool{},
		cancelled: map[string]bool{},
		pending:   map[string]int{},
		docs:      map[string]*document{},
		enc:       utf16,
	}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// readLoop reads messages and queues them for the worker. It answers a
// body that is not JSON itself, and records cancellations as they come.
func (s *server) readLoop(rd *reader) {
	defer func() {
		s.mu.Lock()
		s.eof = true
		s.cond.Signal()
		s.mu.Unlock()
	}()
	for {
		body, err := rd.read()
		if err != nil {
			if err != io.EOF {
				s.log.Printf("reading: %v", err)
			}
			return
		}
		m := new(message)
		if err := json.Unmarshal(body, m); err != nil || m.Method == "" && len(m.ID) == 0 {
			// Not a message we can answer by id: JSON-RPC says to reply
			// with a null id.
			s.out.write(errorResponse{JSONRPC: "2.0", ID: json.RawMessage("null"),
				Error: errorf(codeParseError, "the message is not a JSON-RPC object")})
			continue
		}
		if m.Method == "" {
			// A response to a request of ours: the server sends none
			// that need an answer.
			continue
		}
		q := queued{msg: m}
		s.mu.Lock()
		switch {
		case m.Method == "$/cancelRequest":
			var p cancelParams
			if json.Unmarshal(m.Params, &p) == nil && s.inflight[string(p.ID)] {
				s.cancelled[string(p.ID)] = true
			}
			s.mu.Unlock()
			continue
		case m.Method == "textDocument/didChange":
			p := new(didChangeParams)
			if json.Unmarshal(m.Params, p) == nil {
				q.changeURI, q.params = p.TextDocument.URI, p
				s.pending[q.changeURI]++
			}
		case m.isRequest():
			s.inflight[string(m.ID)] = true
		}
		s.queue = append(s.queue, q)
		s.cond.Signal()
		s.mu.Unlock()
	}
}

// next returns the next message for the worker, waiting for one; ok is
// false once the stream has ended and the queue is empty. Consecutive
// didChange notifications of one document are merged into one (their
// changes applied in order) when positions are in UTF-16, so that a burst
// of keystrokes costs one analysis.
func (s *server) next() (q queued, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.queue) == 0 && !s.eof {
		s.cond.Wait()
	}
	if len(s.queue) == 0 {
		return q, false
	}
	q = s.queue[0]
	s.queue = s.queue[1:]
	if q.params != nil {
		s.pending[q.changeURI]--
		if s.enc == utf16 && len(s.queue) > 0 && s.queue[0].params != nil && s.queue[0].changeURI == q.changeURI {
			merged := *q.params
			merged.ContentChanges = append([]contentChange(nil), q.params.ContentChanges...)
			for len(s.queue) > 0 && s.queue[0].params != nil && s.queue[0].changeURI == q.changeURI {
				more := s.queue[0].params
				merged.ContentChanges = append(merged.ContentChanges, more.ContentChanges...)
				merged.TextDocument.Version = more.TextDocument.Version
				s.queue = s.queue[1:]
				s.pending[q.changeURI]--
			}
			q.params = &merged
		}
		if s.pending[q.changeURI] == 0 {
			delete(s.pending, q.changeURI)
		}
	}
	return q, true
}

// changesQueued says whether a later didChange of uri is waiting: the
// answer to a request about uri would then be about a version the client
// has already left.
func (s *server) changesQueued(uri string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pending[uri] > 0
}

// finish forgets request id, answered now, and says whether it was
// cancelled.
func (s *server) finish(id json.RawMessage) (cancelled bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cancelled = s.cancelled[string(id)]
	delete(s.cancelled, string(id))
	delete(s.inflight, string(id))
	return cancelled
}

func (s *server) isCancelled(id json.RawMessage) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cancelled[string(id)]
}

// work handles queued messages until exit or the end of the stream.
func (s *server) work() error {
	for {
		q, ok := s.next()
		if !ok {
			return io.EOF
		}
		m := q.msg
		if s.beforeMessage != nil {
			s.beforeMessage(q)
		}
		if m.Method == "exit" {
			if s.state == stateShutdown {
				return nil
			}
			return ErrExitWithoutShutdown
		}
		if m.isRequest() {
			s.request(m)
			continue
		}
		s.notify(q)
	}
}

// request answers one request: RequestCancelled when it was cancelled
// before it ran, ContentModified when its document has a newer version
// waiting, and otherwise the handler's result or error. A panic in the
// handler is answered as an internal error; the server goes on.
func (s *server) request(m *message) {
	var result any
	var err error
	switch {
	case s.isCancelled(m.ID):
		err = errorf(codeRequestCancelled, "%s was cancelled", m.Method)
	case s.state == stateNew && m.Method != "initialize":
		err = errorf(codeServerNotInitialized, "%s before initialize", m.Method)
	case s.state == stateShutdown:
		err = errorf(codeInvalidRequest, "%s after shutdown", m.Method)
	default:
		if uri := requestURI(m); uri != "" && s.changesQueued(uri) {
			err = errorf(codeContentModified, "%s: the document has changed since", m.Method)
			break
		}
		result, err = s.call(m)
	}
	s.finish(m.ID)
	if err != nil {
		var re *rpcError
		if !errors.As(err, &re) {
			re = errorf(codeRequestFailed, "%v", err)
		}
		s.out.write(errorResponse{JSONRPC: "2.0", ID: m.ID, Error: re})
		return
	}
	if werr := s.out.write(response{JSONRPC: "2.0", ID: m.ID, Result: result}); werr != nil {
		s.log.Printf("writing the answer to %s: %v", m.Method, werr)
	}
}

// requestURI is the document a request is about, read from its params.
func requestURI(m *message) string {
	var p struct {
		TextDocument textDocumentIdentifier `json:"textDocument"`
	}
	if len(m.Params) == 0 || !bytes.Contains(m.Params, []byte(`"textDocument"`)) {
		return ""
	}
	if json.Unmarshal(m.Params, &p) != nil {
		return ""
	}
	return p.TextDocument.URI
}

// call runs a request's handler, turning a panic into an error.
func (s *server) call(m *message) (result any, err error) {
	h, ok := s.requests()[m.Method]
	if !ok {
		return nil, errorf(codeMethodNotFound, "%s is not served", m.Method)
	}
	defer func() {
		if r := recover(); r != nil {
			s.logPanic(m.Method, r)
			result, err = nil, errorf(codeInternalError, "secint failed on %s; the server is still running", m.Method)
		}
	}()
	return h(m.Params)
}

// notify handles a notification. Before initialize and after shutdown they
// are dropped (exit aside, handled by work). A panic is logged; a document
// whose edit panicked may be half edited, so it is forgotten, its markers
// cleared, and the user told to reopen it.
func (s *server) notify(q queued) {
	m := q.msg
	if s.state != stateRunning {
		return
	}
	h, ok := s.notifications()[m.Method]
	if !ok {
		return // unknown notifications ($/setTrace, ...) are ignored
	}
	defer func() {
		if r := recover(); r != nil {
			s.logPanic(m.Method, r)
			if uri := notificationURI(q); uri != "" {
				s.forget(uri)
				s.showMessage(1, fmt.Sprintf("secint failed on an edit of %s and stopped checking it; close and reopen it to check it again.", uri))
			}
		}
	}()
	if m.Method == s.panicIn {
		panic("a panic for a test")
	}
	if m.Method == "textDocument/didChange" {
		if q.params == nil {
			s.log.Printf("didChange with params that do not parse: ignored")
			return
		}
		s.didChange(q.params)
		return
	}
	h(m.Params)
}

func notificationURI(q queued) string {
	if q.params != nil {
		return q.changeURI
	}
	return requestURI(q.msg)
}

// logPanic logs a recovered panic with its stack. The panic's value is
// written only when it is a runtime error (an index out of range, a nil
// pointer): any other value might hold text from the document.
func (s *server) logPanic(method string, r any) {
	what := fmt.Sprintf("a %T", r)
	if re, ok := r.(runtime.Error); ok {
		what = re.Error()
	}
	s.log.Printf("panic in %s: %s\n%s", method, what, debug.Stack())
}

func (s *server) send(method string, params any) {
	if err := s.out.write(notification{JSONRPC: "2.0", Method: method, Params: params}); err != nil {
		s.log.Printf("writing %s: %v", method, err)
	}
}

// showMessage tells the user something (1 error, 2 warning, 3 info).
func (s *server) showMessage(typ int, text string) {
	s.send("window/showMessage", map[string]any{"type": typ, "message": text})
}

type handler func(params json.RawMessage) (any, error)

func (s *server) requests() map[string]handler {
	return map[string]handler{
		"initialize":                     s.initialize,
		"shutdown":                       s.shutdown,
		"textDocument/completion":        s.completion,
		"completionItem/resolve":         s.resolveCompletion,
		"textDocument/hover":             s.hover,
		"textDocument/codeAction":        s.codeAction,
		"codeAction/resolve":             s.resolveCodeAction,
		"textDocument/willSaveWaitUntil": s.willSaveWaitUntil,
		"textDocument/documentSymbol":    s.documentSymbol,
		"textDocument/definition":        s.definition,
		"textDocument/references":        s.references,
		"secint/test/panic":              s.testPanic,
	}
}

func (s *server) notifications() map[string]func(json.RawMessage) {
	return map[string]func(json.RawMessage){
		"initialized":                      func(json.RawMessage) {},
		"textDocument/didOpen":             s.didOpen,
		"textDocument/didChange":           nil, // handled by notify, from the parsed params
		"textDocument/didClose":            s.didClose,
		"textDocument/didSave":             func(json.RawMessage) {},
		"textDocument/willSave":            func(json.RawMessage) {},
		"workspace/didChangeConfiguration": s.didChangeConfiguration,
	}
}

func (s *server) testPanic(json.RawMessage) (any, error) {
	if !s.opts.TestHooks {
		return nil, errorf(codeMethodNotFound, "secint/test/panic is not served")
	}
	var boom []int
	return boom[len(boom)+1], nil // an index out of range, on purpose
}

// decode reads params into v, or says they are invalid.
func decode(params json.RawMessage, v any) error {
	if len(params) == 0 {
		return errorf(codeInvalidParams, "params missing")
	}
	if err := json.Unmarshal(params, v); err != nil {
		return errorf(codeInvalidParams, "params: %v", err)
	}
	return nil
}

// --- lifecycle ---

func (s *server) initialize(params json.RawMessage) (any, error) {
	if s.state != stateNew {
		return nil, errorf(codeInvalidRequest, "initialize was already sent")
	}
	var p initializeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	s.caps = p.Capabilities
	s.enc = negotiate(p.Capabilities.General.PositionEncodings)
	s.applySettings(p.InitializationOptions, true)
	s.state = stateRunning
	version := s.opts.Version
	if version == "" {
		version = "dev"
	}
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding: s.enc.name(),
			TextDocumentSync: textDocumentSyncOpts{OpenClose: true, Change: 2, WillSaveWaitUntil: true},
			CompletionProvider: completionOptions{
				// The characters after which the browser editor completes too.
				TriggerCharacters: []string{" ", "=", "(", ","},
				ResolveProvider:   true,
			},
			HoverProvider: true,
			CodeActionProvider: codeActionOptions{
				CodeActionKinds: []string{"quickfix", kindFixAll},
				ResolveProvider: true,
			},
			DocumentSymbolProvider: true,
			DefinitionProvider:     true,
			ReferencesProvider:     true,
		},
		ServerInfo: serverInfo{Name: "secint", Version: version},
	}, nil
}

func (s *server) shutdown(json.RawMessage) (any, error) {
	s.state = stateShutdown
	s.docs = map[string]*document{}
	return nil, nil
}
