package validator

import (
	"reflect"
	"sync"
	"testing"

	"github.com/secint/secint/validator/internal/syntax"
	"github.com/secint/secint/validator/protocol"
)

// TestConcurrentChecks: the pooled lexers and parsers serve goroutines at
// once (the command line checks files in parallel; go test -race watches).
func TestConcurrentChecks(t *testing.T) {
	texts := fuzzTexts(t)
	want := make([][]protocol.Diagnostic, len(texts))
	for i, s := range texts {
		want[i] = Check(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k*7 + g*13) % len(texts)
				if got := Check(texts[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%q: concurrent check differs", syntax.Clip(texts[i]))
					return
				}
			}
		}(g)
	}
	wg.Wait()
}
