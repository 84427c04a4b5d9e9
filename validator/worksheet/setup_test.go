package worksheet

import (
	"regexp"
	"strings"
	"testing"
)

const repetitionMark = "-- setup _"

var (
	createRe = regexp.MustCompile(`(?i)\bcreate\s+(?:or\s+replace\s+)?(security\s+integration|secret|network\s+rule|external\s+access\s+integration|function)\s+(?:if\s+not\s+exists\s+)?([A-Za-z0-9_$.]+)`)
	// References: a secret's integration, and the lists of an external
	// access integration and of a function.
	apiAuthRe = regexp.MustCompile(`(?i)\bapi_authentication\s*=\s*([A-Za-z0-9_$.]+)`)
	listRe    = regexp.MustCompile(`(?i)\b(allowed_network_rules|allowed_api_authentication_integrations|allowed_authentication_secrets|external_access_integrations|secrets)\s*=\s*\(([^)]*)\)`)
)

func TestSetupSizeTarget(t *testing.T) {
	for _, size := range []int{1, 100, 4096, 100_000, 1 << 20} {
		text := GenerateSetup(size)
		if len(text) < size {
			t.Errorf("size %d: got %d bytes", size, len(text))
		}
		// No repetition more than needed: the text before the last one
		// is still short of the target.
		if last := strings.LastIndex(text, repetitionMark); last < 0 || last >= size {
			t.Errorf("size %d: the last repetition starts at %d", size, last)
		}
		if again := GenerateSetup(size); again != text {
			t.Errorf("size %d: two runs differ", size)
		}
	}
}

// TestSetupNamesUnique checks that no object is created twice, whatever its
// kind (the last part of a qualified name is compared, case folded), and
// that every repetition creates each kind of object.
func TestSetupNamesUnique(t *testing.T) {
	text := GenerateSetup(1 << 18)
	seen := map[string]int{}
	for i, rep := range repetitions(text) {
		kinds := map[string]int{}
		for _, m := range createRe.FindAllStringSubmatch(rep, -1) {
			kind := strings.Join(strings.Fields(strings.ToLower(m[1])), " ")
			kinds[kind]++
			name := lastPart(m[2])
			if j, dup := seen[name]; dup {
				t.Errorf("%s created in repetitions %d and %d", name, j, i)
			}
			seen[name] = i
		}
		want := map[string]int{"security integration": 5, "secret": 4, "network rule": 1, "external access integration": 1, "function": 1}
		for k, n := range want {
			if kinds[k] != n {
				t.Errorf("repetition %d: %d CREATE %s, want %d", i, kinds[k], strings.ToUpper(k), n)
			}
		}
	}
	if len(seen) < 12*10 {
		t.Errorf("only %d names", len(seen))
	}
}

// TestSetupLinks checks that every reference names an object created
// earlier in the same repetition (the lists hold no none or all).
func TestSetupLinks(t *testing.T) {
	for i, rep := range repetitions(GenerateSetup(1 << 16)) {
		created := map[string]int{}
		for _, m := range createRe.FindAllStringSubmatchIndex(rep, -1) {
			created[strings.ToLower(rep[m[4]:m[5]])] = m[0]
		}
		check := func(ref string, at int) {
			ref = strings.ToLower(strings.TrimSpace(ref))
			if pos, ok := created[ref]; !ok || pos > at {
				t.Errorf("repetition %d: %q is not created before its use", i, ref)
			}
		}
		refs := 0
		for _, m := range apiAuthRe.FindAllStringSubmatchIndex(rep, -1) {
			check(rep[m[2]:m[3]], m[0])
			refs++
		}
		for _, m := range listRe.FindAllStringSubmatchIndex(rep, -1) {
			for _, item := range strings.Split(rep[m[4]:m[5]], ",") {
				if strings.EqualFold(rep[m[2]:m[3]], "secrets") {
					_, item, _ = strings.Cut(item, "=") // 'key' = secret
				}
				check(item, m[0])
				refs++
			}
		}
		// 4 secrets' integrations; the EAI's 1 rule, 3 integrations and 4
		// secrets; the function's 1 EAI and 4 secrets.
		if refs != 17 {
			t.Errorf("repetition %d: %d references, want 17", i, refs)
		}
	}
}

// TestSetupBenchHooks checks for what web/bench edits and counts in a
// worksheet: an OAUTH_CLIENT_ID, an ALTER SECURITY INTEGRATION ... SET, the
// two-error ALTER and the pausing ALTER of withProblems.
func TestSetupBenchHooks(t *testing.T) {
	text := GenerateSetup(1 << 16)
	for _, s := range []string{"OAUTH_CLIENT_ID", "SET OAUTH_CLIENTID = 'typo', ENABLED = maybe;", "SET ENABLED = FALSE, COMMENT = 'paused"} {
		if !strings.Contains(text, s) {
			t.Errorf("no %q", s)
		}
	}
	if !regexp.MustCompile(`ALTER SECURITY INTEGRATION \w+ SET `).MatchString(text) {
		t.Error("no ALTER SECURITY INTEGRATION ... SET")
	}
}

func repetitions(text string) []string {
	parts := strings.Split(text, repetitionMark)
	if parts[0] != "" {
		panic("text before the first repetition")
	}
	return parts[1:]
}

func lastPart(name string) string {
	name = strings.ToLower(name)
	return name[strings.LastIndex(name, ".")+1:]
}
