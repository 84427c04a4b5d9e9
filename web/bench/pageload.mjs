// The page-load part of make bench (issue 18, "first markers with the
// editor"): what a person waits for when the playground opens, cold (a new
// browser profile: nothing in the HTTP cache or the compiled-code cache) and
// on a repeat visit (the same profile, a new page), on the real server
// (bin/secint serve, with its own cache headers); and the engine's start on
// a repeat visit against an empty Go program's, both served as cacheable
// files.
//
// The playground marks its own timeline (web/playground/src/main.js, "page-
// load marks"); performance.now() there counts from the navigation.

import * as esbuild from 'esbuild';
import { createServer } from 'node:http';
import { readFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheBytes, startBrowser, startServer } from '../playground/test/browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, '..');
const repo = path.resolve(web, '..');
const out = path.join(repo, 'bench/build/pageload');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// How long a first visit stays open. V8 writes a module's compiled code to
// the cache 2 s after its optimising compiler last ran, and the worker's
// tier-up (web/src/engine.js) runs for about a second after the first
// check; a person reading the first markers stays longer than this.
const VISIT_MS = 6000;

async function marksOf(page) {
  await page.waitForFunction(() => performance.getEntriesByName('secint:first-markers').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('secint:'))
        .map((m) => [m.name.slice('secint:'.length), m.startTime]),
    ),
  );
}

// visit opens url in a new page of the browser, returns its marks, and
// closes it after VISIT_MS.
async function visit(browser, url) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const marks = await marksOf(page);
  await sleep(VISIT_MS);
  await page.close();
  if (errors.length) throw new Error(`page load bench: errors in the page: ${errors.join('; ')}`);
  return marks;
}

/**
 * playgroundFigures: `runs` fresh browsers, each a cold visit then a repeat
 * visit of the playground, and how many bytes of compiled code the cold
 * visit left in the profile's code cache.
 */
export async function playgroundFigures({ runs, log }) {
  const server = await startServer();
  const cold = [];
  const repeat = [];
  const cached = [];
  try {
    for (let i = -1; i < runs; i++) {
      log(`chromium: page load, browser ${i + 2} of ${runs + 1} (the first is a warm-up)`);
      const browser = await startBrowser();
      try {
        const a = await visit(browser, server.url);
        const bytes = await codeCacheBytes(browser.profile);
        const b = await visit(browser, server.url);
        if (i >= 0) {
          cold.push(a);
          repeat.push(b);
          cached.push(bytes);
        }
      } finally {
        await browser.close();
      }
    }
    return { cold, repeat, cached };
  } finally {
    await server.stop();
  }
}

// --- the engine's start on a repeat visit, against an empty Go program ---

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>secint bench: repeat start</title></head>
<body><script type="module" src="/assets/cold.js"></script></body></html>`;

async function bundle() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: { cold: 'page/cold.js', 'empty-worker': 'page/empty-worker.js' },
    nodePaths: [path.join(web, 'playground/node_modules')],
    alias: { secint: path.join(web, 'dist/index.js') },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome110'],
    outdir: out,
    entryNames: '[name]',
    logLevel: 'warning',
    logOverride: { 'unsupported-dynamic-import': 'silent' },
  });
}

// serveCacheable serves the cold-start page and both programs as the
// playground serves its hashed assets: cacheable for a year (the compiled
// code cache needs a cacheable response), application/wasm.
async function serveCacheable() {
  const files = {
    '/secint.wasm': [path.join(web, 'dist/secint.wasm'), 'application/wasm'],
    '/secint-worker.js': [path.join(web, 'dist/secint-worker.js'), 'text/javascript'],
    '/empty.wasm': [path.join(repo, 'bench/build/empty.wasm'), 'application/wasm'],
    '/assets/cold.js': [path.join(out, 'cold.js'), 'text/javascript'],
    '/assets/empty-worker.js': [path.join(out, 'empty-worker.js'), 'text/javascript'],
  };
  const server = createServer(async (req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    if (p === '/cold.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(PAGE);
      return;
    }
    const f = files[p];
    if (!f) {
      res.writeHead(404, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const body = await readFile(f[0]);
    res.writeHead(200, { 'Content-Type': f[1], 'Cache-Control': 'public, max-age=31536000, immutable', 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * repeatStartFigures: `pairs` fresh browsers; in each, secint and the empty
 * program (in alternating order) are started once (the first visit, which
 * stays VISIT_MS and fills the caches), and again in a new page (the repeat
 * visit, which is timed). secint's start is new Worker → first diagnostics
 * of a small document; the empty program's, new Worker → ready.
 */
export async function repeatStartFigures({ pairs, small, log }) {
  await bundle();
  const server = await serveCacheable();
  const secint = [];
  const ready = []; // new Worker → the engine's ready, of secint's
  const inWorker = []; // {load, run}: the engine's own start in its worker
  const cached = []; // bytes in the code cache after the first visits
  const empty = [];
  const ratio = [];
  try {
    for (let i = -1; i < pairs; i++) {
      log(`chromium: repeat-visit start, pair ${i + 2} of ${pairs + 1} (the first is a warm-up)`);
      const browser = await startBrowser();
      try {
        const one = async (which, first) => {
          const page = await browser.context.newPage();
          await page.goto(`${server.url}/cold.html`);
          await page.waitForFunction(() => typeof window.coldSecint === 'function');
          // run 0 for every visit: the same URLs, so the second finds the
          // first's caches; the first visit stays open as a person's would
          // (VISIT_MS), the repeat visit ends at its answer
          const stay = first ? VISIT_MS : 0;
          const r = which === 'secint'
            ? await page.evaluate(([t, ms]) => window.coldSecint(0, t, ms), [small, stay])
            : await page.evaluate((ms) => window.coldEmpty(0, ms), stay);
          await page.close();
          return which === 'secint' ? r : r.ms;
        };
        const order = i % 2 ? ['secint', 'empty'] : ['empty', 'secint'];
        for (const w of order) await one(w, true); // first visits
        const bytes = await codeCacheBytes(browser.profile);
        const ms = {};
        for (const w of order) ms[w] = await one(w, false);
        if (i >= 0) {
          secint.push(ms.secint.ms);
          ready.push(ms.secint.readyMs);
          inWorker.push(ms.secint.startMs);
          cached.push(bytes);
          empty.push(ms.empty);
          ratio.push(ms.secint.ms / ms.empty);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return { secint, ready, inWorker, cached, empty, ratio };
}

/** pageLoadFigures measures both parts; see the comments above. */
export async function pageLoadFigures({ runs, pairs, small, log }) {
  const load = await playgroundFigures({ runs, log });
  const start = await repeatStartFigures({ pairs, small, log });
  return { ...load, start };
}
