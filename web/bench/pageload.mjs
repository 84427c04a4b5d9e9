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
import { startBrowser, startServer } from '../playground/test/browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, '..');
const repo = path.resolve(web, '..');
const out = path.join(repo, 'bench/build/pageload');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// V8 writes a module's compiled code to the cache a while after it stops
// compiling (its caching timeout is 2 s): a repeat visit comes later than that.
const SETTLE_MS = 3000;

// Blink's trace events (disabled-by-default-devtools.timeline) when a
// streamed module's compiled code is written to or read from the cache.
const CACHE_WRITTEN = 'v8.wasm.cachedModule';
const CACHE_HIT = 'v8.wasm.moduleCacheHit';

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

// visit opens url in a new page of the browser and returns its marks; with
// trace, also the names of the wasm cache events seen while it loaded.
async function visit(browser, url, { trace = false } = {}) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let cdp = null;
  const events = [];
  let done = null;
  if (trace) {
    cdp = await browser.context.newCDPSession(page);
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value.map((x) => x.name)));
    done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  }
  await page.goto(url);
  const marks = await marksOf(page);
  await sleep(SETTLE_MS);
  if (trace) {
    await cdp.send('Tracing.end');
    await done;
  }
  await page.close();
  if (errors.length) throw new Error(`page load bench: errors in the page: ${errors.join('; ')}`);
  return { marks, written: events.filter((n) => n === CACHE_WRITTEN).length, hits: events.filter((n) => n === CACHE_HIT).length };
}

/**
 * playgroundFigures: `runs` fresh browsers, each a cold visit then a repeat
 * visit of the playground; then one more browser, traced, to see whether the
 * compiled code was cached and used (tracing costs time, so it is not timed).
 */
async function playgroundFigures({ runs, log }) {
  const server = await startServer();
  const cold = [];
  const repeat = [];
  try {
    for (let i = -1; i < runs; i++) {
      log(`chromium: page load, browser ${i + 2} of ${runs + 1} (the first is a warm-up)`);
      const browser = await startBrowser();
      try {
        const a = await visit(browser, server.url);
        const b = await visit(browser, server.url);
        if (i >= 0) {
          cold.push(a.marks);
          repeat.push(b.marks);
        }
      } finally {
        await browser.close();
      }
    }
    log('chromium: page load, traced (wasm code cache)');
    const browser = await startBrowser();
    let traced;
    try {
      const a = await visit(browser, server.url, { trace: true });
      const b = await visit(browser, server.url, { trace: true });
      traced = { coldWritten: a.written, repeatHits: b.hits, repeatWritten: b.written };
    } finally {
      await browser.close();
    }
    return { cold, repeat, traced };
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
 * fills the caches), and again in a new page after SETTLE_MS (the repeat
 * visit, which is timed). secint's start is new Worker → first diagnostics
 * of a small document; the empty program's, new Worker → ready.
 */
async function repeatStartFigures({ pairs, small, log }) {
  await bundle();
  const server = await serveCacheable();
  const secint = [];
  const empty = [];
  const ratio = [];
  try {
    for (let i = -1; i < pairs; i++) {
      log(`chromium: repeat-visit start, pair ${i + 2} of ${pairs + 1} (the first is a warm-up)`);
      const browser = await startBrowser();
      try {
        const one = async (which) => {
          const page = await browser.context.newPage();
          await page.goto(`${server.url}/cold.html`);
          await page.waitForFunction(() => typeof window.coldSecint === 'function');
          // run 0 for every visit: the same URLs, so the second finds the first's caches
          const r = which === 'secint' ? await page.evaluate((t) => window.coldSecint(0, t), small) : await page.evaluate(() => window.coldEmpty(0));
          await page.close();
          return r.ms;
        };
        const order = i % 2 ? ['secint', 'empty'] : ['empty', 'secint'];
        for (const w of order) await one(w); // first visits
        await sleep(SETTLE_MS);
        const ms = {};
        for (const w of order) ms[w] = await one(w);
        if (i >= 0) {
          secint.push(ms.secint);
          empty.push(ms.empty);
          ratio.push(ms.secint / ms.empty);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return { secint, empty, ratio };
}

/** pageLoadFigures measures both parts; see the comments above. */
export async function pageLoadFigures({ runs, pairs, small, log }) {
  const load = await playgroundFigures({ runs, log });
  const start = await repeatStartFigures({ pairs, small, log });
  return { ...load, start };
}
