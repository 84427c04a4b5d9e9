// Helpers of the browser tests: the real server (the built secint binary),
// Debian's Chromium driven by playwright-core, and a few ways of using the
// page as a person would.

import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, access, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../../..');
export const results = path.resolve(here, '../../test-results'); // web/test-results/ (git-ignored)

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * startServer runs `secint serve --addr 127.0.0.1:0` and reads the address it
 * prints. Returns {url, stop()}.
 */
export async function startServer() {
  const bin = process.env.SECINT_BIN || path.join(repo, 'bin/secint');
  await access(bin).catch(() => {
    throw new Error(`${bin} is missing: run 'make playground-build' (the browser tests serve the built binary)`);
  });
  const child = spawn(bin, ['serve', '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`secint serve printed no address in 10 s; stderr: ${stderr}`)), 10_000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const m = /^secint playground: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`secint serve exited (${code}): ${stderr}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode != null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM'); // this child only, by its own handle
      await exited;
    },
  };
}

/**
 * startBrowser launches Chromium with a fresh profile and records every
 * request and response of every page and worker. Returns {context, profile
 * (its directory), requests, responses, close()}.
 */
export async function startBrowser() {
  await access(CHROMIUM).catch(() => {
    throw new Error(`${CHROMIUM} is missing: 'apt-get install chromium' (make e2e does it)`);
  });
  const profile = await mkdtemp(path.join(tmpdir(), 'secint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  const requests = [];
  const responses = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => responses.push(r));
  await mkdir(results, { recursive: true });
  return {
    context,
    profile,
    requests,
    responses,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

// codeCacheBytes is how much compiled wasm code the profile's code cache
// holds (Chromium keeps it in files of its own under the profile, apart from
// the HTTP cache): 0 when V8 wrote none. Its trace events
// (v8.wasm.cachedModule) are not seen from a page's trace session when the
// module is compiled in a worker, so the bench looks at the files.
export async function codeCacheBytes(profile) {
  const dir = path.join(profile, 'Default', 'Code Cache', 'wasm');
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let bytes = 0;
  for (const n of names) {
    if (n === 'index' || n === 'index-dir') continue;
    bytes += (await stat(path.join(dir, n))).size;
  }
  return bytes;
}

/**
 * openPage opens the playground in a new page and waits until the engine has
 * answered its first check. Returns {page, ms, violations(), errors}.
 */
export async function openPage(context, url, { viewport, colorScheme, keepWork = false } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  if (colorScheme) await page.emulateMedia({ colorScheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Each test starts from the default example, unless it asks for the
  // worksheet a page kept in local storage.
  if (!keepWork) await page.addInitScript(() => localStorage.removeItem('secint-playground-worksheet'));
  // Every CSP violation of the page is an error of the test.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const t0 = Date.now();
  const response = await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.secintPlayground?.lastCheck() > 0, null, { timeout: 30_000 });
  const ms = Date.now() - t0;
  return {
    page,
    response,
    ms,
    errors,
    violations: () => page.evaluate(() => window.__cspViolations),
  };
}

export const markers = (page) => page.evaluate(() => window.secintPlayground.markers());

/** waitForMarkers waits until pred(markers) holds, and returns the markers. */
export async function waitForMarkers(page, pred, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = [];
  while (Date.now() < deadline) {
    last = await markers(page);
    if (pred(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`markers never matched; last: ${JSON.stringify(last)}`);
}

/** pointAt is where a (1-based) line and column of the editor are on the screen. */
export function pointAt(page, line, column) {
  return page.evaluate(([lineNumber, column]) => {
    const { editor } = window.secintPlayground;
    editor.revealPositionInCenterIfOutsideViewport({ lineNumber, column });
    const p = editor.getScrolledVisiblePosition({ lineNumber, column });
    const r = editor.getDomNode().getBoundingClientRect();
    return { x: r.left + p.left + 3, y: r.top + p.top + p.height / 2 };
  }, [line, column]);
}

/** replaceText types text over the whole worksheet, line by line, as a person would. */
export async function replaceText(page, lines, { escape = true } = {}) {
  await page.click('#editor .view-lines');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      await page.keyboard.press('Escape'); // a suggestion list must not take the Enter
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type(lines[i]);
  }
  if (escape) await page.keyboard.press('Escape');
}

export const editorText = (page) => page.evaluate(() => window.secintPlayground.model.getValue());

/** shot saves a screenshot under web/test-results/. */
export async function shot(page, name) {
  const file = path.join(results, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
