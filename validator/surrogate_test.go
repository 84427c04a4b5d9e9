package validator

import (
	"testing"

	"github.com/secint/secint/validator/protocol"
)

// An edit at a position between the two halves of a surrogate pair (a
// character outside the BMP, two UTF-16 units) stands for the start of that
// character: the pair is never cut. The JavaScript client keeps its copy of
// the text by the same rule (web/src/positions.js, tested with the same
// cases in web/test/positions.test.js), so that a restarted engine is given
// the very text the old one had.
func TestEditsInsideSurrogatePairs(t *testing.T) {
	at := func(line, char int) protocol.Position { return protocol.Position{Line: line, Character: char} }
	for _, c := range []struct {
		text       string
		start, end protocol.Position
		ins, want  string
	}{
		{"😀x", at(0, 1), at(0, 1), "a", "a😀x"},
		{"a😀b😀c", at(0, 2), at(0, 5), "-", "a-😀c"},
		{"😀😀", at(0, 0), at(0, 3), "", "😀"},
		{"x\n😀;", at(1, 1), at(1, 2), "y", "x\ny;"}, // from inside the pair to after it: the whole character
	} {
		d := NewDocument(c.text)
		r := protocol.Range{Start: c.start, End: c.end}
		d.Update([]Change{{Range: &r, Text: c.ins}})
		if got := d.Text(); got != c.want {
			t.Errorf("%q, %+v → %q: got %q, want %q", c.text, r, c.ins, got, c.want)
		}
	}
}
