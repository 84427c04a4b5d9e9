// The CodeMirror 6 adapter: one call returns the extensions that keep an
// editor checked by a secint client — diagnostics through @codemirror/lint
// (each fix an action, and fix all), completion through
// @codemirror/autocomplete, hover tooltips — with every edit sent to the
// engine as changes, not as the whole text. Positions go through
// positions.js; the engine is the same as Monaco's, so are its answers.

import { ChangeSet, EditorState, Facet, Prec } from '@codemirror/state';
import { ViewPlugin, EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { setDiagnostics } from '@codemirror/lint';
import {
  autocompletion, snippet, insertCompletionText, pickedCompletion, closeCompletion,
  completionStatus, currentCompletions, selectedCompletionIndex,
} from '@codemirror/autocomplete';
import { offsetToLsp, lspToOffset, cmChangesToLsp } from './positions.js';
import { renderMarkdown } from './markdown.js';

export { offsetToLsp, lspToOffset, cmChangesToLsp, renderMarkdown };

const DEFAULT_TRIGGERS = [' ', '.', '=', '(', ',', "'"];
const WORD = /[\w$]/;
let uriSeq = 0;

/**
 * secint returns the extensions that wire a secint client into an editor.
 * @param {import('./codemirror').CodeMirrorOptions} options
 */
export function secint(options = {}) {
  const {
    client,
    uri,
    debounce = 0,
    completion = true,
    hover = true,
    triggerCharacters = DEFAULT_TRIGGERS,
    diagnosticURL,
    onDiagnostics,
    onError = defaultOnError,
  } = options;
  if (!client) throw new TypeError('secint/codemirror: options.client is required (from createSecint)');

  const report = (e) => {
    if (e?.code === 'disposed') return;
    onError(e);
  };

  const config = { client, uri, debounce, diagnosticURL, onDiagnostics, report };
  const extensions = [configFacet.of(config), plugin];

  // --- completion ---
  if (completion) {
    const source = async (ctx) => {
      const s = ctx.view?.plugin(plugin);
      if (!s) return null;
      if (!ctx.explicit) {
        // Lists open where a choice starts: after a trigger character or
        // in a word; never in the middle of free typing elsewhere.
        const ch = ctx.state.sliceDoc(ctx.pos - 1, ctx.pos);
        if (!ch || !(WORD.test(ch) || triggerCharacters.includes(ch))) return null;
      }
      const ref = s.sync();
      let items;
      try {
        items = await client.complete(ref, offsetToLsp(ctx.state.doc, ctx.pos));
      } catch (e) {
        report(e);
        return null;
      }
      if (!items || items.length === 0 || ctx.aborted || s.version !== ref.version) return null;
      const doc = ctx.state.doc;
      const from = Math.min(ctx.pos, lspToOffset(doc, items[0].range.start));
      const options = items.map((it) => toCompletion(it, doc, from));
      const result = { from, to: ctx.pos, options, validFor: /^[\w$]*$/, filter: true };
      s.completion = result;
      return result;
    };
    extensions.push(
      EditorState.languageData.of(() => [{ autocomplete: source }]),
      // Enter takes an item only when the person moved into the list
      // (arrows): a list that opened by itself never swallows a new line.
      autocompletion({ selectOnOpen: false }),
      Prec.highest(keymap.of([{ key: 'Tab', run: acceptWithTab }])),
    );
  }

  // --- hover ---
  if (hover) {
    extensions.push(
      hoverTooltip(async (view, pos) => {
        const s = view.plugin(plugin);
        if (!s) return null;
        const ref = s.sync();
        let h;
        try {
          h = await client.hover(ref, offsetToLsp(view.state.doc, pos));
        } catch (e) {
          report(e);
          return null;
        }
        if (!h || s.version !== ref.version) return null;
        const doc = view.state.doc;
        return {
          pos: lspToOffset(doc, h.range.start),
          end: lspToOffset(doc, h.range.end),
          above: true,
          create: () => {
            const dom = renderMarkdown(h.contents, view.dom.ownerDocument);
            dom.classList.add('cm-secint-hover');
            return { dom };
          },
        };
      }),
    );
  }

  extensions.push(baseTheme);
  return extensions;
}

// The options of the one secint() in a state (the first, if there are more).
const configFacet = Facet.define({ combine: (values) => values[0] ?? null });

// One engine document per view.
class Sync {
  constructor(view) {
    const o = view.state.facet(configFacet);
    this.o = o;
    this.view = view;
    this.client = o.client;
    this.uri = o.uri ?? `inmemory://codemirror/${++uriSeq}.sql`;
    this.version = 1;
    this.sent = 1;
    this.changes = []; // LSP changes since `sent`
    this.busy = false;
    this.again = false;
    this.timer = null;
    this.queued = false;
    this.shown = null; // the diagnostics shown, as the engine gave them
    this.since = null; // the changes since they were shown (a ChangeDesc)
    this.completion = null; // the last completion result: {from, options}
    this.destroyed = false;
    this.client.open(this.uri, this.version, view.state.doc.toString()).catch(o.report);
    this.schedule();
  }

  update(u) {
    if (!u.docChanged) return;
    this.changes.push(...cmChangesToLsp(u.startState.doc, u.changes));
    this.version++;
    if (this.since) this.since = this.since.composeDesc(u.changes.desc);
    this.schedule();
  }

  destroy() {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.client.close(this.uri).catch(this.o.report);
  }

  // sync brings the engine to the view's version and returns the
  // reference to ask about.
  sync() {
    if (this.sent !== this.version) {
      const changes = this.changes;
      this.changes = [];
      this.sent = this.version;
      this.client.update(this.uri, this.version, changes).catch(this.o.report);
    }
    return { uri: this.uri, version: this.version };
  }

  schedule() {
    clearTimeout(this.timer);
    if (this.o.debounce > 0) {
      this.timer = setTimeout(() => this.validate(), this.o.debounce);
    } else if (!this.queued) {
      this.queued = true;
      queueMicrotask(() => {
        this.queued = false;
        this.validate();
      });
    }
  }

  // validate asks for the diagnostics and shows them; one request at a
  // time, edits made meanwhile checked together when it returns.
  async validate() {
    if (this.destroyed) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    const ref = this.sync();
    let diags = null;
    try {
      diags = await this.client.validate(ref);
    } catch (e) {
      this.o.report(e);
    } finally {
      this.busy = false;
    }
    if (this.again) {
      this.again = false;
      this.validate();
    }
    if (!diags || this.destroyed || ref.version !== this.version) return;
    this.show(diags);
  }

  show(diags) {
    // Most keystrokes change no diagnostic: what is shown is right.
    if (this.shown && sameDiagnostics(this.shown, diags)) return;
    this.shown = diags;
    const doc = this.view.state.doc;
    this.since = ChangeSet.empty(doc.length).desc;
    this.view.dispatch(setDiagnostics(this.view.state, diags.map((d) => this.toLint(d, doc))));
    this.o.onDiagnostics?.(diags, this.view);
  }

  toLint(d, doc) {
    const from = lspToOffset(doc, d.range.start);
    const to = Math.max(from, lspToOffset(doc, d.range.end));
    const url = this.o.diagnosticURL?.(d.code);
    const fixes = d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ from: lspToOffset(doc, e.range.start), to: lspToOffset(doc, e.range.end), insert: e.newText })) }));
    return {
      from,
      to,
      severity: d.severity,
      source: 'secint',
      message: d.message,
      renderMessage: (view) => renderMessage(view.dom.ownerDocument, d, url),
      actions: fixes.map((f) => ({ name: f.title, apply: (view) => this.applyFix(view, f) })),
    };
  }

  // applyFix applies a fix made for the text as it was when its
  // diagnostic was shown, through the edits made since.
  applyFix(view, fix) {
    const since = this.since;
    const changes = [];
    for (const e of fix.edits) {
      const from = since ? since.mapPos(e.from, 1) : e.from;
      const to = since ? Math.max(from, since.mapPos(e.to, -1)) : e.to;
      changes.push({ from, to, insert: e.insert });
    }
    view.dispatch({ changes, userEvent: 'input.secint.fix', scrollIntoView: true });
  }
}

const plugin = ViewPlugin.fromClass(Sync);

const findSync = (view) => view.plugin(plugin);

/**
 * secintState returns what the adapter knows of a view: its document's URI
 * and version, and the diagnostics shown (as the engine gave them), or null
 * when the view has no secint extension.
 */
export function secintState(view) {
  const s = findSync(view);
  return s ? { uri: s.uri, version: s.version, diagnostics: s.shown ?? [] } : null;
}

/**
 * fixAll applies the preferred fix of every diagnostic of the view's text
 * that helps (the engine's fix-all, as `secint check --fix`), as one change; resolves with how many fixes
 * were applied (0 when the text changed meanwhile, and nothing is done).
 * @param {EditorView} view
 */
export async function fixAll(view) {
  const s = findSync(view);
  if (!s) return 0;
  const text = view.state.doc.toString();
  const version = s.version;
  let fixed;
  try {
    fixed = await s.client.fixAll(text);
  } catch (e) {
    defaultOnError(e);
    return 0;
  }
  if (s.destroyed || s.version !== version || fixed.count === 0 || fixed.text === text) return 0;
  // One change: what lies between the common start and the common end.
  const a = text;
  const b = fixed.text;
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let ea = a.length;
  let eb = b.length;
  while (ea > start && eb > start && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  view.dispatch({ changes: { from: start, to: ea, insert: b.slice(start, eb) }, userEvent: 'input.secint.fixall' });
  return fixed.count;
}

/** A CodeMirror command (for a keymap) that runs fixAll. */
export const fixAllCommand = (view) => {
  if (!findSync(view)) return false;
  fixAll(view);
  return true;
};

// Tab takes the item the person moved to, or the best match: the way to
// accept after typing a few letters without reaching for the arrows.
function acceptWithTab(view) {
  if (completionStatus(view.state) !== 'active') return false;
  const options = currentCompletions(view.state);
  if (!options.length) return false;
  const s = view.plugin(plugin);
  const result = s?.completion;
  if (!result) return false;
  const i = selectedCompletionIndex(view.state);
  const option = options[i != null && i >= 0 ? i : 0];
  if (!result.options.includes(option)) return false; // another source's item
  closeCompletion(view);
  option.apply(view, option, result.from, view.state.selection.main.head);
  return true;
}

const TYPES = { keyword: 'keyword', property: 'property', value: 'constant', integration: 'variable', snippet: 'text' };

function toCompletion(it, doc, from) {
  const start = lspToOffset(doc, it.range.start);
  const template = it.insertTextFormat === 'snippet' ? lspSnippetToCodeMirror(it.insertText || it.label) : null;
  const text = it.insertText || it.label;
  const c = {
    label: it.filterText || it.label,
    displayLabel: it.label,
    detail: it.detail || undefined,
    type: TYPES[it.kind] ?? 'text',
    sortText: it.sortText || undefined,
    // The item replaces its own range: from its start to the caret.
    apply: (view, completion, _from, to) => {
      const f = Math.min(start === from ? _from : start, to);
      if (template) {
        snippet(template)(view, completion, f, to);
      } else {
        view.dispatch({ ...insertCompletionText(view.state, text, f, to), annotations: pickedCompletion.of(completion) });
      }
    },
  };
  if (it.documentation) c.info = () => renderMarkdown(it.documentation);
  return c;
}

/**
 * lspSnippetToCodeMirror turns an LSP snippet (${1:text}, $1, ${1|a,b|},
 * $0, \$ escapes) into CodeMirror's template syntax (${1:text}, ${0}); a
 * choice becomes its first choice as the field's text.
 */
export function lspSnippetToCodeMirror(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && '$}\\'.includes(s[i + 1])) {
      out += s[++i];
      continue;
    }
    if (c === '$') {
      let m = /^\$(\d+)/.exec(s.slice(i));
      if (m) {
        out += '${' + m[1] + '}';
        i += m[0].length - 1;
        continue;
      }
      m = /^\$\{(\d+)\|([^|]*)\|\}/.exec(s.slice(i));
      if (m) {
        out += '${' + m[1] + ':' + escapeField(m[2].split(',')[0]) + '}';
        i += m[0].length - 1;
        continue;
      }
      m = /^\$\{(\d+)(?::([^}]*))?\}/.exec(s.slice(i));
      if (m) {
        out += '${' + m[1] + (m[2] != null ? ':' + escapeField(m[2]) : '') + '}';
        i += m[0].length - 1;
        continue;
      }
    }
    // CodeMirror reads #{…} and ${…} as fields: keep a literal one literal.
    if ((c === '#' || c === '$') && s[i + 1] === '{') {
      out += c + '\\{';
      i++;
      continue;
    }
    out += c;
  }
  return out;
}

const escapeField = (t) => t.replace(/[{}]/g, (m) => '\\' + m);

// sameDiagnostics reports whether two lists draw the same (fixes aside).
function sameDiagnostics(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message) return false;
    const r = x.range;
    const q = y.range;
    if (r.start.line !== q.start.line || r.start.character !== q.start.character || r.end.line !== q.end.line || r.end.character !== q.end.character) return false;
    if (JSON.stringify(x.fixes) !== JSON.stringify(y.fixes)) return false;
  }
  return true;
}

function renderMessage(doc, d, url) {
  const span = doc.createElement('span');
  span.className = 'cm-secint-message';
  span.append(d.message + ' ');
  const code = doc.createElement(url ? 'a' : 'span');
  code.className = 'cm-secint-code';
  code.textContent = d.code;
  if (url) {
    code.href = url;
    code.target = '_blank';
    code.rel = 'noopener';
  }
  span.append(code);
  return span;
}

// @codemirror/lint draws squiggles as data: SVG images, which a CSP without
// img-src data: blocks. Wavy text decorations draw them with no image (two
// classes, to win over lint's own rule).
const squiggle = (color) => ({ backgroundImage: 'none', textDecoration: `underline wavy ${color}`, textDecorationSkipInk: 'none', textUnderlineOffset: '3px' });

const baseTheme = EditorView.baseTheme({
  '.cm-lintRange.cm-lintRange-error': squiggle('#d11'),
  '.cm-lintRange.cm-lintRange-warning': squiggle('orange'),
  '.cm-lintRange.cm-lintRange-info': squiggle('#999'),
  '.cm-lintRange.cm-lintRange-hint': squiggle('#66d'),
  '.cm-secint-code': { opacity: '0.75', fontFamily: 'monospace', fontSize: '90%' },
  '.cm-secint-md': { maxWidth: '32em', padding: '2px 6px', lineHeight: '1.4' },
  '.cm-secint-md p, .cm-secint-md ul': { margin: '4px 0' },
  '.cm-secint-md ul': { paddingLeft: '1.2em' },
  '.cm-secint-md code': { fontFamily: 'monospace' },
});

function defaultOnError(e) {
  console.warn('secint:', e?.message ?? e);
}
