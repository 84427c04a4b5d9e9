package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

// secint lsp on standard input and output: a whole short session, and the
// exit status the protocol asks for.
func TestLSPCommand(t *testing.T) {
	in := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","method":"initialized","params":{}}`) +
		frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.sql","languageId":"sql","version":1,"text":"ALTER INTEGRATION x SET OAUTH_CLIENT_SECRET = 'cmd-secret' OAUTH_CLIENTID = 1;"}}}`) +
		frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) +
		frame(`{"jsonrpc":"2.0","method":"exit"}`)
	var out, errb bytes.Buffer
	if code := run([]string{"lsp"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit status %d, stderr %q", code, errb.String())
	}
	for _, want := range []string{`"positionEncoding":"utf-16"`, `"code":"unknown-property"`, `"id":2,"result":null`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %s:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String()+errb.String(), "cmd-secret") {
		t.Error("the secret's value was written")
	}

	// exit without shutdown: status 1. Input that ends: status 1 too.
	out.Reset()
	in = frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) + frame(`{"jsonrpc":"2.0","method":"exit"}`)
	if code := run([]string{"lsp", "--stdio"}, strings.NewReader(in), &out, &errb); code != 1 {
		t.Errorf("exit without shutdown: status %d, want 1", code)
	}
	if code := run([]string{"lsp"}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Errorf("end of input: status %d, want 1", code)
	}
}

func TestLSPCommandUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"lsp", "--nope"}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Errorf("unknown flag: status %d, want 2", code)
	}
	if code := run([]string{"lsp", "file.sql"}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Errorf("an argument: status %d, want 2", code)
	}
	errb.Reset()
	if code := run([]string{"lsp", "--listen", "192.0.2.1:0"}, strings.NewReader(""), &out, &errb); code != 1 || !strings.Contains(errb.String(), "loopback") {
		t.Errorf("a listen address off this machine: status %d, stderr %q", code, errb.String())
	}
	out.Reset()
	run([]string{"help"}, strings.NewReader(""), &out, &errb)
	if !strings.Contains(out.String(), "lsp [--stdio") {
		t.Errorf("the usage does not name lsp:\n%s", out.String())
	}
}
