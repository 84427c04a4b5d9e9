package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestServeNotBuilt(t *testing.T) {
	err := serve(context.Background(), "127.0.0.1:0", fstest.MapFS{".gitkeep": {}}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "make playground") {
		t.Errorf("serve without a built playground: %v", err)
	}
}

func TestServeUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "", "serve", "extra"); code != 2 {
		t.Errorf("serve extra: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "serve", "--nope"); code != 2 {
		t.Errorf("serve --nope: exit %d", code)
	}
}

// serve prints the address it listens on (port 0 picks one), answers, and
// stops when its context ends.
func TestServeListensAndStops(t *testing.T) {
	assets := fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>t</title>")}}
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, "127.0.0.1:0", assets, pw) }()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`^secint playground: (http://127\.0\.0\.1:\d+/)\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("first line %q", line)
	}
	res, err := http.Get(m[1])
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || res.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("GET /: %d %v", res.StatusCode, res.Header)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}
