package links

import (
	"fmt"
	"slices"
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
)

// None of the links is proven enforced when a statement runs, so each broken
// one is a warning that says what will fail and when (SPEC). Messages name
// the other statement by what it is and its name, never by line: a finding
// is kept while the text around it moves.

// Apply records what the statement establishes; base is the statement's
// rune offset in the document.
func (fs *Facts) Apply(ix Index, base int) {
	if fs.apply != nil {
		fs.apply(ix, base)
	}
}

// StaticDeps are the slots of the objects the statement's checks read that
// the statement itself names (made once). An ALTER SECRET also reads its
// secret's integration, which only the Index knows: AltersSecret.
func (fs *Facts) StaticDeps() []string {
	if fs.deps == nil {
		out := []string{}
		add := func(s string) {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
		if fs.secret != "" {
			add(Slot(ClassSecret, fs.secret))
		}
		for _, r := range fs.refs {
			if r.key != "" {
				add(Slot(r.class, r.key))
			}
			for _, a := range r.accesses {
				add(a)
			}
		}
		fs.deps = out
	}
	return fs.deps
}

// AltersSecret is the secret an ALTER SECRET changes ("" for another
// statement): its checks read that secret's integration too.
func (fs *Facts) AltersSecret() string { return fs.secret }

// Deps are StaticDeps and, for an ALTER SECRET, its secret's integration as
// ix knows it: when an edit affects one of them, the findings are made again.
func (fs *Facts) Deps(ix Index) []string {
	out := fs.StaticDeps()
	if fs.secret != "" {
		if o := ix.Find(ClassSecret, fs.secret); o != nil && o.Integration != "" && !slices.Contains(out, o.Integration) {
			out = append(out[:len(out):len(out)], o.Integration)
		}
	}
	return out
}

// HasRefs reports whether the statement has links to check.
func (fs *Facts) HasRefs() bool { return len(fs.refs) > 0 }

// Check reports the statement's broken links against what ix knows before
// it. Offsets count from the statement's start.
func (fs *Facts) Check(ix Index) []rules.Finding {
	var out []rules.Finding
	add := func(r ref, rule *rules.Rule, msg string, fixes ...rules.Fix) {
		out = append(out, rules.Finding{Rule: rule, Msg: msg, Start: r.start, End: r.end, Fixes: fixes})
	}
	for _, r := range fs.refs {
		switch r.role {
		case roleSecretIntegration, roleSecretScope, roleSecretRefresh, roleSecretScopes:
			fs.checkSecret(ix, r, add)
		case roleAccessRule:
			rule := ix.Find(ClassRule, r.key)
			if rule != nil && !strings.HasSuffix(rule.Mode, "EGRESS") {
				add(r, rules.RuleNotEgress, fmt.Sprintf(
					"%s is a network rule of MODE = %s (%s); an external access integration uses only egress rules, so code that relies on this one still cannot reach its hosts",
					r.name, rule.Mode, rule.Made))
			}
		case roleAccessIntegration:
			o := ix.Find(ClassAPIAuth, r.key)
			if o == nil {
				continue
			}
			if what := notAPIAuth(o); what != "" {
				add(r, rules.WrongIntegrationKind, fmt.Sprintf(
					"%s is %s (%s), but ALLOWED_API_AUTHENTICATION_INTEGRATIONS takes only security integrations of TYPE = API_AUTHENTICATION: no secret is allowed through it",
					r.name, what, o.Made))
			}
		case roleRoutineSecret:
			checkRoutineSecret(ix, r, add)
		}
	}
	return out
}

type addFunc func(r ref, rule *rules.Rule, msg string, fixes ...rules.Fix)

// notAPIAuth says what an integration is when it is not one of TYPE =
// API_AUTHENTICATION ("" when it is, or when its kind cannot be told).
func notAPIAuth(o *Object) string {
	switch o.Class {
	case ClassAccess:
		return "an external access integration"
	case ClassIntegration:
		if o.Type != "" {
			return "an integration of TYPE = " + o.Type
		}
		return "an integration of another kind"
	}
	return ""
}

// checkSecret checks a secret's references to its integration (R1 to R4).
func (fs *Facts) checkSecret(ix Index, r ref, add addFunc) {
	kinds, key, name := r.kinds, r.key, r.name
	if r.alter {
		self := ix.Find(ClassSecret, fs.secret)
		if self == nil {
			return // a secret made elsewhere: its TYPE and integration are not known
		}
		kinds = self.SecretKinds
		if key == "" {
			key, name = self.Integration, self.Integration
		}
	}
	if key == "" {
		return
	}
	o := ix.Find(ClassAPIAuth, key)
	if o == nil {
		return
	}
	if r.role == roleSecretIntegration {
		if what := notAPIAuth(o); what != "" {
			add(r, rules.WrongIntegrationKind, fmt.Sprintf(
				"%s is %s (%s), but a secret's API_AUTHENTICATION names a security integration of TYPE = API_AUTHENTICATION: the secret will have no tokens to give when a function first uses it",
				name, what, o.Made))
			return
		}
	}
	if o.Class != ClassAPIAuth {
		return
	}
	need := neededKinds(kinds)
	have := o.State.Kinds
	if have == catalog.KindNone || need == catalog.KindNone {
		return
	}
	if have&need == 0 {
		if r.role == roleSecretIntegration {
			msg := fmt.Sprintf("%s is an integration of %s (%s), but a secret of %s needs one of %s: the secret will have no tokens to give when a function first uses it",
				name, have.Describe(), o.Made, catalog.DescribeSecret(kinds), need.Describe())
			var fixes []rules.Fix
			if want := secretTypeFor(have); want != "" && r.typeProp != nil && r.onlyAuth && r.typeProp.Value != nil {
				v := r.typeProp.Value
				fixes = append(fixes, rules.Fix{Title: "Change TYPE to " + want, Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: want}}})
			}
			add(r, rules.WrongIntegrationKind, msg, fixes...)
		}
		return
	}
	flow := o.State.Flow
	switch r.role {
	case roleSecretScope:
		if o.Allowed != nil && !slices.Contains(o.Allowed, r.scope) {
			add(r, rules.ScopeNotAllowed, fmt.Sprintf(
				"this scope is not among the OAUTH_ALLOWED_SCOPES of %s (%s): the token request will be refused when a function first uses the secret",
				name, o.Made), removeScope(r)...)
		}
	case roleSecretRefresh:
		if flow == catalog.FlowClientCredentials {
			add(r, rules.SecretFlowMismatch, fmt.Sprintf(
				"%s uses the client credentials flow (%s), which has no refresh token: OAUTH_REFRESH_TOKEN belongs to secrets of authorization code integrations, and this one is never used",
				name, o.Made))
		}
	case roleSecretScopes:
		if flow == catalog.FlowAuthorizationCode {
			add(r, rules.SecretFlowMismatch, fmt.Sprintf(
				"%s uses the authorization code flow (%s), whose scopes come with the refresh token: OAUTH_SCOPES belongs to secrets of client credentials integrations",
				name, o.Made))
		}
	}
}

// removeScope deletes one scope from its list with the comma before or
// after it. The only scope of a list is not removed: an empty list would
// give the secret all the integration's scopes, more than it asked for.
func removeScope(r ref) []rules.Fix {
	if r.cutStart == r.cutEnd {
		return nil
	}
	return []rules.Fix{{Title: "Remove this scope", Edits: []rules.Edit{{Start: r.cutStart, End: r.cutEnd, Text: ""}}}}
}

// neededKinds is the kinds of integration a secret's TYPE pairs with (R2):
// OAUTH2 with AUTH_TYPE = OAUTH2, CLOUD_PROVIDER_TOKEN with AWS_IAM; none
// for a type that names no integration, or several types at once.
func neededKinds(k catalog.Kind) catalog.Kind {
	switch k {
	case catalog.KindSecretOAuth2:
		return catalog.KindOAuth2
	case catalog.KindSecretCloudToken:
		return catalog.KindAWSIAM
	}
	return catalog.KindNone
}

// secretTypeFor is the secret TYPE that pairs with an integration's kinds.
func secretTypeFor(k catalog.Kind) string {
	switch k {
	case catalog.KindOAuth2:
		return "OAUTH2"
	case catalog.KindAWSIAM:
		return "CLOUD_PROVIDER_TOKEN"
	}
	return ""
}

// withIntegration are the secret types that have an API_AUTHENTICATION.
const withIntegration = catalog.KindSecretOAuth2 | catalog.KindSecretCloudToken

// checkRoutineSecret checks that an external access integration the
// routine names allows one of its secrets (R6, R7): by listing it in
// ALLOWED_AUTHENTICATION_SECRETS (or ALL), or by listing its integration
// in ALLOWED_API_AUTHENTICATION_INTEGRATIONS. Any integration not made in
// the document might allow it: then nothing is said.
func checkRoutineSecret(ix Index, r ref, add addFunc) {
	if r.accesses == nil || len(r.accesses) == 0 {
		if r.create {
			add(r, rules.SecretNotAllowed, fmt.Sprintf(
				"this %s names secrets but no EXTERNAL_ACCESS_INTEGRATIONS: a secret is usable only through an external access integration that allows it, so CREATE %s fails",
				r.noun, strings.ToUpper(r.noun)))
		}
		return
	}
	secret := ix.Find(ClassSecret, r.key)
	var names []string
	for _, a := range r.accesses {
		o := ix.Find(ClassAccess, a)
		if o == nil || o.Class != ClassAccess {
			return // made elsewhere: it may allow the secret
		}
		if o.AllSecrets {
			return
		}
		for _, s := range o.Secrets {
			if s == r.key || compatible(s, r.key) {
				return
			}
		}
		if len(o.Integrations) > 0 && (secret == nil || secret.Integration == "" && secret.SecretKinds&withIntegration != 0) {
			return // the secret's integration is not known: it may be listed
		}
		if secret != nil && secret.Integration != "" && slices.Contains(o.Integrations, secret.Integration) {
			return
		}
		names = append(names, o.Name+" ("+o.Made+")")
	}
	what := "neither its ALLOWED_AUTHENTICATION_SECRETS nor its ALLOWED_API_AUTHENTICATION_INTEGRATIONS allows it"
	if len(names) > 1 {
		what = "none of them allows it, by either list"
	}
	add(r, rules.SecretNotAllowed, fmt.Sprintf(
		"the secret %s is not allowed by %s: %s, so this %s is refused when it is created",
		r.name, catalog.OrList(names), what, r.noun))
}
