package playground

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

func testAssets() fstest.MapFS {
	return fstest.MapFS{
		".gitkeep":                  {Data: []byte{}},
		"index.html":                {Data: []byte(`<!doctype html><meta property="csp-nonce" nonce="__CSP_NONCE__"><title>secint</title>` + strings.Repeat("<p>padding</p>", 50))},
		"assets/main-ABC123.js":     {Data: []byte("console.log('identity')")},
		"assets/main-ABC123.js.br":  {Data: []byte("BROTLI")},
		"assets/main-ABC123.js.gz":  {Data: []byte("GZIP")},
		"assets/secint-XYZ.wasm":    {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"assets/secint-XYZ.wasm.br": {Data: []byte("WASMBR")},
		"docs/diagnostics.html":     {Data: []byte("<h2 id=\"unknown-property\">unknown-property</h2>")},
		"favicon.svg":               {Data: []byte("<svg/>")},
		"embed/index.html":          {Data: []byte(`<!doctype html><meta property="csp-nonce" nonce="__CSP_NONCE__"><title>embeds</title>`)},
	}
}

func get(t *testing.T, h http.Handler, method, target string, hdr map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newHandler(t *testing.T) *Handler {
	t.Helper()
	h, err := NewHandler(testAssets())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestNotBuilt(t *testing.T) {
	empty := fstest.MapFS{".gitkeep": {Data: []byte{}}}
	if Built(empty) {
		t.Error("Built says true without index.html")
	}
	if _, err := NewHandler(empty); err == nil || !strings.Contains(err.Error(), "make playground") {
		t.Errorf("NewHandler without index.html: %v", err)
	}
	if !Built(testAssets()) {
		t.Error("Built says false with index.html")
	}
}

func TestEmbeddedAssetsCompile(t *testing.T) {
	// Whatever the state of dist/ (a placeholder or a build), it is readable.
	if _, err := Assets().Open("."); err != nil {
		t.Fatal(err)
	}
}

func TestPage(t *testing.T) {
	h := newHandler(t)
	r1 := get(t, h, "GET", "/", nil)
	r2 := get(t, h, "GET", "/", nil)
	if r1.StatusCode != 200 {
		t.Fatalf("status %d", r1.StatusCode)
	}
	if ct := r1.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cc := r1.Header.Get("Cache-Control"); cc != "no-cache" || r1.Header.Get("ETag") != "" {
		t.Errorf("Cache-Control %q", cc)
	}
	csp1, csp2 := r1.Header.Get("Content-Security-Policy"), r2.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp1, want) {
			t.Errorf("page CSP lacks %q: %s", want, csp1)
		}
	}
	if strings.Contains(csp1, "unsafe-eval'") && !strings.Contains(csp1, "'wasm-unsafe-eval'") || strings.Contains(csp1, " 'unsafe-eval'") {
		t.Errorf("page CSP allows eval: %s", csp1)
	}
	m := regexp.MustCompile(`'nonce-([A-Za-z0-9_-]{20,})'`).FindStringSubmatch(csp1)
	if m == nil {
		t.Fatalf("no nonce in %s", csp1)
	}
	b := body(t, r1)
	if !strings.Contains(b, `nonce="`+m[1]+`"`) || strings.Contains(b, nonceMark) {
		t.Errorf("the page does not carry the policy's nonce: %s", b[:120])
	}
	if csp1 == csp2 {
		t.Error("two responses share a nonce")
	}
	for k, v := range securityHeaders {
		if r1.Header.Get(k) != v {
			t.Errorf("%s: %q", k, r1.Header.Get(k))
		}
	}
}

func TestPageGzip(t *testing.T) {
	h := newHandler(t)
	r := get(t, h, "GET", "/", map[string]string{"Accept-Encoding": "gzip, br"})
	if r.Header.Get("Content-Encoding") != "gzip" || r.Header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("headers %v", r.Header)
	}
	zr, err := gzip.NewReader(bytes.NewReader([]byte(body(t, r))))
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if !strings.Contains(string(plain), "<title>secint</title>") {
		t.Errorf("gunzipped page: %.80s", plain)
	}
}

func TestAssetEncodings(t *testing.T) {
	h := newHandler(t)
	for _, c := range []struct {
		ae, wantEnc, wantBody string
	}{
		{"gzip, deflate, br, zstd", "br", "BROTLI"},
		{"gzip", "gzip", "GZIP"},
		{"br;q=0, gzip", "gzip", "GZIP"},
		{"*", "br", "BROTLI"},
		{"*;q=0", "", "console.log('identity')"},
		{"", "", "console.log('identity')"},
		{"identity", "", "console.log('identity')"},
	} {
		r := get(t, h, "GET", "/assets/main-ABC123.js", map[string]string{"Accept-Encoding": c.ae})
		if got := r.Header.Get("Content-Encoding"); got != c.wantEnc {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.ae, got, c.wantEnc)
		}
		if got := body(t, r); got != c.wantBody {
			t.Errorf("Accept-Encoding %q: body %q", c.ae, got)
		}
		if r.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("no Vary")
		}
		if r.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
			t.Errorf("Content-Type %q", r.Header.Get("Content-Type"))
		}
		if r.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("Cache-Control %q", r.Header.Get("Cache-Control"))
		}
		if csp := r.Header.Get("Content-Security-Policy"); csp != basePolicy {
			t.Errorf("CSP %q", csp)
		}
	}
}

func TestWasm(t *testing.T) {
	h := newHandler(t)
	r := get(t, h, "GET", "/assets/secint-XYZ.wasm", map[string]string{"Accept-Encoding": "gzip, br"})
	if r.Header.Get("Content-Type") != "application/wasm" || r.Header.Get("Content-Encoding") != "br" {
		t.Errorf("headers %v", r.Header)
	}
	// No gzip version: a gzip-only client gets it plain.
	r = get(t, h, "GET", "/assets/secint-XYZ.wasm", map[string]string{"Accept-Encoding": "gzip"})
	if r.Header.Get("Content-Encoding") != "" || body(t, r) != "\x00asm\x01\x00\x00\x00" {
		t.Errorf("gzip-only client: %v", r.Header)
	}
}

func TestETag(t *testing.T) {
	h := newHandler(t)
	r := get(t, h, "GET", "/docs/diagnostics.html", nil)
	etag := r.Header.Get("ETag")
	if etag == "" || r.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("headers %v", r.Header)
	}
	r = get(t, h, "GET", "/docs/diagnostics.html", map[string]string{"If-None-Match": etag})
	if r.StatusCode != http.StatusNotModified || body(t, r) != "" {
		t.Errorf("If-None-Match: status %d", r.StatusCode)
	}
	// The brotli and identity forms have different tags.
	rb := get(t, h, "GET", "/assets/main-ABC123.js", map[string]string{"Accept-Encoding": "br"})
	ri := get(t, h, "GET", "/assets/main-ABC123.js", nil)
	if rb.Header.Get("ETag") == ri.Header.Get("ETag") {
		t.Error("same ETag for brotli and identity")
	}
}

func TestRoutes(t *testing.T) {
	h := newHandler(t)
	for _, c := range []struct {
		method, target string
		want           int
	}{
		{"GET", "/index.html", 200},
		{"HEAD", "/", 200},
		{"GET", "/docs/diagnostics", 200},
		{"GET", "/embed/", 200},
		{"GET", "/embed", 200},
		{"GET", "/embed/index.html", 200},
		{"GET", "/docs/", 404},
		{"GET", "/favicon.svg", 200},
		{"GET", "/nope.js", 404},
		{"GET", "/.gitkeep", 404},
		{"GET", "/assets/main-ABC123.js.br", 404},
		{"GET", "/../../etc/passwd", 404},
		{"POST", "/", 405},
		{"DELETE", "/assets/main-ABC123.js", 405},
	} {
		r := get(t, h, c.method, c.target, nil)
		if r.StatusCode != c.want {
			t.Errorf("%s %s: %d, want %d", c.method, c.target, r.StatusCode, c.want)
		}
		if r.Header.Get("X-Content-Type-Options") != "nosniff" || r.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s %s: security headers missing: %v", c.method, c.target, r.Header)
		}
	}
	r := get(t, h, "HEAD", "/assets/main-ABC123.js", nil)
	if body(t, r) != "" || r.Header.Get("Content-Length") != "23" {
		t.Errorf("HEAD: %v", r.Header)
	}
}

// The embeds' page gets its own policy: Trusted Types with the embed's one
// policy, and none of the style allowances Monaco's page needs.
func TestEmbedPagePolicy(t *testing.T) {
	h := newHandler(t)
	r := get(t, h, "GET", "/embed/", nil)
	got := body(t, r)
	if !strings.Contains(got, "<title>embeds</title>") {
		t.Fatalf("/embed/ served %q", got)
	}
	csp := r.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "require-trusted-types-for 'script'", "trusted-types secint-embed"} {
		if !strings.Contains(csp, want) {
			t.Errorf("embed CSP lacks %q: %s", want, csp)
		}
	}
	// The page's nonce is the policy's, and new for each response.
	m := regexp.MustCompile(`style-src-elem 'self' 'nonce-([A-Za-z0-9_-]{24})'`).FindStringSubmatch(csp)
	if m == nil {
		t.Fatalf("no style nonce in the embed CSP: %s", csp)
	}
	if !strings.Contains(got, `nonce="`+m[1]+`"`) {
		t.Errorf("the page does not carry its policy's nonce: %s", got)
	}
	page := body(t, get(t, h, "GET", "/embed/", nil))
	if strings.Contains(page, m[1]) || strings.Contains(page, "__CSP_NONCE__") {
		t.Errorf("the second response reuses the nonce, or has none: %s", page)
	}
	for _, bad := range []string{"unsafe-inline", "data:", "'unsafe-eval'", "monaco"} {
		if strings.Contains(csp, bad) {
			t.Errorf("embed CSP has %q: %s", bad, csp)
		}
	}
	// Other files keep the base policy.
	if got := get(t, h, "GET", "/favicon.svg", nil).Header.Get("Content-Security-Policy"); got != basePolicy {
		t.Errorf("favicon CSP: %s", got)
	}
}

func TestAcceptsEncoding(t *testing.T) {
	for _, c := range []struct {
		h, enc string
		want   bool
	}{
		{"gzip, br", "br", true},
		{"GZIP", "gzip", true},
		{"br;q=0.0", "br", false},
		{"br; q=0.5", "br", true},
		{"*;q=0, br", "br", true},
		{"deflate", "gzip", false},
		{"", "gzip", false},
	} {
		if got := acceptsEncoding(c.h, c.enc); got != c.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v", c.h, c.enc, got)
		}
	}
}
