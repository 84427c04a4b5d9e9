package playground

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// The Content-Security-Policy of every response (the worker scripts, the
// docs page, the wasm, ...): what the playground issue asks for, plus
// directives that only take powers away.
//
//   - script-src 'wasm-unsafe-eval': the engine's worker compiles secint.wasm,
//     and nothing else; there is no 'unsafe-eval' and no inline script.
//   - connect-src (from default-src 'self'): the worker fetches secint.wasm.
const basePolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"worker-src 'self'; " +
	"style-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// pagePolicy is the policy of the page itself: basePolicy plus what Monaco
// needs to draw, and nothing it does not (found by reading monaco-editor's
// sources and by the browser tests, which fail on any CSP violation):
//
//   - style-src-elem 'nonce-…': Monaco writes its theme colours and the
//     classes of decorations into <style> elements it creates at run time
//     (domStylesheets.js, standaloneThemeService.js). The page gives them a
//     fresh nonce per response (src/csp-nonce.js), instead of allowing every
//     inline <style>: markup injected into the page still gets no styles.
//   - style-src-attr 'unsafe-inline': Monaco renders lines, line numbers,
//     selections and decorations as HTML strings with style="top:…px"
//     attributes (viewLine.js, viewOverlays.js, ...). Attributes cannot run
//     script, and with img-src and font-src closed they cannot load anything
//     from elsewhere either.
//   - img-src data:: the squiggly underlines of the markers are SVG images
//     in data: URLs, made from the theme's colours (codeEditorWidget.js).
//     A data: image is inert.
//   - trusted types: every HTML string Monaco hands to the DOM goes through
//     one of its named policies (and dompurify's, for hovers), and the page's
//     worker URLs through its own (secint-playground, which admits only the
//     two hashed worker files); no other policy may be made, and a plain
//     string is refused where HTML or a script URL is expected.
//
// Still no 'unsafe-eval', no 'unsafe-inline' script or <style>, and
// everything from 'self': the page loads nothing from outside.
const pagePolicy = basePolicy + "; " +
	"style-src-elem 'self' 'nonce-%s'; " +
	"style-src-attr 'unsafe-inline'; " +
	"img-src 'self' data:; " +
	"require-trusted-types-for 'script'; " +
	"trusted-types " + monacoTrustedTypes

// monacoTrustedTypes are the Trusted Types policies monaco-editor creates
// (grep createTrustedTypesPolicy in its esm/ folder), dompurify's, and the
// page's own (web/playground/src/main.js).
const monacoTrustedTypes = "defaultWorkerFactory diffEditorWidget diffReview domLineBreaksComputer " +
	"editorGhostText editorViewLayer richScreenReaderContent standaloneColorizer stickyScrollViewLayer " +
	"tokenizeToString dompurify secint-playground"

// embedPolicy is the policy of the embeds' demo page (/embed/): basePolicy,
// Trusted Types, and the one thing CodeMirror needs to draw:
//
//   - style-src-elem 'nonce-…': CodeMirror (through style-mod) writes its
//     themes into a <style> element it creates at run time; the embed gives
//     it the page's nonce (EditorView.cspNonce, read from the page's
//     <meta property="csp-nonce">), fresh per response.
//
// CodeMirror sets positions through the CSSOM (element.style), which
// style-src-attr does not govern, and parses no HTML; so no 'unsafe-inline'
// of any kind and no data: image, unlike Monaco's page. The one Trusted
// Types policy is the embed's own (web/src/embed-editor.js), which admits
// only the engine's worker URL.
const embedPolicy = basePolicy + "; " +
	"style-src-elem 'self' 'nonce-%s'; " +
	"require-trusted-types-for 'script'; " +
	"trusted-types secint-embed"

// embedPage is the demo page's file in the assets.
const embedPage = "embed/index.html"

// nonceMark is replaced in index.html by the response's nonce.
const nonceMark = "__CSP_NONCE__"

// securityHeaders go on every response.
var securityHeaders = map[string]string{
	"X-Content-Type-Options":       "nosniff",
	"Referrer-Policy":              "no-referrer",
	"X-Frame-Options":              "DENY",
	"Cross-Origin-Opener-Policy":   "same-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
	"Permissions-Policy":           "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()",
}

// Types by extension, written out so that they do not depend on the
// machine's mime tables.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".wasm":  "application/wasm",
	".json":  "application/json",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".ttf":   "font/ttf",
	".woff2": "font/woff2",
	".txt":   "text/plain; charset=utf-8",
	".md":    "text/markdown; charset=utf-8",
	".map":   "application/json",
}

// immutablePrefix holds files whose names carry a hash of their content:
// they never change, so browsers keep them for a year without asking.
const immutablePrefix = "assets/"

type asset struct {
	name        string // path in the assets, without a leading /
	contentType string
	etag        string            // of the identity content
	data        []byte            // identity
	encoded     map[string][]byte // "br", "gzip": precompressed at build time
}

// Handler serves a built playground.
type Handler struct {
	files map[string]*asset
	index []byte // index.html, with nonceMark in it
	embed []byte // embed/index.html, with nonceMark in it (nil when not built)
}

// NewHandler reads the assets (a built dist/ folder: index.html, assets/,
// docs/, each compressible file with its .br and .gz beside it).
func NewHandler(assets fs.FS) (*Handler, error) {
	h := &Handler{files: map[string]*asset{}}
	err := fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := path.Base(p)
		if d.IsDir() || strings.HasPrefix(base, ".") {
			return nil
		}
		if strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			return nil // read with their file below
		}
		data, err := fs.ReadFile(assets, p)
		if err != nil {
			return err
		}
		ct, ok := contentTypes[path.Ext(p)]
		if !ok {
			ct = "application/octet-stream"
		}
		sum := sha256.Sum256(data)
		a := &asset{name: p, contentType: ct, data: data, etag: hex.EncodeToString(sum[:12]), encoded: map[string][]byte{}}
		for enc, ext := range map[string]string{"br": ".br", "gzip": ".gz"} {
			if b, err := fs.ReadFile(assets, p+ext); err == nil {
				a.encoded[enc] = b
			}
		}
		h.files[p] = a
		return nil
	})
	if err != nil {
		return nil, err
	}
	idx, ok := h.files["index.html"]
	if !ok {
		return nil, fmt.Errorf("the playground is not built (no index.html): run 'make playground'")
	}
	h.index = idx.data
	delete(h.files, "index.html") // served by servePage only
	if e, ok := h.files[embedPage]; ok {
		h.embed = e.data
		delete(h.files, embedPage)
	}
	return h, nil
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	for k, v := range securityHeaders {
		hdr.Set(k, v)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		h.plain(w, r, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	p := r.URL.Path
	if p == "/" || p == "/index.html" {
		h.servePage(w, r, h.index, pagePolicy)
		return
	}
	if (p == "/embed/" || p == "/embed" || p == "/"+embedPage) && h.embed != nil {
		h.servePage(w, r, h.embed, embedPolicy)
		return
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	a := h.files[name]
	if a == nil && path.Ext(name) == "" {
		a = h.files[name+".html"] // /docs/diagnostics
	}
	if a == nil {
		h.plain(w, r, http.StatusNotFound, "not found")
		return
	}
	h.serveAsset(w, r, a)
}

// servePage serves a page (index.html, embed/index.html) with a new nonce
// in its policy (a format with one %s) and its text.
func (h *Handler) servePage(w http.ResponseWriter, r *http.Request, page []byte, policy string) {
	var raw [18]byte
	if _, err := rand.Read(raw[:]); err != nil {
		h.plain(w, r, http.StatusInternalServerError, "no randomness for a nonce")
		return
	}
	nonce := base64.RawURLEncoding.EncodeToString(raw[:])
	body := bytes.ReplaceAll(page, []byte(nonceMark), []byte(nonce))
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", fmt.Sprintf(policy, nonce))
	hdr.Set("Content-Type", contentTypes[".html"])
	// The nonce changes with each response, so there is no validator: a kept
	// copy is never used without asking again, and the answer is a new page.
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("Vary", "Accept-Encoding")
	if acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		if b.Len() < len(body) {
			hdr.Set("Content-Encoding", "gzip")
			body = b.Bytes()
		}
	}
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (h *Handler) serveAsset(w http.ResponseWriter, r *http.Request, a *asset) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", basePolicy)
	hdr.Set("Content-Type", a.contentType)
	if strings.HasPrefix(a.name, immutablePrefix) {
		hdr.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		hdr.Set("Cache-Control", "no-cache") // may be kept, but asked for again (ETag)
	}
	body, etag := a.data, a.etag
	if len(a.encoded) > 0 {
		hdr.Set("Vary", "Accept-Encoding")
		ae := r.Header.Get("Accept-Encoding")
		for _, enc := range []string{"br", "gzip"} {
			if b, ok := a.encoded[enc]; ok && acceptsEncoding(ae, enc) {
				hdr.Set("Content-Encoding", enc)
				body, etag = b, a.etag+"-"+enc
				break
			}
		}
	}
	etag = `"` + etag + `"`
	hdr.Set("ETag", etag)
	if matchesETag(r.Header.Get("If-None-Match"), etag) {
		hdr.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (h *Handler) plain(w http.ResponseWriter, r *http.Request, code int, msg string) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", basePolicy)
	hdr.Set("Content-Type", contentTypes[".txt"])
	hdr.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		fmt.Fprintln(w, msg)
	}
}

// acceptsEncoding reports whether an Accept-Encoding header accepts enc: named
// with a q above 0, or covered by * with a q above 0 and not named.
func acceptsEncoding(header, enc string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch name {
		case enc:
			return q > 0
		case "*":
			star = q > 0
		}
	}
	return star
}

// matchesETag reports whether an If-None-Match header names etag (or *).
func matchesETag(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
