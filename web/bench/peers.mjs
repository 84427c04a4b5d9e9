// make bench-peers: secint next to its closest peer, dt-sql-parser (ANTLR 4
// grammars in TypeScript, pinned in web/bench/peers/package.json), on the
// same worksheets in the same Node process, each run timing secint and the
// peer one after the other, so that a ratio compares runs made under the
// same load. Prints the table and writes bench/build/peers.json.
//
//   make bench-peers                          # 100 KiB and 1 MiB, 1 run (the peer: ~17 min)
//   make bench-peers PEER_SIZES=102400 PEER_RUNS=5 PEER_DIALECT=TrinoSQL
//
// dt-sql-parser has no Snowflake grammar; the default is its GenericSQL,
// the dialect it offers for SQL of no particular engine. None of its
// grammars knows CREATE SECURITY INTEGRATION, so on these worksheets it
// reports syntax errors where secint reports its diagnostics: the figures
// compare what each costs on the text a user of either would have, not
// answers of the same kind.
//
// What is compared, per worksheet:
//   validate        the whole text: secint's validate(text), the peer's validate(text)
//   edit            one character typed into an open document → its diagnostics:
//                   secint's ranged update + validate; the peer has no
//                   incremental API, so an editor re-validates the whole text
//   completion      at a caret just after "SET " mid-document: secint's complete,
//                   the peer's getSuggestionAtCaretPosition
// and once: one ~300-byte statement, distinct each call.

import { execFile } from 'node:child_process';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { stats, fmt, sizeLabel } from './stats.mjs';
import { positionAt, editOffset, caretOffset, STATEMENT } from './places.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, '..');
const repo = path.resolve(web, '..');
const build = path.join(repo, 'bench/build');

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '102400 1048576' },
    runs: { type: 'string', default: '1' },
    dialect: { type: 'string', default: 'GenericSQL' },
    out: { type: 'string', default: path.join(build, 'peers.json') },
  },
});
const SIZES = opt.sizes.split(/[\s,]+/).filter(Boolean).map(Number);
const RUNS = Number(opt.runs);
if (!SIZES.length || SIZES.some((n) => !(n > 0)) || !(RUNS > 0)) {
  console.error('bench-peers: sizes and runs must be positive numbers');
  process.exit(2);
}
const log = (...a) => console.error('#', ...a);

const wasmPath = path.join(web, 'dist/secint.wasm');
const peerPkg = path.join(here, 'peers/node_modules/dt-sql-parser/package.json');
for (const [f, hint] of [
  [wasmPath, 'make web'],
  [path.join(build, 'worksheet'), 'make bench-tools'],
  [peerPkg, 'make bench-peers (npm ci in web/bench/peers)'],
]) {
  await access(f).catch(() => {
    console.error(`bench-peers: ${path.relative(repo, f)} is missing: run '${hint}'`);
    process.exit(2);
  });
}

// --- the peer ---

// dt-sql-parser's ES modules import directories (written for bundlers), so
// Node cannot load them as they are: esbuild (web/'s own, pinned) bundles
// them into one file first.
async function loadPeer() {
  const esbuild = await import(pathToFileURL(path.join(web, 'node_modules/esbuild/lib/main.js')).href);
  const outfile = path.join(build, 'peers/dt-sql-parser.mjs');
  await esbuild.build({
    stdin: { contents: "export * from 'dt-sql-parser';", resolveDir: path.join(here, 'peers') },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  const dt = await import(pathToFileURL(outfile).href);
  if (typeof dt[opt.dialect] !== 'function') {
    console.error(`bench-peers: dt-sql-parser has no ${opt.dialect}; it has ${Object.keys(dt).filter((k) => /SQL$/.test(k)).join(', ')}`);
    process.exit(2);
  }
  const version = JSON.parse(await readFile(peerPkg, 'utf8')).version;
  return { parser: new dt[opt.dialect](), version };
}

// Some of the peer's grammars print every syntax error to the console
// (ANTLR's default listener): that printing is not what is measured.
function quietly(fn) {
  const saved = [console.log, console.error, console.warn];
  console.log = console.error = console.warn = () => {};
  try {
    return fn();
  } finally {
    [console.log, console.error, console.warn] = saved;
  }
}

// --- secint, as make bench loads it (exports called directly) ---

async function loadSecint() {
  await import(pathToFileURL(path.join(web, 'dist/wasm_exec.js')).href);
  const go = new globalThis.Go();
  const key = `__secintPeers_${Math.random().toString(36).slice(2)}`;
  go.argv = ['secint', key];
  let api = null;
  globalThis[key] = (x) => {
    api = x;
  };
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), go.importObject);
  go.run(instance);
  delete globalThis[key];
  return (m, ...args) => {
    const r = api[m](...args);
    if (r?.error) throw new Error(`${m}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
}

// --- the worksheets and the places in them (as make bench picks them) ---

async function worksheet(size) {
  const { stdout } = await run(path.join(build, 'worksheet'), ['-size', String(size)], { maxBuffer: 1 << 30 });
  return stdout;
}

const time = (fn) => {
  const t = performance.now();
  const r = fn();
  return [performance.now() - t, r];
};

// --- the figures ---

const rows = [];
function row(name, size, secint, peer, note = '') {
  const s = stats(secint);
  const p = stats(peer);
  rows.push({ name, size, secint: s, peer: p, ratio: s.median / p.median, note });
}

async function measure(call, peer, size, { count = true } = {}) {
  const text = await worksheet(size);
  log(`${sizeLabel(size)} (${text.length} bytes)${count ? '' : ', warm-up'}`);
  const uri = `bench://peers/${size}`;
  let version = 1;
  call('open', uri, version, text);
  const at = positionAt(text, editOffset(text));
  const caretOff = caretOffset(text);
  const v = { s: [], p: [] };
  const e = { s: [], p: [] };
  const c = { s: [], p: [] };
  let counts = {};
  for (let i = 0; i < (count ? RUNS : 1); i++) {
    // validate the whole text (a different number of trailing newlines in
    // each run: the peer answers a repeated input from a cache of its own)
    const whole = text + '\n'.repeat(i + 1);
    const [vs, ds] = time(() => call('validate', whole));
    const [vp, dp] = time(() => quietly(() => peer.validate(whole)));
    v.s.push(vs);
    v.p.push(vp);
    counts = { secint: ds.length, peer: dp.length };
    // edit one character: typed on even runs, deleted on odd ones
    const insert = i % 2 === 0;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    const edited = insert ? text.slice(0, editOffset(text)) + 'X' + text.slice(editOffset(text)) : text;
    version++;
    const [es] = time(() => {
      call('update', uri, version, [{ range, text: insert ? 'X' : '' }]);
      return call('validate', { uri, version });
    });
    const [ep] = time(() => quietly(() => peer.validate(edited)));
    e.s.push(es);
    e.p.push(ep);
    // completion (on the text as it is after this run's edit; the caret is
    // before the edited character's statement or after it, never inside)
    const ctext = edited;
    const cOff = caretOff + (insert && editOffset(text) < caretOff ? 1 : 0);
    const cpos = positionAt(ctext, cOff);
    const [cs, items] = time(() => call('complete', { uri, version }, cpos));
    const [cp, sugg] = time(() => quietly(() => peer.getSuggestionAtCaretPosition(ctext, { lineNumber: cpos.line + 1, column: cpos.character + 1 })));
    if (!items.length) throw new Error(`secint offered no completion at ${JSON.stringify(cpos)}`);
    c.s.push(cs);
    c.p.push(cp);
    log(`  run ${i + 1}: validate ${vs.toFixed(0)} / ${vp.toFixed(0)} ms, edit ${es.toFixed(1)} / ${ep.toFixed(0)} ms, completion ${cs.toFixed(1)} / ${cp.toFixed(0)} ms (secint / peer)`);
    counts.items = items.length;
    counts.suggestions = (sugg?.keywords?.length ?? 0) + (sugg?.syntax?.length ?? 0);
  }
  call('close', uri);
  if (!count) return;
  row(`validate, whole text (secint ${counts.secint} diagnostics, peer ${counts.peer} errors)`, size, v.s, v.p);
  row('edit one character → diagnostics (peer: re-validates the text)', size, e.s, e.p);
  row(`completion after "SET " mid-document (secint ${counts.items} items, peer ${counts.suggestions} suggestions)`, size, c.s, c.p);
}

function statementFigure(call, peer) {
  const BATCH = 50;
  let k = 0;
  const s = [];
  const p = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const [ts] = time(() => {
      for (let j = 0; j < BATCH; j++) call('validate', STATEMENT(k + j));
    });
    const [tp] = time(() => quietly(() => {
      for (let j = 0; j < BATCH; j++) peer.validate(STATEMENT(k + j));
    }));
    k += BATCH;
    if (i === 0) continue; // warm-up
    s.push(ts / BATCH);
    p.push(tp / BATCH);
  }
  row(`validate one ${STATEMENT(0).length}-byte statement (distinct each call; batches of ${BATCH})`, null, s, p);
}

// --- main ---

const started = new Date();
const call = await loadSecint();
const { parser: peer, version: peerVersion } = await loadPeer();
log(`secint.wasm and dt-sql-parser ${peerVersion} (${opt.dialect}); ${RUNS} runs per figure`);
await measure(call, peer, Math.min(...SIZES, 16384), { count: false }); // warm-up of both, not counted
for (const size of SIZES) await measure(call, peer, size);
statementFigure(call, peer);

const head = ['figure', 'size', 'secint', 'peer', 'secint ÷ peer'];
const cells = rows.map((r) => [`  ${r.name}`, sizeLabel(r.size), fmt(r.secint.median, 'ms'), fmt(r.peer.median, 'ms'), fmt(r.ratio, 'x')]);
const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => c.map((x, i) => (i >= 2 ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ').trimEnd();
console.log(
  `secint bench-peers, ${started.toISOString()}, ${os.cpus().length} CPUs, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}\n` +
    `secint.wasm (wasm in Node, exports called directly) against dt-sql-parser ${peerVersion} ${opt.dialect}; medians of ${RUNS} runs, interleaved; below 1× secint is faster\n`,
);
console.log([line(head), w.map((n) => '-'.repeat(n)).join('  '), ...cells.map(line)].join('\n'));
await mkdir(path.dirname(opt.out), { recursive: true });
await writeFile(opt.out, JSON.stringify({ meta: { date: started.toISOString(), runs: RUNS, sizes: SIZES, peer: `dt-sql-parser@${peerVersion}`, dialect: opt.dialect, loadavg: os.loadavg() }, rows }, null, 2) + '\n');
console.log(`\nwritten: ${path.relative(process.cwd(), opt.out) || opt.out}`);
process.exit(0);
