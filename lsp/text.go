package lsp

import (
	"encoding/json"

	"github.com/secint/secint/validator"
)

// document is one open text document: the engine's incremental Document
// and the version the client last gave it.
type document struct {
	uri     string
	version int
	doc     *validator.Document
	enc     encoding
	index   *lineIndex // of the current text, built on first use
}

// lines returns the line index of the current text.
func (d *document) lines() *lineIndex {
	if d.index == nil {
		d.index = newLineIndex(d.doc.Text())
	}
	return d.index
}

// engineRange converts an LSP range to the engine's.
func (d *document) toEngine(p position) validator.Position {
	if d.enc == utf16 {
		return validator.Position{Line: p.Line, Character: p.Character}
	}
	return d.lines().toEngine(p, d.enc)
}

func (d *document) fromEngine(r validator.Range) lspRange {
	if d.enc == utf16 {
		return lspRange{Start: position(r.Start), End: position(r.End)}
	}
	return d.lines().rangeFromEngine(r, d.enc)
}

// update applies the client's changes in order. In UTF-16 they go to the
// engine as they are, in one Update; in UTF-8 each change's positions
// refer to the text the previous changes left, so they are converted and
// applied one at a time.
func (d *document) update(changes []contentChange) {
	if d.enc == utf16 {
		cs := make([]validator.Change, len(changes))
		for i, c := range changes {
			cs[i] = validator.Change{Text: c.Text}
			if c.Range != nil {
				cs[i].Range = &validator.Range{
					Start: validator.Position(c.Range.Start),
					End:   validator.Position(c.Range.End),
				}
			}
		}
		d.index = nil
		d.doc.Update(cs)
		return
	}
	for _, c := range changes {
		ch := validator.Change{Text: c.Text}
		if c.Range != nil {
			ch.Range = &validator.Range{Start: d.toEngine(c.Range.Start), End: d.toEngine(c.Range.End)}
		}
		d.index = nil
		d.doc.Update([]validator.Change{ch})
	}
}

func (s *server) didOpen(params json.RawMessage) {
	var p didOpenParams
	if decode(params, &p) != nil {
		s.log.Printf("didOpen with params that do not parse: ignored")
		return
	}
	td := p.TextDocument
	d := &document{uri: td.URI, version: td.Version, enc: s.enc, doc: validator.NewDocumentIn(td.Text, s.rules.settings.Context)}
	s.docs[td.URI] = d
	s.publish(d)
}

func (s *server) didChange(p *didChangeParams) {
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.log.Printf("didChange of %s, which is not open: ignored", p.TextDocument.URI)
		return
	}
	if p.TextDocument.Version <= d.version {
		// Versions only grow; the text is still the client's, so it is
		// applied, but the client should know better.
		s.log.Printf("didChange of %s to version %d after version %d", d.uri, p.TextDocument.Version, d.version)
	}
	d.update(p.ContentChanges)
	d.version = p.TextDocument.Version
	if !s.changesQueued(d.uri) {
		s.publish(d)
	}
}

func (s *server) didClose(params json.RawMessage) {
	var p didCloseParams
	if decode(params, &p) != nil {
		return
	}
	s.forget(p.TextDocument.URI)
}

// forget closes a document and clears its markers.
func (s *server) forget(uri string) {
	delete(s.docs, uri)
	s.send("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Diagnostics: []lspDiagnostic{}})
}

// open returns the open document a request names, or an error.
func (s *server) open(uri string) (*document, error) {
	d := s.docs[uri]
	if d == nil {
		return nil, errorf(codeInvalidParams, "%s is not open", uri)
	}
	return d, nil
}
