package catalog

import "strings"

// How each value type is shown to people: named in messages, given as an
// example, hinted at in a syntax error, and offered as a snippet. The checks
// of a value are check.checkValue's; the completion items of a value are the
// editor's valueItems.

// TypeText names the value type for messages and hovers.
func (p *PropertyInfo) TypeText() string {
	switch p.Type {
	case TypeString:
		return "a string in single quotes"
	case TypeURL:
		return "a URL string in single quotes"
	case TypeBool:
		return "TRUE or FALSE"
	case TypeEnum, TypeGrant:
		return OrList(p.Allowed)
	case TypeInteger:
		return "a whole number"
	case TypeScopes:
		return "a list of scope strings in parentheses"
	case TypeName:
		return "a name"
	case TypeTimestamp:
		return "a timestamp string such as '2030-01-01 00:00:00'"
	case TypeNameList:
		if len(p.Allowed) > 0 {
			return "a list of " + p.Refers.Plural() + " in parentheses, or " + OrList(p.Allowed)
		}
		return "a list of " + p.Refers.Plural() + " in parentheses"
	}
	return "a value"
}

// Noun names the kind of object for people.
func (r Ref) Noun() string {
	switch r {
	case RefIntegration:
		return "security integration"
	case RefSecret:
		return "secret"
	case RefNetworkRule:
		return "network rule"
	}
	return "object"
}

// Plural is Noun for several.
func (r Ref) Plural() string { return r.Noun() + "s" }

// Example is a well-formed value, for messages, snippets and fixes.
func (p *PropertyInfo) Example() string {
	switch p.Type {
	case TypeURL:
		return "'https://…'"
	case TypeString:
		return "'…'"
	case TypeBool:
		return "TRUE"
	case TypeEnum:
		return p.Allowed[len(p.Allowed)-1]
	case TypeGrant:
		return "'" + p.Allowed[0] + "'"
	case TypeInteger:
		return "3600"
	case TypeScopes:
		return "('scope')"
	case TypeName:
		return "my_integration"
	case TypeTimestamp:
		return "'2030-01-01 00:00:00'"
	case TypeNameList:
		return "(my_" + strings.ReplaceAll(p.Refers.Noun(), " ", "_") + ")"
	}
	return ""
}

// ExampleNumber is an integer property's example value: its default, else
// an hour.
func (p *PropertyInfo) ExampleNumber() string {
	if p.Default != "" {
		return p.Default
	}
	return "3600"
}

// PlaceholderText is the snippet text of a string value.
func (p *PropertyInfo) PlaceholderText() string {
	if p.Placeholder != "" {
		return p.Placeholder
	}
	return "text"
}

// Hint says what a value should look like, for a syntax error that expected
// one.
func (p *PropertyInfo) Hint() string {
	switch p.Type {
	case TypeURL:
		return "a string such as 'https://…'"
	case TypeString:
		return "a string in single quotes"
	case TypeScopes:
		return "a list of scopes such as ('scope')"
	}
	return p.TypeText()
}

// Snippet is the value as a snippet with a tab stop; grants is the order in
// which to offer OAUTH_GRANT's values.
func (p *PropertyInfo) Snippet(grants []string) string {
	switch p.Type {
	case TypeBool:
		return "${1|TRUE,FALSE|}"
	case TypeEnum:
		if len(p.Allowed) == 1 {
			return p.Allowed[0]
		}
		return "${1|" + strings.Join(p.Allowed, ",") + "|}"
	case TypeGrant:
		return "'${1|" + strings.Join(grants, ",") + "|}'"
	case TypeURL:
		return "'${1:https://}'"
	case TypeString:
		return "'${1:" + p.PlaceholderText() + "}'"
	case TypeInteger:
		return "${1:" + p.ExampleNumber() + "}"
	case TypeScopes:
		return "('${1:scope}')"
	case TypeNameList:
		return "(${1:" + strings.ReplaceAll(p.Refers.Noun(), " ", "_") + "})"
	case TypeName:
		return "${1:" + strings.ReplaceAll(p.Refers.Noun(), " ", "_") + "}"
	case TypeTimestamp:
		return "'${1:2030-01-01 00:00:00}'"
	}
	return "$1"
}
