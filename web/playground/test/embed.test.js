// secint/codemirror and secint/embed in a real browser: Debian's Chromium,
// driven by playwright-core, against the real server (bin/secint serve) and
// its /embed/ demo page, whose SQL examples are real CodeMirror 6 editors
// wired by the adapter. Screenshots go to web/test-results/.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { writeFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startServer, startBrowser, shot, results, openPage, editorText, repo } from './browser.js';

let server;
let browser;
const measured = {};

before(async () => {
  server = await startServer();
  browser = await startBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (Object.keys(measured).length) {
    const file = path.join(results, 'timings.json');
    const old = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
    await writeFile(file, JSON.stringify({ ...old, embed: measured }, null, 2) + '\n');
  }
});

const SNIPPETS = 5; // the SQL examples of src/embed/index.html
const BROKEN = 2;

/** openEmbed opens /embed/ in a new page and collects errors and CSP violations. */
async function openEmbed({ viewport = { width: 1280, height: 720 }, reducedMotion = 'no-preference', colorScheme = 'light' } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ reducedMotion, colorScheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const response = await page.goto(new URL('/embed/', server.url).href);
  return { page, response, errors, violations: () => page.evaluate(() => window.__cspViolations) };
}

const snippet = (page, i) => page.locator(`.secint-embed[data-snippet="${i}"]`);
const docText = (page, i) => page.evaluate((n) => window.secintEmbed.snippets[n].editor.state.doc.toString(), i);
const statusOf = (page, i) => snippet(page, i).locator('.cm-secint-status');

/** live scrolls snippet i into view and waits until its first check is shown. */
async function live(page, i) {
  await page.waitForFunction(() => !!window.secintEmbed);
  await page.evaluate((n) => {
    const s = window.secintEmbed.snippets[n];
    (s.editor ? s.editor.dom : s.pre).scrollIntoView({ block: 'center' });
  }, i);
  await snippet(page, i).waitFor({ timeout: 30_000 });
  await page.waitForFunction((n) => document.querySelector(`.secint-embed[data-snippet="${n}"] .cm-secint-status`)?.dataset.state !== 'loading', i, { timeout: 30_000 });
}

/** replaceIn selects all of snippet i and types lines, pressing Enter between them (and no Escape). */
async function replaceIn(page, i, lines, { delay = 0 } = {}) {
  await snippet(page, i).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  for (let k = 0; k < lines.length; k++) {
    if (k > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(lines[k], { delay });
  }
}

async function waitText(page, i, pred, what) {
  const deadline = Date.now() + 10_000;
  let last;
  while (Date.now() < deadline) {
    last = await docText(page, i);
    if (pred(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`${what}: the text never matched; last: ${JSON.stringify(last)}`);
}

const decodeFragment = (url) => {
  const f = new URL(url).hash.replace(/^#/, '');
  assert.match(f, /^s=/, `a share fragment: ${f.slice(0, 40)}`);
  return inflateRawSync(Buffer.from(f.slice(2), 'base64url')).toString('utf8');
};

describe('documentation embeds (/embed/)', { timeout: 300_000 }, () => {
  it('loads the engine only when a snippet comes into view, then checks each snippet with one worker', { timeout: 120_000 }, async () => {
    browser.requests.length = 0;
    browser.responses.length = 0;
    const t0 = Date.now();
    const { page, response, errors, violations } = await openEmbed();
    await page.waitForLoadState('networkidle');
    // The page as a reader first sees it: text, a stylesheet, a small script.
    const first = [...browser.responses];
    const heavy = first.filter((r) => /\.wasm$|secint-worker|chunk-/.test(r.url()));
    assert.deepEqual(heavy.map((r) => r.url()), [], 'nothing of the engine or the editor before a snippet is in view');
    assert.equal(await page.locator('.secint-embed').count(), 0, 'no snippet is live yet');
    assert.equal(await page.locator('pre > code.language-sql').count(), SNIPPETS, 'the snippets are plain code blocks');
    let bytes = 0;
    for (const r of first) bytes += (await r.request().sizes()).responseBodySize;
    measured.bytesBeforeFirstSnippet = bytes;
    console.log(`# bytes before the first snippet is visible: ${bytes} (${first.length} responses)`);
    assert.ok(bytes < 16_000, `the page costs ${bytes} bytes before a snippet is visible`);

    // The page's policy: strict, Trusted Types, nothing for styles.
    const csp = response.headers()['content-security-policy'];
    for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types secint-embed']) {
      assert.ok(csp.includes(d), `embed CSP has ${d}: ${csp}`);
    }
    assert.ok(!/unsafe-inline|data:/.test(csp), `no inline allowance, no data: images: ${csp}`);
    assert.match(csp, /style-src-elem 'self' 'nonce-[\w-]+'/);

    // Scroll to the first example: it becomes an editor and gets checked.
    const t1 = Date.now();
    await live(page, 0);
    measured.msScrollToFirstChecked = Date.now() - t1;
    measured.msNavigationToFirstChecked = Date.now() - t0;
    console.log(`# first snippet scrolled into view to checked: ${measured.msScrollToFirstChecked} ms`);
    assert.equal(await statusOf(page, 0).textContent(), 'No problems');

    for (let i = 1; i < SNIPPETS; i++) await live(page, i);
    for (let i = 0; i < SNIPPETS; i++) {
      const want = i === BROKEN ? /^1 error$/ : /^No problems$/;
      assert.match(await statusOf(page, i).textContent(), want, `snippet ${i}`);
    }
    // The broken one is marked at the misspelt name, and only there.
    const mark = snippet(page, BROKEN).locator('.cm-lintRange-error');
    await mark.first().waitFor();
    assert.equal(await mark.count(), 1);
    assert.equal(await mark.textContent(), 'OAUTH_CLIENTID');
    assert.equal(await page.locator('.cm-lintRange').count(), 1, 'no marker in the clean snippets');
    // The other language's block is left alone.
    assert.equal(await page.locator('pre > code.language-text').count(), 1);

    // One worker and one wasm for all of them; nothing from elsewhere.
    const urls = browser.responses.map((r) => r.url());
    assert.equal(urls.filter((u) => /secint-worker-[^/]+\.js$/.test(u)).length, 1, 'one engine worker');
    assert.equal(urls.filter((u) => /\.wasm$/.test(u)).length, 1, 'one secint.wasm');
    const origin = new URL(server.url).origin;
    for (const u of browser.requests) assert.equal(new URL(u).origin, origin, `a request left ${origin}: ${u}`);
    assert.deepEqual(await violations(), [], 'no CSP violation');
    assert.deepEqual(errors, [], 'no error in the console');
    await snippet(page, BROKEN).scrollIntoViewIfNeeded();
    await shot(page, '20-embed-page');
    await page.close();
  });

  it('copies the edited text with its secret, resets it, and shares a link without it', { timeout: 120_000 }, async () => {
    const { page, violations } = await openEmbed();
    const AUTH = 3; // the authorization code example
    await live(page, AUTH);
    const original = await docText(page, AUTH);
    assert.match(original, /OAUTH_CLIENT_SECRET = 'made-up-app-secret'/);

    // Edit it: the client id, and a new comment line at the end.
    const line = await snippet(page, AUTH).locator('.cm-line', { hasText: "OAUTH_CLIENT_ID = 'git-client'" });
    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('-2');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('-- edited by the reader');
    const edited = await waitText(page, AUTH, (t) => t.includes("'git-client-2'") && t.endsWith('-- edited by the reader'), 'edit');

    // Copy gives the reader's own text, the secret included.
    await snippet(page, AUTH).locator('button.cm-secint-copy').click();
    await snippet(page, AUTH).locator('button.cm-secint-copy', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, edited);
    assert.match(copied, /made-up-app-secret/);

    // The playground link carries the edits, never the secret.
    const open = snippet(page, AUTH).locator('a.cm-secint-open[data-ready="true"]');
    await open.waitFor();
    const href = await open.getAttribute('href');
    assert.ok(href.startsWith(server.url + '#s='), href);
    const shared = decodeFragment(href);
    assert.ok(!shared.includes('made-up'), `a secret in the link: ${shared}`);
    assert.equal(shared, edited.replace("'made-up-app-secret'", "'<redacted>'"));
    await shot(page, '21-embed-edited');

    // The link opens in the playground with that text.
    const pg = await openPage(browser.context, href);
    assert.equal(await editorText(pg.page), shared);
    await pg.page.close();

    // Reset puts the page's text back.
    await snippet(page, AUTH).locator('button.cm-secint-reset').click();
    assert.equal(await docText(page, AUTH), original);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('is usable from the keyboard, labelled, and still under reduced motion', { timeout: 60_000 }, async () => {
    const { page } = await openEmbed({ reducedMotion: 'reduce', colorScheme: 'dark' });
    await live(page, 0);
    await live(page, 1);
    const s = snippet(page, 0);
    assert.equal(await s.getAttribute('role'), 'group');
    assert.match(await s.getAttribute('aria-label'), /^SQL example 1, editable, checked by secint$/);
    const content = s.locator('.cm-content');
    assert.match(await content.getAttribute('aria-label'), /SQL example 1/);
    const statusId = await s.locator('.cm-secint-status').getAttribute('id');
    assert.equal(await content.getAttribute('aria-describedby'), statusId);
    assert.equal(await s.locator('.cm-secint-status').getAttribute('aria-live'), 'polite');
    assert.match(await s.locator('button.cm-secint-reset').getAttribute('aria-label'), /Reset SQL example 1/);
    // Tab leaves the editor (no trap) for the next control.
    await content.click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ inEditor: !!document.activeElement.closest('.cm-content'), tag: document.activeElement.tagName }));
    assert.equal(focused.inEditor, false, 'Tab moved the focus on');
    // Reduced motion: the caret does not blink.
    assert.equal(await s.locator('.cm-cursorLayer').evaluate((e) => e.style.animationDuration), '0ms');
    // The dark scheme is followed: light text on a dark background.
    const bg = await s.locator('.cm-editor').evaluate((e) => getComputedStyle(e).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 200, `a dark background: ${bg}`);
    await shot(page, '22-embed-dark');
    await page.close();
  });
});

describe('the CodeMirror adapter in a real editor', { timeout: 300_000 }, () => {
  let page;
  let violations;
  before(async () => {
    ({ page, violations } = await openEmbed({ viewport: { width: 1280, height: 900 } }));
    await live(page, 0);
    await live(page, BROKEN);
  });
  after(async () => {
    assert.deepEqual(await violations(), []);
    await page?.close();
  });

  it('marks what is typed, at its exact place, and sends changes rather than texts', async () => {
    await page.evaluate(() => {
      const c = window.secintEmbed.client;
      window.__updates = [];
      const update = c.update.bind(c);
      c.update = (uri, version, changes) => {
        window.__updates.push(typeof changes === 'string' ? { whole: changes.length } : changes.map((x) => ({ ranged: !!x.range, length: x.text.length })));
        return update(uri, version, changes);
      };
    });
    await replaceIn(page, 0, ["-- 😀 tabs\tand 𝔘 before", "\tALTER SECURITY INTEGRATION x SET OAUTH_CLIENTID = 'a';"]);
    await page.waitForFunction(() => document.querySelector('.secint-embed[data-snippet="0"] .cm-secint-status').textContent === '1 error');
    const mark = snippet(page, 0).locator('.cm-lintRange-error');
    assert.equal(await mark.textContent(), 'OAUTH_CLIENTID');
    // Every keystroke went as a ranged change of one character (or two: a
    // character outside the BMP), none as a whole text; keystrokes made
    // while a check was out went together in one update.
    const updates = await page.evaluate(() => window.__updates);
    for (const u of updates) {
      assert.ok(Array.isArray(u) && u.every((c) => c.ranged && c.length <= 2), `an update sent as ${JSON.stringify(u)}`);
    }
    const changes = updates.flat().length;
    assert.ok(changes >= 70, `${changes} changes in ${updates.length} updates`);
    console.log(`# ${changes} keystrokes went to the engine as ${changes} changes in ${updates.length} updates`);
    // CRLF pasted in: CodeMirror makes lines of it, the marker stays exact.
    await page.evaluate(() => {
      const v = window.secintEmbed.snippets[0].editor;
      v.dispatch({ changes: { from: 0, insert: 'SELECT 1;\r\n\r\n' } });
    });
    await page.waitForFunction(() => window.secintEmbed.snippets[0].editor.state.doc.lines === 4);
    await page.waitForTimeout(200);
    assert.equal(await mark.textContent(), 'OAUTH_CLIENTID');
    // What the adapter shows is what the engine says of the whole text.
    const fresh = await page.evaluate(async () => {
      const v = window.secintEmbed.snippets[0].editor;
      return (await window.secintEmbed.client.validate(v.state.doc.toString())).map((d) => [d.code, d.range]);
    });
    assert.equal(fresh.length, 1);
    assert.deepEqual(fresh[0][1], { start: { line: 3, character: 34 }, end: { line: 3, character: 48 } });
  });

  it('Enter at the end of a line is a new line, even with a list open; the list takes Enter only after an arrow', async () => {
    // Typed line by line at a person's pace, Enter between the lines, and
    // no Escape: lists open on the way, some are still open at an Enter
    // (counted), and none takes it.
    const lines = ['CREATE SECURITY INTEGRATION my_api', 'TYPE = API_AUTHENTICATION', 'AUTH_TYPE = OAUTH2', "OAUTH_GRANT = 'AUTHORIZATION_CODE'", 'ENABLED = TRUE;'];
    await snippet(page, 0).locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    let entersWithList = 0;
    for (let k = 0; k < lines.length; k++) {
      if (k > 0) {
        await page.waitForTimeout(300); // the pause before a new line, in which a list opens
        if (await page.locator('.cm-tooltip-autocomplete').count()) entersWithList++;
        await page.keyboard.press('Enter');
      }
      await page.keyboard.type(lines[k], { delay: 40 });
    }
    assert.equal(await waitText(page, 0, (t) => t.endsWith('TRUE;'), 'typed'), lines.join('\n'));
    console.log(`# ${entersWithList} of ${lines.length - 1} Enters were pressed with a completion list open`);
    assert.ok(entersWithList >= 1, 'no Enter was pressed with a list open: the test proved nothing');

    // Inside a string the reader types freely: no list opens.
    await replaceIn(page, 0, ["ALTER SECURITY INTEGRATION my_api SET COMMENT = 'free text, with = and ( in it"], { delay: 20 });
    await page.waitForTimeout(400);
    assert.equal(await page.locator('.cm-tooltip-autocomplete').count(), 0, 'a list opened inside a string');
    await page.keyboard.press('Enter');
    assert.equal(await docText(page, 0), "ALTER SECURITY INTEGRATION my_api SET COMMENT = 'free text, with = and ( in it\n");

    // A list that opened by itself (after the space) does not take Enter.
    await replaceIn(page, 0, ['ALTER SECURITY INTEGRATION my_api SET ']);
    const list = page.locator('.cm-tooltip-autocomplete');
    await list.waitFor({ timeout: 10_000 });
    // The list typed "SET" opened may still be showing until the answer for
    // the space arrives (on a loaded machine, a while): wait for that answer.
    await page
      .waitForFunction(() => [...document.querySelectorAll('.cm-tooltip-autocomplete .cm-completionLabel')].some((e) => /^OAUTH_/.test(e.textContent)), null, { timeout: 10_000 })
      .catch(() => {});
    const labels = await list.locator('.cm-completionLabel').allTextContents();
    assert.ok(labels.some((l) => /^OAUTH_/.test(l)), `properties offered: ${labels}`);
    await shot(page, '23-cm-completion');
    await page.keyboard.press('Enter');
    assert.equal(await docText(page, 0), 'ALTER SECURITY INTEGRATION my_api SET \n');

    // After an arrow, Enter takes the item: a property and its value's snippet.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    await list.waitFor();
    await page.waitForTimeout(150); // CodeMirror ignores keys in the list's first 75 ms
    await page.keyboard.press('ArrowDown');
    const picked = (await list.locator('li[aria-selected="true"] .cm-completionLabel').textContent()).trim();
    await page.keyboard.press('Enter');
    const t = await waitText(page, 0, (x) => x.includes(picked), 'accepted');
    assert.ok(t.startsWith(`ALTER SECURITY INTEGRATION my_api SET ${picked}`), t);
    assert.ok(!t.includes('\n'), 'no new line when the item was taken');

    // Tab takes the best match of what was typed.
    await replaceIn(page, 0, ['ALTER SECURITY INTEGRATION my_api SET OAUTH_TOKEN_E']);
    await list.locator('.cm-completionLabel', { hasText: 'OAUTH_TOKEN_ENDPOINT' }).waitFor();
    await page.keyboard.press('Tab');
    const u = await waitText(page, 0, (x) => /OAUTH_TOKEN_ENDPOINT =/.test(x), 'tab');
    assert.match(u, /^ALTER SECURITY INTEGRATION my_api SET OAUTH_TOKEN_ENDPOINT = '/);
    // The caret is in the value's placeholder: typing replaces it.
    await page.keyboard.type('https://x.example/token');
    await page.keyboard.press('Escape');
    assert.match(await docText(page, 0), /OAUTH_TOKEN_ENDPOINT = 'https:\/\/x\.example\/token'/);
  });

  it('explains a property on hover', async () => {
    await replaceIn(page, 0, ["ALTER SECURITY INTEGRATION my_api SET OAUTH_TOKEN_ENDPOINT = 'https://x.example/t';"]);
    await page.keyboard.press('Escape');
    const word = snippet(page, 0).locator('.cm-line').first();
    const box = await word.boundingBox();
    // The caret's neighbourhood: find the word's x by measuring the text.
    const x = await page.evaluate(() => {
      const v = window.secintEmbed.snippets[0].editor;
      const pos = v.state.doc.toString().indexOf('TOKEN_ENDPOINT');
      return v.coordsAtPos(pos).left + 4;
    });
    await page.mouse.move(x, box.y + box.height / 2);
    const hover = page.locator('.cm-tooltip-hover .cm-secint-hover');
    await hover.waitFor({ timeout: 10_000 });
    assert.match(await hover.textContent(), /OAUTH_TOKEN_ENDPOINT/);
    assert.match(await hover.textContent(), /exchanges/);
    assert.equal(await hover.locator('strong').first().textContent(), 'OAUTH_TOKEN_ENDPOINT');
    await shot(page, '24-cm-hover');
    await page.mouse.move(0, 0);
  });

  it('applies a fix from the diagnostic, and fix all from its key', async () => {
    await snippet(page, BROKEN).scrollIntoViewIfNeeded();
    const mark = snippet(page, BROKEN).locator('.cm-lintRange-error');
    const box = await mark.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('.cm-tooltip-lint');
    await tip.waitFor({ timeout: 10_000 });
    assert.match(await tip.textContent(), /unknown property OAUTH_CLIENTID; did you mean OAUTH_CLIENT_ID\?/);
    assert.equal(await tip.locator('a.cm-secint-code').getAttribute('href'), '/docs/diagnostics.html#unknown-property');
    await shot(page, '25-cm-fix');
    await tip.locator('.cm-diagnosticAction', { hasText: 'Change to OAUTH_CLIENT_ID' }).click();
    await waitText(page, BROKEN, (t) => t.includes('SET OAUTH_CLIENT_ID ='), 'fixed');
    await statusOf(page, BROKEN).filter({ hasText: 'No problems' }).waitFor();

    // Fix all: every helpful fix at once (Mod-Alt-f), as check --fix.
    await replaceIn(page, BROKEN, ["ALTER SECURITY INTEGRATION a SET OAUTH_CLIENTID = 'x', ENABLED = 'TRUE';"]);
    await page.keyboard.press('Escape');
    await statusOf(page, BROKEN).filter({ hasText: /errors?/ }).waitFor();
    await page.keyboard.press('ControlOrMeta+Alt+f');
    const fixed = await waitText(page, BROKEN, (t) => t.includes('OAUTH_CLIENT_ID'), 'fix all');
    assert.equal(fixed, "ALTER SECURITY INTEGRATION a SET OAUTH_CLIENT_ID = 'x', ENABLED = TRUE;");
    await statusOf(page, BROKEN).filter({ hasText: 'No problems' }).waitFor();
  });
});

// The one-script-tag form (dist/standalone/secint-embed.js, CodeMirror
// bundled in), on a page of another site: a small server on 127.0.0.1 that
// serves the package's dist/ under /secint/ as it is published, under the
// same policy as /embed/ (a fresh nonce, Trusted Types).
describe('the one-script-tag embed', { timeout: 120_000 }, () => {
  let site;
  before(async () => {
    const dist = path.join(repo, 'web/dist');
    const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
    const srv = createServer(async (req, res) => {
      const p = new URL(req.url, 'http://x').pathname;
      if (p === '/docs.html') {
        const nonce = randomBytes(16).toString('base64url');
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; style-src-elem 'self' 'nonce-${nonce}'; object-src 'none'; require-trusted-types-for 'script'; trusted-types secint-embed`,
        });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="csp-nonce" nonce="${nonce}"><title>docs</title>
<script type="module" src="/secint/standalone/secint-embed.js" data-playground="/playground/"></script></head><body>
<p>Another site's page.</p>
<pre><code class="language-sql">ALTER SECURITY INTEGRATION a SET ENABLED = 'maybe';</code></pre>
<pre><code class="language-sql">DROP SECURITY INTEGRATION a;</code></pre>
</body></html>`);
        return;
      }
      const f = p.startsWith('/secint/') && !p.includes('..') ? path.join(dist, p.slice('/secint/'.length)) : null;
      try {
        if (!f) throw new Error('not found');
        const body = await readFile(f);
        res.writeHead(200, { 'Content-Type': types[path.extname(f)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
      }
    });
    await new Promise((r) => srv.listen(0, '127.0.0.1', r));
    site = { url: `http://127.0.0.1:${srv.address().port}`, close: () => new Promise((r) => srv.close(r)) };
  });
  after(() => site?.close());

  it('makes the snippets live with nothing but a <script> tag', async () => {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(site.url + '/docs.html');
    await page.locator('.secint-embed[data-snippet="1"] .cm-secint-status[data-state="clean"]').waitFor({ timeout: 30_000 });
    const bad = page.locator('.secint-embed[data-snippet="0"]');
    await bad.locator('.cm-secint-status[data-state="problems"]').waitFor({ timeout: 30_000 });
    assert.equal(await bad.locator('.cm-lintRange-error').textContent(), "'maybe'");
    // The worker and the wasm were found next to the script, as the package lays them out.
    assert.ok(requests.some((u) => u.endsWith('/secint/secint.wasm')), requests.join(' '));
    assert.ok(requests.some((u) => u.endsWith('/secint/secint-worker.js')), requests.join(' '));
    for (const u of requests) assert.equal(new URL(u).origin, site.url);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
