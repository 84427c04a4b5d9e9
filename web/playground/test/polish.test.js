// The playground's totals, fix all, kept work, picker, phone layout and
// colours, in a real browser; and the screenshots of both themes and a phone
// (web/test-results/polish-*.png).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, openPage, markers, waitForMarkers, replaceText, editorText, shot } from './browser.js';

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

const setText = (page, text) => page.evaluate((t) => window.secintPlayground.model.setValue(t), text);

// red reports whether a CSS colour is a red (an error squiggle's colour).
const red = (css) => {
  const [r, g, b] = css.match(/\d+/g).map(Number);
  return r > g + 60 && r > b + 60;
};

describe('the playground, polished', { timeout: 400_000 }, () => {
  it('counts every problem, the capped ones too, squiggles the error and lists only what is seen', { timeout: 120_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    const warn = "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n";
    await setText(page, warn.repeat(1200) + 'ALTER INTEGRATION x SET ENABLED = 1;\n');
    const ms = await waitForMarkers(page, (m) => m.length > 1000);
    assert.ok(ms.some((m) => m.severity === 'error' && m.line === 1201), 'the error after 1,200 warnings has its marker');
    await page.waitForFunction(() => window.secintPlayground.totals().warning === 1200);
    assert.deepEqual(await page.evaluate(() => window.secintPlayground.totals()), { error: 1, warning: 1200, info: 0, hint: 0 });
    assert.equal(await page.textContent('#totals'), 'problems: 1 error, 1,200 warnings');
    assert.equal(await page.textContent('#problem-counts'), '1 error, 1,200 warnings');
    // Monaco draws squiggles for 500 markers at most: the error's is one.
    const squiggled = await page.evaluate(() =>
      window.secintPlayground.model.getLineDecorations(1201).some((d) => /squiggly-error/.test(d.options.className ?? '')));
    assert.ok(squiggled, 'the error on line 1201 has a squiggle');
    const rows = await page.locator('#problem-list .problem').count();
    assert.ok(rows > 0 && rows < 200, `${rows} rows rendered for ${ms.length} problems`);
    await page.locator('#problem-list').evaluate((l) => {
      l.scrollTop = l.scrollHeight;
      l.dispatchEvent(new Event('scroll'));
    });
    assert.ok((await page.locator('#problem-list .problem').count()) > rows, 'scrolling renders more rows');
    await page.close();
  });

  it('fixes all with the engine, a URL quoted whole', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await replaceText(page, ["ALTER SECURITY INTEGRATION my_api SET OAUTH_CLIENTID = 'abc';", 'ALTER SECURITY INTEGRATION my_api SET OAUTH_TOKEN_ENDPOINT = https://git.example.com/token;']);
    await waitForMarkers(page, (m) => m.some((x) => x.code === 'wrong-value-type'));
    await page.click('#fix-all');
    await page.locator('#toast', { hasText: 'Fixed 3 problems' }).waitFor({ timeout: 10_000 });
    assert.equal(await editorText(page), "ALTER SECURITY INTEGRATION my_api SET OAUTH_CLIENT_ID = 'abc';\nALTER SECURITY INTEGRATION my_api SET OAUTH_TOKEN_ENDPOINT = 'https://git.example.com/token';");
    await waitForMarkers(page, (m) => m.length === 0);
    await page.evaluate(() => window.secintPlayground.editor.focus());
    await page.keyboard.press('ControlOrMeta+Z');
    assert.match(await editorText(page), /OAUTH_CLIENTID/, 'one undo brings the text back');
    await page.close();
  });

  it('keeps the work across a reload, every secret redacted in storage, and the picker follows edits', { timeout: 90_000 }, async () => {
    const { page } = await openPage(browser.context, server.url, { keepWork: true });
    await page.selectOption('#example', 'broken');
    assert.equal(await page.inputValue('#example'), 'broken');
    await replaceText(page, ["ALTER SECURITY INTEGRATION kept SET OAUTH_CLIENT_SECRET = 'Zq9-very-secret', COMMENT = 'mine';"]);
    assert.equal(await page.inputValue('#example'), '', 'the picker no longer names an example');
    await page.evaluate(() => window.secintPlayground.saved());
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    assert.ok(!stored.includes('Zq9-very-secret'), 'the secret is in local storage');
    assert.match(stored, /<redacted>/);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    assert.equal(await editorText(page), "ALTER SECURITY INTEGRATION kept SET OAUTH_CLIENT_SECRET = '<redacted>', COMMENT = 'mine';");
    assert.equal(await page.inputValue('#example'), '');
    await page.evaluate(() => localStorage.removeItem('secint-playground-worksheet'));
    await page.close();
  });

  it('shows squiggles on strings in both themes, and keeps the Diagnostics link on a phone; screenshots', { timeout: 120_000 }, async () => {
    for (const theme of ['light', 'dark']) {
      const { page } = await openPage(browser.context, server.url, { colorScheme: theme });
      await page.evaluate(() => localStorage.removeItem('secint-playground-theme'));
      await page.selectOption('#example', 'broken');
      await waitForMarkers(page, (m) => m.length >= 8);
      // Monaco colours tokens once it has tokenized the lines (soon after).
      const handle = await page.waitForFunction(() => {
        const span = [...document.querySelectorAll('#editor .view-line span span')].find((s) => /^'[A-Za-z]/.test(s.textContent) && s.className !== 'mtk1');
        return span && getComputedStyle(span).color;
      }, null, { timeout: 30_000 });
      const color = await handle.jsonValue();
      assert.match(color, /^rgb/, color);
      assert.ok(!red(color), `${theme}: strings are drawn in ${color}, too close to an error's red`);
      // The details pane of a completion, open.
      await replaceText(page, ["ALTER SECURITY INTEGRATION my_api SET OAUTH_GRANT = 'AUTHORIZATION_CODE';", 'ALTER SECURITY INTEGRATION my_api SET OAUTH_TOK'], { escape: false });
      await page.locator('.suggest-widget.visible').waitFor({ timeout: 5_000 }).catch(async () => {
        await page.keyboard.press('ControlOrMeta+Space'); // a loaded machine: ask for the list
        await page.locator('.suggest-widget.visible').waitFor();
      });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ControlOrMeta+Space');
      await page.locator('.suggest-details-container .suggest-details').first().waitFor({ timeout: 5_000 }).catch(() => {});
      await page.waitForTimeout(300);
      await shot(page, `polish-${theme}-completion`);
      await page.keyboard.press('Escape');
      await page.selectOption('#example', 'broken');
      await waitForMarkers(page, (m) => m.length >= 8);
      await shot(page, `polish-${theme}`);
      await page.close();
    }
    const { page } = await openPage(browser.context, server.url, { viewport: { width: 390, height: 844 }, colorScheme: 'light' });
    await page.selectOption('#example', 'broken');
    await waitForMarkers(page, (m) => m.length >= 8);
    const link = page.locator('a.docs');
    assert.ok(await link.isVisible(), 'the Diagnostics link is shown on a phone');
    const box = await link.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `the link is off the screen: ${JSON.stringify(box)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await shot(page, 'polish-phone');
    await page.close();
  });
});
