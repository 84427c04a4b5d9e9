package validator

import (
	"strings"
	"sync/atomic"
	"testing"

	"github.com/secint/secint/validator/worksheet"
)

// A long analysis calls the progress hook while it works: through a
// worksheet's many statements, and through one statement of a great many
// tokens, which only the parser walks.
func TestProgressWhileWorking(t *testing.T) {
	var ticks atomic.Int64
	OnProgress(func() { ticks.Add(1) })
	defer OnProgress(nil)
	for _, c := range []struct {
		name string
		text string
		min  int64
	}{
		{"a worksheet of 1 MB", worksheet.Generate(1 << 20), 10},
		{"one statement of 100,000 tokens", "ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = (" + strings.Repeat("'s', ", 50_000) + "'s');", 10},
	} {
		ticks.Store(0)
		Check(c.text)
		if got := ticks.Load(); got < c.min {
			t.Errorf("%s: %d calls of the progress hook, want at least %d", c.name, got, c.min)
		}
	}
	// A small request is answered without a word, and no hook means none.
	ticks.Store(0)
	Check("ALTER INTEGRATION x SET ENABLED = TRUE;")
	OnProgress(nil)
	Check(worksheet.Generate(64 << 10))
	if got := ticks.Load(); got != 0 {
		t.Errorf("%d calls for a small request and after OnProgress(nil), want 0", got)
	}
}
