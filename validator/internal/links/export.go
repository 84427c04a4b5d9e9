package links

import (
	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/syntax"
)

// What the editor features (completion, hover, symbols) read of the links,
// so that they name and pair objects exactly as the checks do.

// RefKey is the key of the object a reference value names, as the checks
// look it up.
func RefKey(v *syntax.Value) string { return refKey(v) }

// NeededKinds is the kinds of security integration a secret of kinds k
// pairs with (R2): AUTH_TYPE = OAUTH2 for OAUTH2, AWS_IAM for
// CLOUD_PROVIDER_TOKEN; KindNone when the type names no integration or is
// not one type.
func NeededKinds(k catalog.Kind) catalog.Kind { return neededKinds(k) }
