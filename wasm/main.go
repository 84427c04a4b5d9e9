//go:build js && wasm

package main

import (
	"math"
	"os"
	"strconv"
	"syscall/js"
	"time"

	"github.com/norunners/vert"

	"github.com/secint/secint/validator"
)

// main registers the exports and then waits forever: the Go runtime must stay
// alive between calls.
//
// A runaway recursion does not reach Go's own stack limit here: each Go call is
// a WebAssembly call, and the JavaScript engine's call stack overflows first
// (a RangeError thrown out of the export, after a few tens of milliseconds).
// Nothing in Go can recover from that, so the JavaScript side treats an export
// that throws, or returns anything but {value} or {error}, as a dead runtime
// and starts a new one. The JavaScript loader passes, as the first argument, the
// name of a global function to hand the exports to (so that several runtimes
// can live in one JavaScript realm), and sets SECINT_TEST_HOOKS=1 in the
// environment only for the package's own tests.
func main() {
	b := newBridge()
	api := map[string]any{
		"open":     export("open", b.jsOpen),
		"update":   export("update", b.jsUpdate),
		"close":    export("close", b.jsClose),
		"validate": export("validate", b.jsValidate),
		"validateVisible": export("validateVisible", func(args []js.Value) (any, error) {
			text, err := stringArg(args, 0, "text")
			if err != nil {
				return nil, err
			}
			first, err := intArg(args, 1, "first")
			if err != nil {
				return nil, err
			}
			last, err := intArg(args, 2, "last")
			if err != nil {
				return nil, err
			}
			if d := b.validateVisible(text, first, last); d != nil {
				return d, nil
			}
			return nil, nil
		}),
		"complete":    export("complete", b.jsComplete),
		"hover":       export("hover", b.jsHover),
		"codeActions": export("codeActions", b.jsCodeActions),
		"version":     export("version", func([]js.Value) (any, error) { return versionInfo(), nil }),
		"configure": export("configure", func(args []js.Value) (any, error) {
			settings, err := settingsArg(args, 0)
			if err != nil {
				return nil, err
			}
			return nil, b.configure(settings)
		}),
		// redactSecrets is for share links: the text with every secret's
		// value replaced, decided by the engine's own lexer.
		"redactSecrets": export("redactSecrets", func(args []js.Value) (any, error) {
			text, err := stringArg(args, 0, "text")
			if err != nil {
				return nil, err
			}
			return validator.RedactSecrets(text), nil
		}),
		// fixAll is `secint check --fix` for a text: every helpful quick fix
		// applied, in the engine (validator.FixAll), so no editor adapter
		// carries its own copy of the rule.
		"fixAll": export("fixAll", func(args []js.Value) (any, error) {
			text, err := stringArg(args, 0, "text")
			if err != nil {
				return nil, err
			}
			fixed, n := validator.FixAllWith(text, b.settings)
			return js.ValueOf(map[string]any{"text": fixed, "count": n}), nil
		}),
	}
	for _, m := range methods {
		if api[m] == nil || len(api) != len(methods) {
			panic("wasm: the exports differ from the methods list in bridge.go")
		}
	}
	if os.Getenv("SECINT_TEST_HOOKS") == "1" {
		api["__secintPanicForTest"] = export("__secintPanicForTest", panicForTest)
	}
	addBenchExports(api) // bench_exports.go: only with SECINT_BENCH=1
	register := "__secintRegister"
	if len(os.Args) > 1 && os.Args[1] != "" {
		register = os.Args[1]
	}
	if len(os.Args) > 3 {
		reportProgress(os.Args[2], os.Args[3])
	}
	if fn := js.Global().Get(register); fn.Type() == js.TypeFunction {
		fn.Invoke(js.ValueOf(api))
	} else {
		js.Global().Set(register, js.ValueOf(api))
	}
	select {}
}

// reportProgress makes the engine call the global JavaScript function named
// fn, at most once every `every` milliseconds, while it works on a long
// request: the client's watchdog takes that as a sign of life (slow is not
// dead). The function is looked up once; it takes no argument, so nothing of
// the document crosses.
func reportProgress(fn, every string) {
	f := js.Global().Get(fn)
	ms, err := strconv.Atoi(every)
	if f.Type() != js.TypeFunction || err != nil || ms <= 0 {
		return
	}
	interval := time.Duration(ms) * time.Millisecond
	last := time.Now()
	validator.OnProgress(func() {
		if now := time.Now(); now.Sub(last) >= interval {
			last = now
			f.Invoke()
		}
	})
}

// export wraps one operation as a JavaScript function that returns
// {value: ...} or {error: {code, message}}, and never throws nor lets a panic
// reach the runtime. The value crosses with vert.
func export(name string, fn func(args []js.Value) (any, error)) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		v, err := protect(name, func() (any, error) { return fn(args) })
		if err == nil {
			// Encoding runs inside protect as well: vert panics on a shape it
			// does not know, and that must not kill the runtime either.
			var out js.Value
			_, err = protect(name, func() (any, error) {
				out = vert.ValueOf(v).JSValue()
				return nil, nil
			})
			if err == nil {
				return map[string]any{"value": out}
			}
		}
		be, ok := err.(*bridgeError)
		if !ok {
			be = &bridgeError{Code: codeInvalid, Message: err.Error()}
		}
		return map[string]any{"error": map[string]any{"code": be.Code, "message": be.Message}}
	})
}

func (b *bridge) jsOpen(args []js.Value) (any, error) {
	uri, err := stringArg(args, 0, "uri")
	if err != nil {
		return nil, err
	}
	version, err := intArg(args, 1, "version")
	if err != nil {
		return nil, err
	}
	text, err := stringArg(args, 2, "text")
	if err != nil {
		return nil, err
	}
	delete(sent, uri)
	return true, b.open(uri, version, text)
}

func (b *bridge) jsUpdate(args []js.Value) (any, error) {
	uri, err := stringArg(args, 0, "uri")
	if err != nil {
		return nil, err
	}
	version, err := intArg(args, 1, "version")
	if err != nil {
		return nil, err
	}
	changes, err := changesArg(args, 2)
	if err != nil {
		return nil, err
	}
	return true, b.update(uri, version, changes)
}

func (b *bridge) jsClose(args []js.Value) (any, error) {
	uri, err := stringArg(args, 0, "uri")
	if err != nil {
		return nil, err
	}
	b.close(uri)
	delete(sent, uri)
	return true, nil
}

func (b *bridge) jsValidate(args []js.Value) (any, error) {
	t, err := targetArg(args, 0)
	if err != nil {
		return nil, err
	}
	if !t.isDoc {
		return b.validate(t)
	}
	an, _, err := b.resolve(t)
	if err != nil {
		return nil, err
	}
	return sentDiagnostics(t.uri, b.settings.Apply(an.Diagnostics)), nil
}

// sent holds, for each open document, the JavaScript object last sent for
// each of its diagnostics. An edit leaves most diagnostics as they were, and
// making their objects again through vert (a call into JavaScript per field,
// a finalizer per value) was most of a keystroke's cost; an unchanged
// diagnostic is now the object sent before, found without converting it.
var sent = map[string]*sentObjects{}

type sentObjects struct {
	last, now map[diagIdent]js.Value
}

var jsArray = js.Global().Get("Array")

func sentDiagnostics(uri string, diags []validator.Diagnostic) js.Value {
	c := sent[uri]
	if c == nil {
		c = &sentObjects{last: map[diagIdent]js.Value{}, now: map[diagIdent]js.Value{}}
		sent[uri] = c
	}
	out := jsArray.New(len(diags))
	for i, d := range diags {
		id := identOf(d)
		v, ok := c.now[id]
		if !ok {
			v, ok = c.last[id]
		}
		if !ok {
			v = vert.ValueOf(diagnostic(d)).JSValue()
		}
		c.now[id] = v
		out.SetIndex(i, v)
	}
	clear(c.last)
	c.last, c.now = c.now, c.last
	return out
}

func (b *bridge) jsComplete(args []js.Value) (any, error) {
	t, err := targetArg(args, 0)
	if err != nil {
		return nil, err
	}
	p, err := positionArg(args, 1)
	if err != nil {
		return nil, err
	}
	return b.complete(t, p)
}

func (b *bridge) jsHover(args []js.Value) (any, error) {
	t, err := targetArg(args, 0)
	if err != nil {
		return nil, err
	}
	p, err := positionArg(args, 1)
	if err != nil {
		return nil, err
	}
	return b.hover(t, p)
}

func (b *bridge) jsCodeActions(args []js.Value) (any, error) {
	t, err := targetArg(args, 0)
	if err != nil {
		return nil, err
	}
	r, err := rangeArg(args, 1)
	if err != nil {
		return nil, err
	}
	return b.codeActions(t, r)
}

// Arguments.

func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

func stringArg(args []js.Value, i int, name string) (string, error) {
	v := arg(args, i)
	if v.Type() != js.TypeString {
		return "", errorf(codeInvalid, "%s must be a string, not %s", name, v.Type())
	}
	return v.String(), nil
}

// settingsArg reads a plain object {rules: {code: level}, include: [glob],
// exclude: [glob]} into Settings, refusing other keys and shapes. (It is read
// here field by field rather than through encoding/json, whose decoder would
// add half a megabyte to secint.wasm.)
func settingsArg(args []js.Value, i int) (validator.Settings, error) {
	var s validator.Settings
	v := arg(args, i)
	if v.Type() != js.TypeObject || jsArray.Call("isArray", v).Bool() {
		return s, errorf(codeInvalid, "configure: settings must be an object, not %s", v.Type())
	}
	keys := js.Global().Get("Object").Call("keys", v)
	for k := 0; k < keys.Length(); k++ {
		name := keys.Index(k).String()
		field := v.Get(name)
		switch name {
		case "rules":
			if field.Type() != js.TypeObject || jsArray.Call("isArray", field).Bool() {
				return s, errorf(codeInvalid, "configure: settings: rules must be an object of code: level")
			}
			codes := js.Global().Get("Object").Call("keys", field)
			s.Rules = make(map[string]string, codes.Length())
			for c := 0; c < codes.Length(); c++ {
				code := codes.Index(c).String()
				level := field.Get(code)
				if level.Type() != js.TypeString {
					return s, errorf(codeInvalid, "configure: settings: rules.%s must be a string (off, hint, info, warning or error)", code)
				}
				s.Rules[code] = level.String()
			}
		case "include", "exclude":
			if !jsArray.Call("isArray", field).Bool() {
				return s, errorf(codeInvalid, "configure: settings: %s must be an array of globs", name)
			}
			globs := make([]string, field.Length())
			for g := range globs {
				if field.Index(g).Type() != js.TypeString {
					return s, errorf(codeInvalid, "configure: settings: %s[%d] must be a string", name, g)
				}
				globs[g] = field.Index(g).String()
			}
			if name == "include" {
				s.Include = globs
			} else {
				s.Exclude = globs
			}
		case "context":
			// The rows of Snowflake's SHOW and DESCRIBE answers, read by the
			// engine's own parser (any columns, any case).
			ctx, err := validator.ContextFromValue(plainValue(field, 0))
			if err != nil {
				return s, errorf(codeInvalid, "configure: settings: %v", err)
			}
			s.Context = ctx
		default:
			return s, errorf(codeInvalid, "configure: settings: unknown field %q (rules, include, exclude, context)", name)
		}
	}
	return s, nil
}

// plainValue converts a JavaScript value made of objects, arrays, strings,
// numbers and booleans into map[string]any, []any, string, float64 and
// bool (anything else, and what lies deeper than 8 levels, becomes nil),
// for the engine's readers of such values.
func plainValue(v js.Value, depth int) any {
	if depth > 8 {
		return nil
	}
	switch v.Type() {
	case js.TypeString:
		return v.String()
	case js.TypeNumber:
		return v.Float()
	case js.TypeBoolean:
		return v.Bool()
	case js.TypeObject:
		if jsArray.Call("isArray", v).Bool() {
			out := make([]any, v.Length())
			for i := range out {
				out[i] = plainValue(v.Index(i), depth+1)
			}
			return out
		}
		keys := js.Global().Get("Object").Call("keys", v)
		out := make(map[string]any, keys.Length())
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			out[k] = plainValue(v.Get(k), depth+1)
		}
		return out
	}
	return nil
}

// isInt reports whether v is a number with an integral value that an int
// holds exactly.
func isInt(v js.Value) bool {
	if v.Type() != js.TypeNumber {
		return false
	}
	f := v.Float()
	return f == math.Trunc(f) && math.Abs(f) <= 1<<53
}

func intArg(args []js.Value, i int, name string) (int, error) {
	v := arg(args, i)
	if !isInt(v) {
		return 0, errorf(codeInvalid, "%s must be an integer", name)
	}
	return v.Int(), nil
}

// targetArg reads what a request is about: a string is the text itself, an
// object {uri, version} names an open document at a version.
func targetArg(args []js.Value, i int) (target, error) {
	v := arg(args, i)
	switch v.Type() {
	case js.TypeString:
		return textTarget(v.String()), nil
	case js.TypeObject:
		if v.Get("uri").Type() != js.TypeString || !isInt(v.Get("version")) {
			return target{}, errorf(codeInvalid, "a document reference is {uri: string, version: integer}")
		}
		return docTarget(v.Get("uri").String(), v.Get("version").Int()), nil
	}
	return target{}, errorf(codeInvalid, "the first argument must be a text or a document reference {uri, version}")
}

func isPosition(v js.Value) bool {
	return v.Type() == js.TypeObject && isInt(v.Get("line")) && isInt(v.Get("character"))
}

func positionArg(args []js.Value, i int) (Position, error) {
	v := arg(args, i)
	var p Position
	if !isPosition(v) {
		return p, errorf(codeInvalid, "a position is {line: integer, character: integer}")
	}
	if err := vert.ValueOf(v).AssignTo(&p); err != nil {
		return p, errorf(codeInvalid, "position: %v", err)
	}
	return p, nil
}

func isRange(v js.Value) bool {
	return v.Type() == js.TypeObject && isPosition(v.Get("start")) && isPosition(v.Get("end"))
}

func rangeArg(args []js.Value, i int) (Range, error) {
	v := arg(args, i)
	var r Range
	if !isRange(v) {
		return r, errorf(codeInvalid, "a range is {start: position, end: position}")
	}
	if err := vert.ValueOf(v).AssignTo(&r); err != nil {
		return r, errorf(codeInvalid, "range: %v", err)
	}
	return r, nil
}

// changesArg reads an update's changes: an array of {text} (the whole new
// text) or {range, text} (an edit). They are read by hand: vert's handling of
// an absent pointer field is not something to rely on.
func changesArg(args []js.Value, i int) ([]Change, error) {
	v := arg(args, i)
	if v.Type() != js.TypeObject || !js.Global().Get("Array").Call("isArray", v).Bool() {
		return nil, errorf(codeInvalid, "changes must be an array of {text} or {range, text}")
	}
	n := v.Length()
	for k := 0; k < n; k++ {
		c := v.Index(k)
		if c.Type() != js.TypeObject || c.Get("text").Type() != js.TypeString {
			return nil, errorf(codeInvalid, "change %d has no text", k)
		}
		if r := c.Get("range"); !r.IsUndefined() && !r.IsNull() && !isRange(r) {
			return nil, errorf(codeInvalid, "change %d has a malformed range", k)
		}
	}
	changes := make([]Change, n)
	for k := 0; k < n; k++ {
		c := v.Index(k)
		changes[k].Text = c.Get("text").String()
		if r := c.Get("range"); !r.IsUndefined() && !r.IsNull() {
			changes[k].Range = &Range{Start: jsPosition(r.Get("start")), End: jsPosition(r.Get("end"))}
		}
	}
	return changes, nil
}

// jsPosition reads a position isPosition has checked.
func jsPosition(v js.Value) Position {
	return Position{Line: v.Get("line").Int(), Character: v.Get("character").Int()}
}
