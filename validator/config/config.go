// Package config finds and reads secint.toml, the file in which a team
// writes its Settings once for CI, the command line and editors:
//
//	# secint.toml
//	include = ["**/*.sql"]          # files a directory walk checks (the default)
//	exclude = ["vendor/**", "*.generated.sql"]
//
//	[rules]
//	flow-undocumented = "off"    # off, hint, info, warning or error
//	quoted-value = "error"
//
// The file that applies to a SQL file is the nearest one found by walking up
// from the file's directory; globs are relative to the directory that holds
// it. An unknown key, code or level is an error that names the file and line.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/pelletier/go-toml/v2"

	"github.com/secint/secint/validator"
)

// FileName is the name of the settings file.
const FileName = "secint.toml"

// Config is one settings file.
type Config struct {
	Path     string // the file
	Dir      string // the directory its globs are relative to
	Settings validator.Settings
}

// Find returns the path of the nearest secint.toml in dir or above it, or ""
// when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		info, err := os.Stat(p)
		if err == nil && !info.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			return "", fmt.Errorf("%s: %v", p, err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and checks a settings file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return &Config{Path: path, Dir: filepath.Dir(abs), Settings: s}, nil
}

// Parse decodes the TOML of a settings file; name is used in errors, which
// read "name:line:column: what".
func Parse(name string, data []byte) (validator.Settings, error) {
	var s validator.Settings
	dec := toml.NewDecoder(strings.NewReader(string(data))).DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		var strict *toml.StrictMissingError
		var de *toml.DecodeError
		switch {
		case errors.As(err, &strict) && len(strict.Errors) > 0:
			e := strict.Errors[0]
			line, col := e.Position()
			return s, fmt.Errorf("%s:%d:%d: unknown key %s (secint.toml takes include, exclude and [rules])", name, line, col, strings.Join(e.Key(), "."))
		case errors.As(err, &de):
			line, col := de.Position()
			msg := strings.TrimPrefix(de.Error(), "toml: ")
			if key := de.Key(); len(key) > 0 {
				msg = strings.Join(key, ".") + ": " + msg
			}
			return s, fmt.Errorf("%s:%d:%d: %s", name, line, col, msg)
		}
		return s, fmt.Errorf("%s: %v", name, err)
	}
	if err := s.Check(); err != nil {
		msg := err.Error()
		for _, k := range []string{"include", "exclude"} {
			if strings.HasPrefix(msg, "rules."+k+":") {
				msg += "; " + k + " belongs before [rules], or TOML reads it as a rule"
			}
		}
		return s, fmt.Errorf("%s:%d: %s", name, lineOf(data, err.Error()), msg)
	}
	return s, nil
}

// lineOf finds the line of the setting an error of Settings.Check names (it
// starts with the key: "rules.CODE: ..." or "include: ..."), for the error's
// position; 1 when it cannot tell.
func lineOf(data []byte, msg string) int {
	key, _, _ := strings.Cut(msg, ":")
	key = key[strings.LastIndex(key, ".")+1:]
	for i, ln := range strings.Split(string(data), "\n") {
		ln = strings.TrimSpace(ln)
		ln = strings.Trim(ln, `"'`)
		if strings.HasPrefix(ln, key) {
			rest := strings.TrimLeft(strings.TrimPrefix(ln, key), `"' `+"\t")
			if strings.HasPrefix(rest, "=") {
				return i + 1
			}
		}
	}
	return 1
}
