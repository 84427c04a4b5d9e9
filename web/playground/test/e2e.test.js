// The playground in a real browser: Debian's Chromium, driven by
// playwright-core, against the real server (bin/secint serve, which embeds
// the built page). Each test uses the page as a person would and saves a
// screenshot under web/test-results/.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync, deflateRawSync } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  startServer, startBrowser, openPage, markers, waitForMarkers, pointAt, replaceText, editorText, shot, results,
} from './browser.js';

let server;
let browser;
const timings = {};

before(async () => {
  server = await startServer();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (Object.keys(timings).length) {
    await writeFile(path.join(results, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
  }
});

const decodeFragment = (url) => {
  const f = new URL(url).hash.replace(/^#/, '');
  assert.match(f, /^s=/, `a share fragment: ${f.slice(0, 40)}`);
  return inflateRawSync(Buffer.from(f.slice(2), 'base64url')).toString('utf8');
};

describe('the playground', { timeout: 600_000 }, () => {
  it('loads from 127.0.0.1 only, under its Content-Security-Policy', { timeout: 90_000 }, async () => {
    browser.requests.length = 0;
    const { page, response, ms, errors, violations } = await openPage(browser.context, server.url);
    timings.firstLoadMs = ms;
    console.log(`# page load, navigation to first check answered: ${ms} ms`);

    // No request left the server's origin: not the page, Monaco, the
    // worker, the wasm, fonts or icons.
    const origin = new URL(server.url).origin;
    assert.ok(browser.requests.length >= 5, `requests seen: ${browser.requests}`);
    for (const u of browser.requests) {
      assert.equal(new URL(u).origin, origin, `a request left ${origin}: ${u}`);
    }

    // The page's policy, and the worker's.
    const csp = response.headers()['content-security-policy'];
    assert.ok(csp, 'the page has a CSP');
    for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "style-src 'self'", "object-src 'none'", "require-trusted-types-for 'script'"]) {
      assert.ok(csp.includes(d), `page CSP has ${d}: ${csp}`);
    }
    assert.ok(!/'unsafe-eval'/.test(csp.replace("'wasm-unsafe-eval'", '')), 'no unsafe-eval');
    assert.ok(!/script-src[^;]*'unsafe-inline'/.test(csp), 'no inline script');
    const worker = browser.responses.find((r) => /\/assets\/secint-worker-[^/]+\.js$/.test(r.url()));
    assert.ok(worker, 'the engine worker was loaded');
    const wcsp = (await worker.allHeaders())['content-security-policy'];
    assert.ok(wcsp && wcsp.includes("script-src 'self' 'wasm-unsafe-eval'"), `worker CSP: ${wcsp}`);
    const wasm = browser.responses.find((r) => /\/assets\/secint-[^/]+\.wasm$/.test(r.url()));
    const wh = await wasm.allHeaders();
    assert.equal(wh['content-type'], 'application/wasm');
    assert.equal(wh['content-encoding'], 'br');
    assert.match(wh['cache-control'], /immutable/);
    assert.equal(response.headers()['x-content-type-options'], 'nosniff');

    assert.deepEqual(await violations(), [], 'no CSP violation');
    assert.deepEqual(errors, [], 'no error in the console');
    // The engine says who it is, and when it last checked.
    await page.waitForFunction(() => /^secint \S+ · go/.test(document.getElementById('engine').textContent));
    assert.match(await page.textContent('#checked'), /^checked at /);
    assert.deepEqual(await markers(page), [], 'the default example is clean');
    await shot(page, '01-loaded');
    await page.close();
  });

  it('marks an invalid statement at its line and column, and clears the mark once fixed', { timeout: 90_000 }, async () => {
    const { page, violations } = await openPage(browser.context, server.url);
    await replaceText(page, ['SELECT 1;', '', "ALTER SECURITY INTEGRATION my_api SET OAUTH_CLIENTID = 'abc';"]);
    const ms = await waitForMarkers(page, (m) => m.some((x) => x.code === 'unknown-property'));
    assert.deepEqual(
      ms.map(({ line, column, endLine, endColumn, code, severity }) => ({ line, column, endLine, endColumn, code, severity })),
      [{ line: 3, column: 39, endLine: 3, endColumn: 53, code: 'unknown-property', severity: 'error' }],
    );
    // The problems panel lists it.
    const row = page.locator('#problem-list .problem');
    await row.first().waitFor();
    assert.match(await row.first().textContent(), /unknown property OAUTH_CLIENTID; did you mean OAUTH_CLIENT_ID\?/);
    assert.equal(await row.first().locator('.pos').textContent(), 'Ln 3, Col 39');
    assert.equal(await row.first().locator('a.code').getAttribute('href'), new URL('/docs/diagnostics.html#unknown-property', server.url).href);

    // Hovering the squiggle shows the message and the code, linked to its docs.
    const at = await pointAt(page, 3, 44);
    await page.mouse.move(at.x, at.y);
    const hover = page.locator('.monaco-hover:visible').filter({ hasText: 'unknown property OAUTH_CLIENTID' });
    await hover.waitFor({ timeout: 10_000 });
    const link = hover.locator('a', { hasText: 'unknown-property' });
    await link.waitFor();
    await shot(page, '02-marker-hover');

    // The code's link opens its section of the diagnostics page (served
    // under its own policy).
    const [docs] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await docs.waitForLoadState();
    assert.equal(docs.url(), new URL('/docs/diagnostics.html#unknown-property', server.url).href);
    assert.equal(await docs.evaluate(() => document.querySelector(':target')?.id), 'unknown-property');
    const dres = await browser.context.request.get(docs.url());
    assert.ok(dres.headers()['content-security-policy']);
    await shot(docs, '02b-docs');
    await docs.close();

    // Fix it: select the word and type the right name.
    const word = await pointAt(page, 3, 45);
    await page.mouse.dblclick(word.x, word.y);
    await page.keyboard.type('OAUTH_CLIENT_ID');
    await page.keyboard.press('Escape');
    await waitForMarkers(page, (m) => m.length === 0);
    assert.match(await editorText(page), /SET OAUTH_CLIENT_ID = 'abc';/);
    await page.locator('#no-problems').waitFor();
    await shot(page, '03-fixed');
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('completes after SET, and the picked item is inserted', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await replaceText(page, ['ALTER SECURITY INTEGRATION my_api SET '], { escape: false });
    // The space is a trigger character: the list opens by itself.
    const widget = page.locator('.suggest-widget.visible');
    await widget.waitFor({ timeout: 10_000 });
    const labels = await widget.locator('.monaco-list-row .label-name').allTextContents();
    assert.ok(labels.some((l) => /^OAUTH_/.test(l)), `properties offered: ${labels}`);
    await page.keyboard.type('OAUTH_TOKEN_E');
    // A list that opened by itself selects nothing (Enter stays a new line):
    // the person moves into it.
    await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'OAUTH_TOKEN_ENDPOINT' }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('.suggest-widget.visible .monaco-list-row.focused', { hasText: 'OAUTH_TOKEN_ENDPOINT' }).waitFor();
    await shot(page, '04-completion');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /SET OAUTH_TOKEN_ENDPOINT\s*=/.test(window.secintPlayground.model.getValue()));
    assert.match(await editorText(page), /^ALTER SECURITY INTEGRATION my_api SET OAUTH_TOKEN_ENDPOINT\s*=/);
    await page.close();
  });

  it('explains a property on hover', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    // The default example: OAUTH_TOKEN_ENDPOINT is on line 9.
    const line = await page.evaluate(() => window.secintPlayground.model.getLineContent(9));
    assert.match(line, /^\s+OAUTH_TOKEN_ENDPOINT = /);
    const at = await pointAt(page, 9, line.indexOf('OAUTH_TOKEN_ENDPOINT') + 5);
    await page.mouse.move(at.x, at.y);
    const hover = page.locator('.monaco-hover:visible').filter({ hasText: 'OAUTH_TOKEN_ENDPOINT' });
    await hover.waitFor({ timeout: 10_000 });
    assert.match(await hover.textContent(), /exchanges/);
    await shot(page, '05-hover');
    await page.close();
  });

  it('applies a quick fix from the lightbulb', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await replaceText(page, ["ALTER SECURITY INTEGRATION my_api SET OAUTH_CLIENTID = 'abc';"]);
    await waitForMarkers(page, (m) => m.some((x) => x.code === 'unknown-property'));
    // Put the caret in the marked word: the lightbulb appears.
    const at = await pointAt(page, 1, 42);
    await page.mouse.click(at.x, at.y);
    // In the glyph margin when the line has no room for it (the first line).
    const bulb = page.locator('#editor [class*="codicon-gutter-lightbulb"]:visible, #editor .lightBulbWidget .codicon:visible');
    await bulb.first().waitFor({ timeout: 10_000 });
    await bulb.first().click();
    const action = page.locator('.action-widget .monaco-list-row.action', { hasText: 'Change to OAUTH_CLIENT_ID' });
    await action.waitFor({ timeout: 10_000 });
    await shot(page, '06-quick-fix');
    await action.click();
    await page.waitForFunction(() => window.secintPlayground.model.getValue().includes('SET OAUTH_CLIENT_ID ='));
    await waitForMarkers(page, (m) => m.length === 0);
    await page.close();
  });

  it('shares a link without the client secret, and redacts a link that has one', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await page.selectOption('#example', 'authorization-code');
    await page.waitForFunction(() => window.secintPlayground.model.getValue().includes('made-up-app-secret'));
    await page.click('#share');
    const input = page.locator('#share-result');
    await input.waitFor();
    const link = await input.inputValue();
    assert.ok(link.startsWith(server.url + '#s='), link);
    const shared = decodeFragment(link);
    assert.ok(!shared.includes('made-up'), `a secret in the link: ${shared}`);
    assert.match(shared, /OAUTH_CLIENT_SECRET = '<redacted>'/);
    assert.match(shared, /OAUTH_CLIENT_SECRET = '<redacted>';\n$/); // the ALTER's too
    assert.equal(page.url(), link, 'the address bar holds the link');
    // The editor keeps the user's own text.
    assert.match(await editorText(page), /made-up-app-secret/);
    await shot(page, '07-share');
    await page.close();

    // A link made by hand, with secrets in every form: opened, it shows and
    // keeps none of them.
    const text = "ALTER SECURITY INTEGRATION a SET OAUTH_CLIENT_SECRET = 'hunter2';\n" +
      'ALTER SECURITY INTEGRATION b SET OAUTH_CLIENT_SECRET = $$dollar-secret$$, ENABLED = TRUE;\n' +
      'ALTER SECURITY INTEGRATION c SET OAUTH_CLIENT_SECRET = bare_secret;\n';
    const raw = server.url + '#s=' + deflateRawSync(Buffer.from(text)).toString('base64url');
    const opened = await openPage(browser.context, raw);
    const value = await editorText(opened.page);
    for (const s of ['hunter2', 'dollar-secret', 'bare_secret']) {
      assert.ok(!value.includes(s), `${s} shown in the editor`);
      assert.ok(!decodeFragment(opened.page.url()).includes(s), `${s} left in the address bar`);
    }
    assert.equal(value, "ALTER SECURITY INTEGRATION a SET OAUTH_CLIENT_SECRET = '<redacted>';\n" +
      'ALTER SECURITY INTEGRATION b SET OAUTH_CLIENT_SECRET = $$<redacted>$$, ENABLED = TRUE;\n' +
      'ALTER SECURITY INTEGRATION c SET OAUTH_CLIENT_SECRET = REDACTED;\n');
    await opened.page.locator('#toast', { hasText: 'replaced by <redacted>' }).waitFor();
    await shot(opened.page, '08-shared-link-opened');
    await opened.page.close();
  });

  it('keeps checking after the engine worker is killed', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await page.evaluate(() => window.secintPlayground.killWorker());
    await replaceText(page, ["ALTER SECURITY INTEGRATION my_api SET ENABLED = 'maybe';"]);
    // The client notices the dead worker (its watchdog), starts a new one,
    // gives it the document again and asks again.
    const ms = await waitForMarkers(page, (m) => m.some((x) => x.code === 'invalid-enum-value' && x.line === 1), 30_000);
    assert.ok(ms.length > 0);
    assert.ok((await page.evaluate(() => window.secintPlayground.client.restarts)) >= 1, 'the engine was restarted');
    await page.locator('#note', { hasText: 'engine restarted' }).waitFor();
    // And it goes on.
    await replaceText(page, ['ALTER SECURITY INTEGRATION my_api SET ENABLED = TRUE;']);
    await waitForMarkers(page, (m) => m.length === 0);
    await shot(page, '09-after-restart');
    await page.close();
  });

  it('has examples that check clean, but for the broken one', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    const ids = await page.$$eval('#example option', (os) => os.map((o) => o.value).filter(Boolean));
    assert.ok(ids.length >= 7, `examples: ${ids}`);
    for (const id of ids) {
      const before = await page.evaluate(() => window.secintPlayground.lastCheck());
      await page.selectOption('#example', id);
      await page.waitForFunction((b) => window.secintPlayground.lastCheck() > b, before);
      const ms = await markers(page);
      if (id === 'broken') assert.ok(ms.length >= 8, `broken example: ${ms.length} markers`);
      else assert.deepEqual(ms.map((m) => `${m.line}:${m.column} ${m.code}`), [], `example ${id}`);
    }
    await page.close();
  });

  it('reads on a phone, in the dark theme, and a problem jumps to its place', { timeout: 90_000 }, async () => {
    const { page, violations } = await openPage(browser.context, server.url, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.selectOption('#example', 'broken');
    await waitForMarkers(page, (m) => m.length >= 8);
    await page.locator('#problem-list .problem').nth(7).waitFor();
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    // Click the flow-mismatch problem: the caret goes there.
    const problem = page.locator('#problem-list .problem', { hasText: 'is not used by the client credentials flow' });
    const pos = [Number(await problem.getAttribute('data-line')), Number(await problem.getAttribute('data-column'))];
    await problem.locator('button.jump').click();
    const caret = await page.evaluate(() => window.secintPlayground.editor.getPosition());
    const sel = await page.evaluate(() => window.secintPlayground.editor.getSelection());
    assert.deepEqual([sel.startLineNumber, sel.startColumn], pos);
    assert.equal(caret.lineNumber, pos[0]);
    await shot(page, '10-phone-dark');
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('switches between the light and dark themes', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url, { viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    await page.evaluate(() => localStorage.removeItem('secint-playground-theme'));
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    await page.click('#theme');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.monaco-editor-background')).backgroundColor);
    assert.equal(bg, 'rgb(13, 17, 23)');
    await page.selectOption('#example', 'broken');
    await waitForMarkers(page, (m) => m.length >= 8);
    await shot(page, '11-desktop-dark');
    // The picture of the README (docs/playground.png): light, a hover open.
    await page.click('#theme');
    await page.setViewportSize({ width: 1280, height: 720 });
    const at = await pointAt(page, 6, 8);
    await page.mouse.move(at.x, at.y);
    await page.locator('.monaco-hover:visible').filter({ hasText: 'OAUTH_CLIENTID' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    await shot(page, '00-readme');
    await page.click('#theme');
    await page.click('#theme');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    await page.evaluate(() => localStorage.removeItem('secint-playground-theme'));
    await page.close();
  });
});
