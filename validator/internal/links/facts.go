package links

import (
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/check"
	"github.com/secint/secint/validator/internal/syntax"
)

// Facts is what one statement means for the links: the objects it makes,
// changes or drops (Slots; an edit of the statement affects them), how it
// changes the Index, and the references it holds. Made once per parse;
// offsets count from the statement's start.
type Facts struct {
	Slots []string
	// apply records the statement in ix; base places it in the document.
	apply func(ix Index, base int)
	refs  []ref
	// secret is the secret an ALTER SECRET changes: its checks read the
	// secret's TYPE and integration from the Index.
	secret string
	deps   []string // StaticDeps, once made
}

// role is what a reference is for, which decides its checks.
type role int

const (
	roleSecretIntegration role = iota // a secret's API_AUTHENTICATION
	roleSecretScope                   // one of a secret's OAUTH_SCOPES
	roleSecretRefresh                 // a secret's OAUTH_REFRESH_TOKEN (its name)
	roleSecretScopes                  // a secret's OAUTH_SCOPES (its name)
	roleAccessRule                    // an item of ALLOWED_NETWORK_RULES
	roleAccessIntegration             // an item of ALLOWED_API_AUTHENTICATION_INTEGRATIONS
	roleRoutineSecret                 // an item of a routine's SECRETS
)

// ref is one reference: the object it names (class and key), where it
// stands, and for the checks the statement's own context.
type ref struct {
	role       role
	class      Class
	key, name  string
	start, end int
	// A secret's references: its TYPE's kinds, whether it is altered (its
	// TYPE and integration then come from the Index), and the scope's text.
	kinds catalog.Kind
	alter bool
	scope string
	// cutStart and cutEnd are what removing the scope deletes (its comma
	// too); equal when it is the list's only item.
	cutStart, cutEnd int
	typeProp         *syntax.Property // the secret's TYPE, for the fix that changes it
	onlyAuth         bool             // the secret sets nothing a TYPE change would strand
	// A routine's secret: the external access integrations it names (nil:
	// none given, so none allows the secret), and whether it is a CREATE.
	accesses []string
	create   bool
	noun     string
}

// FactsOf reads a statement of our family.
func FactsOf(st *syntax.Statement) *Facts {
	if st.Name == nil {
		return nil
	}
	key := st.Name.Key()
	switch st.Kind {
	case syntax.KindCreate:
		if len(st.Name.Parts) != 1 {
			return nil
		}
		return createIntegration(st, key)
	case syntax.KindAlter:
		if len(st.Name.Parts) != 1 {
			return nil
		}
		return alterIntegration(st, key)
	case syntax.KindDrop:
		return &Facts{Slots: []string{key}, apply: func(ix Index, _ int) { ix.Drop(ClassIntegration, key) }}
	case syntax.KindDropSecret:
		return &Facts{Slots: []string{Slot(ClassSecret, key)}, apply: func(ix Index, _ int) { ix.Drop(ClassSecret, key) }}
	case syntax.KindCreateSecret:
		return createSecret(st, key)
	case syntax.KindAlterSecret:
		return alterSecret(st, key)
	case syntax.KindCreateAccess:
		return createAccess(st, key)
	case syntax.KindAlterAccess:
		return alterAccess(st, key)
	}
	return nil
}

// ForeignFacts reads a network rule or a routine.
func ForeignFacts(f *syntax.Foreign) *Facts {
	switch f.Kind {
	case syntax.ForeignNetworkRule:
		if !f.Create {
			return nil
		}
		key, name := f.Name.Key(), nameText(f.Name)
		mode := "INGRESS"
		if f.Mode != nil {
			mode = syntax.UpperASCII(strings.TrimSpace(f.Mode.Content))
		}
		start, end := f.Name.Start, f.Name.End
		return &Facts{Slots: []string{Slot(ClassRule, key)}, apply: func(ix Index, base int) {
			o := &Object{Class: ClassRule, Key: key, Name: name, Made: "created by CREATE NETWORK RULE " + name, Mode: mode}
			o.Def.Start, o.Def.End = base+start, base+end
			ix.Put(o)
		}}
	case syntax.ForeignRoutine:
		if f.Secrets == nil {
			return nil
		}
		var accesses []string
		if f.Accesses != nil {
			accesses = []string{}
			for _, it := range f.Accesses.Items {
				accesses = append(accesses, refKey(it))
			}
		} else if !f.Create {
			return nil // ALTER ... SET SECRETS alone: its integrations were given earlier
		}
		fs := &Facts{}
		for _, it := range f.Secrets.Items {
			fs.refs = append(fs.refs, ref{role: roleRoutineSecret, class: ClassSecret, key: refKey(it), name: valueText(it),
				start: it.Start, end: it.End, accesses: accesses, create: f.Create, noun: f.Noun})
		}
		return fs
	}
	return nil
}

func createIntegration(st *syntax.Statement, key string) *Facts {
	r := check.Registry{}
	r.Apply(st)
	state := r[key]
	state.Created = nil
	class := ClassUnknown
	switch state.Kind {
	case check.KindOurs:
		class = ClassAPIAuth
	case check.KindForeign:
		class = ClassIntegration
	}
	typ := ""
	if p := find(st.Properties, "TYPE"); p != nil {
		typ = word(p.Value)
	}
	allowed := scopesOf(find(st.Properties, "OAUTH_ALLOWED_SCOPES"))
	name := nameText(st.Name)
	start, end := st.Name.Start, st.Name.End
	return &Facts{Slots: []string{key}, apply: func(ix Index, base int) {
		o := &Object{Class: class, Key: key, Name: name, Made: "created by CREATE SECURITY INTEGRATION " + name, Type: typ, State: state, Allowed: allowed}
		o.Def.Start, o.Def.End = base+start, base+end
		ix.Put(o)
	}}
}

func alterIntegration(st *syntax.Statement, key string) *Facts {
	var sets, unsets []*syntax.Property
	for _, a := range st.Actions {
		switch a.Kind {
		case syntax.ActionSet:
			sets = append(sets, a.Items...)
		case syntax.ActionUnset:
			unsets = append(unsets, a.Items...)
		}
	}
	grant := find(sets, "OAUTH_GRANT")
	scopes := find(sets, "OAUTH_ALLOWED_SCOPES")
	if grant == nil && scopes == nil && find(unsets, "OAUTH_GRANT") == nil && find(unsets, "OAUTH_ALLOWED_SCOPES") == nil {
		return nil
	}
	allowed := scopesOf(scopes)
	return &Facts{Slots: []string{key}, apply: func(ix Index, _ int) {
		old := ix.Find(ClassAPIAuth, key)
		if old == nil || old.Class != ClassAPIAuth {
			return
		}
		o := *old
		if grant != nil {
			o.State.Flow = catalog.FlowFromGrant(word(grant.Value))
		}
		if find(unsets, "OAUTH_GRANT") != nil {
			o.State.Flow = catalog.FlowNone
		}
		if scopes != nil {
			o.Allowed = allowed
		}
		if find(unsets, "OAUTH_ALLOWED_SCOPES") != nil {
			o.Allowed = nil
		}
		ix.Put(&o)
	}}
}

func createSecret(st *syntax.Statement, key string) *Facts {
	kinds := catalog.KindsSecret
	typ := find(st.Properties, "TYPE")
	if typ != nil {
		kinds = catalog.SecretKindsFor(word(typ.Value))
	}
	auth := find(st.Properties, "API_AUTHENTICATION")
	scopes := find(st.Properties, "OAUTH_SCOPES")
	refresh := find(st.Properties, "OAUTH_REFRESH_TOKEN")
	name := nameText(st.Name)
	start, end := st.Name.Start, st.Name.End
	obj := Object{Class: ClassSecret, Key: key, Name: name, Made: "created by CREATE SECRET " + name, SecretKinds: kinds,
		Scopes: scopesOf(scopes), Refresh: refresh != nil}
	if auth != nil {
		obj.Integration = refKey(auth.Value)
	}
	fs := &Facts{Slots: []string{Slot(ClassSecret, key)}, apply: func(ix Index, base int) {
		o := obj
		o.Def.Start, o.Def.End = base+start, base+end
		ix.Put(&o)
	}}
	if auth != nil && auth.Value != nil && auth.Value.Kind != syntax.ValueVariable {
		onlyAuth := true
		for _, p := range st.Properties {
			if k := p.Name.Key(); k != "TYPE" && k != "API_AUTHENTICATION" && k != "COMMENT" {
				onlyAuth = false
			}
		}
		fs.secretRefs(auth, scopes, refresh, kinds, false, typ, onlyAuth)
	}
	return fs
}

func alterSecret(st *syntax.Statement, key string) *Facts {
	var sets []*syntax.Property
	for _, a := range st.Actions {
		if a.Kind == syntax.ActionSet {
			sets = append(sets, a.Items...)
		}
	}
	auth := find(sets, "API_AUTHENTICATION")
	scopes := find(sets, "OAUTH_SCOPES")
	refresh := find(sets, "OAUTH_REFRESH_TOKEN")
	if auth == nil && scopes == nil && refresh == nil {
		return nil
	}
	fs := &Facts{Slots: []string{Slot(ClassSecret, key)}, secret: key, apply: func(ix Index, _ int) {
		old := ix.Find(ClassSecret, key)
		if old == nil {
			return
		}
		o := *old
		if auth != nil {
			o.Integration = refKey(auth.Value)
		}
		if scopes != nil {
			o.Scopes = scopesOf(scopes)
		}
		if refresh != nil {
			o.Refresh = true
		}
		ix.Put(&o)
	}}
	fs.secretRefs(auth, scopes, refresh, catalog.KindNone, true, nil, false)
	return fs
}

// secretRefs records a secret's references to its integration: the
// integration itself (when given here), each scope, and the flow's
// properties. For an ALTER the integration may come from the Index.
func (fs *Facts) secretRefs(auth, scopes, refresh *syntax.Property, kinds catalog.Kind, alter bool, typ *syntax.Property, onlyAuth bool) {
	base := ref{class: ClassAPIAuth, kinds: kinds, alter: alter}
	if auth != nil && auth.Value != nil {
		base.key, base.name = refKey(auth.Value), valueText(auth.Value)
		r := base
		r.role, r.start, r.end, r.typeProp, r.onlyAuth = roleSecretIntegration, auth.Value.Start, auth.Value.End, typ, onlyAuth
		fs.refs = append(fs.refs, r)
	}
	// The flow checks (R4) underline the reference to the integration when
	// the statement writes one, else the property.
	flowRange := func(p *syntax.Property) (int, int) {
		if auth != nil && auth.Value != nil {
			return auth.Value.Start, auth.Value.End
		}
		return p.Name.Start, p.Name.End
	}
	if scopes != nil && scopes.Value != nil {
		r := base
		r.role = roleSecretScopes
		r.start, r.end = flowRange(scopes)
		fs.refs = append(fs.refs, r)
		items := scopes.Value.Items
		for i, it := range items {
			if it.IsString() {
				r := base
				r.role, r.start, r.end, r.scope = roleSecretScope, it.Start, it.End, it.Content
				switch {
				case i > 0:
					r.cutStart, r.cutEnd = items[i-1].End, it.End
				case len(items) > 1:
					r.cutStart, r.cutEnd = it.Start, items[1].Start
				}
				fs.refs = append(fs.refs, r)
			}
		}
	}
	if refresh != nil {
		r := base
		r.role = roleSecretRefresh
		r.start, r.end = flowRange(refresh)
		fs.refs = append(fs.refs, r)
	}
}

func createAccess(st *syntax.Statement, key string) *Facts {
	if len(st.Name.Parts) != 1 {
		return nil
	}
	name := nameText(st.Name)
	start, end := st.Name.Start, st.Name.End
	obj := Object{Class: ClassAccess, Key: key, Name: name, Made: "created by CREATE EXTERNAL ACCESS INTEGRATION " + name}
	setLists(&obj, st.Properties)
	fs := &Facts{Slots: []string{key}, apply: func(ix Index, base int) {
		o := obj
		o.Def.Start, o.Def.End = base+start, base+end
		ix.Put(&o)
	}}
	fs.accessRefs(st.Properties)
	return fs
}

func alterAccess(st *syntax.Statement, key string) *Facts {
	var sets, unsets []*syntax.Property
	for _, a := range st.Actions {
		switch a.Kind {
		case syntax.ActionSet:
			sets = append(sets, a.Items...)
		case syntax.ActionUnset:
			unsets = append(unsets, a.Items...)
		}
	}
	fs := &Facts{Slots: []string{key}, apply: func(ix Index, _ int) {
		old := ix.Find(ClassAccess, key)
		if old == nil || old.Class != ClassAccess {
			return
		}
		o := *old
		setLists(&o, sets)
		for _, p := range unsets {
			switch p.Name.Key() {
			case "ALLOWED_NETWORK_RULES":
				o.Rules = nil
			case "ALLOWED_API_AUTHENTICATION_INTEGRATIONS":
				o.Integrations, o.IntsKnown = nil, true
			case "ALLOWED_AUTHENTICATION_SECRETS":
				o.Secrets, o.AllSecrets, o.SecretsKnown = nil, false, true
			}
		}
		ix.Put(&o)
	}}
	fs.accessRefs(sets)
	return fs
}

// setLists records an external access integration's lists.
func setLists(o *Object, props []*syntax.Property) {
	for _, p := range props {
		if p.Value == nil {
			continue
		}
		keys, kw := listKeys(p.Value)
		switch p.Name.Key() {
		case "ALLOWED_NETWORK_RULES":
			o.Rules = keys
		case "ALLOWED_API_AUTHENTICATION_INTEGRATIONS":
			o.Integrations, o.IntsKnown = keys, p.Value.Kind != syntax.ValueVariable
		case "ALLOWED_AUTHENTICATION_SECRETS":
			o.Secrets, o.AllSecrets, o.SecretsKnown = keys, kw == "ALL", p.Value.Kind != syntax.ValueVariable
			if !o.SecretsKnown {
				o.AllSecrets = true // a variable: anything may be in it
			}
		}
	}
}

func (fs *Facts) accessRefs(props []*syntax.Property) {
	for _, p := range props {
		if p.Value == nil || p.Value.Kind != syntax.ValueList {
			continue
		}
		var r role
		var class Class
		switch p.Name.Key() {
		case "ALLOWED_NETWORK_RULES":
			r, class = roleAccessRule, ClassRule
		case "ALLOWED_API_AUTHENTICATION_INTEGRATIONS":
			r, class = roleAccessIntegration, ClassAPIAuth
		default:
			continue
		}
		for _, it := range p.Value.Items {
			if it.Kind == syntax.ValueWord || it.IsString() {
				fs.refs = append(fs.refs, ref{role: r, class: class, key: refKey(it), name: valueText(it), start: it.Start, end: it.End})
			}
		}
	}
}

// listKeys reads a list of names: their keys, or the keyword (NONE, ALL)
// it stands for.
func listKeys(v *syntax.Value) ([]string, string) {
	items := []*syntax.Value{v}
	if v.Kind == syntax.ValueList {
		items = v.Items
	}
	if len(items) == 1 && items[0].Kind == syntax.ValueWord && !items[0].Quoted && !items[0].Qualified {
		if w := syntax.UpperASCII(items[0].Content); w == "NONE" || w == "ALL" {
			return nil, w
		}
	}
	keys := []string{}
	for _, it := range items {
		if it.Kind == syntax.ValueWord || it.IsString() {
			keys = append(keys, refKey(it))
		}
	}
	return keys, ""
}

// refKey is the key of the object a value names. A word is as Snowflake
// folds it. A string holding one name reads as IDENTIFIER('...') does: folded
// to upper case unless it is in double quotes ('aws_int' is AWS_INT). A
// string holding a path (db.schema.secret) is case-sensitive, as the
// documentation says of such paths (R15): kept as written, quotes dropped.
func refKey(v *syntax.Value) string {
	if v == nil {
		return ""
	}
	if !v.IsString() {
		return v.Content
	}
	s := strings.TrimSpace(v.Content)
	if strings.Contains(s, ".") {
		return strings.ReplaceAll(s, `"`, "")
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return syntax.UnquoteIdent(s)
	}
	return syntax.UpperASCII(s)
}

// valueText is a reference as written, for messages.
func valueText(v *syntax.Value) string {
	if v.Text != "" {
		return v.Text
	}
	return v.Content
}

func nameText(n *syntax.Name) string {
	var b strings.Builder
	for i, p := range n.Parts {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

func find(items []*syntax.Property, name string) *syntax.Property {
	for _, p := range items {
		if p.Name.Key() == name {
			return p
		}
	}
	return nil
}

func word(v *syntax.Value) string {
	if v == nil || v.Kind == syntax.ValueList || v.Kind == syntax.ValueNumber {
		return ""
	}
	return syntax.UpperASCII(strings.TrimSpace(v.Content))
}

// scopesOf reads a list of scope strings; nil when it is not one (a
// variable, or not given), which means "not known".
func scopesOf(p *syntax.Property) []string {
	if p == nil || p.Value == nil || p.Value.Kind != syntax.ValueList {
		return nil
	}
	out := []string{}
	for _, it := range p.Value.Items {
		if !it.IsString() {
			return nil
		}
		out = append(out, it.Content)
	}
	return out
}
