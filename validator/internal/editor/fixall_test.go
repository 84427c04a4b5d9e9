package editor

import "testing"

func TestEditsConflict(t *testing.T) {
	cases := []struct {
		a, b byteEdit
		want bool
	}{
		{byteEdit{0, 5, ""}, byteEdit{5, 9, ""}, false},  // touching deletions
		{byteEdit{0, 5, ""}, byteEdit{4, 9, ""}, true},   // overlapping
		{byteEdit{3, 3, "'"}, byteEdit{3, 3, "("}, true}, // two insertions at one place
		{byteEdit{3, 3, "'"}, byteEdit{0, 3, ""}, true},  // insertion at the edge of a deletion
		{byteEdit{3, 3, "'"}, byteEdit{4, 4, "'"}, false},
	}
	for _, c := range cases {
		if got := editsConflict(c.a, c.b); got != c.want {
			t.Errorf("editsConflict(%v, %v) = %v", c.a, c.b, got)
		}
		if got := editsConflict(c.b, c.a); got != c.want {
			t.Errorf("editsConflict(%v, %v) = %v (reversed)", c.b, c.a, got)
		}
	}
}

func TestEditSet(t *testing.T) {
	var s editSet
	s.add(byteFix{{10, 12, ""}, {0, 5, "x"}})
	s.add(byteFix{{20, 20, "'"}})
	cases := []struct {
		f    byteFix
		want bool
	}{
		{byteFix{{4, 6, ""}}, true},
		{byteFix{{5, 5, "'"}}, true},
		{byteFix{{6, 9, ""}}, false},
		{byteFix{{12, 12, "'"}}, true},
		{byteFix{{6, 7, ""}, {13, 13, "'"}}, false},
		{byteFix{{6, 7, ""}, {11, 11, "'"}}, true},
		{byteFix{{19, 21, ""}}, true},
		{byteFix{{20, 20, "("}}, true},
		{byteFix{{21, 30, ""}}, false},
		{byteFix{{6, 8, ""}, {7, 9, ""}}, true}, // a fix whose own edits overlap
	}
	for _, c := range cases {
		if got := s.conflicts(c.f); got != c.want {
			t.Errorf("conflicts(%v) = %v, want %v", c.f, got, c.want)
		}
	}
	for i := 1; i < len(s); i++ {
		if s[i-1].start > s[i].start {
			t.Errorf("edit set not sorted: %v", s)
		}
	}
}
