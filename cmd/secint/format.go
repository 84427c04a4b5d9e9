package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/secint/secint/validator"
)

// writeText prints one line per diagnostic, positions 1-based as compilers
// print them: path:line:col: severity code: message. With colour, the
// severity is coloured and the code dimmed.
func writeText(w io.Writer, results []checkedFile, color bool) {
	for _, r := range results {
		for _, d := range r.diags {
			sev, code := string(d.Severity), d.Code
			if color {
				sev = ansi(severityColor[d.Severity], sev)
				code = ansi("2", code)
			}
			fmt.Fprintf(w, "%s:%d:%d: %s %s: %s\n", r.path, d.Range.Start.Line+1, d.Range.Start.Character+1, sev, code, d.Message)
		}
	}
}

var severityColor = map[validator.Severity]string{
	validator.SeverityError:   "1;31",
	validator.SeverityWarning: "1;33",
	validator.SeverityInfo:    "1;36",
	validator.SeverityHint:    "2",
}

func ansi(code, s string) string { return "\x1b[" + code + "m" + s + "\x1b[0m" }

// writeGitHub prints GitHub Actions workflow commands, one annotation per
// diagnostic (info and hint become notices). Columns are 1-based.
func writeGitHub(w io.Writer, results []checkedFile) {
	for _, r := range results {
		for _, d := range r.diags {
			kind := "notice"
			switch d.Severity {
			case validator.SeverityError:
				kind = "error"
			case validator.SeverityWarning:
				kind = "warning"
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", kind,
				ghProperty(filepath.ToSlash(r.path)), d.Range.Start.Line+1, d.Range.Start.Character+1,
				d.Range.End.Line+1, d.Range.End.Character+1, ghProperty("secint "+d.Code), ghData(d.Message))
		}
	}
}

// ghData and ghProperty escape a workflow command's message and property
// values as the Actions runner unescapes them.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// The SARIF 2.1.0 log of secint check --format sarif: the subset secint
// fills in (https://docs.oasis-open.org/sarif/sarif/v2.1.0/).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	ShortDescription     sarifMessage    `json:"shortDescription"`
	HelpURI              string          `json:"helpUri"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
	Fixes     []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

// sarifRegion is 1-based, columns in UTF-16 code units (the run's columnKind).
type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion  `json:"deletedRegion"`
	InsertedContent sarifMessage `json:"insertedContent"`
}

// sarifLevel maps a severity to SARIF's levels (which have no hint).
func sarifLevel(s validator.Severity) string {
	switch s {
	case validator.SeverityError:
		return "error"
	case validator.SeverityWarning:
		return "warning"
	}
	return "note"
}

func sarifRange(r validator.Range) sarifRegion {
	return sarifRegion{StartLine: r.Start.Line + 1, StartColumn: r.Start.Character + 1, EndLine: r.End.Line + 1, EndColumn: r.End.Character + 1}
}

// sarifURI makes a file's path a URI reference: relative paths stay
// relative (to the directory secint ran in), absolute ones become file URIs.
func sarifURI(path string) string {
	p := filepath.ToSlash(path)
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	u := strings.Join(segs, "/")
	if filepath.IsAbs(path) {
		return "file://" + u
	}
	return u
}

func writeSARIF(w io.Writer, results []checkedFile) error {
	rules := validator.Rules()
	index := map[string]int{}
	driver := sarifDriver{Name: "secint", Version: version, InformationURI: "https://github.com/secint/secint"}
	for i, r := range rules {
		index[r.Code] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID: r.Code, ShortDescription: sarifMessage{r.Title}, HelpURI: r.DocsURL,
			DefaultConfiguration: sarifRuleConfig{sarifLevel(r.Severity)},
			Properties:           map[string]any{"fixable": r.Fixable, "severity": string(r.Severity)},
		})
	}
	run := sarifRun{Tool: sarifTool{driver}, ColumnKind: "utf16CodeUnits", Results: []sarifResult{}}
	for _, f := range results {
		uri := sarifArtifact{sarifURI(f.path)}
		for _, d := range f.diags {
			res := sarifResult{
				RuleID: d.Code, RuleIndex: index[d.Code], Level: sarifLevel(d.Severity),
				Message:   sarifMessage{d.Message},
				Locations: []sarifLocation{{sarifPhysical{uri, sarifRange(d.Range)}}},
			}
			for _, fx := range d.Fixes {
				change := sarifArtifactChange{ArtifactLocation: uri}
				for _, e := range fx.Edits {
					change.Replacements = append(change.Replacements, sarifReplacement{sarifRange(e.Range), sarifMessage{e.NewText}})
				}
				res.Fixes = append(res.Fixes, sarifFix{sarifMessage{fx.Title}, []sarifArtifactChange{change}})
			}
			run.Results = append(run.Results, res)
		}
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
