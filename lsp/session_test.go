package lsp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// Recorded sessions: testdata/sessions/*.session. Each is a conversation
// with the server, written by hand:
//
//	# a comment
//	--> {...}          a message the client sends (continued on indented lines)
//	--> raw: text      a body sent as it is (not JSON, for the parse error)
//	<-- {...}          the next message the server sends must match this
//	!secret VALUE      no byte the server writes may contain VALUE
//	!exit nil          what Serve returns at the end: nil, without-shutdown or eof
//	== NAME            a text that runs to the next "== " line; the JSON string
//	                   "@NAME" anywhere in a message stands for it
//
// A server message matches an expectation when every member the
// expectation names is there and matches (objects are compared by the
// members named; "<absent>" says a member must not be there). Arrays match
// element by element and must have the same length, unless the first
// expected element is "...": then each other expected element must match
// some element. A string starting with "~" matches any string containing
// the rest; "=>NAME" matches anything and keeps it, and a later message
// sent with the string "$NAME" sends what was kept.

type sessionStep struct {
	line int
	send string // JSON, or raw body
	raw  bool
	want string
}

type session struct {
	steps   []sessionStep
	secrets []string
	exit    string
	texts   map[string]string
	kept    map[string]any
}

func parseSession(t *testing.T, path string) *session {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := &session{texts: map[string]string{}, kept: map[string]any{}, exit: "nil"}
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "== "):
			name := strings.TrimSpace(l[3:])
			var body []string
			for i+1 < len(lines) && !strings.HasPrefix(lines[i+1], "== ") {
				i++
				body = append(body, lines[i])
			}
			s.texts[name] = strings.TrimSuffix(strings.Join(body, "\n"), "\n")
		case strings.HasPrefix(l, "--> raw: "):
			s.steps = append(s.steps, sessionStep{line: i + 1, send: l[len("--> raw: "):], raw: true})
		case strings.HasPrefix(l, "--> "), strings.HasPrefix(l, "<-- "):
			text := l[4:]
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], " ") {
				i++
				text += "\n" + lines[i]
			}
			st := sessionStep{line: i + 1}
			if l[0] == '-' {
				st.send = text
			} else {
				st.want = text
			}
			s.steps = append(s.steps, st)
		case strings.HasPrefix(l, "!secret "):
			s.secrets = append(s.secrets, strings.TrimPrefix(l, "!secret "))
		case strings.HasPrefix(l, "!exit "):
			s.exit = strings.TrimPrefix(l, "!exit ")
		case strings.HasPrefix(l, "#"), strings.TrimSpace(l) == "":
		default:
			t.Fatalf("%s:%d: cannot read %q", path, i+1, l)
		}
	}
	return s
}

// expand replaces "@NAME" strings by the session's texts, and "$NAME"
// strings by the values kept from earlier answers.
func (s *session) expand(v any) any {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "@") {
			if t, ok := s.texts[x[1:]]; ok {
				return t
			}
		}
		if strings.HasPrefix(x, "$") {
			if k, ok := s.kept[x[1:]]; ok {
				return k
			}
		}
	case map[string]any:
		for k, e := range x {
			x[k] = s.expand(e)
		}
	case []any:
		for i, e := range x {
			x[i] = s.expand(e)
		}
	}
	return v
}

// match reports where got differs from want, or "" when it matches.
func match(want, got any, path string, keep map[string]any) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: want an object, got %s", path, show(got))
		}
		for k, wv := range w {
			gv, present := g[k]
			if wv == "<absent>" {
				if present {
					return fmt.Sprintf("%s.%s: want no member, got %s", path, k, show(gv))
				}
				continue
			}
			if !present {
				return fmt.Sprintf("%s.%s: missing (have %s)", path, k, show(got))
			}
			if d := match(wv, gv, path+"."+k, keep); d != "" {
				return d
			}
		}
		return ""
	case []any:
		g, ok := got.([]any)
		if !ok {
			return fmt.Sprintf("%s: want an array, got %s", path, show(got))
		}
		if len(w) > 0 && w[0] == "..." {
			for i, wv := range w[1:] {
				found := false
				for _, gv := range g {
					tried := map[string]any{}
					if match(wv, gv, "", tried) == "" {
						for k, v := range tried {
							keep[k] = v
						}
						found = true
						break
					}
				}
				if !found {
					return fmt.Sprintf("%s: no element matches wanted element %d %s in %s", path, i+1, show(wv), show(got))
				}
			}
			return ""
		}
		if len(w) != len(g) {
			return fmt.Sprintf("%s: want %d elements, got %d: %s", path, len(w), len(g), show(got))
		}
		for i := range w {
			if d := match(w[i], g[i], fmt.Sprintf("%s[%d]", path, i), keep); d != "" {
				return d
			}
		}
		return ""
	case string:
		if strings.HasPrefix(w, "=>") {
			keep[w[2:]] = got
			return ""
		}
		g, ok := got.(string)
		if ok && strings.HasPrefix(w, "~") && strings.Contains(g, w[1:]) || ok && g == w {
			return ""
		}
		return fmt.Sprintf("%s: want %q, got %s", path, w, show(got))
	default:
		if !reflect.DeepEqual(want, got) {
			return fmt.Sprintf("%s: want %s, got %s", path, show(want), show(got))
		}
		return ""
	}
}

func show(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 600 {
		return string(b[:600]) + "…"
	}
	return string(b)
}

// pipeClient is the client side of a server running on pipes.
type pipeClient struct {
	t    *testing.T
	in   *io.PipeWriter
	msgs chan []byte
	mu   sync.Mutex
	all  bytes.Buffer // every byte the server wrote
	done chan error
}

func startServer(t *testing.T, opts Options, hook func(*server)) *pipeClient {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &pipeClient{t: t, in: inW, msgs: make(chan []byte, 1000), done: make(chan error, 1)}
	s := newServer(outW, opts)
	if hook != nil {
		hook(s)
	}
	go s.readLoop(newReader(inR))
	go func() {
		err := s.work()
		outW.Close()
		c.done <- err
	}()
	go func() {
		rd := newReader(io.TeeReader(outR, writerFunc(func(p []byte) {
			c.mu.Lock()
			c.all.Write(p)
			c.mu.Unlock()
		})))
		for {
			body, err := rd.read()
			if err != nil {
				close(c.msgs)
				return
			}
			c.msgs <- body
		}
	}()
	t.Cleanup(func() { inW.Close() })
	return c
}

type writerFunc func([]byte)

func (f writerFunc) Write(p []byte) (int, error) { f(p); return len(p), nil }

func (c *pipeClient) sendRaw(body string) {
	c.t.Helper()
	if _, err := fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		c.t.Fatal(err)
	}
}

func (c *pipeClient) send(v any) {
	c.t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sendRaw(string(b))
}

// recv returns the next message the server sends.
func (c *pipeClient) recv() map[string]any {
	c.t.Helper()
	select {
	case body, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("the server closed its output")
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			c.t.Fatalf("the server sent something that is not JSON: %v", err)
		}
		return m
	case <-time.After(20 * time.Second):
		c.t.Fatal("no message from the server in 20 s")
	}
	return nil
}

func TestSessions(t *testing.T) {
	files, err := filepath.Glob("testdata/sessions/*.session")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sessions: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".session"), func(t *testing.T) {
			s := parseSession(t, f)
			c := startServer(t, Options{Version: "test", TestHooks: true}, nil)
			for _, st := range s.steps {
				switch {
				case st.raw:
					c.sendRaw(st.send)
				case st.send != "":
					var v any
					if err := json.Unmarshal([]byte(st.send), &v); err != nil {
						t.Fatalf("line %d: %v", st.line, err)
					}
					c.send(s.expand(v))
				default:
					var want any
					if err := json.Unmarshal([]byte(st.want), &want); err != nil {
						t.Fatalf("line %d: %v", st.line, err)
					}
					got := c.recv()
					if d := match(s.expand(want), got, "$", s.kept); d != "" {
						t.Fatalf("line %d: %s", st.line, d)
					}
				}
			}
			c.in.Close()
			var err error
			select {
			case err = <-c.done:
			case <-time.After(20 * time.Second):
				t.Fatal("the server did not stop")
			}
			want := map[string]error{"nil": nil, "without-shutdown": ErrExitWithoutShutdown, "eof": io.EOF}[s.exit]
			if !errors.Is(err, want) {
				t.Errorf("Serve returned %v, want %v", err, want)
			}
			for body := range c.msgs {
				t.Errorf("a message no step expects: %s", body)
			}
			c.mu.Lock()
			defer c.mu.Unlock()
			for _, secret := range s.secrets {
				if bytes.Contains(c.all.Bytes(), []byte(secret)) {
					t.Errorf("the server wrote the secret %q", secret)
				}
			}
		})
	}
}
