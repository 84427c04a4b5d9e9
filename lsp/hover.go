package lsp

import (
	"encoding/json"
	"slices"
)

func (s *server) hover(params json.RawMessage) (any, error) {
	var p textDocumentPositionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := s.open(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	h := d.doc.Analysis().Hover(d.toEngine(p.Position))
	if h == nil {
		return nil, nil
	}
	formats := s.caps.TextDocument.Hover.ContentFormat
	kind := "markdown"
	if len(formats) > 0 && !slices.Contains(formats, "markdown") {
		kind = "plaintext"
	}
	r := d.fromEngine(h.Range)
	return hoverResult{Contents: markupContent{Kind: kind, Value: h.Contents}, Range: &r}, nil
}
