package validator

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/secint/secint/validator/internal/catalog"
)

// The editor features' tests are data files, one format for all
// (testdata/README.md): testdata/complete, testdata/hover and testdata/fix.
// A case is a document with a caret ‸ (or, for fixes, a range between « and
// ») and what the feature must answer there.

type editorCase struct {
	file, name string
	line       int
	doc        string   // with its markers
	section    string   // complete, hover or fix
	arg        string   // what follows the section's name (fix: code, title)
	body       []string // the section's lines
}

func loadEditorCases(t *testing.T, dir string) []editorCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("../testdata", dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/%s: %v", dir, err)
	}
	var out []editorCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cur *editorCase
		var doc []string
		inBody := false
		flush := func() {
			if cur != nil {
				out = append(out, *cur)
			}
		}
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		for i, ln := range lines {
			switch {
			case strings.HasPrefix(ln, "=== "):
				flush()
				cur = &editorCase{file: filepath.Base(f), name: ln[4:], line: i + 1}
				doc, inBody = nil, false
			case cur == nil:
				if ln != "" && !strings.HasPrefix(ln, "#") {
					t.Fatalf("%s:%d: text before the first case", f, i+1)
				}
			case strings.HasPrefix(ln, "--- ") && !inBody:
				cur.doc = strings.Join(doc, "\n")
				cur.section, cur.arg, _ = strings.Cut(ln[4:], " ")
				inBody = true
			case inBody:
				cur.body = append(cur.body, ln)
			default:
				doc = append(doc, ln)
			}
		}
		flush()
	}
	return out
}

// caret removes the caret marker and returns the text and its position.
func (c editorCase) caret(t *testing.T) (string, Position) {
	t.Helper()
	i := strings.Index(c.doc, "‸")
	if i < 0 || strings.Count(c.doc, "‸") != 1 {
		t.Fatalf("%s:%d: the document needs exactly one ‸", c.file, c.line)
	}
	text := c.doc[:i] + c.doc[i+len("‸"):]
	return text, utf16Pos(text, i)
}

// labelSet reads "A, B, @set, -C": labels, catalog-derived sets and
// removals. Sets: @create (properties CREATE takes), @set (ALTER SET), @unset
// (properties UNSET is documented for).
func labelSet(t *testing.T, list string) []string {
	var out []string
	for _, item := range strings.Split(list, ", ") {
		switch {
		case strings.HasPrefix(item, "-"):
			out = slices.DeleteFunc(out, func(s string) bool { return s == item[1:] })
		case strings.HasPrefix(item, "@"):
			for _, p := range catalog.Catalog {
				if item == "@create" && p.InCreate || item == "@set" && p.InSet ||
					item == "@unset" && p.InSet && p.Unset == catalog.UnsetDocumented {
					out = append(out, p.Name)
				}
			}
			if item != "@create" && item != "@set" && item != "@unset" {
				t.Fatalf("unknown set %s", item)
			}
		default:
			out = append(out, item)
		}
	}
	return out
}

func TestCompleteData(t *testing.T) {
	cases := loadEditorCases(t, "complete")
	if len(cases) < 100 {
		t.Fatalf("only %d completion cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.file+"/"+c.name, func(t *testing.T) {
			text, pos := c.caret(t)
			items := Complete(text, pos)
			got := itemLabels(items)
			word := ""
			for _, ln := range c.body {
				key, val, _ := strings.Cut(ln, ": ")
				switch key {
				case "none":
					if len(items) != 0 {
						t.Errorf("want no items, got %q", got)
					}
				case "word":
					word = val
				case "exact":
					want := labelSet(t, val)
					if !sameSet(got, want) {
						t.Errorf("labels = %q, want exactly %q", got, want)
					}
				case "first":
					want := labelSet(t, val)
					if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
						t.Errorf("labels = %q, want them to begin with %q", got, want)
					}
				case "has":
					for _, l := range labelSet(t, val) {
						if !slices.Contains(got, l) {
							t.Errorf("labels = %q, want %q among them", got, l)
						}
					}
				case "lacks":
					for _, l := range labelSet(t, val) {
						if slices.Contains(got, l) {
							t.Errorf("labels = %q, do not want %q", got, l)
						}
					}
				default:
					t.Fatalf("%s:%d: unknown line %q", c.file, c.line, ln)
				}
			}
			checkItems(t, items, pos, word)
		})
	}
}

// checkItems holds every item to what any item must be: it replaces exactly
// the partial word before the caret, has a kind, a text and a sort key, and
// the items come sorted.
func checkItems(t *testing.T, items []CompletionItem, pos Position, word string) {
	t.Helper()
	wantRange := Range{Start: Position{Line: pos.Line, Character: pos.Character - len(utf16.Encode([]rune(word)))}, End: pos}
	for i, it := range items {
		if it.Range != wantRange {
			t.Errorf("%q: range %v, want %v (the word %q)", it.Label, it.Range, wantRange, word)
		}
		if it.InsertTextFormat != "plain" && it.InsertTextFormat != "snippet" {
			t.Errorf("%q: insertTextFormat %q", it.Label, it.InsertTextFormat)
		}
		if it.Kind == "" || it.InsertText == "" || it.SortText == "" {
			t.Errorf("%q: kind %q, insertText %q, sortText %q: none may be empty", it.Label, it.Kind, it.InsertText, it.SortText)
		}
		if i > 0 && items[i-1].SortText > it.SortText {
			t.Errorf("items not sorted: %q (%s) before %q (%s)", items[i-1].Label, items[i-1].SortText, it.Label, it.SortText)
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func TestHoverData(t *testing.T) {
	cases := loadEditorCases(t, "hover")
	for _, c := range cases {
		t.Run(c.file+"/"+c.name, func(t *testing.T) {
			text, pos := c.caret(t)
			h := Hover(text, pos)
			for _, ln := range c.body {
				key, val, _ := strings.Cut(ln, ": ")
				if key == "none" {
					if h != nil {
						t.Errorf("want no hover, got %q", h.Contents)
					}
					continue
				}
				if h == nil {
					t.Fatalf("no hover")
				}
				switch key {
				case "contains":
					if !strings.Contains(h.Contents, val) {
						t.Errorf("hover %q lacks %q", h.Contents, val)
					}
				case "range":
					if got := textOf(text, h.Range); got != val {
						t.Errorf("hover range covers %q, want %q", got, val)
					}
					if posLess(pos, h.Range.Start) || !posLess(pos, h.Range.End) {
						t.Errorf("hover range %v does not hold the caret %v", h.Range, pos)
					}
				default:
					t.Fatalf("%s:%d: unknown line %q", c.file, c.line, ln)
				}
			}
		})
	}
}

func TestFixData(t *testing.T) {
	for _, c := range loadEditorCases(t, "fix") {
		t.Run(c.file+"/"+c.name, func(t *testing.T) {
			i, j := strings.Index(c.doc, "«"), strings.Index(c.doc, "»")
			if i < 0 || j < i {
				t.Fatalf("%s:%d: the document needs a range between « and »", c.file, c.line)
			}
			text := c.doc[:i] + c.doc[i+len("«"):j] + c.doc[j+len("»"):]
			r := Range{Start: utf16Pos(text, i), End: utf16Pos(text, j-len("«"))}
			code, title, _ := strings.Cut(c.arg, ": ")
			title, preferred := strings.CutSuffix(title, " (preferred)")
			var found *CodeAction
			actions := CodeActions(text, r)
			for k := range actions {
				a := &actions[k]
				if a.Diagnostic.Code == code && a.Title == title && a.Diagnostic.Range == r {
					found = a
				}
			}
			if found == nil {
				var got []string
				for _, a := range actions {
					got = append(got, a.Diagnostic.Code+": "+a.Title)
				}
				t.Fatalf("no action %q for %s over the marked range; got %q", title, code, got)
			}
			if found.Preferred != preferred {
				t.Errorf("preferred = %v, want %v", found.Preferred, preferred)
			}
			want := strings.Join(c.body, "\n")
			if fixed := editorApplyEdits(text, found.Edits); fixed != want {
				t.Errorf("fixed text:\n%s\nwant:\n%s", fixed, want)
			} else if before, after := countCode(Check(text), code), countCode(Check(fixed), code); after >= before {
				t.Errorf("%s: %d before the fix, %d after", code, before, after)
			}
		})
	}
}

// textOf is the text a range covers.
func textOf(text string, r Range) string {
	li := Analyze(text).Lines
	return text[li.ByteOffset(li.RuneOffset(r.Start)):li.ByteOffset(li.RuneOffset(r.End))]
}

func posLess(a, b Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}
