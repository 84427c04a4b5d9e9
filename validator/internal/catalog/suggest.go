package catalog

import "strings"

// SuggestProperty finds the catalog property a misspelt name most likely
// meant among those fit (may stand where the name stands and is not yet in
// the statement), or nil.
func SuggestProperty(name string, fit func(*PropertyInfo) bool) *PropertyInfo {
	var names []string
	for _, p := range Catalog {
		if fit(p) {
			names = append(names, p.Name)
		}
	}
	if s := Suggest(name, names); s != "" {
		return LookupProperty(s)
	}
	return nil
}

// Suggest picks the candidate closest to word: by edit distance when it is
// small for the word's length, else the one candidate whose underscore-parts
// each start with one of the word's parts (OAUTH_SCOPE → OAUTH_ALLOWED_SCOPES).
func Suggest(word string, candidates []string) string {
	word = strings.ToUpper(word)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := distance(word, c); d < bestD {
			best, bestD = c, d
		}
	}
	limit := len(word) / 3
	if limit < 2 {
		limit = 2
	}
	if bestD <= limit && bestD < len(word) {
		return best
	}
	var match []string
	for _, c := range candidates {
		if partsMatch(word, c) {
			match = append(match, c)
		}
	}
	if len(match) == 1 {
		return match[0]
	}
	return ""
}

// partsMatch reports whether every part of word begins a distinct part of c.
func partsMatch(word, c string) bool {
	wp := strings.Split(word, "_")
	cp := strings.Split(c, "_")
	if len(wp) < 2 {
		return false
	}
	j := 0
	for _, w := range wp {
		if len(w) < 3 {
			return false
		}
		for j < len(cp) && !strings.HasPrefix(cp[j], w) {
			j++
		}
		if j == len(cp) {
			return false
		}
		j++
	}
	return true
}

// distance is the Levenshtein distance between two ASCII-ish strings.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
