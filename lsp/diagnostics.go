package lsp

import "github.com/secint/secint/validator"

// docsURL is where a diagnostic code is explained (its rule page, from the
// engine's rule table), sent as the diagnostic's codeDescription.href.
func docsURL(code string) string {
	r, _ := validator.RuleFor(code)
	return r.DocsURL
}

// publish sends a document's diagnostics, after the rule settings, with
// the version they are about.
func (s *server) publish(d *document) {
	an := d.doc.Analysis()
	ds := s.rules.Apply(an.Diagnostics)
	out := make([]lspDiagnostic, 0, len(ds))
	for i := range ds {
		out = append(out, s.toLSPDiagnostic(d, &ds[i]))
	}
	v := d.version
	s.send("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: d.uri, Version: &v, Diagnostics: out})
}

func (s *server) toLSPDiagnostic(d *document, x *validator.Diagnostic) lspDiagnostic {
	ld := lspDiagnostic{
		Severity: lspSeverity(x.Severity),
		Code:     x.Code,
		Source:   "secint",
		Message:  x.Message,
	}
	if d.enc == utf16 {
		ld.Range = d.fromEngine(x.Range)
	} else {
		ld.Range = d.lines().rangeOfBytes(x.StartOffset, x.EndOffset, d.enc)
	}
	// Sent to every client: one that does not know the field ignores it.
	ld.CodeDescription = &codeDescription{Href: docsURL(x.Code)}
	return ld
}

func lspSeverity(s validator.Severity) int {
	switch s {
	case validator.SeverityError:
		return severityError
	case validator.SeverityWarning:
		return severityWarning
	case validator.SeverityInfo:
		return severityInfo
	}
	return severityHint
}
