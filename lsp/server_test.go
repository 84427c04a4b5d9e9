package lsp

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// These tests hold the worker still at a message, so that what the reader
// queues meanwhile is deterministic: a cancellation, a newer edit.

// gate blocks the worker at the first message matching pick until open is
// called.
type gate struct {
	once    sync.Once
	reached chan struct{}
	release chan struct{}
}

func newGate() *gate { return &gate{reached: make(chan struct{}), release: make(chan struct{})} }

func (g *gate) hook(pick func(queued) bool) func(queued) {
	return func(q queued) {
		if pick(q) {
			g.once.Do(func() {
				close(g.reached)
				<-g.release
			})
		}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

func initialize(c *pipeClient, text string) {
	c.t.Helper()
	c.send(map[string]any{"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": map[string]any{"capabilities": map[string]any{}}})
	c.recv()
	c.send(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	c.send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
		"textDocument": map[string]any{"uri": "file:///t.sql", "languageId": "sql", "version": 1, "text": text}}})
	if m := c.recv(); m["method"] != "textDocument/publishDiagnostics" {
		c.t.Fatalf("want the first diagnostics, got %v", m)
	}
}

func hoverRequest(id int) map[string]any {
	return map[string]any{"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": map[string]any{
		"textDocument": map[string]any{"uri": "file:///t.sql"}, "position": map[string]any{"line": 0, "character": 18}}}
}

func insert(version int, char int, text string) map[string]any {
	return map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
		"textDocument": map[string]any{"uri": "file:///t.sql", "version": version},
		"contentChanges": []any{map[string]any{"range": map[string]any{
			"start": map[string]any{"line": 0, "character": char}, "end": map[string]any{"line": 0, "character": char}}, "text": text}}}}
}

func errorCode(m map[string]any) float64 {
	e, _ := m["error"].(map[string]any)
	code, _ := e["code"].(float64)
	return code
}

func TestCancelledWhileQueued(t *testing.T) {
	g := newGate()
	var srv *server
	c := startServer(t, Options{}, func(s *server) {
		srv = s
		s.beforeMessage = g.hook(func(q queued) bool { return string(q.msg.ID) == "2" })
	})
	initialize(c, "DROP INTEGRATION xy;")
	c.send(hoverRequest(2))
	<-g.reached
	c.send(hoverRequest(3))
	c.send(map[string]any{"jsonrpc": "2.0", "method": "$/cancelRequest", "params": map[string]any{"id": 3}})
	waitFor(t, "the cancellation to be read", func() bool { return srv.isCancelled(json.RawMessage("3")) })
	close(g.release)
	if m := c.recv(); m["id"] != 2.0 || m["result"] == nil {
		t.Fatalf("request 2 ran before the cancel: want its hover, got %v", m)
	}
	if m := c.recv(); m["id"] != 3.0 || errorCode(m) != codeRequestCancelled {
		t.Fatalf("want request 3 answered RequestCancelled, got %v", m)
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if len(srv.cancelled) != 0 || len(srv.inflight) != 0 {
		t.Errorf("answered requests are still tracked: cancelled %v, inflight %v", srv.cancelled, srv.inflight)
	}
}

func TestStaleRequestsAndCoalescedEdits(t *testing.T) {
	g := newGate()
	var srv *server
	c := startServer(t, Options{}, func(s *server) {
		srv = s
		s.beforeMessage = g.hook(func(q queued) bool { return string(q.msg.ID) == "4" })
	})
	// "DROP INTEGRATION x;" then three edits typed while the worker is
	// busy: "DROP INTEGRATION abcx;" (the name typed before x).
	initialize(c, "DROP INTEGRATION x;")
	c.send(hoverRequest(4))
	<-g.reached
	c.send(insert(2, 17, "a"))
	c.send(insert(3, 18, "b"))
	c.send(insert(4, 19, "c"))
	c.send(hoverRequest(5))
	waitFor(t, "the edits and request 5 to be queued", func() bool {
		srv.mu.Lock()
		defer srv.mu.Unlock()
		return len(srv.queue) == 4
	})
	close(g.release)
	// Request 4 is about version 1, which the client has left: the
	// protocol's ContentModified. The three edits cost one analysis and one
	// publication, of the last version; request 5 is about that version.
	if m := c.recv(); m["id"] != 4.0 || errorCode(m) != codeContentModified {
		t.Fatalf("want request 4 answered ContentModified, got %v", m)
	}
	m := c.recv()
	p, _ := m["params"].(map[string]any)
	if m["method"] != "textDocument/publishDiagnostics" || p["version"] != 4.0 {
		t.Fatalf("want one publication, of version 4, got %v", m)
	}
	m = c.recv()
	res, _ := m["result"].(map[string]any)
	if m["id"] != 5.0 || !strings.Contains(fmt.Sprint(res["contents"]), "**abcx**") {
		t.Fatalf("want request 5's hover of abcx, got %v", m)
	}
	if got := srv.docs["file:///t.sql"].doc.Text(); got != "DROP INTEGRATION abcx;" {
		t.Errorf("text after the merged edits: %q", got)
	}
}

func TestPanicInEditForgetsTheDocument(t *testing.T) {
	c := startServer(t, Options{}, func(s *server) { s.panicIn = "textDocument/didChange" })
	initialize(c, "DROP INTEGRATION x;")
	c.send(insert(2, 17, "a"))
	m := c.recv()
	if m["method"] != "textDocument/publishDiagnostics" || len(m["params"].(map[string]any)["diagnostics"].([]any)) != 0 {
		t.Fatalf("want the document's markers cleared, got %v", m)
	}
	if m := c.recv(); m["method"] != "window/showMessage" || !strings.Contains(fmt.Sprint(m["params"]), "reopen") {
		t.Fatalf("want the user told to reopen, got %v", m)
	}
	c.send(hoverRequest(6))
	if m := c.recv(); m["id"] != 6.0 || errorCode(m) != codeInvalidParams {
		t.Fatalf("the forgotten document should be not open, got %v", m)
	}
}
