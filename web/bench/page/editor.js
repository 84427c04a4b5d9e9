// The Monaco bench page: the playground's Monaco build and the secint
// package, wired as any application would (registerMonaco, whose default is
// to check after every edit; debounce 0 is spelled out so that the figure
// stays what it is if that default changes). browser.mjs drives it through
// window.bench.

import { monaco } from '../../playground/src/monaco.js';
import { createSecint, registerMonaco, secintMarkers } from 'secint';

globalThis.MonacoEnvironment = {
  getWorker: () => new Worker('/assets/editor.worker.js', { type: 'module', name: 'monaco-editor' }),
};

// Every marker secint set, whichever of its owners holds it (with many
// problems the adapter spreads them over several).
const markersOf = (model) => secintMarkers(monaco, model);

// fingerprint identifies markers by what a user sees of them (the engine
// caps a document at 1000 diagnostics, so a count alone may not change).
const fingerprint = (ms) =>
  JSON.stringify(ms.map((m) => [typeof m.code === 'object' ? m.code?.value : m.code, m.startLineNumber, m.startColumn, m.endLineNumber, m.endColumn, m.message]));

// nextMarkers resolves with the time at which Monaco next reports markers of
// the model (onDidChangeMarkers: what the editor's decorations follow) for
// which accept(markers) holds.
function nextMarkers(model, accept = () => true, timeout = 30_000) {
  const uri = model.uri.toString();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      d.dispose();
      reject(new Error(`no marker change in ${timeout} ms`));
    }, timeout);
    const d = monaco.editor.onDidChangeMarkers((uris) => {
      const t = performance.now();
      if (!uris.some((u) => u.toString() === uri)) return;
      const ms = markersOf(model);
      if (!accept(ms)) return;
      clearTimeout(timer);
      d.dispose();
      resolve({ t, markers: ms });
    });
  });
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

let editor;
let model;
// The engine's part of each edit: from the adapter asking the client for the
// diagnostics to the answer (the worker round trip), for the breakdown row.
let asked = [];

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
    const first = nextMarkers(model, (ms) => ms.length > 0, 120_000);
    const timed = new Proxy(client, {
      get: (c, k) =>
        k === 'validate'
          ? async (ref) => {
              const t = performance.now();
              const d = await c.validate(ref);
              asked.push(performance.now() - t);
              return d;
            }
          : typeof c[k] === 'function'
            ? c[k].bind(c)
            : c[k],
    });
    registerMonaco(monaco, { client: timed, languageId: 'sql', debounce: 0 });
    const { t, markers } = await first;
    return { ms: t - t0, markers: markers.length };
  },

  // edits types one character at `at` (LSP position) and deletes it, in
  // turn, `warmup + runs` times, and returns the counted times from the
  // edit to Monaco's next marker change. Each edit is awaited before the
  // next, and the adapter sets markers once per version (debounce 0), so
  // that change is this edit's answer; it is checked (untimed) to differ
  // from the document's own markers after the insert and to be them again
  // after the delete.
  async edits(at, warmup, runs) {
    const line = at.line + 1;
    const col = at.character + 1;
    editor.setPosition({ lineNumber: line, column: col });
    editor.revealPositionInCenter({ lineNumber: line, column: col });
    const base = fingerprint(markersOf(model));
    const times = [];
    const engine = [];
    // The longest task of the main thread while the counted edits run.
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    for (let i = 0; i < warmup + runs; i++) {
      await frame(); // let the previous edit's rendering happen first
      if (i === warmup) observer.observe({ type: 'longtask' });
      const insert = i % 2 === 0;
      const changed = nextMarkers(model);
      asked = [];
      const t0 = performance.now();
      editor.executeEdits('bench', [
        { range: new monaco.Range(line, col, line, insert ? col : col + 1), text: insert ? 'X' : '', forceMoveMarkers: true },
      ]);
      const { t, markers } = await changed;
      if ((fingerprint(markers) !== base) !== insert) throw new Error(`edit ${i}: the markers did not change as the edit should have`);
      if (i >= warmup) {
        times.push(t - t0);
        engine.push(asked.reduce((a, b) => a + b, 0));
      }
    }
    await frame();
    for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
    observer.disconnect();
    return { times, engine, longest };
  },
};

// --- a pasted megabyte (issue 18) ---
//
// paste replaces the editor's whole text with `text` as a person's paste
// does (Monaco's paste command, which leaves the caret at its end and the
// view on it), and follows every marker change until the markers are the
// engine's whole check of the text: {visible} ms from the paste to the
// markers of the lines then on screen (those of the whole check, shown),
// {all} ms to every marker, {full} the engine's own check of the same text
// as one request just before (the same worker), and {stale} the markers
// shown on the way that the whole check does not hold (there must be none).
window.bench.paste = async function paste(text) {
  const client = createSecint({ wasmURL: '/secint.wasm', worker: () => new Worker('/secint-worker.js', { type: 'module', name: 'secint' }) });
  await client.ready;
  model = monaco.editor.createModel('SELECT 1;\n', 'sql', monaco.Uri.parse(`inmemory://bench/paste-${Math.random().toString(36).slice(2)}.sql`));
  editor = monaco.editor.create(document.getElementById('editor'), { model, automaticLayout: false, minimap: { enabled: false } });
  // When the adapter asked the client for what, and when it was answered.
  const calls = [];
  const timed = new Proxy(client, {
    get: (c, k) =>
      typeof c[k] !== 'function'
        ? c[k]
        : (...args) => {
            const call = { method: k, at: performance.now() };
            calls.push(call);
            const r = c[k](...args);
            r?.then?.(() => (call.done = performance.now()), () => (call.done = performance.now()));
            return r;
          },
  });
  const reg = registerMonaco(monaco, { client: timed, languageId: 'sql', debounce: 0 });
  await new Promise((r) => setTimeout(r, 300)); // the first check of the small text
  // The engine's own check of the text, as one request, in the state the
  // paste will find it in (a fresh engine, one small document open): the
  // reference of the paste's time to every marker.
  let t = performance.now();
  const expected = await client.validate(text);
  const full = performance.now() - t;
  const want = fingerprintDiags(expected);
  const wanted = new Set(want.map((x) => JSON.stringify(x)));
  const canon = (xs) => xs.map((x) => JSON.stringify(x)).sort().join('\n');
  const asRows = (ms) => ms.map((m) => [typeof m.code === 'object' ? m.code?.value : m.code, m.startLineNumber, m.startColumn, m.endLineNumber, m.endColumn, m.message]);
  const wantCanon = canon(want);
  const changes = [];
  const seen = monaco.editor.onDidChangeMarkers(() => changes.push({ t: performance.now(), markers: markersOf(model) }));
  editor.focus();
  editor.setSelection(model.getFullModelRange());
  const t0 = performance.now();
  const from = calls.length;
  editor.trigger('keyboard', 'paste', { text });
  const pasted = performance.now() - t0; // Monaco's own part, before it returns
  const doneBy = Date.now() + 60_000;
  while (canon(asRows(changes.at(-1)?.markers ?? [])) !== wantCanon) {
    if (Date.now() > doneBy) throw new Error('paste: the markers never became the whole check');
    await new Promise((r) => setTimeout(r, 5));
  }
  const all = changes.at(-1).t - t0;
  const view = editor.getVisibleRanges();
  const inView = (m) => view.some((r) => m[1] >= r.startLineNumber && m[1] <= r.endLineNumber);
  const final = canon(want.filter(inView));
  let visible = null;
  let stale = 0;
  for (const c of changes) {
    const rows = asRows(c.markers);
    stale += rows.filter((x) => !wanted.has(JSON.stringify(x))).length;
    if (visible === null && final !== '' && canon(rows.filter(inView)) === final) visible = c.t - t0;
  }
  seen.dispose();
  reg.dispose();
  client.dispose();
  const steps = calls.slice(from).map((c) => `${c.method} ${(c.at - t0).toFixed(0)}→${((c.done ?? NaN) - t0).toFixed(0)}`).join(', ');
  return { visible, all, full, stale, pasted, steps, markers: want.length, inView: want.filter(inView).length, changes: changes.length };
};

// fingerprintDiags is fingerprint for the engine's diagnostics (0-based
// positions, as LSP has them), parsed.
function fingerprintDiags(ds) {
  return ds.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, d.message]);
}
