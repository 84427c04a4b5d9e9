// The Monaco adapter: markers kept current on edits, completion, hover and
// quick fixes, from one secint client. Every position goes through
// positions.js.

import { toLspPosition, toLspRange, toMonacoRange } from './positions.js';

export { toLspPosition, toLspRange, toMonacoRange };

// Where a list opens by itself: after a space, '.', '=', '(' and ','. Not
// after a quote: an opening quote starts free text, and a closing one ends a
// value (the engine offers nothing glued to a string, a number or ')').
const DEFAULT_TRIGGERS = [' ', '.', '=', '(', ','];

// Edits that insert this many characters or more (a paste) are checked on
// screen first (preview in registerMonaco).
const PREVIEW_AT = 32 * 1024;

// lineBreaks counts \n, \r\n and lone \r, as Monaco splits lines.
function lineBreaks(s) {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  for (let i = s.indexOf('\r'); i !== -1; i = s.indexOf('\r', i + 1)) if (s[i + 1] !== '\n') n++;
  return n;
}

// How markers are spread over owners (see show in registerMonaco).
const SPLIT_AT = 250;
const BLOCK_LINES = 256;
const CLASSES = ['e', 'w', 'i', 'h']; // by severity rank
const HOLD = Object.freeze([Object.freeze({ message: '', severity: 1, startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 })]);

/**
 * secintMarkers returns the markers secint set on a model, whichever of its
 * owners holds them (under `owner`, or spread over `${owner}:…` when there
 * are many), sorted by position.
 * @param {typeof import('monaco-editor')} monaco
 * @param {import('monaco-editor').editor.ITextModel} model
 * @param {string} [owner]
 */
export function secintMarkers(monaco, model, owner = 'secint') {
  const prefix = `${owner}:`;
  return monaco.editor
    .getModelMarkers({ resource: model.uri })
    .filter((m) => m.owner === owner || m.owner.startsWith(prefix))
    .sort((a, b) => a.startLineNumber - b.startLineNumber || a.startColumn - b.startColumn || a.endLineNumber - b.endLineNumber || a.endColumn - b.endColumn);
}

/**
 * EDITOR_OPTIONS are how completion meets the keyboard, decided together
 * with the engine's trigger rules, and given to every editor that shows a
 * model of the language (options.editorOptions to change or refuse them):
 *
 * - a list that opened by itself (a trigger character, or quick suggestions
 *   while typing a word) has no item selected, so Enter is a new line and Tab
 *   indents; a person who moves into the list (arrow keys) or asks for it
 *   (Ctrl+Space) accepts with Enter or Tab;
 * - no commit characters: typing ' ', '=' or ',' never accepts an item;
 * - accepting inserts at the caret and never replaces the rest of a word;
 * - no word-based suggestions, no suggestions inside strings or comments.
 */
export const EDITOR_OPTIONS = Object.freeze({
  quickSuggestions: { other: 'on', comments: 'off', strings: 'off' },
  suggestOnTriggerCharacters: true,
  acceptSuggestionOnEnter: 'on',
  acceptSuggestionOnCommitCharacter: false,
  tabCompletion: 'off',
  wordBasedSuggestions: 'off',
  suggest: { selectionMode: 'never', insertMode: 'insert', showWords: false, preview: false },
});

/**
 * registerMonaco wires a secint client into Monaco for one language: every
 * model of that language (present and future) is opened in the engine and
 * gets markers, and the language gets completion, hover and code action
 * providers. Returns a disposable that undoes all of it (the client stays
 * yours to dispose).
 * @param {typeof import('monaco-editor')} monaco
 * @param {import('./monaco').MonacoOptions} options
 */
export function registerMonaco(monaco, options = {}) {
  const {
    client,
    languageId = 'sql',
    owner = 'secint',
    debounce = 0,
    triggerCharacters = DEFAULT_TRIGGERS,
    diagnosticURL,
    onError = defaultOnError,
    editorOptions = EDITOR_OPTIONS,
  } = options;
  if (!client) throw new TypeError('registerMonaco: options.client is required (from createSecint)');

  const ml = monaco.languages;
  const docs = new Map(); // model → state
  const disposables = [];
  let disposed = false;

  if (typeof ml.getLanguages === 'function' && !ml.getLanguages().some((l) => l.id === languageId)) {
    ml.register({ id: languageId });
  }

  const report = (e) => {
    if (disposed || e?.code === 'disposed') return;
    onError(e);
  };

  // --- documents ---

  const uriOf = (model) => model.uri.toString();

  // sync brings the engine to the model's version and returns the reference
  // to ask about. It sends the edits Monaco reported since the last sync, so
  // that the engine redoes only what they touch; when they do not lead
  // without a gap from the version the engine has, it sends the whole text.
  function sync(state) {
    const { model } = state;
    const version = model.getVersionId();
    if (state.sent !== version) {
      const edits = state.edits;
      const chained = edits.length > 0 && edits[0].from === state.sent && edits[edits.length - 1].to === version &&
        edits.every((e, i) => i === 0 || e.from === edits[i - 1].to);
      const changes = chained ? edits.flatMap((e) => e.changes) : model.getValue();
      state.sent = version;
      state.edits = [];
      client.update(state.uri, version, changes).catch(report);
    }
    return { uri: state.uri, version };
  }

  // record keeps a content-change event as LSP changes. Monaco lists one
  // event's changes from the end of the document to its start, each against
  // the text before the event, so applying them in that order is exact.
  function record(state, e) {
    const from = state.last;
    state.last = e.versionId;
    if (!Array.isArray(e.changes)) {
      state.edits.push({ from: -1, to: e.versionId, changes: [] }); // breaks the chain
      return;
    }
    state.edits.push({
      from,
      to: e.versionId,
      changes: e.changes.map((c) => ({ range: toLspRange(c.range), text: c.text })),
    });
  }

  // validateNow asks for the model's diagnostics and shows them. One request
  // per model is in flight at a time: edits made meanwhile are checked, all
  // at once, when it returns. So markers follow every keystroke while the
  // engine keeps up, and it never falls behind a queue when it does not.
  async function validateNow(state) {
    clearTimeout(state.timer);
    state.timer = null;
    if (!docs.has(state.model)) return;
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    const ref = sync(state);
    let diags;
    let quarantined = null;
    try {
      diags = await client.validate(ref);
    } catch (e) {
      if (e?.code === 'quarantined') quarantined = e;
      else report(e);
    } finally {
      state.busy = false;
    }
    if (state.again) {
      state.again = false;
      validateNow(state);
    }
    // A document the client no longer sends to the engine (it stopped the
    // engine twice): one marker on its first line says so, in place of
    // markers that would be stale.
    if (quarantined && docs.get(state.model) === state && !state.model.isDisposed?.() && state.model.getVersionId() === ref.version) {
      clearBlocks(state);
      state.shown = null;
      state.quarantined = true; // and not previewed either: its text stops the engine
      monaco.editor.setModelMarkers(state.model, owner, [quarantineMarker(state.model, quarantined)]);
      return;
    }
    // Dropped: a failure, an outdated answer, a closed model, a newer edit.
    if (!diags || docs.get(state.model) !== state || state.model.isDisposed?.() || state.model.getVersionId() !== ref.version) return;
    state.final = ref.version;
    state.quarantined = false;
    show(state, diags);
  }

  // preview, for a content change that inserts PREVIEW_AT characters or
  // more (a paste), asks the engine for the diagnostics of the lines that
  // will be on screen, at once, from the change listener: before the edit
  // is sent (the engine answers in order, so before the whole check), and
  // before Monaco has finished its own work on the paste. validateVisible
  // answers in milliseconds what the whole check will also say (or null),
  // where the whole check of a pasted megabyte takes most of a second; the
  // markers of the text that was there are taken down meanwhile. The lines
  // are those any editor of the model shows and as many around where the
  // change ends (where a paste leaves the caret, and the view).
  function preview(state, e) {
    const { model } = state;
    if (typeof client.validateVisible !== 'function' || state.quarantined) return;
    const changes = Array.isArray(e.changes) ? e.changes : null;
    let inserted = 0;
    let longest = null;
    for (const c of changes ?? []) {
      inserted += c.text.length;
      if (!longest || c.text.length > longest.text.length) longest = c;
    }
    if (!changes) inserted = model.getValueLength?.() ?? 0; // a whole new text
    if (inserted < PREVIEW_AT) return;
    // Where the longest change ends, in the new text: Monaco lists an
    // event's changes from the end of the document to its start, each
    // against the text before the event.
    let end = model.getLineCount() - 1;
    if (longest) {
      end = longest.range.startLineNumber - 1 + lineBreaks(longest.text);
      for (const c of changes) {
        if (c !== longest && c.range.startLineNumber < longest.range.startLineNumber) end += lineBreaks(c.text) - (c.range.endLineNumber - c.range.startLineNumber);
      }
    }
    // The lines around that end, and the lines each editor shows now (the
    // view stays there when the change is not a paste), each range asked
    // for on its own when it is apart from the others.
    const views = [];
    let h = 0;
    for (const ed of monaco.editor.getEditors?.() ?? []) {
      if (ed.getModel?.() !== model) continue;
      const rs = ed.getVisibleRanges?.() ?? [];
      for (const r of rs) views.push([r.startLineNumber - 1, r.endLineNumber - 1]);
      h = Math.max(h, rs.reduce((n, r) => n + r.endLineNumber - r.startLineNumber + 1, 0), 50);
    }
    if (!h) return; // no editor shows it
    const lines = model.getLineCount();
    const ranges = [[end - h, end + h]];
    for (const [a, b] of views) {
      const near = ranges.find(([x, y]) => a <= y + h && b >= x - h);
      if (near) {
        near[0] = Math.min(near[0], a);
        near[1] = Math.max(near[1], b);
      } else ranges.push([a, b]);
    }
    const version = e.versionId ?? model.getVersionId();
    const text = model.getValue();
    const found = [];
    show(state, []);
    for (const [a, b] of ranges) {
      client.validateVisible(text, Math.max(0, a), Math.min(lines - 1, Math.max(0, b))).then(
        (d) => {
          const now = docs.get(model) === state && !model.isDisposed?.() && model.getVersionId() === version;
          if (!d || !now || state.final === version) return;
          found.push(...d);
          show(state, found.slice());
        },
        (err) => report(err),
      );
    }
  }

  // --- markers ---
  //
  // Monaco's setModelMarkers replaces all of an owner's markers: each call
  // makes new marker objects, and the editor then removes and re-creates a
  // decoration for each (it tells markers apart by object). With a thousand
  // problems that was a thousand markers and 500 decorations re-made per
  // keystroke. So past SPLIT_AT markers, a model's markers are spread over
  // owners by severity and by block of BLOCK_LINES lines
  // (`${owner}:e0`, `${owner}:e1`, ..., `${owner}:w0`, ...), and an answer
  // re-sets only the owners whose markers changed; under it, they all stay
  // under `owner`, as they always were. secintMarkers reads them back.
  //
  // Monaco squiggles the first 500 markers of a model only, taking owners
  // in the order they first got markers; none may be an error left out.
  // So the owners of a layout are made once, in order (every block's
  // errors, then warnings, infos and hints), with room for the document to
  // grow, and an owner with nothing to show keeps its place with a marker
  // without a message (HOLD), which Monaco drops from its list but not from
  // its order. A document that outgrows its layout gets a new one.

  // show makes the markers of a model those of diags.
  function show(state, diags) {
    // Most keystrokes change no diagnostic: then the markers Monaco shows
    // are right already, and setting them again would redraw them all.
    if (state.shown && sameMarkers(state.shown, diags)) return;
    state.shown = diags;
    const { model } = state;
    if (diags.length <= SPLIT_AT) {
      clearBlocks(state);
      monaco.editor.setModelMarkers(model, owner, bySeverity(diags).map(toMarker));
      return;
    }
    monaco.editor.setModelMarkers(model, owner, []);
    const groups = new Map();
    let last = 0;
    for (const d of diags) {
      const block = Math.floor(d.range.start.line / BLOCK_LINES);
      last = Math.max(last, block);
      const key = `${CLASSES[rank[d.severity] ?? 0]}${block}`;
      const g = groups.get(key);
      if (g) g.push(d);
      else groups.set(key, [d]);
    }
    const layout = state.blocks;
    if (!layout || last >= layout.count) {
      clearBlocks(state);
      const count = 2 * Math.max(last + 1, Math.ceil(model.getLineCount() / BLOCK_LINES));
      for (const c of CLASSES) {
        for (let b = 0; b < count; b++) {
          const g = groups.get(`${c}${b}`);
          monaco.editor.setModelMarkers(model, `${owner}:${c}${b}`, g ? g.map(toMarker) : HOLD);
        }
      }
      state.blocks = { count, groups };
      return;
    }
    for (const [key, g] of groups) {
      const was = layout.groups.get(key);
      if (!was || !sameMarkers(was, g)) monaco.editor.setModelMarkers(model, `${owner}:${key}`, g.map(toMarker));
    }
    for (const key of layout.groups.keys()) {
      if (!groups.has(key)) monaco.editor.setModelMarkers(model, `${owner}:${key}`, HOLD);
    }
    layout.groups = groups;
  }

  // clearBlocks removes the owners of a model's layout, if it has one.
  function clearBlocks(state) {
    const layout = state.blocks;
    if (!layout) return;
    state.blocks = null;
    if (state.model.isDisposed?.()) return;
    for (const c of CLASSES) {
      for (let b = 0; b < layout.count; b++) monaco.editor.setModelMarkers(state.model, `${owner}:${c}${b}`, []);
    }
  }

  // schedule checks after an edit: once the edit is done (a microtask), or
  // after `debounce` ms of quiet when that is set.
  function schedule(state) {
    clearTimeout(state.timer);
    if (debounce > 0) {
      state.timer = setTimeout(() => validateNow(state), debounce);
    } else if (!state.queued) {
      state.queued = true;
      queueMicrotask(() => {
        state.queued = false;
        validateNow(state);
      });
    }
  }

  function attach(model) {
    if (docs.has(model) || model.getLanguageId?.() !== languageId) return;
    const state = { model, uri: uriOf(model), sent: model.getVersionId(), last: model.getVersionId(), edits: [], timer: null, listener: null, busy: false, again: false, queued: false, shown: null, blocks: null, final: null };
    docs.set(model, state);
    client.open(state.uri, state.sent, model.getValue()).catch(report);
    state.listener = model.onDidChangeContent((e) => {
      record(state, e ?? {});
      preview(state, e ?? {});
      schedule(state);
    });
    validateNow(state);
  }

  function detach(model) {
    const state = docs.get(model);
    if (!state) return;
    docs.delete(model);
    clearTimeout(state.timer);
    state.listener?.dispose();
    clearBlocks(state);
    if (!model.isDisposed?.()) monaco.editor.setModelMarkers(model, owner, []);
    client.close(state.uri).catch(report);
  }

  function stateFor(model) {
    let state = docs.get(model);
    if (!state && model.getLanguageId?.() === languageId) {
      attach(model);
      state = docs.get(model);
    }
    return state;
  }

  // --- editors: the keyboard options of EDITOR_OPTIONS ---

  const tuned = new WeakSet();
  function tune(editor) {
    if (!editorOptions || tuned.has(editor) || editor.getModel?.()?.getLanguageId?.() !== languageId) return;
    tuned.add(editor);
    editor.updateOptions(editorOptions === EDITOR_OPTIONS ? EDITOR_OPTIONS : { ...EDITOR_OPTIONS, ...editorOptions });
  }
  function watchEditor(editor) {
    tune(editor);
    const d = editor.onDidChangeModel?.(() => tune(editor));
    if (d) disposables.push(d);
  }
  if (editorOptions) {
    for (const ed of monaco.editor.getEditors?.() ?? []) watchEditor(ed);
    if (monaco.editor.onDidCreateEditor) disposables.push(monaco.editor.onDidCreateEditor((ed) => queueMicrotask(() => watchEditor(ed))));
  }

  for (const model of monaco.editor.getModels()) attach(model);
  disposables.push(
    monaco.editor.onDidCreateModel((model) => attach(model)),
    monaco.editor.onWillDisposeModel((model) => detach(model)),
    monaco.editor.onDidChangeModelLanguage(({ model }) => {
      detach(model);
      attach(model);
    }),
  );

  // --- conversions ---

  const severities = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
    hint: monaco.MarkerSeverity.Hint,
  };

  // sameMarkers reports whether two lists of diagnostics make the same
  // markers (fixes do not show in a marker).
  function sameMarkers(a, b) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (x === y) continue;
      if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message) return false;
      const r = x.range;
      const q = y.range;
      if (r.start.line !== q.start.line || r.start.character !== q.start.character || r.end.line !== q.end.line || r.end.character !== q.end.character) return false;
    }
    return true;
  }

  // bySeverity orders the markers errors first, then warnings, infos and
  // hints, each in document order: Monaco draws squiggles for the first 500
  // markers of a model only, and none of them may be an error's left out.
  const rank = { error: 0, warning: 1, info: 2, hint: 3 };
  function bySeverity(diags) {
    let sorted = true;
    for (let i = 1; i < diags.length && sorted; i++) sorted = (rank[diags[i - 1].severity] ?? 0) <= (rank[diags[i].severity] ?? 0);
    if (sorted) return diags;
    return diags.map((d, i) => [d, i]).sort((a, b) => (rank[a[0].severity] ?? 0) - (rank[b[0].severity] ?? 0) || a[1] - b[1]).map((x) => x[0]);
  }

  function quarantineMarker(model, e) {
    const text = model.getValue();
    const nl = text.search(/[\r\n]/);
    return {
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: (nl < 0 ? text.length : nl) + 1,
      severity: monaco.MarkerSeverity.Warning,
      message: e.message,
      source: 'secint',
      code: 'quarantined',
    };
  }

  function toMarker(d) {
    const url = diagnosticURL?.(d.code);
    return {
      ...toMonacoRange(d.range),
      severity: severities[d.severity] ?? monaco.MarkerSeverity.Error,
      message: d.message,
      source: 'secint',
      code: url ? { value: d.code, target: monaco.Uri.parse(url) } : d.code,
    };
  }

  const kinds = ml.CompletionItemKind;
  const kindOf = (k) =>
    ({
      keyword: kinds.Keyword,
      property: kinds.Property,
      value: kinds.Value,
      integration: kinds.Reference,
      snippet: kinds.Snippet,
    })[k] ?? kinds.Text;

  function toSuggestion(it) {
    const s = {
      label: it.label,
      kind: kindOf(it.kind),
      detail: it.detail || undefined,
      documentation: it.documentation ? { value: it.documentation } : undefined,
      insertText: it.insertText || it.label,
      range: toMonacoRange(it.range),
      sortText: it.sortText || undefined,
    };
    if (it.filterText) s.filterText = it.filterText;
    if (it.insertTextFormat === 'snippet') s.insertTextRules = ml.CompletionItemInsertTextRule.InsertAsSnippet;
    return s;
  }

  const sameMarker = (m, d) => {
    const r = toMonacoRange(d.range);
    const code = typeof m.code === 'object' && m.code ? m.code.value : m.code;
    return code === d.code && m.startLineNumber === r.startLineNumber && m.startColumn === r.startColumn && m.endLineNumber === r.endLineNumber && m.endColumn === r.endColumn;
  };

  // --- providers ---

  disposables.push(
    ml.registerCompletionItemProvider(languageId, {
      triggerCharacters,
      async provideCompletionItems(model, position, _context, token) {
        const state = stateFor(model);
        if (!state) return { suggestions: [] };
        try {
          const items = await client.complete(sync(state), toLspPosition(position));
          if (!items || token?.isCancellationRequested) return { suggestions: [] };
          return { suggestions: items.map(toSuggestion) };
        } catch (e) {
          report(e);
          return { suggestions: [] };
        }
      },
    }),
    ml.registerHoverProvider(languageId, {
      async provideHover(model, position, token) {
        const state = stateFor(model);
        if (!state) return null;
        try {
          const h = await client.hover(sync(state), toLspPosition(position));
          if (!h || token?.isCancellationRequested) return null;
          return { contents: [{ value: h.contents }], range: toMonacoRange(h.range) };
        } catch (e) {
          report(e);
          return null;
        }
      },
    }),
    ml.registerCodeActionProvider(
      languageId,
      {
        async provideCodeActions(model, range, context, token) {
          const state = stateFor(model);
          const none = { actions: [], dispose() {} };
          if (!state) return none;
          if (context?.only && !String(context.only).startsWith('quickfix')) return none;
          try {
            const ref = sync(state);
            const acts = await client.codeActions(ref, toLspRange(range));
            if (!acts || token?.isCancellationRequested) return none;
            const markers = context?.markers ?? [];
            return {
              actions: acts.map((a) => ({
                title: a.title,
                kind: 'quickfix',
                isPreferred: a.isPreferred,
                diagnostics: [markers.find((m) => sameMarker(m, a.diagnostic)) ?? toMarker(a.diagnostic)],
                edit: {
                  edits: a.edits.map((e) => ({
                    resource: model.uri,
                    versionId: ref.version,
                    textEdit: { range: toMonacoRange(e.range), text: e.newText },
                  })),
                },
              })),
              dispose() {},
            };
          } catch (e) {
            report(e);
            return none;
          }
        },
      },
      { providedCodeActionKinds: ['quickfix'] },
    ),
  );

  return {
    dispose() {
      if (disposed) return;
      for (const model of [...docs.keys()]) detach(model);
      disposed = true;
      for (const d of disposables) d?.dispose();
      disposables.length = 0;
    },
  };
}

function defaultOnError(e) {
  console.warn('secint:', e?.message ?? e);
}
