// The Monaco bench page: the playground's Monaco build and the secint
// package, wired as any application would (registerMonaco), but with
// debounce 0, so that what is measured is the engine, the worker round trip
// and the adapter, not the adapter's wait for the typing to pause (200 ms by
// default). browser.mjs drives it through window.bench.

import { monaco } from '../../playground/src/monaco.js';
import { createSecint, registerMonaco } from 'secint';

globalThis.MonacoEnvironment = {
  getWorker: () => new Worker('/assets/editor.worker.js', { type: 'module', name: 'monaco-editor' }),
};

const OWNER = 'secint';

// nextMarkers resolves with the time at which Monaco reports markers of the
// model whose count is not `before` (each measured edit changes the count,
// so this is the answer to that edit and no other).
function nextMarkers(model, before, timeout = 30_000) {
  const uri = model.uri.toString();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      d.dispose();
      reject(new Error(`no marker change in ${timeout} ms (still ${before})`));
    }, timeout);
    const d = monaco.editor.onDidChangeMarkers((uris) => {
      if (!uris.some((u) => u.toString() === uri)) return;
      const n = monaco.editor.getModelMarkers({ owner: OWNER, resource: model.uri }).length;
      if (n === before) return;
      const t = performance.now();
      clearTimeout(timer);
      d.dispose();
      resolve({ t, n });
    });
  });
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

let editor;
let model;

window.bench = {
  // setup opens the text in an editor and resolves when its first markers
  // are shown: {ms, markers}.
  async setup(text) {
    const client = createSecint({
      wasmURL: '/secint.wasm',
      worker: () => new Worker('/secint-worker.js', { type: 'module', name: 'secint' }),
    });
    await client.ready;
    const t0 = performance.now();
    model = monaco.editor.createModel(text, 'sql', monaco.Uri.parse('inmemory://bench/worksheet.sql'));
    editor = monaco.editor.create(document.getElementById('editor'), { model, automaticLayout: false, minimap: { enabled: false } });
    const first = nextMarkers(model, 0, 120_000);
    registerMonaco(monaco, { client, languageId: 'sql', debounce: 0 });
    const { t, n } = await first;
    return { ms: t - t0, markers: n };
  },

  // edits types one character at `at` (LSP position) and deletes it, in
  // turn, `warmup + runs` times, and returns the counted times from the
  // edit to the markers changing in Monaco.
  async edits(at, warmup, runs) {
    const line = at.line + 1;
    const col = at.character + 1;
    editor.setPosition({ lineNumber: line, column: col });
    editor.revealPositionInCenter({ lineNumber: line, column: col });
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      await frame(); // let the previous edit's rendering happen first
      const insert = i % 2 === 0;
      const before = monaco.editor.getModelMarkers({ owner: OWNER, resource: model.uri }).length;
      const changed = nextMarkers(model, before);
      const t0 = performance.now();
      editor.executeEdits('bench', [
        { range: new monaco.Range(line, col, line, insert ? col : col + 1), text: insert ? 'X' : '', forceMoveMarkers: true },
      ]);
      const { t } = await changed;
      if (i >= warmup) times.push(t - t0);
    }
    return times;
  },
};
