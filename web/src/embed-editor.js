// The heavy half of the documentation embeds (see embed.js): CodeMirror, the
// secint adapter and the client, loaded when the first snippet comes into
// view. createEngine starts the one engine worker of the page; mountSnippet
// replaces a <pre> with a live editor.

import { EditorState } from '@codemirror/state';
import { EditorView, keymap, drawSelection, showPanel, highlightSpecialChars } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { syntaxHighlighting, HighlightStyle } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { StandardSQL } from '@codemirror/lang-sql';
import { tags as t } from '@lezer/highlight';
import { createSecint } from './index.js';
import { secint, fixAllCommand } from './codemirror.js';
import { encodeShare, MAX_FRAGMENT } from './share.js';

let ttPolicy;

// scriptURL makes the worker's URL a TrustedScriptURL where the page
// requires Trusted Types (one policy, 'secint-embed', that admits only the
// worker URL it was configured with).
function scriptURL(url) {
  const tt = globalThis.trustedTypes;
  if (!tt?.createPolicy) return url;
  const abs = new URL(url, location.href).href;
  ttPolicy ??= tt.createPolicy('secint-embed', {
    createScriptURL(u) {
      if (new URL(u, location.href).href !== abs) throw new TypeError(`secint embed: not the engine's worker: ${u}`);
      return u;
    },
  });
  return ttPolicy.createScriptURL(url);
}

/** createEngine starts the page's one engine (a module worker). */
export function createEngine(options) {
  const { wasmURL, workerURL } = options;
  const opts = { wasmURL, timeout: options.timeout ?? 5000 };
  if (options.worker) opts.worker = options.worker;
  else if (workerURL) opts.worker = () => new Worker(scriptURL(workerURL), { type: 'module', name: 'secint' });
  return createSecint(opts);
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

// Colours come from CSS custom properties, so that a page themes the
// snippets with a few lines of CSS; the defaults follow the page's
// color-scheme (light-dark()).
const v = (name, light, dark) => `var(--secint-embed-${name}, light-dark(${light}, ${dark}))`;

const highlight = HighlightStyle.define([
  { tag: t.keyword, color: v('keyword', '#7a3e9d', '#d2a8ff') },
  { tag: [t.string, t.special(t.string)], color: v('string', '#0a6640', '#7ee2a8') },
  { tag: [t.number, t.bool, t.null], color: v('number', '#0550ae', '#79c0ff') },
  { tag: [t.lineComment, t.blockComment], color: v('comment', '#6e7781', '#8b949e'), fontStyle: 'italic' },
  { tag: t.operator, color: v('operator', '#444', '#c9d1d9') },
]);

const theme = EditorView.theme({
  '&': {
    color: v('fg', '#1f2328', '#e6edf3'),
    backgroundColor: v('bg', '#f6f8fa', '#161b22'),
    border: `1px solid ${v('border', '#d0d7de', '#30363d')}`,
    borderRadius: 'var(--secint-embed-radius, 6px)',
    fontSize: 'var(--secint-embed-font-size, 14px)',
  },
  '&.cm-focused': { outline: `2px solid ${v('focus', '#0969da', '#58a6ff')}`, outlineOffset: '1px' },
  '.cm-content': { fontFamily: 'var(--secint-embed-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace)', padding: '8px 0' },
  '.cm-line': { padding: '0 10px' },
  '.cm-cursor': { borderLeftColor: v('fg', '#1f2328', '#e6edf3') },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: v('selection', '#b6d7ff', '#264f78') },
  '.cm-panels': { backgroundColor: 'transparent', color: 'inherit' },
  '.cm-panels-top': { borderBottom: `1px solid ${v('border', '#d0d7de', '#30363d')}` },
  '.cm-secint-bar': { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px', padding: '4px 8px', fontFamily: 'system-ui, sans-serif', fontSize: '12px' },
  '.cm-secint-status': { flex: '1 1 auto', minWidth: '8em' },
  '.cm-secint-status[data-state=problems]': { color: v('error', '#cf222e', '#ff7b72') },
  '.cm-secint-status[data-state=clean]': { color: v('ok', '#1a7f37', '#3fb950') },
  '.cm-secint-bar button, .cm-secint-bar a': {
    font: 'inherit', color: 'inherit', background: 'transparent', cursor: 'pointer', textDecoration: 'none',
    border: `1px solid ${v('border', '#d0d7de', '#30363d')}`, borderRadius: '4px', padding: '2px 8px',
  },
  '.cm-secint-bar button:focus-visible, .cm-secint-bar a:focus-visible': { outline: `2px solid ${v('focus', '#0969da', '#58a6ff')}` },
  '.cm-tooltip': { backgroundColor: v('tooltip-bg', '#ffffff', '#1c2128'), color: v('fg', '#1f2328', '#e6edf3'), border: `1px solid ${v('border', '#d0d7de', '#30363d')}` },
  '.cm-tooltip a': { color: v('link', '#0969da', '#58a6ff') },
  '.cm-diagnosticAction': { backgroundColor: v('focus', '#0969da', '#1f6feb') },
  '@media (prefers-reduced-motion: reduce)': { '*': { transition: 'none !important', animation: 'none !important' } },
});

let seq = 0;

/**
 * mountSnippet replaces a snippet's <pre> with a live editor and returns the
 * EditorView (snippet.pre stays detached, to be put back by destroy()).
 */
export function mountSnippet(snippet, client, options) {
  const doc = snippet.pre.ownerDocument;
  const n = snippet.index + 1;
  const label = options.label?.(snippet) ?? `SQL example ${n}`;
  const id = `secint-embed-${++seq}`;
  const el = (tag, props = {}, text) => {
    const e = doc.createElement(tag);
    for (const [k, val] of Object.entries(props)) {
      if (k === 'class') e.className = val;
      else e.setAttribute(k, val);
    }
    if (text != null) e.textContent = text;
    return e;
  };

  const wrapper = el('div', { class: 'secint-embed', role: 'group', 'aria-label': `${label}, editable, checked by secint` });
  let status;
  let share = null;

  const bar = () => {
    const dom = el('div', { class: 'cm-secint-bar' });
    status = el('span', { class: 'cm-secint-status', id: `${id}-status`, role: 'status', 'aria-live': 'polite', 'data-state': 'loading' }, 'Checking…');
    const reset = el('button', { type: 'button', class: 'cm-secint-reset', 'aria-label': `Reset ${label} to the original` }, 'Reset');
    const copy = el('button', { type: 'button', class: 'cm-secint-copy', 'aria-label': `Copy ${label}` }, 'Copy');
    reset.addEventListener('click', () => {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: snippet.original }, userEvent: 'input.secint.reset' });
      view.focus();
    });
    copy.addEventListener('click', async () => {
      // The reader's own text, secrets and all: it goes to their clipboard.
      const ok = await copyText(doc, view.state.doc.toString());
      copy.textContent = ok ? 'Copied' : 'Copy failed';
      setTimeout(() => (copy.textContent = 'Copy'), 1500);
    });
    dom.append(status, reset, copy);
    if (options.playgroundURL) {
      share = el('a', { class: 'cm-secint-open', href: options.playgroundURL, target: '_blank', rel: 'noopener', 'aria-label': `Open ${label} in the playground (secrets left out)` }, 'Open in playground');
      dom.append(share);
    }
    return { dom, top: true };
  };

  // A share link never holds a secret: it is made from the engine's
  // redacted copy of the text, a moment after the reader stops typing.
  let shareTimer = null;
  let shareSeq = 0;
  const updateShare = () => {
    if (!share) return;
    clearTimeout(shareTimer);
    share.removeAttribute('data-ready');
    shareTimer = setTimeout(async () => {
      const mine = ++shareSeq;
      try {
        const text = await client.redactSecrets(view.state.doc.toString());
        const fragment = await encodeShare(text);
        if (mine !== shareSeq) return;
        if (fragment.length > MAX_FRAGMENT) {
          share.href = options.playgroundURL;
        } else {
          share.href = new URL('#' + fragment, new URL(options.playgroundURL, doc.baseURI)).href;
        }
        share.dataset.ready = 'true';
      } catch {
        // no link beats a link with a secret in it
        share.href = options.playgroundURL;
      }
    }, 250);
  };

  const describe = (diags) => {
    const count = (sev) => diags.filter((d) => d.severity === sev).length;
    if (diags.length === 0) return ['clean', 'No problems'];
    const parts = [];
    const e = count('error');
    const w = count('warning');
    const i = diags.length - e - w;
    if (e) parts.push(`${e} error${e > 1 ? 's' : ''}`);
    if (w) parts.push(`${w} warning${w > 1 ? 's' : ''}`);
    if (i) parts.push(`${i} note${i > 1 ? 's' : ''}`);
    return ['problems', parts.join(', ')];
  };

  const extensions = [
    highlightSpecialChars(),
    history(),
    drawSelection({ cursorBlinkRate: reducedMotion() ? 0 : 1200 }),
    EditorView.lineWrapping,
    StandardSQL.language,
    syntaxHighlighting(highlight),
    theme,
    showPanel.of(bar),
    EditorView.contentAttributes.of({ 'aria-label': `${label}: SQL, editable`, 'aria-describedby': `${id}-status` }),
    keymap.of([{ key: 'Mod-Alt-f', run: fixAllCommand }, ...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    secint({
      client,
      diagnosticURL: options.diagnosticURL,
      onError: options.onError,
      onDiagnostics: (diags) => {
        const [state, text] = describe(diags);
        status.dataset.state = state;
        status.textContent = text;
      },
    }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) updateShare();
    }),
  ];
  // Under a CSP without 'unsafe-inline' styles, CodeMirror's <style> needs
  // the page's nonce: given, or read from <meta property="csp-nonce">.
  const nonce = options.nonce ?? doc.querySelector('meta[property="csp-nonce"]')?.nonce;
  if (nonce) extensions.push(EditorView.cspNonce.of(nonce));
  if (options.extensions) extensions.push(options.extensions);

  const view = new EditorView({
    state: EditorState.create({ doc: snippet.original, extensions }),
    parent: wrapper,
  });
  wrapper.dataset.snippet = String(snippet.index);
  snippet.pre.replaceWith(wrapper);
  updateShare();
  const destroy = view.destroy.bind(view);
  view.destroy = () => {
    destroy();
    clearTimeout(shareTimer);
    if (wrapper.isConnected) wrapper.replaceWith(snippet.pre);
  };
  return view;
}

async function copyText(doc, text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or no permission: a selected textarea and the copy command.
    const ta = doc.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'secint-embed-copy-buffer';
    doc.body.append(ta);
    ta.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}
