// Where a keystroke's time goes in Chromium, for docs/speed.md: the bench's
// Monaco page (page/editor.js) on a 1 MiB worksheet with about 20 or about
// 1,000 problems, the same edits as make bench, with the main thread's CPU
// profile (CDP Profiler) and its long tasks. Not part of make bench or make
// test: a tool to run when a figure needs explaining.
//
//   node web/bench/profile-keys.mjs [--problems 1000] [--edits 30] [--top 25]
//
// Needs what make bench needs (make playground-build bench-tools).

import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { bundle, serve } from './browser.mjs';
import { startBrowser } from '../playground/test/browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const { values: opt } = parseArgs({
  options: {
    problems: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '30' },
    top: { type: 'string', default: '25' },
    size: { type: 'string', default: String(1 << 20) },
  },
});

const { stdout: sheet } = await promisify(execFile)(path.join(repo, 'bench/build/worksheet'), ['-size', opt.size], { maxBuffer: 1 << 30 });

// The same worksheet shaping and edit point as bench.mjs (withProblems,
// editPoint), copied here so that this tool needs nothing of bench.mjs.
function withProblems(text, want) {
  const bad = "SET OAUTH_CLIENTID = 'typo', ENABLED = maybe;";
  const good = "SET OAUTH_CLIENT_ID = 'typo', ENABLED = TRUE;";
  let n = 0;
  let out = text.replaceAll(bad, () => (n++ < want / 2 ? bad : good));
  let left = want - 2 * Math.min(n, Math.floor(want / 2));
  out = out.replaceAll("SET ENABLED = FALSE, COMMENT = 'paused", (m) => (left-- > 0 ? "SET ENABLED = 0, COMMENT = 'paused" : m));
  return out;
}
function editPoint(text) {
  const word = 'OAUTH_CLIENT_ID';
  let i = text.indexOf(word, text.length >> 1);
  if (i < 0) i = text.indexOf(word);
  const before = text.slice(0, i + 'OAUTH_CLIENT'.length);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

const text = withProblems(sheet, Number(opt.problems));
await bundle();
const server = await serve();
const browser = await startBrowser();
try {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url + '/editor.html');
  await page.waitForFunction(() => typeof window.bench === 'object');
  const setup = await page.evaluate((t) => window.bench.setup(t), text);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // warm-up edits, then the profiled ones
  await page.evaluate(([at]) => window.bench.edits(at, 0, 6), [editPoint(text)]);
  await cdp.send('Profiler.start');
  const r = await page.evaluate(([at, n]) => window.bench.edits(at, 0, n), [editPoint(text), Number(opt.edits)]);
  const { profile } = await cdp.send('Profiler.stop');

  // Self time by function, and total time under a few functions of interest.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const self = new Map();
  let total = 0;
  for (const [id, ms] of dt) {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}:${f.lineNumber + 1}`;
    if (f.functionName !== '(idle)' && f.functionName !== '(program)') total += ms;
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  const sorted = [...self].sort((a, b) => b[1] - a[1]);
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
  console.log(`${setup.markers} markers; ${r.times.length} edits: edit → markers median ${med(r.times).toFixed(1)} ms, p95 ${p95(r.times).toFixed(1)} ms; worker round trip median ${med(r.engine).toFixed(1)} ms; longest task ${r.longest.toFixed(0)} ms`);
  console.log(`main-thread CPU in the profile (not idle): ${total.toFixed(0)} ms, ${(total / r.times.length).toFixed(1)} ms per edit`);
  console.log('self time, ms per edit:');
  for (const [k, ms] of sorted.slice(0, Number(opt.top))) console.log(`  ${(ms / r.times.length).toFixed(2).padStart(7)}  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
