package validator_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secint/secint/validator"
	"github.com/secint/secint/validator/worksheet"
)

// visibleCorpus is texts to check what is on screen in: the generated
// worksheet, every case of testdata/check one after the other, and texts
// where strings, quoted names, comments and dollar strings hold what looks
// like the end of a statement.
func visibleCorpus(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{"worksheet 64 KiB": worksheet.Generate(64 << 10)}
	files, err := filepath.Glob("../testdata/check/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/check cases: %v", err)
	}
	// In texts of 40 cases, each well under the document's cap.
	var all strings.Builder
	cases := 0
	flush := func() {
		if all.Len() > 0 {
			out[fmt.Sprintf("testdata/check, cases %d-%d", cases-39, cases)] = all.String()
			all.Reset()
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in := false
		for _, line := range strings.SplitAfter(string(b), "\n") {
			switch {
			case strings.HasPrefix(line, "=== "):
				in = true
			case strings.HasPrefix(line, "--- "):
				if in {
					all.WriteString("\n")
					if cases++; cases%40 == 0 {
						flush()
					}
				}
				in = false
			case in:
				all.WriteString(line)
			}
		}
	}
	cases += 39 - cases%40
	flush()
	tricky := []string{
		"CREATE SECURITY INTEGRATION a TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 COMMENT = 'one;\n;two\\\n;' ENABLED = maybe;\n",
		"SELECT $$ a;\n b; $$;\nCREATE SECURITY INTEGRATION b TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 OAUTH_CLIENTID = 'x';\n",
		"SET v$$ = 1;\nSELECT $v$$x;\nCREATE SECURITY INTEGRATION c TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = 2;\n",
		"SELECT 1E5$$ ;\n$$;\nCREATE SECURITY INTEGRATION d TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = 3;\n",
		"SELECT 1E$$;\nCREATE SECURITY INTEGRATION e TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = 4;\n",
		"/* a;\n b; */ CREATE SECURITY INTEGRATION f TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = 5; -- c;\n",
		"SELECT \"x;\n\"\"y;\" ;\r\nCREATE SECURITY INTEGRATION g TYPE = API_AUTHENTICATION\rAUTH_TYPE = OAUTH2 ENABLED = 6;\r\n",
		"SELECT 1; // x;\n\u00a0CREATE SECURITY INTEGRATION h TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 OAUTH_CLIENT_ID = '😀' ENABLED = 7;\n",
		"CREATE SECURITY INTEGRATION i TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2;\nALTER SECURITY INTEGRATION i SET OAUTH_GRANT = 'NOPE';\n",
		";;\n;\nCREATE SECURITY INTEGRATION j TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = 8; CREATE SECURITY INTEGRATION k TYPE = API_AUTHENTICATION\nAUTH_TYPE = OAUTH2 ENABLED = 9;\n",
		"CREATE SECURITY INTEGRATION l TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 COMMENT = 'never closed;\nCREATE SECURITY INTEGRATION m ENABLED = 1;\n",
		"SELECT '\\'';\nSELECT '';\nCREATE SECURITY INTEGRATION n TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = 10;\n/* unclosed ;\nCREATE x;\n",
	}
	var tk strings.Builder
	for i := 0; i < 6; i++ {
		for _, s := range tricky {
			tk.WriteString(s)
		}
	}
	out["tricky lexing"] = tk.String()
	return out
}

// TestCheckVisible holds what CheckVisible returns for every window of
// lines of the corpus to the whole text's Check: every diagnostic it gives
// is one of the whole check's, exactly (range, offsets, message, fixes),
// and it gives every one of the whole check's that starts on the window's
// lines, ALTERs' too (which depend on earlier statements).
func TestCheckVisible(t *testing.T) {
	for name, text := range visibleCorpus(t) {
		t.Run(name, func(t *testing.T) {
			full := validator.Check(text)
			for _, d := range full {
				if d.Code == "too-many-diagnostics" {
					t.Fatalf("the corpus text reaches a cap (%s): CheckVisible cannot foresee it", d.Message)
				}
			}
			key := func(d validator.Diagnostic) string { return fmt.Sprintf("%#v", d) }
			have := map[string]bool{}
			for _, d := range full {
				have[key(d)] = true
			}
			lines := strings.Count(text, "\n") + strings.Count(text, "\r") - strings.Count(text, "\r\n") + 1
			windows, shown := 0, 0
			for first := 0; first < lines; first += 1 + first/40 {
				last := min(first+39, lines-1)
				got, ok := validator.CheckVisible(text, first, last)
				if !ok {
					if !strings.Contains(text, "secint-") {
						t.Fatalf("lines %d-%d: not checked", first, last)
					}
					continue // after a suppression comment
				}
				windows++
				in := map[string]bool{}
				for _, d := range got {
					if !have[key(d)] {
						t.Fatalf("lines %d-%d: %s at %v is not one of the whole check's diagnostics", first, last, d.Code, d.Range)
					}
					in[key(d)] = true
				}
				shown += len(got)
				for _, d := range full {
					l := d.Range.Start.Line
					if l >= first && l <= last && !in[key(d)] {
						t.Fatalf("lines %d-%d: the whole check's %s at %v (%q) is missing", first, last, d.Code, d.Range, d.Message)
					}
				}
			}
			if strings.Contains(text, "secint-") {
				if windows > 0 {
					t.Fatalf("a text with a suppression comment: %d windows checked anyway", windows)
				}
				return
			}
			if shown == 0 {
				t.Fatalf("%d windows and not one diagnostic: the test checks nothing", windows)
			}
		})
	}
}

func TestCheckVisibleSaysWhenItCannot(t *testing.T) {
	text := "-- secint-disable unknown-property\n" + strings.Repeat("ALTER INTEGRATION x SET OAUTH_CLIENTID = 'a';\n", 3)
	if _, ok := validator.CheckVisible(text, 2, 3); ok {
		t.Error("a suppression comment before the lines shown: checked anyway")
	}
	if _, ok := validator.CheckVisible("SELECT 1;", 3, 1); ok {
		t.Error("last before first: checked anyway")
	}
	long := "CREATE SECURITY INTEGRATION x COMMENT = '" + strings.Repeat("a\n", validator.MaxVisibleSlice) + "';"
	if _, ok := validator.CheckVisible(long, 10, 20); ok {
		t.Error("a statement longer than MaxVisibleSlice: checked anyway")
	}
}

// BenchmarkCheckVisible1MB: the last 60 lines of the 1 MiB worksheet, as an
// editor asks after a paste leaves the view at its end.
func BenchmarkCheckVisible1MB(b *testing.B) {
	text := worksheet.Generate(1 << 20)
	lines := strings.Count(text, "\n")
	for i := 0; i < b.N; i++ {
		validator.CheckVisible(text, lines-60, lines)
	}
}
