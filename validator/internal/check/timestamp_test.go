package check

import (
	"math/rand"
	"regexp"
	"testing"
)

// The expression isTimestamp was written from (it used to be compiled here).
var timestampRegexp = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?( ?([A-Za-z]{2,5}|[+-]\d{2}:?\d{2}|Z))?)?$`)

func TestIsTimestampAgreesWithTheRegexp(t *testing.T) {
	cases := []string{
		"", "2030-01-01", "2030-01-01 20:00", "2030-01-01T20:00:00", "2030-01-01 20:00:00.123",
		"2030-01-01 20:00:00.", "2030-01-01 20:00:00 PDT", "2030-01-01 20:00:00PDT", "2030-01-01 20:00Z",
		"2030-01-01 20:00 Z", "2030-01-01 20:00 +05:30", "2030-01-01 20:00-0530", "2030-01-01 20:00 +05:3",
		"2030-01-01 20:00 ", "2030-01-01 ", "2030-01-01T", "2030-1-01", "20300-01-01", "2030-01-01 20:00 P",
		"2030-01-01 20:00 PDTXYZ", "2030-01-01 20:00 z", "2030-01-01 20:00 +0530x", "2030-01-01 20:00:0",
		"2030-01-01 20:00  PDT", "2030-01-01 20:00 +05::30", "２０３０-01-01", "2030-01-01 20:00 é",
	}
	// And random strings over the characters the shape is made of.
	const alphabet = "0123456789-: T.+ZzPDTaé"
	r := rand.New(rand.NewSource(1))
	for range 200000 {
		b := []byte("2030-01-01")
		if r.Intn(4) == 0 {
			b = b[:0]
		}
		for n := r.Intn(16); n > 0; n-- {
			b = append(b, alphabet[r.Intn(len(alphabet))])
		}
		cases = append(cases, string(b))
	}
	matched := 0
	for _, s := range cases {
		want := timestampRegexp.MatchString(s)
		if got := isTimestamp(s); got != want {
			t.Fatalf("isTimestamp(%q) = %v, the expression says %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 100 {
		t.Fatalf("only %d of the cases are timestamps: the random ones do not exercise the matcher", matched)
	}
}
