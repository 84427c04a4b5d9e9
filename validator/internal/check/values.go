package check

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/secint/secint/validator/internal/catalog"
	"github.com/secint/secint/validator/internal/rules"
	"github.com/secint/secint/validator/internal/syntax"
)

// --- values ---

// checkValue checks a value against what the property takes.
func (c *Checker) checkValue(info *catalog.PropertyInfo, v *syntax.Value) {
	if t := v.TrailingComma; t != nil {
		c.add(t.Start, t.End, rules.TrailingComma,
			"a ',' after the last item: the documentation never writes one, and Snowflake may refuse the statement",
			rules.Fix{Title: "Remove the ','", Edits: []rules.Edit{{Start: t.Start, End: t.End, Text: ""}}})
	}
	if v.Kind == syntax.ValueVariable {
		return // a session variable: its value is known when the statement runs
	}
	name := info.Name
	if info.NullOK && v.Kind == syntax.ValueWord && !v.Quoted && v.Content == "NULL" {
		return
	}
	switch info.Type {
	case catalog.TypeTimestamp:
		if !v.IsString() {
			// no quote fix: a bare number or word in quotes is no timestamp either
			c.add(v.Start, v.End, rules.WrongValueType, stringMessage(info, v))
		} else if !isTimestamp(strings.TrimSpace(v.Content)) {
			c.add(v.Start, v.End, rules.TimestampFormat,
				fmt.Sprintf("%s is not in a shape the documentation shows: write a date, optionally with a time and a time zone, such as '2030-01-01' or '2030-01-01 20:00:00'", info.Name))
		}
	case catalog.TypeName:
		if v.Kind == syntax.ValueNumber || v.Kind == syntax.ValueList {
			c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes a name, such as my_integration", name))
		}
	case catalog.TypeString, catalog.TypeURL:
		if v.IsString() {
			if v.Content == "" && !info.EmptyOK {
				c.add(v.Start, v.End, rules.EmptyValue, fmt.Sprintf("%s is an empty string", name))
			}
			return
		}
		c.add(v.Start, v.End, rules.WrongValueType, stringMessage(info, v), c.quoteFix(v)...)
	case catalog.TypeBool:
		c.enumValue(info, v, []string{"TRUE", "FALSE"})
	case catalog.TypeEnum:
		c.enumValue(info, v, info.Allowed)
	case catalog.TypeGrant:
		if (v.IsString() || (v.Kind == syntax.ValueWord && !v.Quoted)) && slices.Contains(info.Allowed, syntax.UpperASCII(v.Content)) {
			return
		}
		c.enumValue(info, v, info.Allowed)
	case catalog.TypeInteger:
		c.integerValue(info, v)
	case catalog.TypeScopes:
		c.scopesValue(info, v)
	case catalog.TypeNameList:
		c.nameListValue(info, v)
	}
}

// nameListValue checks a list of other objects' names, or a keyword of
// Allowed (NONE, ALL) written bare or, as older documentation did, in
// parentheses. A name may be qualified, quoted, or a string (a path).
func (c *Checker) nameListValue(info *catalog.PropertyInfo, v *syntax.Value) {
	keyword := func(it *syntax.Value) (string, bool) {
		if it.Kind != syntax.ValueWord || it.Quoted || it.Qualified {
			return "", false
		}
		w := syntax.UpperASCII(it.Content)
		return w, w == "NONE" || w == "ALL"
	}
	one := v
	if v.Kind == syntax.ValueList && len(v.Items) == 1 {
		one = v.Items[0]
	}
	if w, ok := keyword(one); ok {
		if !slices.Contains(info.Allowed, w) {
			msg := fmt.Sprintf("%s takes %s, not %s", info.Name, info.TypeText(), w)
			if w == "ALL" {
				msg += ": list the " + info.Refers.Plural() + " it allows"
			}
			c.add(one.Start, one.End, rules.InvalidEnumValue, msg)
		}
		return
	}
	if v.Kind != syntax.ValueList {
		if v.Kind == syntax.ValueVariable {
			return
		}
		c.add(v.Start, v.End, rules.WrongValueType,
			fmt.Sprintf("%s takes a list in parentheses, even for one %s", info.Name, info.Refers.Noun()),
			rules.Fix{Title: "Put it in parentheses", Edits: []rules.Edit{{Start: v.Start, End: v.Start, Text: "("}, {Start: v.End, End: v.End, Text: ")"}}})
		return
	}
	if len(v.Items) == 0 {
		msg := fmt.Sprintf("an empty %s allows no %s", info.Name, info.Refers.Noun())
		if len(info.Allowed) > 0 {
			msg += "; write " + info.Allowed[len(info.Allowed)-1] + " to say so"
		}
		c.add(v.Start, v.End, rules.EmptyList, msg)
		return
	}
	for _, it := range v.Items {
		switch {
		case it.Kind == syntax.ValueNumber:
			c.add(it.Start, it.End, rules.WrongValueType, fmt.Sprintf("each item of %s is the name of a %s", info.Name, info.Refers.Noun()))
		case it.IsString() && it.Content == "":
			c.add(it.Start, it.End, rules.EmptyValue, fmt.Sprintf("an empty string names no %s", info.Refers.Noun()))
		default:
			if w, ok := keyword(it); ok {
				c.add(it.Start, it.End, rules.InvalidEnumValue,
					fmt.Sprintf("%s stands alone, not among names: write %s = %s, or list the %s", w, info.Name, w, info.Refers.Plural()))
			}
		}
	}
}

func stringMessage(info *catalog.PropertyInfo, v *syntax.Value) string {
	what := "a bare word"
	switch {
	case v.Kind == syntax.ValueNumber:
		what = "a number"
	case v.Kind == syntax.ValueList:
		what = "a list"
	case v.Quoted:
		what = `a name in double quotes (double quotes make a name, single quotes a string)`
	}
	return fmt.Sprintf("%s takes %s, not %s", info.Name, info.TypeText(), what)
}

// enumValue checks a keyword value (bare, or quoted with a warning).
func (c *Checker) enumValue(info *catalog.PropertyInfo, v *syntax.Value, allowed []string) {
	what := info.TypeText()
	switch {
	case v.Kind == syntax.ValueWord && !v.Quoted:
		word := syntax.UpperASCII(v.Content)
		if slices.Contains(allowed, word) {
			return
		}
		c.badEnum(info, v, word, allowed, false)
	case v.IsString():
		word := syntax.UpperASCII(strings.TrimSpace(v.Content))
		if slices.Contains(allowed, word) && info.Type != catalog.TypeGrant {
			c.add(v.Start, v.End, rules.QuotedValue,
				fmt.Sprintf("%s takes the bare keyword %s; the documentation never quotes it", info.Name, word),
				rules.Fix{Title: "Write " + word + " without quotes", Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: word}}})
			return
		}
		c.badEnum(info, v, word, allowed, true)
	case v.Kind == syntax.ValueWord && v.Quoted && slices.Contains(allowed, syntax.UpperASCII(v.Content)):
		// "TRUE": double quotes make a name. The bare keyword is meant.
		word := syntax.UpperASCII(v.Content)
		text := word
		if info.Type == catalog.TypeGrant {
			text = "'" + word + "'"
		}
		c.add(v.Start, v.End, rules.WrongValueType,
			fmt.Sprintf("%s takes %s; double quotes make a name, not a keyword", info.Name, what),
			rules.Fix{Title: "Write " + text, Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: text}}})
	default:
		c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes %s", info.Name, what))
	}
}

func (c *Checker) badEnum(info *catalog.PropertyInfo, v *syntax.Value, word string, allowed []string, quoted bool) {
	msg := fmt.Sprintf("%s is not a value of %s, which takes %s", syntax.Clip(word), info.Name, info.TypeText())
	if quoted {
		msg = fmt.Sprintf("this string is not a value of %s, which takes %s", info.Name, info.TypeText())
	}
	var fixes []rules.Fix
	if s := catalog.Suggest(word, allowed); s != "" {
		msg += fmt.Sprintf("; did you mean %s?", s)
		text := s
		if info.Type == catalog.TypeGrant && quoted {
			text = "'" + s + "'"
		}
		fixes = append(fixes, rules.Fix{Title: "Change to " + text, Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: text}}})
	}
	c.add(v.Start, v.End, rules.InvalidEnumValue, msg, fixes...)
}

func (c *Checker) integerValue(info *catalog.PropertyInfo, v *syntax.Value) {
	switch {
	case v.Kind == syntax.ValueNumber:
		if strings.ContainsAny(v.Text, ".eE") {
			c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
			return
		}
		n, err := strconv.ParseInt(v.Text, 10, 64)
		if err != nil {
			// Too many digits for 64 bits: with its sign it is far too small.
			msg := fmt.Sprintf("%s is far too large for %s", syntax.Clip(v.Text), info.Name)
			if v.Negative {
				msg = fmt.Sprintf("-%s is far too small for %s, which must be at least %d", syntax.Clip(v.Text), info.Name, info.Min)
			}
			c.add(v.Start, v.End, rules.OutOfRange, msg)
			return
		}
		if v.Negative {
			n = -n
		}
		if n < info.Min {
			c.add(v.Start, v.End, rules.OutOfRange, fmt.Sprintf("%s must be at least %d", info.Name, info.Min))
		}
	case v.IsString():
		s := strings.TrimSpace(v.Content)
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= info.Min && n <= math.MaxInt64 {
			c.add(v.Start, v.End, rules.QuotedValue,
				fmt.Sprintf("%s takes a bare number; the documentation never quotes it", info.Name),
				rules.Fix{Title: "Write " + s + " without quotes", Edits: []rules.Edit{{Start: v.Start, End: v.End, Text: s}}})
			return
		}
		c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
	default:
		c.add(v.Start, v.End, rules.WrongValueType, fmt.Sprintf("%s takes a whole number of seconds", info.Name))
	}
}

func (c *Checker) scopesValue(info *catalog.PropertyInfo, v *syntax.Value) {
	if v.Kind != syntax.ValueList {
		msg := fmt.Sprintf("%s takes a list in parentheses, such as ('scope')", info.Name)
		var fixes []rules.Fix
		if v.IsString() {
			msg = fmt.Sprintf("%s takes a list in parentheses, even for one scope", info.Name)
			fixes = append(fixes, rules.Fix{Title: "Put the scope in parentheses", Edits: []rules.Edit{{Start: v.Start, End: v.Start, Text: "("}, {Start: v.End, End: v.End, Text: ")"}}})
		}
		c.add(v.Start, v.End, rules.WrongValueType, msg, fixes...)
		return
	}
	if len(v.Items) == 0 {
		if info.EmptyOK {
			return
		}
		c.add(v.Start, v.End, rules.EmptyList,
			fmt.Sprintf("an empty %s allows no scope; leave the property out to keep the default", info.Name))
		return
	}
	for _, it := range v.Items {
		switch {
		case it.IsString() && it.Content == "":
			c.add(it.Start, it.End, rules.EmptyValue, "an empty scope asks the service for nothing; remove it or name a scope")
		case !it.IsString() && it.Kind != syntax.ValueVariable:
			c.add(it.Start, it.End, rules.WrongValueType, "each scope is a string in single quotes", c.quoteFix(it)...)
		}
	}
}
