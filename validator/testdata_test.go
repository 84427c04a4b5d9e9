package validator

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/secint/secint/validator/protocol"
)

// A case from testdata/check/*.txt (format: docs/rules-contract.md).
type dataCase struct {
	file, name string
	line       int // where "=== name" stands, for messages
	sql        string
	want       []wantDiag
}

type wantDiag struct {
	severity, code string
	text           string // what the range covers
	nth            int    // 1-based occurrence of text in the SQL
}

func loadCases(t testing.TB) []dataCase {
	t.Helper()
	files, err := filepath.Glob("../testdata/check/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []dataCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, parseCases(t, filepath.Base(f), string(data))...)
	}
	return out
}

func parseCases(t testing.TB, file, data string) []dataCase {
	var out []dataCase
	var cur *dataCase
	inWant := false
	lines := strings.Split(data, "\n")
	// A final newline ends the last line; it does not start another.
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, ln := range lines {
		switch {
		case strings.HasPrefix(ln, "=== "):
			if cur != nil {
				out = append(out, *cur)
			}
			cur = &dataCase{file: file, name: strings.TrimSpace(ln[4:]), line: i + 1}
			inWant = false
		case cur == nil:
			if strings.TrimSpace(ln) != "" && !strings.HasPrefix(ln, "#") {
				t.Fatalf("%s:%d: text before the first case", file, i+1)
			}
		case ln == "--- want":
			inWant = true
		case inWant:
			if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
				continue
			}
			w, err := parseWant(ln)
			if err != nil {
				t.Fatalf("%s:%d: %v", file, i+1, err)
			}
			cur.want = append(cur.want, w)
		default:
			cur.sql += ln + "\n"
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// parseWant reads `severity code "text" [#N]`.
func parseWant(ln string) (wantDiag, error) {
	fields := strings.SplitN(ln, " ", 3)
	if len(fields) != 3 {
		return wantDiag{}, fmt.Errorf("want line %q: need severity, code and a quoted text", ln)
	}
	w := wantDiag{severity: fields[0], code: fields[1], nth: 1}
	rest := strings.TrimSpace(fields[2])
	quoted, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return wantDiag{}, fmt.Errorf("want line %q: %v", ln, err)
	}
	w.text, _ = strconv.Unquote(quoted)
	rest = strings.TrimSpace(rest[len(quoted):])
	if rest != "" {
		if !strings.HasPrefix(rest, "#") {
			return wantDiag{}, fmt.Errorf("want line %q: unexpected %q", ln, rest)
		}
		w.nth, err = strconv.Atoi(rest[1:])
		if err != nil || w.nth < 1 {
			return wantDiag{}, fmt.Errorf("want line %q: bad occurrence %q", ln, rest)
		}
	}
	return w, nil
}

// utf16Pos computes the position of byte offset off the simple way, as an
// independent check of the engine's line index.
func utf16Pos(text string, off int) protocol.Position {
	line, lineStart := 0, 0
	for i := 0; i < off; i++ {
		if text[i] == '\n' {
			line++
			lineStart = i + 1
		}
	}
	ch := len(utf16.Encode([]rune(text[lineStart:off])))
	return protocol.Position{Line: line, Character: ch}
}

// expectRange finds the range a want line names.
func expectRange(sql string, w wantDiag) (protocol.Range, int, bool) {
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(sql[from:], w.text)
		if i < 0 || w.text == "" {
			return protocol.Range{}, 0, false
		}
		start := from + i
		if k == w.nth {
			return protocol.Range{Start: utf16Pos(sql, start), End: utf16Pos(sql, start+len(w.text))}, start, true
		}
		from = start + utf8.RuneLen([]rune(sql[start:])[0])
	}
}

func (w wantDiag) String() string {
	s := fmt.Sprintf("%s %s %q", w.severity, w.code, w.text)
	if w.nth > 1 {
		s += fmt.Sprintf(" #%d", w.nth)
	}
	return s
}

func describeGot(sql string, d protocol.Diagnostic) string {
	text := "?"
	if d.StartOffset <= d.EndOffset && d.EndOffset <= len(sql) {
		text = sql[d.StartOffset:d.EndOffset]
	}
	return fmt.Sprintf("%s %s %q at %d:%d (%s)", d.Severity, d.Code, text, d.Range.Start.Line, d.Range.Start.Character, d.Message)
}

// TestTestdata checks every case of testdata/check: the engine's diagnostics
// must be exactly the expected ones, with exactly the expected ranges.
func TestTestdata(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 200 {
		t.Errorf("testdata has %d cases; the suite promises at least 200", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		id := c.file + "/" + c.name
		if seen[id] {
			t.Errorf("%s:%d: duplicate case name %q", c.file, c.line, c.name)
		}
		seen[id] = true
		t.Run(id, func(t *testing.T) {
			got := Check(c.sql)
			var problems []string
			used := make([]bool, len(got))
			for _, w := range c.want {
				r, off, ok := expectRange(c.sql, w)
				if !ok {
					t.Fatalf("%s:%d: want %s: text not found in the SQL", c.file, c.line, w)
				}
				found := false
				for i, d := range got {
					if !used[i] && d.Code == w.code && string(d.Severity) == w.severity && d.Range == r && d.StartOffset == off && d.EndOffset == off+len(w.text) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					problems = append(problems, "missing: "+w.String())
				}
			}
			for i, d := range got {
				if !used[i] {
					problems = append(problems, "unexpected: "+describeGot(c.sql, d))
				}
			}
			if len(problems) > 0 {
				sort.Strings(problems)
				t.Errorf("%s:%d %q:\n  %s", c.file, c.line, c.name, strings.Join(problems, "\n  "))
			}
		})
	}
}
