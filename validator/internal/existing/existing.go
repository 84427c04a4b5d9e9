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

// rowFields reads a JSON object with keys in any case; values that are not
// strings (a list of scopes, a boolean) are kept as their JSON text.
func rowFields(data []byte) (map[string]string, []Property, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, nil, err
	}
	out := make(map[string]string, len(raw))
	var props []Property
	for k, v := range raw {
		key := strings.ToLower(k)
		if key == "properties" {
			if err := json.Unmarshal(v, &props); err != nil {
				return nil, nil, fmt.Errorf("properties: %v", err)
			}
			continue
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			s = string(v)
		}
		out[key] = s
	}
	return out, props, nil
}

func (r *Integration) UnmarshalJSON(data []byte) error {
	f, props, err := rowFields(data)
	if err != nil {
		return fmt.Errorf("integration: %v", err)
	}
	*r = Integration{Name: f["name"], Type: f["type"], Category: f["category"], Properties: props}
	if r.Name == "" {
		return fmt.Errorf("integration: a row without a name")
	}
	return nil
}

func (r *Property) UnmarshalJSON(data []byte) error {
	f, _, err := rowFields(data)
	if err != nil {
		return err
	}
	*r = Property{Property: strings.ToUpper(f["property"]), Value: f["property_value"]}
	return nil
}

func (r *Secret) UnmarshalJSON(data []byte) error {
	f, _, err := rowFields(data)
	if err != nil {
		return fmt.Errorf("secret: %v", err)
	}
	*r = Secret{Name: f["name"], DatabaseName: f["database_name"], SchemaName: f["schema_name"],
		SecretType: f["secret_type"], IntegrationName: f["integration_name"], OAuthScopes: f["oauth_scopes"]}
	if r.Name == "" {
		return fmt.Errorf("secret: a row without a name")
	}
	return nil
}

func (r *NetworkRule) UnmarshalJSON(data []byte) error {
	f, _, err := rowFields(data)
	if err != nil {
		return fmt.Errorf("network rule: %v", err)
	}
	*r = NetworkRule{Name: f["name"], DatabaseName: f["database_name"], SchemaName: f["schema_name"], Type: f["type"], Mode: f["mode"]}
	if r.Name == "" {
		return fmt.Errorf("network rule: a row without a name")
	}
	return nil
}

// Parse reads a context from JSON.
func Parse(data []byte) (*Context, error) {
	var c Context
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("context: %v", err)
	}
	return &c, nil
}

// list reads a list as Snowflake prints it in DESCRIBE and SHOW: "[a, b]",
// "a,b", or a JSON array; "" and "[]" are an empty list.
func list(s string) []string {
	s = strings.TrimSpace(s)
	var arr []string
	if strings.HasPrefix(s, "[") && json.Unmarshal([]byte(s), &arr) == nil {
		return arr
	}
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
