// make bench: the speed table (docs/speed.md). Prints it and writes bench/results.json.
//
//   make bench                                   # 100 KiB and 1 MiB worksheets
//   make bench SIZES=1048576 RUNS=9 EDITS=50 COLD=5 NATIVE_COUNT=3
//   make bench-smoke                             # tiny, once: keeps this working (make test)
//
// Every figure is measured after warm-up runs that are not counted, and
// reported as median, min and max of the counted runs; budgets are compared
// with the median, except the Monaco edit figure (p95, as the issue asks).
// No budget is enforced: a missed one is reported, never an error.
//
// What runs where:
//   Node, this thread   secint.wasm loaded directly (web/dist/wasm_exec.js,
//                       SECINT_BENCH=1 so it has benchLex and benchHeap, see
//                       wasm/bench_exports.go); the exports are called as the
//                       package's engine calls them.
//   Node, worker        the package's own client (createSecint), for the edit
//                       round trip through postMessage.
//   Chromium            browser.mjs: Monaco + the package, CodeMirror + the
//                       package, the cold start, and the embeds' cost on
//                       bin/secint serve's /embed/ page.
//   Go                  go test -bench in validator/, and in lsp/ for the
//                       language server's didChange → publishDiagnostics.
//
// The worksheets come from validator/worksheet through tools/worksheet (built
// by the Makefile into bench/build/), so every part measures the same bytes.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import zlib from 'node:zlib';
import { stats, timeSync, table, sizeLabel } from './stats.mjs';
import { positionAt, editOffset, caretOffset, STATEMENT } from './places.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, '..');
const repo = path.resolve(web, '..');
const build = path.join(repo, 'bench/build');

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '102400 1048576' },
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    edits: { type: 'string', default: '50' },
    cold: { type: 'string', default: '7' },
    'native-count': { type: 'string', default: '5' },
    'native-benchtime': { type: 'string', default: '1s' },
    'memory-size': { type: 'string', default: '4194304' },
    out: { type: 'string', default: path.join(repo, 'bench/results.json') },
    smoke: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-native': { type: 'boolean', default: false },
    'pageload-runs': { type: 'string', default: '5' },
  },
});
if (opt.smoke) {
  // Once, tiny: enough to run every path, nothing worth reading.
  Object.assign(opt, { 'pageload-runs': '1', sizes: '8192', runs: '2', warmup: '1', edits: '3', cold: '1', 'native-count': '1', 'native-benchtime': '1x', 'memory-size': '8192' });
}
const SIZES = opt.sizes.split(/[\s,]+/).filter(Boolean).map(Number);
const RUNS = Number(opt.runs);
const WARMUP = Number(opt.warmup);
const EDITS = Number(opt.edits);
const COLD = Number(opt.cold);
if (!SIZES.length || SIZES.some((n) => !(n > 0)) || !(RUNS > 0) || !(EDITS > 0) || !(COLD > 0)) {
  console.error('bench: sizes, runs, edits and cold must be positive numbers');
  process.exit(2);
}
const BIG = Math.max(...SIZES);
const GO = process.env.GO || 'go';

const wasmPath = path.join(web, 'dist/secint.wasm');
const emptyPath = path.join(build, 'empty.wasm');
const worksheetBin = path.join(build, 'worksheet');
for (const [f, hint] of [
  [wasmPath, 'make web'],
  [path.join(web, 'dist/wasm_exec.js'), 'make web'],
  [emptyPath, 'make bench-tools'],
  [worksheetBin, 'make bench-tools'],
]) {
  await access(f).catch(() => {
    console.error(`bench: ${path.relative(repo, f)} is missing: run '${hint}' (or make bench)`);
    process.exit(2);
  });
}

// The speed budgets (docs/speed.md). KB is 1000 bytes.
const BUDGET = {
  validateX: { max: 3, text: '≤ 3× lex' },
  edit: { max: 5, text: '≤ 5 ms' },
  monaco: { max: 16, text: 'p95 ≤ 16 ms' },
  codemirror: { max: 16, text: 'p95 ≤ 16 ms' },
  manyX: { max: 2, text: '≤ 2× few' },
  longTask: { max: 50, text: '≤ 50 ms' },
  statement: { max: 0.1, text: '≤ 0.1 ms' },
  complete: { max: 2, text: '≤ 2 ms' },
  cold: { max: 1.3, text: '≤ 1.3× empty' },
  brotli: { max: 900_000, text: '≤ 900 KB' },
  heap: { max: 64 * 1e6, text: '≤ 64 MB' },
  lsp: { max: 5, text: 'p95 ≤ 5 ms' },
  pasteVisible: { max: 200, text: '≤ 200 ms' },
  pasteAllX: { max: 1.2, text: '≤ 1.2× check' },
  pasteStale: { max: 0, text: 'none' },
  perByte: { max: 50, text: '≤ 50 bytes per byte' },
  firstMarkers: { max: 100, text: '≤ 100 ms' },
  repeatStart: { max: 1.3, text: '≤ 1.3× empty' },
};

const figures = [];
function add(section, name, size, unit, samples, { budget = null, stat = 'median', note, id } = {}) {
  const s = stats(samples);
  const value = s[stat === 'value' ? 'median' : stat];
  const f = { id, section, name, size, unit, stat, ...s, budget, met: budget ? value <= budget.max : null, note };
  figures.push(f);
  return f;
}

const log = (...a) => console.error('#', ...a);

// --- the worksheets ---

const worksheets = new Map();
async function worksheet(size, kind = 'mixed') {
  const key = `${kind}:${size}`;
  if (!worksheets.has(key)) {
    const { stdout } = await run(worksheetBin, ['-kind', kind, '-size', String(size)], { maxBuffer: 1 << 30 });
    worksheets.set(key, stdout);
  }
  return worksheets.get(key);
}

// --- Node: the wasm engine, loaded directly ---

async function loadDirect() {
  if (!globalThis.Go) await import(pathToFileURL(path.join(web, 'dist/wasm_exec.js')).href);
  const go = new globalThis.Go();
  const key = `__secintBench_${Math.random().toString(36).slice(2)}`;
  go.argv = ['secint', key];
  go.env = { SECINT_BENCH: '1' };
  let api = null;
  globalThis[key] = (x) => {
    api = x;
  };
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), go.importObject);
  go.run(instance);
  delete globalThis[key];
  if (!api?.benchLex) throw new Error('secint.wasm has no benchLex export: is wasm/bench_exports.go registered in main.go?');
  const call = (m, ...args) => {
    const r = api[m](...args);
    if (r?.error) throw new Error(`${m}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  return call;
}

// editPoint is where the edit figures type (places.mjs), as an LSP position.
function editPoint(text) {
  return positionAt(text, editOffset(text));
}

// withProblems makes a worksheet of about `want` problems from the generated
// one (whose mistakes come two to a statement, every 70 statements): the
// first want/2 of those statements keep their mistakes and the others are
// written right; past them, "ENABLED = FALSE" of the pausing ALTERs becomes
// "ENABLED = 0" (one error each) until the count is reached. The length
// stays within a few bytes of the original.
function withProblems(text, want) {
  const bad = "SET OAUTH_CLIENTID = 'typo', ENABLED = maybe;";
  const good = "SET OAUTH_CLIENT_ID = 'typo', ENABLED = TRUE;";
  let n = 0;
  let out = text.replaceAll(bad, () => (n++ < want / 2 ? bad : good));
  let left = want - 2 * Math.min(n, Math.floor(want / 2));
  out = out.replaceAll("SET ENABLED = FALSE, COMMENT = 'paused", (m) => (left-- > 0 ? "SET ENABLED = 0, COMMENT = 'paused" : m));
  return out;
}

// fingerprint identifies a list of diagnostics (or Monaco markers, see
// page/editor.js) by what a user sees of them.
const fingerprint = (ds) => JSON.stringify(ds.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]));

// completionPoint is the completion figures' caret (places.mjs), as an LSP
// position.
function completionPoint(text) {
  return positionAt(text, caretOffset(text));
}


// lexAndValidate times lex-only and full validate of text in alternation,
// so that each ratio compares runs made under the same load.
function lexAndValidate(call, text) {
  let tokens = 0;
  let diagCount = 0;
  const lex = [];
  const val = [];
  const ratio = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    let t = performance.now();
    tokens = call('benchLex', text);
    const l = performance.now() - t;
    t = performance.now();
    diagCount = call('validate', text).length;
    const v = performance.now() - t;
    if (i >= WARMUP) {
      lex.push(l);
      val.push(v);
      ratio.push(v / l);
    }
  }
  return { tokens, diagCount, lex, val, ratio };
}

// typedEdits types ch at position at of the open document uri and deletes
// it, in turn, through the ranged update, until the new diagnostics are
// JavaScript values, and returns the counted times and the document's last
// version. Each answer is checked (untimed) to differ from the document's own
// after the insert and to be it again after the delete. (A large worksheet
// reaches the engine's cap of 1000 diagnostics, so the count alone may not
// change: the contents do.)
function typedEdits(call, uri, version, at, ch) {
  const base = fingerprint(call('validate', { uri, version }));
  const times = [];
  const warm = WARMUP % 2 ? WARMUP + 1 : WARMUP; // an even number: each counted pair starts from the same text
  for (let i = 0; i < warm + EDITS; i++) {
    const insert = i % 2 === 0;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    version++;
    const t = performance.now();
    call('update', uri, version, [{ range, text: insert ? ch : '' }]);
    const d = call('validate', { uri, version });
    const ms = performance.now() - t;
    if ((fingerprint(d) !== base) !== insert) throw new Error(`edit ${i} of ${uri}: the diagnostics did not change as the edit should have`);
    if (i >= warm) times.push(ms);
  }
  return { times, version };
}

async function nodeFigures(call) {
  const N = 'wasm in Node (exports called directly)';
  for (const size of SIZES) {
    const text = await worksheet(size);
    log(`node: ${sizeLabel(size)} (${text.length} bytes)`);

    // 1, 2: lex-only and full validate.
    const { tokens, diagCount, lex, val, ratio } = lexAndValidate(call, text);
    add(N, `lex only (${tokens} tokens)`, size, 'ms', lex, { id: 'wasm.lex' });
    add(N, `validate, whole text (${diagCount} diagnostics)`, size, 'ms', val, { id: 'wasm.validate' });
    add(N, 'validate ÷ lex, same runs', size, 'x', ratio, { id: 'wasm.validateX', budget: BUDGET.validateX });

    // 9: the heap with this document open and validated (nothing else open).
    const uri = `bench://node/${size}`;
    let version = 1;
    call('open', uri, version, text);
    call('validate', { uri, version });
    const heap = [];
    for (let i = 0; i < 3; i++) heap.push(call('benchHeap').heapAlloc);
    add(N, 'Go heap (HeapAlloc after GC), document open and validated', size, 'bytes', heap, { id: 'wasm.heap', budget: BUDGET.heap, stat: 'value' });

    // 3: one character typed and deleted in turn (typedEdits).
    const at = editPoint(text);
    const edits = typedEdits(call, uri, version, at, 'X');
    version = edits.version;
    const editTimes = edits.times;
    add(N, 'edit one character → diagnostics (ranged update + validate)', size, 'ms', editTimes, { id: 'wasm.edit', budget: BUDGET.edit });
    if (version % 2 === 0) {
      // An odd number of edits left an X: delete it.
      version++;
      call('update', uri, version, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
    }

    // 6: completion at a caret in the middle.
    call('validate', { uri, version });
    const caret = completionPoint(text);
    let items = 0;
    const comp = timeSync(
      () => {
        items = call('complete', { uri, version }, caret).length;
      },
      { warmup: WARMUP, runs: RUNS },
    );
    if (!items) throw new Error(`no completion at ${JSON.stringify(caret)}`);
    add(N, `completion at a caret mid-document (${items} items)`, size, 'ms', comp, { id: 'wasm.complete', budget: BUDGET.complete });
    call('close', uri);
  }

  // 5: one ~300-byte statement, a new one each time (no cache can answer),
  // timed in batches (one call is near the timer's resolution).
  const BATCH = opt.smoke ? 10 : 200;
  let k = 0;
  const per = timeSync(
    () => {
      for (let j = 0; j < BATCH; j++) call('validate', STATEMENT(k++));
    },
    { warmup: WARMUP, runs: RUNS },
  ).map((ms) => ms / BATCH);
  add(N, `validate one ${STATEMENT(0).length}-byte statement (distinct each call; batches of ${BATCH})`, null, 'ms', per, {
    id: 'wasm.statement',
    budget: BUDGET.statement,
  });
}

// The edit round trip through the package's client and its worker thread, as
// the Monaco adapter makes it (update not awaited, then validate).
async function clientFigures() {
  const { createSecint } = await import(pathToFileURL(path.join(web, 'dist/index.js')).href);
  const client = createSecint({ wasmURL: pathToFileURL(wasmPath), worker: true });
  await client.ready;
  try {
    const text = await worksheet(BIG);
    const uri = 'bench://client';
    let version = 1;
    await client.open(uri, version, text);
    const base = fingerprint(await client.validate({ uri, version }));
    const at = editPoint(text);
    const times = [];
    const warm = WARMUP % 2 ? WARMUP + 1 : WARMUP;
    for (let i = 0; i < warm + EDITS; i++) {
      const insert = i % 2 === 0;
      const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
      version++;
      const t = performance.now();
      client.update(uri, version, [{ range, text: insert ? 'X' : '' }]).catch(() => {});
      const d = await client.validate({ uri, version });
      const ms = performance.now() - t;
      if ((fingerprint(d) !== base) !== insert) throw new Error(`client edit ${i}: the diagnostics did not change as the edit should have`);
      if (i >= warm) times.push(ms);
    }
    add('wasm in Node, through the client (createSecint, worker thread)', 'edit one character → diagnostics', BIG, 'ms', times, {
      id: 'client.edit',
      budget: BUDGET.edit,
    });
  } finally {
    client.dispose();
  }
}

// --- sizes ---

async function compressed(buf, kind) {
  const dir = path.join(build, '.cache');
  const file = path.join(dir, `${createHash('sha256').update(buf).digest('hex')}.${kind}`);
  try {
    return (await readFile(file)).length;
  } catch {
    const out =
      kind === 'br'
        ? await promisify(zlib.brotliCompress)(buf, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
              [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
            },
          })
        : await promisify(zlib.gzip)(buf, { level: 9 });
    await mkdir(dir, { recursive: true });
    await writeFile(file, out);
    return out.length;
  }
}

async function sizeFigures() {
  const S = '.wasm size (KB = 1000 bytes; gzip -9, brotli q11)';
  for (const [name, file] of [
    ['secint.wasm', wasmPath],
    ['empty Go program (reference)', emptyPath],
  ]) {
    const buf = await readFile(file);
    const main = file === wasmPath;
    add(S, `${name} raw`, null, 'bytes', [buf.length], { stat: 'value', id: main ? 'size.raw' : 'size.empty.raw' });
    add(S, `${name} gzip`, null, 'bytes', [await compressed(buf, 'gz')], { stat: 'value', id: main ? 'size.gzip' : 'size.empty.gzip' });
    add(S, `${name} brotli`, null, 'bytes', [await compressed(buf, 'br')], {
      stat: 'value',
      id: main ? 'size.brotli' : 'size.empty.brotli',
      budget: main ? BUDGET.brotli : null,
    });
  }
}

// --- memory on degenerate text (issue 13) ---

// The shapes of validator/memory_test.go's BenchmarkMemory, of about
// MEMORY_SIZE bytes each, next to an ordinary worksheet.
async function memoryShapes(size) {
  return [
    ['worksheet', await worksheet(size)],
    ['";" flood', ';'.repeat(size)],
    ['"; \\n" flood', '; \n'.repeat(Math.floor(size / 3))],
    ['one long line of statements', 'ALTER INTEGRATION x SET ENABLED = maybe; '.repeat(Math.floor(size / 41))],
    ['"(" flood after SET', 'ALTER SECURITY INTEGRATION x SET OAUTH_ALLOWED_SCOPES = ' + '('.repeat(size)],
    ['"(" flood', '('.repeat(size)],
    ['empty lines', '\n'.repeat(size)],
  ];
}

// memoryFigures opens each shape as a document in a fresh runtime, and
// reports per byte of text what the Go heap holds with it open (after a GC,
// less what it held before) and what the runtime took from WebAssembly
// memory in all (Sys, which never shrinks: the peak, baseline included).
async function memoryFigures() {
  const size = Number(opt['memory-size']);
  const S = `memory per byte of text, wasm in Node (a fresh runtime per shape, ${sizeLabel(size)} each)`;
  for (const [name, text] of await memoryShapes(size)) {
    log(`memory: ${name}`);
    const call = await loadDirect();
    const before = call('benchHeap');
    call('open', 'bench://memory', 1, text);
    call('validate', { uri: 'bench://memory', version: 1 });
    const after = call('benchHeap');
    const bytes = new TextEncoder().encode(text).length;
    add(S, `${name}: heap held open`, bytes, 'B/byte', [(after.heapAlloc - before.heapAlloc) / bytes], { stat: 'value', id: `memory.${name}.heap`, budget: BUDGET.perByte });
    add(S, `${name}: memory taken (peak)`, bytes, 'B/byte', [after.sys / bytes], { stat: 'value', id: `memory.${name}.sys` });
  }
}

// --- native Go ---

// --- the whole-setup worksheet (issue 14) ---

// setupFigures measures the worksheet made of a complete setup repeated
// (every object kind and link; tools/worksheet -kind setup) as nodeFigures
// measures the mixed one: validate ÷ lex in the same runs, and one character
// typed into a secret's scope, whose statement and every statement that
// reads the secret are checked again.
async function setupFigures(call) {
  const N = 'wasm in Node, whole-setup worksheet (every object kind and link, repeated)';
  const size = SIZES[SIZES.length - 1];
  const text = await worksheet(size, 'setup');
  log(`node: setup worksheet ${sizeLabel(size)} (${text.length} bytes)`);
  const { diagCount, val, ratio } = lexAndValidate(call, text);
  add(N, `validate, whole text (${diagCount} diagnostics)`, size, 'ms', val, { id: 'wasm.setup.validate' });
  add(N, 'validate ÷ lex, same runs', size, 'x', ratio, { id: 'wasm.setup.validateX', budget: BUDGET.validateX });

  // 'rex' is no scope the integration allows: the x brings a
  // scope-not-allowed warning, and deleting it takes the warning away.
  const uri = `bench://node/setup/${size}`;
  call('open', uri, 1, text);
  const word = "OAUTH_SCOPES = ('re";
  let i = text.indexOf(word, text.length >> 1);
  if (i < 0) i = text.indexOf(word);
  if (i < 0) throw new Error('the setup worksheet has no secret scope to edit');
  const { times } = typedEdits(call, uri, 1, positionAt(text, i + word.length), 'x');
  add(N, 'edit one character in a secret\'s scope → diagnostics', size, 'ms', times, { id: 'wasm.setup.edit', budget: BUDGET.edit });
  call('close', uri);
}

async function nativeFigures() {
  const names = ['Lex1MB', 'Validate1MB', 'Edit1MB', 'ValidateStatement', 'Complete1MB', 'ValidateSetup1MB', 'EditSetup1MB'];
  const args = ['test', './validator', '-run', '^$', '-bench', `^Benchmark(${names.join('|')}|Memory)$`, '-benchtime', opt['native-benchtime'], '-count', opt['native-count']];
  if (opt.smoke) args.push('-short'); // BenchmarkMemory on 64 KiB shapes
  log(`native: ${GO} ${args.join(' ')}`);
  const { stdout } = await run(GO, args, { cwd: repo, maxBuffer: 1 << 26 });
  const ns = {};
  for (const line of stdout.split('\n')) {
    const m = /^Benchmark(\w+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns\/op/.exec(line);
    if (m) (ns[m[1]] ??= []).push(Number(m[2]) / 1e6);
  }
  const mem = {};
  for (const line of stdout.split('\n')) {
    const m = /^BenchmarkMemory\/([\w-]+?)(?:-\d+)?\s+\d+\s+[\d.]+ ns\/op\s+([\d.]+) alloc-B\/byte\s+([\d.]+) retained-B\/byte/.exec(line);
    if (m) (mem[m[1]] ??= []).push([Number(m[2]), Number(m[3])]);
  }
  const M = `memory per byte of text, native Go (BenchmarkMemory, ${opt.smoke ? '64 KiB' : '1 MiB'} each)`;
  for (const [shape, samples] of Object.entries(mem)) {
    add(M, `${shape}: allocated opening it`, null, 'B/byte', samples.map((x) => x[0]), { id: `native.memory.${shape}.alloc` });
    add(M, `${shape}: held open`, null, 'B/byte', samples.map((x) => x[1]), { id: `native.memory.${shape}.retained`, budget: BUDGET.perByte });
  }
  if (!Object.keys(mem).length) throw new Error(`BenchmarkMemory printed no result:\n${stdout}`);
  const S = `native Go (go test -bench, ${opt['native-count']} × ${opt['native-benchtime']}; each sample is one ns/op)`;
  const label = {
    Lex1MB: ['lex only', 1 << 20, null, 'native.lex'],
    Validate1MB: ['validate, whole text', 1 << 20, null, 'native.validate'],
    Edit1MB: ['edit one character → diagnostics', 1 << 20, BUDGET.edit, 'native.edit'],
    ValidateStatement: ['validate one statement', null, BUDGET.statement, 'native.statement'],
    Complete1MB: ['completion at a caret mid-document', 1 << 20, BUDGET.complete, 'native.complete'],
    ValidateSetup1MB: ['whole-setup worksheet: validate, whole text', 1 << 20, null, 'native.setup.validate'],
    EditSetup1MB: ["whole-setup worksheet: edit one character in a secret's scope → diagnostics", 1 << 20, BUDGET.edit, 'native.setup.edit'],
  };
  for (const n of names) {
    if (!ns[n]) throw new Error(`Benchmark${n} printed no result:\n${stdout}`);
    const [name, size, budget, id] = label[n];
    add(S, name, size, 'ms', ns[n], { budget, id });
  }
  const lex = figures.find((f) => f.id === 'native.lex');
  const val = figures.find((f) => f.id === 'native.validate');
  add(S, 'validate ÷ lex (medians)', 1 << 20, 'x', [val.median / lex.median], { stat: 'value', id: 'native.validateX' });
}

// The language server (issue 15): didChange → publishDiagnostics of an open
// 1 MB worksheet, natively, through secint lsp's framing and JSON on pipes.
// Each run of the Go benchmark reports the p50 and p95 of its edits; the
// table shows the median of those over the runs.
async function lspFigures() {
  const edits = opt.smoke ? '3x' : '300x';
  const args = ['test', './lsp', '-run', '^$', '-bench', '^BenchmarkDidChangeToDiagnostics1MB$', '-benchtime', edits, '-count', opt['native-count']];
  log(`lsp: ${GO} ${args.join(' ')}`);
  const { stdout } = await run(GO, args, { cwd: repo, maxBuffer: 1 << 26 });
  const p50 = [], p95 = [], cpu = [];
  for (const line of stdout.split('\n')) {
    const a = /([\d.]+) p50-ms/.exec(line), b = /([\d.]+) p95-ms/.exec(line), c = /([\d.]+) cpu-ms/.exec(line);
    if (a && b && c) { p50.push(Number(a[1])); p95.push(Number(b[1])); cpu.push(Number(c[1])); }
  }
  if (!p95.length) throw new Error(`BenchmarkDidChangeToDiagnostics1MB printed no result:\n${stdout}`);
  const S = `secint lsp, native (go test -bench, ${opt['native-count']} runs of ${edits} edits)`;
  add(S, 'didChange → publishDiagnostics, p95 of each run', 1 << 20, 'ms', p95, { budget: BUDGET.lsp, id: 'lsp.edit.p95' });
  add(S, 'didChange → publishDiagnostics, p50 of each run', 1 << 20, 'ms', p50, { id: 'lsp.edit.p50' });
  add(S, '  CPU time per edit (server and client, all threads)', 1 << 20, 'ms', cpu, { id: 'lsp.edit.cpu' });
}

// --- a pasted megabyte (issue 18), in Chromium ---

// pasteBench pastes the largest worksheet, with a few problems added at its
// end (where the paste leaves the view), over a one-line text in Monaco.
async function pasteBench() {
  const { pasteFigures } = await import('./browser.mjs');
  const sheet = await worksheet(BIG);
  const name = [...sheet.matchAll(/CREATE OR REPLACE SECURITY INTEGRATION (\w+)/g)].at(-1)?.[1] ?? 'api_int_0';
  const text = `${sheet}\nALTER SECURITY INTEGRATION ${name} SET OAUTH_CLIENTID = 'x';\n` +
    'CREATE SECURITY INTEGRATION pasted_last TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = maybe;\n';
  const r = await pasteFigures({ text, runs: opt.smoke ? 1 : Math.min(RUNS, 5), log });
  const C = 'Chromium, a pasted worksheet (Monaco + the package; a fresh page and engine each run)';
  add(C, `paste → markers of the lines on screen (${r.inView} of ${r.markers})`, BIG, 'ms', r.visible, { id: 'chromium.paste.visible', budget: BUDGET.pasteVisible });
  add(C, '  of which Monaco\'s own paste, before the adapter hears of it', BIG, 'ms', r.monaco, { id: 'chromium.paste.monaco' });
  add(C, 'paste → every marker', BIG, 'ms', r.all, { id: 'chromium.paste.all' });
  add(C, 'the engine\'s own check of the same text, one request just before (reference)', BIG, 'ms', r.full, { id: 'chromium.paste.full' });
  add(C, 'every marker ÷ the engine\'s check (each run)', BIG, 'x', r.ratio, { id: 'chromium.paste.allX', budget: BUDGET.pasteAllX });
  add(C, 'markers shown on the way that the whole check lacks (most in a run)', BIG, 'markers', [Math.max(...r.stale)], { id: 'chromium.paste.stale', budget: BUDGET.pasteStale, stat: 'value' });
}

// --- page load (issue 18): web/bench/pageload.mjs ---

// pageLoadBlock adds the playground's page-load figures (bin/secint serve,
// a fresh browser profile per run: a cold visit, then a repeat visit) and
// the engine's start on a repeat visit against the empty Go program's.
async function pageLoadBlock() {
  const { pageLoadFigures } = await import('./pageload.mjs');
  const runs = Number(opt['pageload-runs']);
  const r = await pageLoadFigures({ runs, pairs: COLD, small: await worksheet(1024), log });
  const P = `Chromium: the playground opening (bin/secint serve; ${runs} fresh profiles, each a cold then a repeat visit)`;
  for (const [k, visits] of [['cold', r.cold], ['repeat', r.repeat]]) {
    const of = (name) => visits.map((m) => m[name]);
    add(P, `${k}: navigation → editor visible`, null, 'ms', of('editor-visible'), { id: `pageload.${k}.editor` });
    add(P, `${k}: navigation → engine ready (as the page hears it)`, null, 'ms', of('engine-ready'), { id: `pageload.${k}.ready` });
    add(P, `${k}: navigation → first markers`, null, 'ms', of('first-markers'), { id: `pageload.${k}.markers` });
    add(P, `${k}: editor visible → first markers`, null, 'ms', visits.map((m) => m['first-markers'] - m['editor-visible']), {
      id: `pageload.${k}.gap`,
      budget: k === 'cold' ? BUDGET.firstMarkers : null,
    });
  }
  add(P, 'compiled wasm code in the browser\'s code cache after the cold visit', null, 'bytes', r.cached, { id: 'pageload.cache.bytes' });
  const S = `Chromium: engine start on a repeat visit (cacheable responses; ${COLD} fresh profiles, each a first visit then a timed one)`;
  add(S, 'secint: new Worker → first diagnostics', null, 'ms', r.start.secint, { id: 'pageload.start.secint' });
  add(S, 'secint: new Worker → ready (as the page hears it)', null, 'ms', r.start.ready, { id: 'pageload.start.ready' });
  add(S, 'secint, in its worker: loading and compiling the module', null, 'ms', r.start.inWorker.map((x) => x.load), { id: 'pageload.start.load' });
  add(S, 'secint, in its worker: the Go program until ready', null, 'ms', r.start.inWorker.map((x) => x.run), { id: 'pageload.start.run' });
  add(S, 'compiled wasm code in the code cache after the first visits', null, 'bytes', r.start.cached, { id: 'pageload.start.cache.bytes' });
  add(S, 'empty Go wasm: new Worker → ready', null, 'ms', r.start.empty, { id: 'pageload.start.empty' });
  add(S, 'secint ÷ empty (each pair)', null, 'x', r.start.ratio, { id: 'pageload.start.ratio', budget: BUDGET.repeatStart });
}

// --- the smoke run's banner ---

const SMOKE_BANNER = `
=============================================================================
 SMOKE RUN (make bench-smoke, part of make test): every figure measured once
 on an 8 KB worksheet, only to show that the bench still runs. Nothing below
 is a measurement to read, and no figure is held to its budget: the budget
 column is what make bench compares the real runs (1 MB, many runs) with.
=============================================================================
`;

// --- main ---

// --- the slowest keystroke: Go's collector (issue 18) ---

// gcFigures edits the 1 MB worksheet with about 1,000 problems 200 times,
// through the exports, and reports what each edit leaves to collect and how
// many edits pass between two collections (wasm/bench_exports.go's
// benchGC): in WebAssembly the collector runs on the engine's one thread,
// so an edit in which it runs waits for it.
async function gcFigures(call) {
  const text = withProblems(await worksheet(BIG), 1000);
  const uri = 'bench://gc';
  let version = 1;
  call('open', uri, version, text);
  call('validate', { uri, version });
  const at = editPoint(text);
  const alloc = [];
  let gcs = 0;
  let withGC = 0;
  const N = opt.smoke ? 4 : 200;
  for (let i = 0; i < N; i++) {
    const insert = i % 2 === 0;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    version++;
    const g0 = call('benchGC');
    const t = performance.now();
    call('update', uri, version, [{ range, text: insert ? 'X' : '' }]);
    call('validate', { uri, version });
    const ms = performance.now() - t;
    const g1 = call('benchGC');
    alloc.push(g1.totalAlloc - g0.totalAlloc);
    if (g1.numGC > g0.numGC) {
      gcs += g1.numGC - g0.numGC;
      withGC = Math.max(withGC, ms);
    }
  }
  call('close', uri);
  const S = 'wasm in Node, the Go collector while editing (1 MB, ~1,000 problems)';
  add(S, 'bytes allocated per edit (update + validate)', BIG, 'bytes', alloc, { id: 'wasm.edit.alloc' });
  add(S, `edits per collection (${gcs} in ${N} edits)`, BIG, 'edits', [gcs ? N / gcs : N], { id: 'wasm.edit.perGC', stat: 'value', note: gcs ? `slowest edit with a collection: ${withGC.toFixed(0)} ms` : 'no collection' });
}

const started = new Date();
const t0 = performance.now();
await mkdir(build, { recursive: true });
const call = await loadDirect();
await nodeFigures(call);
await setupFigures(call);
await gcFigures(call);
await clientFigures();
if (!opt['no-browser']) {
  const { browserFigures } = await import('./browser.mjs');
  const big = await worksheet(BIG);
  const problems = { few: withProblems(big, 20), many: withProblems(big, 1000) };
  const r = await browserFigures({ text: big, small: await worksheet(1024), size: BIG, edits: EDITS, warmup: WARMUP, cold: COLD, log, editPoint, problems, embedRuns: opt.smoke ? 1 : Math.min(RUNS, 5) });
  const C = 'Chromium (headless, Debian /usr/bin/chromium)';
  add(C, `edit → markers updated in Monaco (debounce 0; ${r.markers} markers)`, BIG, 'ms', r.edit, { id: 'chromium.edit', budget: BUDGET.monaco, stat: 'p95' });
  add(C, '  of which the worker round trip (validate → answer)', BIG, 'ms', r.editEngine, { id: 'chromium.edit.engine' });
  add(C, 'editor created → first markers (reference)', BIG, 'ms', [r.open], { id: 'chromium.open', stat: 'value' });
  add(C, `edit → diagnostics drawn in CodeMirror 6 (secint/codemirror, debounce 0; ${r.cmDiagnostics} diagnostics)`, BIG, 'ms', r.cmEdit, { id: 'chromium.codemirror.edit', budget: BUDGET.codemirror, stat: 'p95' });
  add(C, 'CodeMirror editor created → first diagnostics (reference)', BIG, 'ms', [r.cmOpen], { id: 'chromium.codemirror.open', stat: 'value' });
  add(C, 'embeds (/embed/): bytes loaded before a snippet is visible (cache off)', null, 'bytes', r.embed.bytes, { id: 'chromium.embed.bytes' });
  add(C, 'embeds (/embed/): first snippet scrolled into view → checked (cold: CodeMirror, worker, wasm)', null, 'ms', r.embed.toChecked, { id: 'chromium.embed.first' });
  const few = add(C, `edit → markers, few problems (${r.few.markers} markers)`, BIG, 'ms', r.few.times, { id: 'chromium.edit.few', budget: BUDGET.monaco, stat: 'p95' });
  const many = add(C, `edit → markers, many problems (${r.many.markers} markers)`, BIG, 'ms', r.many.times, { id: 'chromium.edit.many', budget: BUDGET.monaco, stat: 'p95' });
  add(C, 'many ÷ few problems (medians)', BIG, 'x', [many.median / few.median], { id: 'chromium.edit.manyX', budget: BUDGET.manyX, stat: 'value' });
  add(C, 'longest task while editing with many problems', BIG, 'ms', [r.many.longest], { id: 'chromium.edit.longtask', budget: BUDGET.longTask, stat: 'value' });
  add(C, 'cold start, secint: new Worker → first diagnostics', null, 'ms', r.coldSecint, { id: 'chromium.cold.secint' });
  add(C, 'cold start, empty Go wasm: new Worker → ready', null, 'ms', r.coldEmpty, { id: 'chromium.cold.empty' });
  add(C, 'cold start, secint ÷ empty (each pair)', null, 'x', r.coldRatio, { id: 'chromium.cold.ratio', budget: BUDGET.cold });
}
if (!opt['no-browser']) await pasteBench();
if (!opt['no-browser']) await pageLoadBlock();
await sizeFigures();
await memoryFigures();
if (!opt['no-native']) await nativeFigures();
if (!opt['no-native']) await lspFigures();

const meta = {
  date: started.toISOString(),
  seconds: Math.round((performance.now() - t0) / 1000),
  smoke: opt.smoke,
  sizes: SIZES,
  runs: RUNS,
  warmup: WARMUP,
  edits: EDITS,
  cold: COLD,
  node: process.version,
  go: (await run(GO, ['version'])).stdout.trim(),
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model?.trim(),
  loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
};
console.log(
  `secint bench${opt.smoke ? ' (smoke: tiny and once, nothing to read into)' : ''}, ${meta.date}, ${meta.cpus} CPUs, load ${meta.loadavg.join(' ')}; ${meta.go}, node ${meta.node}\n` +
    `median, min and max of ${RUNS} runs after ${WARMUP} warm-up (edits: ${EDITS}; cold starts: ${COLD} pairs); a budget is met when the median (or the stated statistic) is within it\n`,
);
if (opt.smoke) console.log(SMOKE_BANNER);
console.log(table(figures, { smoke: opt.smoke }));
const missed = figures.filter((f) => f.budget && !f.met);
if (opt.smoke) console.log(`\nsmoke run: ${figures.length} figures measured, budgets not applied (run make bench for the real ones).`);
else console.log(`\n${figures.filter((f) => f.budget).length - missed.length} budgets met, ${missed.length} missed${missed.length ? `: ${missed.map((f) => `${f.id}${f.size ? `@${sizeLabel(f.size).replace(' ', '')}` : ''}`).join(', ')}` : ''}.`);
await mkdir(path.dirname(opt.out), { recursive: true });
await writeFile(opt.out, JSON.stringify({ meta, figures }, null, 2) + '\n');
console.log(`written: ${path.relative(process.cwd(), opt.out) || opt.out}`);
process.exit(0);

