// Package existing reads the objects an account already has, in the shape a
// worksheet app gets them from Snowflake (the rows of SHOW INTEGRATIONS with
// DESCRIBE INTEGRATION's, SHOW SECRETS or DESCRIBE SECRET, SHOW NETWORK
// RULES), into what the checks, the links and completion know of an object
// the document creates. A row may carry every column Snowflake returns, in
// either case; what is not needed is ignored. Snowflake never returns a
// secret's value, and a row that holds one anyway is read without it.
package existing

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Context is the objects declared outside the document.
type Context struct {
	Integrations []Integration `json:"integrations,omitempty"`
	Secrets      []Secret      `json:"secrets,omitempty"`
	NetworkRules []NetworkRule `json:"network_rules,omitempty"`
}

// Integration is a row of SHOW INTEGRATIONS (name, type, category), with
// the rows of its DESCRIBE INTEGRATION (property, property_value) when
// known. Names are as Snowflake stores them (upper case unless quoted).
type Integration struct {
	Name       string     `json:"name"`
	Type       string     `json:"type"`
	Category   string     `json:"category,omitempty"`
	Properties []Property `json:"properties,omitempty"`
}

// Property is a row of DESCRIBE INTEGRATION.
type Property struct {
	Property string `json:"property"`
	Value    string `json:"property_value"`
}

// Secret is a row of SHOW SECRETS or DESCRIBE SECRET.
type Secret struct {
	Name            string `json:"name"`
	DatabaseName    string `json:"database_name,omitempty"`
	SchemaName      string `json:"schema_name,omitempty"`
	SecretType      string `json:"secret_type"`
	IntegrationName string `json:"integration_name,omitempty"`
	OAuthScopes     string `json:"oauth_scopes,omitempty"`
}

// NetworkRule is a row of SHOW NETWORK RULES.
type NetworkRule struct {
	Name         string `json:"name"`
	DatabaseName string `json:"database_name,omitempty"`
	SchemaName   string `json:"schema_name,omitempty"`
	Type         string `json:"type,omitempty"`
	Mode         string `json:"mode"`
}

// Parse reads a context from JSON.
func Parse(data []byte) (*Context, error) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("context: %v", err)
	}
	return FromValue(v)
}

// FromValue reads a context from a decoded JSON value (objects as
// map[string]any, arrays as []any), as encoding/json or a JavaScript
// object's conversion gives it. The types here have no JSON methods of their
// own: in WebAssembly, where values come from JavaScript, the JSON decoder
// would cost half a megabyte of code.
func FromValue(v any) (*Context, error) {
	top, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("context: an object of integrations, secrets and network_rules, not %s", kindOf(v))
	}
	c := &Context{}
	for k, val := range top {
		rows, err := rowsOf(k, val)
		if err != nil {
			return nil, err
		}
		switch strings.ToLower(k) {
		case "integrations":
			for _, r := range rows {
				in := Integration{Name: r.str("name"), Type: r.str("type"), Category: r.str("category")}
				if p, ok := r["properties"]; ok {
					props, err := rowsOf("properties", p)
					if err != nil {
						return nil, fmt.Errorf("context: integration %s: %v", in.Name, err)
					}
					for _, pr := range props {
						in.Properties = append(in.Properties, Property{Property: strings.ToUpper(pr.str("property")), Value: pr.str("property_value")})
					}
				}
				if in.Name == "" {
					return nil, fmt.Errorf("context: integrations: a row without a name")
				}
				c.Integrations = append(c.Integrations, in)
			}
		case "secrets":
			for _, r := range rows {
				s := Secret{Name: r.str("name"), DatabaseName: r.str("database_name"), SchemaName: r.str("schema_name"),
					SecretType: r.str("secret_type"), IntegrationName: r.str("integration_name"), OAuthScopes: r.str("oauth_scopes")}
				if s.Name == "" {
					return nil, fmt.Errorf("context: secrets: a row without a name")
				}
				c.Secrets = append(c.Secrets, s)
			}
		case "network_rules":
			for _, r := range rows {
				n := NetworkRule{Name: r.str("name"), DatabaseName: r.str("database_name"), SchemaName: r.str("schema_name"),
					Type: r.str("type"), Mode: r.str("mode")}
				if n.Name == "" {
					return nil, fmt.Errorf("context: network_rules: a row without a name")
				}
				c.NetworkRules = append(c.NetworkRules, n)
			}
		default:
			return nil, fmt.Errorf("context: unknown field %q (integrations, secrets, network_rules)", k)
		}
	}
	return c, nil
}

// row is one row with its column names in lower case.
type row map[string]any

// str is a column as text: a string as it is, a list of strings (scopes)
// as Snowflake prints one, another value as empty.
func (r row) str(col string) string {
	switch v := r[col].(type) {
	case string:
		return v
	case []any:
		var parts []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				parts = append(parts, s)
			}
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return ""
}

func rowsOf(field string, v any) ([]row, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("context: %s must be a list of rows, not %s", field, kindOf(v))
	}
	out := make([]row, 0, len(list))
	for i, x := range list {
		m, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("context: %s[%d] must be a row (an object), not %s", field, i, kindOf(x))
		}
		r := make(row, len(m))
		for k, val := range m {
			r[strings.ToLower(k)] = val
		}
		out = append(out, r)
	}
	return out, nil
}

func kindOf(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case string:
		return "a string"
	case nil:
		return "null"
	}
	return "a " + fmt.Sprintf("%T", v)
}

// list reads a list as Snowflake prints it in DESCRIBE and SHOW: "[a, b]",
// "a,b", or a JSON array's text; "" and "[]" are an empty list.
func list(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.Trim(strings.TrimSpace(p), `'"`); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// qualified joins a schema object's database, schema and name.
func qualified(db, schema, name string) string {
	switch {
	case db != "" && schema != "":
		return db + "." + schema + "." + name
	case schema != "":
		return schema + "." + name
	}
	return name
}
