// The CodeMirror bench page: a CodeMirror 6 editor with the secint
// extensions (secint/codemirror, debounce 0: a check after every edit), as
// an application would set it up. browser.mjs drives it through
// window.bench, as it drives the Monaco page.

import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { createSecint } from 'secint';
import { secint } from 'secint/codemirror';

// fingerprint identifies diagnostics by what a user sees of them.
const fingerprint = (ds) => JSON.stringify(ds.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]));

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

let view;
let shown = null; // the diagnostics last shown
let waiter = null; // resolves at the next onDiagnostics
const next = (timeout = 30_000) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics in ${timeout} ms`)), timeout);
    waiter = (t, ds) => {
      clearTimeout(timer);
      resolve({ t, ds });
    };
  });

window.bench = {
  // setup opens the text in an editor; resolves when its first diagnostics
  // are shown: {ms, diagnostics}.
  async setup(text) {
    const client = createSecint({
      wasmURL: '/secint.wasm',
      worker: () => new Worker('/secint-worker.js', { type: 'module', name: 'secint' }),
    });
    await client.ready;
    const t0 = performance.now();
    const first = next(120_000);
    view = new EditorView({
      state: EditorState.create({
        doc: text,
        extensions: [
          secint({
            client,
            debounce: 0,
            // Called right after the lint state was dispatched, i.e. when the
            // view has drawn the new diagnostics (CodeMirror updates the DOM
            // in the dispatch).
            onDiagnostics: (ds) => {
              const t = performance.now();
              shown = ds;
              const w = waiter;
              waiter = null;
              w?.(t, ds);
            },
          }),
        ],
      }),
      parent: document.getElementById('editor'),
    });
    const { t, ds } = await first;
    return { ms: t - t0, diagnostics: ds.length };
  },

  // edits types one character at `at` (LSP position) and deletes it, in
  // turn; each time, from the dispatch of the edit to the new diagnostics
  // drawn. Each answer is checked (untimed) to differ from the document's
  // own after the insert, and to be them again after the delete.
  async edits(at, warmup, runs) {
    const line = view.state.doc.line(at.line + 1);
    const pos = line.from + at.character;
    view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    const base = fingerprint(shown);
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      await frame();
      const insert = i % 2 === 0;
      const changed = next();
      const t0 = performance.now();
      view.dispatch(insert ? { changes: { from: pos, insert: 'X' }, userEvent: 'input.type' } : { changes: { from: pos, to: pos + 1 }, userEvent: 'delete.backward' });
      const { t, ds } = await changed;
      if ((fingerprint(ds) !== base) !== insert) throw new Error(`edit ${i}: the diagnostics did not change as the edit should have`);
      if (i >= warmup) times.push(t - t0);
    }
    return { times };
  },
};
