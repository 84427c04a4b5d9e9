// A quick measurement for notes, not a test: the size of secint.wasm, how
// long an engine takes to start, and how long validate takes on a ~100 KB
// worksheet made of the statements in testdata/check (good and bad ones).
//
//   make web && node web/bench.mjs [KB]
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createSecint } from './dist/index.js';

const kb = Number(process.argv[2] ?? 100);
const dist = new URL('./dist/', import.meta.url);
const wasm = await readFile(new URL('secint.wasm', dist));
const size = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB (${n} bytes)`;
console.log(`secint.wasm  raw    ${size(wasm.length)}`);
console.log(`             gzip   ${size(gzipSync(wasm, { level: 9 }).length)}  (level 9)`);
console.log(
  `             brotli ${size(brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length } }).length)}  (quality 11)`,
);

// The worksheet.
const dir = new URL('../testdata/check/', import.meta.url);
const stmts = [];
for (const f of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
  let cur = null;
  for (const line of (await readFile(new URL(f, dir), 'utf8')).split('\n')) {
    if (line.startsWith('===')) cur = [];
    else if (line.startsWith('--- want')) {
      if (cur) stmts.push(cur.join('\n').trim());
      cur = null;
    } else if (cur) cur.push(line);
  }
}
// Statements that swallow the rest (unterminated strings and comments) would
// make the worksheet one big token: leave them out.
const usable = stmts.filter((s) => !/unterminated|^\s*$/i.test(s)).map((s) => (s.endsWith(';') ? s : `${s};`));
const safe = [];
{
  const probe = createSecint({ wasmURL: new URL('secint.wasm', dist), worker: false });
  for (const s of usable) {
    const d = await probe.validate(s);
    if (!d.some((x) => /^unterminated/.test(x.code))) safe.push(s);
  }
  probe.dispose();
}
let text = '';
for (let i = 0; text.length < kb * 1024; i++) text += `${safe[i % safe.length]}\n`;
const bytes = Buffer.byteLength(text);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const worker of [false, true]) {
  const t0 = performance.now();
  const client = createSecint({ wasmURL: new URL('secint.wasm', dist), worker });
  await client.ready;
  const ready = performance.now() - t0;
  const times = [];
  let diags;
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    diags = await client.validate(text);
    times.push(performance.now() - t);
  }
  const small = text.slice(0, text.indexOf('\n', 4096) + 1);
  const smallTimes = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await client.validate(small);
    smallTimes.push(performance.now() - t);
  }
  console.log(
    `${worker ? 'worker thread' : 'in-process   '}  ready ${ready.toFixed(0)} ms; validate ${(bytes / 1024).toFixed(0)} KB ` +
      `(${text.split('\n').length} lines, ${diags.length} diagnostics): first ${times[0].toFixed(1)} ms, median ${median(times).toFixed(1)} ms; ` +
      `4 KB: median ${median(smallTimes).toFixed(2)} ms`,
  );
  client.dispose();
}
