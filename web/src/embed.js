// Live statements in documentation pages: mountSnippets turns each
// <pre><code class="language-sql"> (or what a selector finds) into a small
// CodeMirror editor checked by secint as the reader types, with reset and
// copy buttons.
//
// This module is the light part a page loads first: it imports neither
// CodeMirror nor the engine. When the first snippet comes near the viewport,
// it loads the editor module (embed-editor.js: CodeMirror, the adapter, the
// client), which starts the one engine worker that all the snippets share;
// each snippet becomes an editor as it comes near. Until then, and without
// JavaScript, a snippet stays the plain code block it was.

const DEFAULT_SELECTOR = 'pre > code.language-sql, pre > code.lang-sql';

/**
 * mountSnippets finds the snippets and makes each live as it comes into view.
 * @param {import('./embed').EmbedOptions} options
 * @returns {import('./embed').Embed}
 */
export function mountSnippets(options = {}) {
  const {
    selector = DEFAULT_SELECTOR,
    root = globalThis.document,
    rootMargin = '200px',
    loadEditor = () => import('./embed-editor.js'),
    onReady,
  } = options;
  if (!options.wasmURL && !options.client) throw new TypeError('secint/embed: wasmURL (the URL of secint.wasm) or client is required');

  const found = [...root.querySelectorAll(selector)];
  const snippets = found.map((code, index) => ({
    index,
    code,
    pre: code.closest('pre') ?? code,
    original: code.textContent.replace(/\r?\n$/, ''),
    editor: null,
  }));

  let module = null; // the editor module, once asked for
  let shared = null; // {client, owned}
  let disposed = false;
  const mounted = [];

  const loadModule = () => {
    module ??= loadEditor().then((m) => {
      shared = options.client ? { client: options.client, owned: false } : { client: m.createEngine(options), owned: true };
      return m;
    });
    return module;
  };

  async function upgrade(s) {
    if (s.editor || s.loading) return s.loading;
    s.loading = (async () => {
      const m = await loadModule();
      if (disposed || s.editor) return;
      s.editor = m.mountSnippet(s, shared.client, options);
      mounted.push(s);
      onReady?.(s);
    })();
    return s.loading;
  }

  const IO = globalThis.IntersectionObserver;
  let io = null;
  if (typeof IO === 'function') {
    io = new IO(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          io.unobserve(e.target);
          const s = snippets.find((x) => x.pre === e.target);
          if (s) upgrade(s).catch((err) => console.warn('secint embed:', err?.message ?? err));
        }
      },
      { rootMargin },
    );
    for (const s of snippets) io.observe(s.pre);
  } else {
    for (const s of snippets) upgrade(s);
  }

  return {
    snippets,
    /** Makes every snippet live now, visible or not; resolves when they are. */
    mountAll: () => Promise.all(snippets.map((s) => upgrade(s))),
    /** The shared client, once the editor module has loaded (else null). */
    get client() {
      return shared?.client ?? null;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      io?.disconnect();
      for (const s of mounted) s.editor?.destroy();
      if (shared?.owned) shared.client.dispose();
    },
  };
}
