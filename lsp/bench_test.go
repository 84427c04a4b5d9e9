package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/secint/secint/validator/worksheet"
)

// BenchmarkDidChangeToDiagnostics1MB is issue 15's latency figure: the
// time from a client's one-character didChange of an open 1 MB worksheet
// to the end of the publishDiagnostics it answers with, natively, through
// the server's own framing and JSON on pipes. Edits alternate between
// inserting and deleting a character mid-document. It reports ns/op (the
// mean), the p50 and p95 of the edits of the run, and the process's CPU
// time per edit (on a machine shared with other work the wall-clock tail
// grows with the load; the CPU time much less); make bench prints them. No
// test asserts a time.
func BenchmarkDidChangeToDiagnostics1MB(b *testing.B) {
	text := worksheet.Generate(1 << 20)
	li := newLineIndex(text)
	mid := li.position(len(text)/2, utf16)
	// Not inside a multi-byte character or a word: the start of its line.
	mid.Character = 0

	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := newServer(outW, Options{})
	go s.readLoop(newReader(inR))
	go s.work()
	defer inW.Close()
	rd := newReader(outR)
	send := func(v any) {
		body, _ := json.Marshal(v)
		fmt.Fprintf(inW, "Content-Length: %d\r\n\r\n%s", len(body), body)
	}
	// waitVersion reads until the diagnostics of version v; it looks only
	// at the start of each body, where uri and version are.
	waitVersion := func(v int) int {
		want := []byte(fmt.Sprintf(`"version":%d,`, v))
		for {
			body, err := rd.read()
			if err != nil {
				b.Fatal(err)
			}
			head := body[:min(len(body), 300)]
			if bytes.Contains(head, []byte(`publishDiagnostics`)) && bytes.Contains(head, want) {
				return len(body)
			}
		}
	}
	send(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": map[string]any{"capabilities": map[string]any{}}})
	rd.read()
	send(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
		"textDocument": map[string]any{"uri": "file:///bench.sql", "languageId": "sql", "version": 1, "text": text}}})
	size := waitVersion(1)
	b.SetBytes(int64(len(text)))

	version := 1
	var times []time.Duration
	cpu0 := cpuTime()
	for b.Loop() {
		version++
		end := mid
		change := map[string]any{"text": "x"}
		if version%2 == 1 {
			end.Character++
			change["text"] = ""
		}
		change["range"] = map[string]any{"start": mid, "end": end}
		t0 := time.Now()
		send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
			"textDocument":   map[string]any{"uri": "file:///bench.sql", "version": version},
			"contentChanges": []any{change}}})
		waitVersion(version)
		times = append(times, time.Since(t0))
	}
	cpu := cpuTime() - cpu0
	slices.Sort(times)
	pct := func(p float64) float64 {
		return float64(times[min(len(times)-1, int(p*float64(len(times))))].Nanoseconds()) / 1e6
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(float64(size), "diag-bytes")
	// The CPU time of the whole process (server and this client) per edit.
	b.ReportMetric(float64(cpu.Nanoseconds())/1e6/float64(len(times)), "cpu-ms")
}
