package document

// graveyard keeps segments that edits removed, by text, oldest first out,
// while their texts add up to no more than the document and for at most
// graveyardUpdates updates: long enough for a quote to be closed again, short
// enough that ordinary typing keeps only its last few dozen statements.
type graveyard struct {
	ByText  map[string]*segment
	Order   []buried
	size    int
	updates int // analyses so far, the graveyard's clock
}

type buried struct {
	s  *segment
	at int // g.updates when buried
}

const GraveyardUpdates = 100

func (g *graveyard) bury(s *segment) {
	if s.St == nil {
		return // nothing worth keeping
	}
	if g.ByText == nil {
		g.ByText = map[string]*segment{}
	}
	if _, ok := g.ByText[s.Text]; ok {
		return
	}
	g.ByText[s.Text] = s
	g.Order = append(g.Order, buried{s, g.updates})
	g.size += len(s.Text)
}

// take returns a removed segment with this text, or nil. It stays in the
// graveyard: the same statement may come back more than once.
func (g *graveyard) take(text string) *segment {
	return g.ByText[text]
}

// trim ends an analysis: it forgets the segments buried GraveyardUpdates
// analyses ago, and the oldest ones until their texts add up to at most
// limit bytes (64 KB may always stay).
func (g *graveyard) trim(limit int) {
	g.updates++
	limit = max(limit, 64<<10)
	n := 0
	for n < len(g.Order) && (g.size > limit || g.updates-g.Order[n].at > GraveyardUpdates) {
		s := g.Order[n].s
		delete(g.ByText, s.Text)
		g.size -= len(s.Text)
		n++
	}
	if n > 0 {
		g.Order = append(g.Order[:0:0], g.Order[n:]...)
	}
}

// nameSet is a set of integration names. An edit touches one or two, and
// the few are looked up in every statement: a list is faster than a map.
type nameSet struct {
	few  []string
	many map[string]bool
}

func (n *nameSet) add(name string) {
	switch {
	case name == "" || n.has(name):
	case n.many != nil:
		n.many[name] = true
	case len(n.few) < 8:
		n.few = append(n.few, name)
	default:
		n.many = map[string]bool{name: true}
		for _, f := range n.few {
			n.many[f] = true
		}
		n.few = nil
	}
}

// each calls fn with every name of the set.
func (n *nameSet) each(fn func(string)) {
	if n.many != nil {
		for k := range n.many {
			fn(k)
		}
		return
	}
	for _, f := range n.few {
		fn(f)
	}
}

func (n *nameSet) has(name string) bool {
	if n.many != nil {
		return n.many[name]
	}
	for _, f := range n.few {
		if f == name {
			return true
		}
	}
	return false
}

func (n *nameSet) empty() bool { return len(n.few) == 0 && len(n.many) == 0 }

func (n *nameSet) clear() { n.few, n.many = n.few[:0], nil }
