// The Chromium part of make bench: bundles the bench pages (page/, with the
// playground's Monaco build and the secint package of web/dist/), serves them
// on 127.0.0.1, and drives Debian's Chromium with the playground tests'
// playwright-core setup (web/playground/test/browser.js: same flags, fresh
// profile).

import * as esbuild from 'esbuild';
import { createServer } from 'node:http';
import { readFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser, startServer } from '../playground/test/browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, '..');
const repo = path.resolve(web, '..');
const out = path.join(repo, 'bench/build/browser');

export async function bundle() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: {
      editor: 'page/editor.js',
      codemirror: 'page/codemirror.js',
      cold: 'page/cold.js',
      'empty-worker': 'page/empty-worker.js',
      'editor.worker': 'monaco-editor/editor/editor.worker.js',
    },
    nodePaths: [path.join(web, 'playground/node_modules')],
    alias: { secint: path.join(web, 'dist/index.js'), 'secint/codemirror': path.join(web, 'dist/codemirror.js') },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome110'],
    loader: { '.ttf': 'file' },
    outdir: out,
    entryNames: '[name]',
    assetNames: '[name]',
    logLevel: 'warning',
    logOverride: { 'unsupported-dynamic-import': 'silent' },
  });
}

const PAGES = {
  '/editor.html': `<!doctype html><html><head><meta charset="utf-8"><title>secint bench: Monaco</title>
<link rel="stylesheet" href="/assets/editor.css"><style>html,body{margin:0}#editor{width:1200px;height:760px}</style></head>
<body><div id="editor"></div><script type="module" src="/assets/editor.js"></script></body></html>`,
  '/codemirror.html': `<!doctype html><html><head><meta charset="utf-8"><title>secint bench: CodeMirror</title>
<style>html,body{margin:0}#editor{width:1200px;height:760px;overflow:hidden}#editor .cm-editor{height:100%}</style></head>
<body><div id="editor"></div><script type="module" src="/assets/codemirror.js"></script></body></html>`,
  '/cold.html': `<!doctype html><html><head><meta charset="utf-8"><title>secint bench: cold start</title></head>
<body><script type="module" src="/assets/cold.js"></script></body></html>`,
};

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8' };

// serve answers on 127.0.0.1 only; every response is no-store (see page/cold.js).
export async function serve() {
  const files = {
    '/secint.wasm': path.join(web, 'dist/secint.wasm'),
    '/secint-worker.js': path.join(web, 'dist/secint-worker.js'),
    '/empty.wasm': path.join(repo, 'bench/build/empty.wasm'),
  };
  const server = createServer(async (req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    if (p === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    try {
      let body;
      let type;
      if (PAGES[p]) {
        body = PAGES[p];
        type = TYPES['.html'];
      } else {
        const f = files[p] ?? (p.startsWith('/assets/') && !p.includes('..') ? path.join(out, p.slice('/assets/'.length)) : null);
        if (!f) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        body = await readFile(f);
        type = TYPES[path.extname(f)] ?? 'application/octet-stream';
      }
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end(String(e.message));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// embedFigures measures the documentation embeds' cost to a page on the real
// server's /embed/ demo (bin/secint serve, as the browser tests run it),
// each run in a fresh page with the browser's cache off: the bytes the page
// has loaded once it is idle and no snippet is visible yet (the reader has
// not scrolled), and, after scrolling the first snippet into view, the time
// until it shows its first check.
async function embedFigures(browser, { runs, log }) {
  log(`chromium: embeds (/embed/ of bin/secint serve), ${runs} runs`);
  const server = await startServer();
  const bytes = [];
  const toChecked = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      let loaded = 0;
      cdp.on('Network.loadingFinished', (e) => {
        loaded += e.encodedDataLength;
      });
      await page.goto(new URL('/embed/', server.url).href);
      await page.waitForLoadState('networkidle');
      const before = loaded;
      if (await page.locator('.secint-embed').count()) throw new Error('embed bench: a snippet was live before it was scrolled to');
      const t0 = Date.now();
      await page.evaluate(() => window.secintEmbed.snippets[0].pre.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(() => {
        const s = document.querySelector('.secint-embed[data-snippet="0"] .cm-secint-status');
        return s && s.dataset.state !== 'loading';
      }, null, { timeout: 60_000 });
      const ms = Date.now() - t0;
      await page.close();
      if (i === 0) continue; // warm-up: the server's and the browser's first run
      bytes.push(before);
      toChecked.push(ms);
    }
  } finally {
    await server.stop();
  }
  return { bytes, toChecked };
}

export async function browserFigures({ text, small, edits, warmup, cold, log, editPoint, problems, embedRuns = 3 }) {
  log('chromium: bundling the bench pages');
  await bundle();
  const server = await serve();
  // Chromium sometimes dies at launch on a busy machine: one more try.
  const browser = await startBrowser().catch((e) => {
    log(`chromium: launch failed (${String(e.message).split('\n')[0]}), trying once more`);
    return startBrowser();
  });
  const errors = [];
  const open = async (p) => {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} ${m.location()?.url ?? ''}`);
    });
    await page.goto(server.url + p);
    return page;
  };
  try {
    // Cold starts first, while the browser holds nothing else. One pair of
    // runs is a warm-up (the browser's own first worker and first wasm
    // compile), then `cold` pairs, each run in a fresh page, the order
    // alternating within pairs.
    log(`chromium: cold start, ${cold} pairs (+1 warm-up)`);
    const coldSecint = [];
    const coldEmpty = [];
    const coldRatio = [];
    let runN = 0;
    for (let i = -1; i < cold; i++) {
      const one = async (which) => {
        const page = await open('/cold.html');
        await page.waitForFunction(() => typeof window.coldSecint === 'function');
        const r =
          which === 'secint'
            ? await page.evaluate(([n, t]) => window.coldSecint(n, t), [++runN, small])
            : await page.evaluate((n) => window.coldEmpty(n), ++runN);
        await page.close();
        return r.ms;
      };
      const order = i % 2 ? ['secint', 'empty'] : ['empty', 'secint'];
      const ms = {};
      for (const w of order) ms[w] = await one(w);
      if (i < 0) continue;
      coldSecint.push(ms.secint);
      coldEmpty.push(ms.empty);
      coldRatio.push(ms.secint / ms.empty);
    }

    const warm = warmup % 2 ? warmup + 1 : warmup; // even: each counted pair starts from the same text
    log(`chromium: Monaco, ${text.length} bytes, ${edits} edits (+${warm} warm-up)`);
    const page = await open('/editor.html');
    await page.waitForFunction(() => typeof window.bench === 'object');
    const setup = await page.evaluate((t) => window.bench.setup(t), text);
    const edit = await page.evaluate(([at, w, n]) => window.bench.edits(at, w, n), [editPoint(text), warm, edits]);
    await page.close();

    log(`chromium: CodeMirror, ${text.length} bytes, ${edits} edits (+${warm} warm-up)`);
    const cmPage = await open('/codemirror.html');
    await cmPage.waitForFunction(() => typeof window.bench === 'object');
    const cmSetup = await cmPage.evaluate((t) => window.bench.setup(t), text);
    const cmEdit = await cmPage.evaluate(([at, w, n]) => window.bench.edits(at, w, n), [editPoint(text), warm, edits]);
    await cmPage.close();

    const embed = await embedFigures(browser, { runs: embedRuns, log });

    // The same edit in worksheets of the same size with about 20 and about
    // 1,000 problems: what the markers cost, apart from the engine.
    const by = {};
    for (const [k, t] of Object.entries(problems)) {
      log(`chromium: Monaco, ${k} problems, ${edits} edits (+${warm} warm-up)`);
      const p = await open('/editor.html');
      await p.waitForFunction(() => typeof window.bench === 'object');
      const s = await p.evaluate((x) => window.bench.setup(x), t);
      const e = await p.evaluate(([at, w, n]) => window.bench.edits(at, w, n), [editPoint(t), warm, edits]);
      await p.close();
      by[k] = { markers: s.markers, times: e.times, longest: e.longest };
    }
    if (errors.length) throw new Error(`errors in the bench pages: ${errors.join('; ')}`);
    return {
      open: setup.ms, markers: setup.markers, edit: edit.times, editEngine: edit.engine, coldSecint, coldEmpty, coldRatio,
      cmOpen: cmSetup.ms, cmDiagnostics: cmSetup.diagnostics, cmEdit: cmEdit.times, embed, ...by,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- a pasted megabyte (issue 18) ---

// pasteFigures pastes `text` into a Monaco editor that holds one line, as a
// person's paste does (page/editor.js, bench.paste), `runs` times, each in a
// fresh page with a fresh engine (so that no statement is remembered from an
// earlier run), after one warm-up run. Returns arrays of the times (ms) to
// the markers on screen and to every marker, of the engine's own check of
// the same text, of Monaco's own part of the paste, and the markers shown on
// the way that the whole check does not hold.
export async function pasteFigures({ text, runs, log }) {
  log(`chromium: paste ${text.length} bytes into Monaco, ${runs} runs (+1 warm-up)`);
  await bundle();
  const server = await serve();
  const browser = await startBrowser().catch(() => startBrowser());
  const errors = [];
  const out = { visible: [], all: [], full: [], ratio: [], monaco: [], stale: [], inView: 0, markers: 0 };
  try {
    for (let i = -1; i < runs; i++) {
      const page = await browser.context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url + '/editor.html');
      await page.waitForFunction(() => typeof window.bench?.paste === 'function');
      const r = await page.evaluate((t) => window.bench.paste(t), text);
      await page.close();
      if (i < 0) continue;
      if (r.visible == null) throw new Error(`paste: no markers on screen (${r.inView} in view): the pasted text should end with problems`);
      out.visible.push(r.visible);
      out.all.push(r.all);
      out.full.push(r.full);
      out.ratio.push(r.all / r.full);
      out.monaco.push(r.pasted);
      out.stale.push(r.stale);
      out.inView = r.inView;
      out.markers = r.markers;
    }
    if (errors.length) throw new Error(`errors in the paste bench page: ${errors.join('; ')}`);
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
