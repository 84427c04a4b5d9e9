// How the playground opens: the engine starts from its own small entry
// (boot) before Monaco's bundle, is compiled while secint.wasm streams in,
// checks the worksheet the page opens with, and the page marks its timeline
// for make bench (web/bench/pageload.mjs); a first visit leaves the
// engine's compiled code in the browser's cache for the next. Nothing here
// is timed: only the order and the ways things happen.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, openPage, codeCacheBytes } from './browser.js';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('opening the playground', { timeout: 120_000 }, () => {
  it('runs boot before main, with its chunk preloaded', async () => {
    const html = await (await fetch(server.url)).text();
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 2, `two module scripts: ${scripts}`);
    assert.match(scripts[0], /^\/assets\/boot-[A-Z0-9]+\.js$/);
    assert.match(scripts[1], /^\/assets\/main-[A-Z0-9]+\.js$/);
    const boot = await (await fetch(new URL(scripts[0], server.url))).text();
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    assert.ok(preloads.length >= 1, 'boot imports a chunk, named in the page');
    for (const p of preloads) assert.ok(boot.includes(p.replace('/assets/', '')), `boot imports ${p}: ${boot}`);
    // boot is small: the client, not Monaco.
    assert.ok(boot.length < 2000, `boot is ${boot.length} bytes`);
  });

  it('compiles the engine while it streams, and marks its timeline', async () => {
    const { page, errors, violations } = await openPage(browser.context, server.url);
    await page.waitForFunction(() => performance.getEntriesByName('secint:first-markers').length > 0, null, { timeout: 30_000 });
    const r = await page.evaluate(() => ({
      via: window.secintPlayground.client.info?.loadedWith,
      marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('secint:')).map((m) => [m.name, m.startTime])),
    }));
    assert.equal(r.via, 'streaming', 'secint.wasm compiled with instantiateStreaming (served as application/wasm)');
    for (const k of ['secint:editor-visible', 'secint:engine-ready', 'secint:first-markers']) {
      assert.ok(Number.isFinite(r.marks[k]), `${k} marked: ${JSON.stringify(r.marks)}`);
    }
    assert.ok(r.marks['secint:first-markers'] >= r.marks['secint:editor-visible'], `the first markers come with or after the editor: ${JSON.stringify(r.marks)}`);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('checks the worksheet it opens with before the editor asks, and the editor takes that answer', async () => {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Every request the page posts to a worker, from the page's first line.
    await page.addInitScript(() => {
      window.__posted = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (msg, ...rest) {
        if (msg?.type === 'request') window.__posted.push({ method: msg.method, target: msg.params?.[0], at: performance.now() });
        return post.call(this, msg, ...rest);
      };
    });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('secint:first-markers').length > 0, null, { timeout: 30_000 });
    const r = await page.evaluate(() => {
      const { model } = window.secintPlayground;
      const uri = model.uri.toString();
      const shown = performance.getEntriesByName('secint:first-answer')[0].startTime;
      const before = window.__posted.filter((p) => p.at <= shown);
      return {
        text: before.filter((p) => p.method === 'validate' && p.target === model.getValue()).length,
        opened: before.filter((p) => p.method === 'open' && p.target === uri).length,
        asked: before.filter((p) => p.method === 'validate' && p.target?.uri === uri).length,
      };
    });
    assert.deepEqual(r, { text: 1, opened: 1, asked: 0 }, 'boot checked the text; the editor opened it and was answered without asking');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('leaves the engine\'s compiled code in the browser\'s cache after a first visit', async () => {
    const fresh = await startBrowser();
    try {
      assert.equal(await codeCacheBytes(fresh.profile), 0, 'a fresh profile holds none');
      const { page, errors } = await openPage(fresh.context, server.url);
      // The tier-up runs after a second of quiet, then V8 writes the cache
      // two seconds after it last optimised: poll, well past that.
      let bytes = 0;
      for (let i = 0; i < 60 && bytes < 100_000; i++) {
        await new Promise((r) => setTimeout(r, 500));
        bytes = await codeCacheBytes(fresh.profile);
      }
      assert.ok(bytes >= 100_000, `compiled code cached: ${bytes} bytes`);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await fresh.close();
    }
  });
});
