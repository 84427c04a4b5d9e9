// The keystroke and paste paths of the Monaco adapter in the real page:
// a large paste shows the lines on screen first and never a marker the whole
// check does not hold; many markers, spread over owners by block, stay what a
// full check of the text says through edits, and every error keeps its
// squiggle past Monaco's 500.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, openPage } from './browser.js';

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

// Runs in the page: the markers as rows, and the whole check of a text as
// the same rows, sorted alike.
const HELPERS = () => {
  const p = window.secintPlayground;
  window.__rows = () => p.markers().map((m) => JSON.stringify([m.code, m.line, m.column, m.endLine, m.endColumn, m.message])).sort();
  window.__full = async (text) =>
    (await p.client.validate(text)).map((d) => JSON.stringify([d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, d.message])).sort();
};

// A worksheet of `n` statements, a mistake in one in five (an error in a
// CREATE, an unknown property in an ALTER of it): about n/5 problems, under
// the document's cap.
const WORKSHEET = (n) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) {
      out.push(
        `CREATE SECURITY INTEGRATION p${i} TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = ${i % 5 === 0 ? 'maybe' : 'TRUE'} ` +
          "OAUTH_CLIENT_ID = 'c' OAUTH_CLIENT_SECRET = 's' OAUTH_GRANT = 'CLIENT_CREDENTIALS' OAUTH_TOKEN_ENDPOINT = 'https://auth.example.com/token';",
      );
    } else {
      out.push(`ALTER SECURITY INTEGRATION p${i - (i % 3)} SET ${i % 5 === 1 ? 'OAUTH_CLIENTID' : 'OAUTH_CLIENT_ID'} = 'x';`);
    }
  }
  return out.join('\n') + '\n';
};

describe('the keystroke and paste paths', { timeout: 300_000 }, () => {
  it('a pasted worksheet shows the lines on screen first, then every marker, and never one the whole check lacks', { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(browser.context, server.url);
    await page.evaluate(HELPERS);
    const text = WORKSHEET(2400); // about 300 KB
    const r = await page.evaluate(async (text) => {
      const { monaco, editor, model } = window.secintPlayground;
      const full = await window.__full(text);
      const changes = [];
      const d = monaco.editor.onDidChangeMarkers(() => changes.push(window.__rows()));
      editor.focus();
      editor.setSelection(model.getFullModelRange());
      editor.trigger('keyboard', 'paste', { text });
      const until = Date.now() + 60_000;
      while (JSON.stringify(changes.at(-1)) !== JSON.stringify(full) && Date.now() < until) await new Promise((res) => setTimeout(res, 20));
      d.dispose();
      const view = editor.getVisibleRanges();
      return { full, changes, view: [view[0].startLineNumber, view.at(-1).endLineNumber], lines: model.getLineCount() };
    }, text);
    assert.deepEqual(r.changes.at(-1), r.full, 'the markers end as the whole check');
    assert.ok(r.full.length > 250 && r.full.length < 1000, `${r.full.length} problems`);
    const whole = new Set(r.full);
    for (const [i, c] of r.changes.entries()) {
      const foreign = c.filter((x) => !whole.has(x));
      assert.deepEqual(foreign, [], `marker change ${i} shows markers the whole check does not hold`);
    }
    // The first markers shown are the lines on screen (the end, where the
    // paste left the view), all of them, before any other line's.
    const first = r.changes.find((c) => c.length > 0);
    const line = (x) => JSON.parse(x)[1];
    const inView = r.full.filter((x) => line(x) >= r.view[0] && line(x) <= r.view[1]);
    assert.ok(inView.length > 0, `problems in view (lines ${r.view})`);
    assert.ok(first.length < r.full.length, 'the lines on screen come before the rest');
    assert.ok(first.every((x) => line(x) > r.lines - 300), `first shown: lines ${first.map(line).slice(0, 5)} of ${r.lines}`);
    for (const x of inView) assert.ok(first.includes(x), `on screen but not shown first: ${x}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('many markers stay a full check through edits, and every error keeps its squiggle past 500', { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(browser.context, server.url);
    await page.evaluate(HELPERS);
    const warn = "ALTER INTEGRATION w SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n";
    const text = warn.repeat(700) + 'ALTER INTEGRATION w SET ENABLED = 1;\n';
    await page.evaluate((t) => window.secintPlayground.model.setValue(t), text);
    const settled = () =>
      page.waitForFunction(async () => JSON.stringify(window.__rows()) === JSON.stringify(await window.__full(window.secintPlayground.model.getValue())), null, { timeout: 30_000, polling: 100 });
    await settled();
    const check = async (what) => {
      await settled();
      const s = await page.evaluate(() => {
        const { monaco, model } = window.secintPlayground;
        const owners = new Set(monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => m.owner));
        const errs = window.secintPlayground.markers().filter((m) => m.severity === 'error').length;
        const squiggles = model.getAllDecorations().filter((d) => d.options.className === 'squiggly-error').length;
        return { owners: owners.size, errs, squiggles, total: window.secintPlayground.markers().length };
      });
      assert.ok(s.total > 500, `${what}: ${s.total} markers`);
      assert.ok(s.owners > 1, `${what}: markers spread over owners`);
      assert.equal(s.squiggles, s.errs, `${what}: every error squiggled`);
      return s;
    };
    assert.equal((await check('opened')).errs, 1);
    // Type an error in the first block, which had none, a character in the
    // middle, and new lines near the top, with the keyboard.
    const at = async (line, column) => page.evaluate(([l, c]) => {
      const { editor } = window.secintPlayground;
      editor.setPosition({ lineNumber: l, column: c });
      editor.revealLineInCenter(l);
      editor.focus();
    }, [line, column]);
    await at(3, 1);
    // Inserted as typed text in one go: typed key by key, the completion
    // list that opens after '=' may take a key and change what was typed
    // (the typing tests hold the keyboard's behaviour itself).
    await page.keyboard.insertText('ALTER INTEGRATION w SET ENABLED = 2; ');
    assert.equal(await page.evaluate(() => window.secintPlayground.model.getLineContent(3).startsWith('ALTER INTEGRATION w SET ENABLED = 2; ALTER')), true, 'the text as inserted');
    assert.equal((await check('an error typed in line 3')).errs, 2);
    await at(350, 25);
    await page.keyboard.type('X');
    await check('a character typed in line 350');
    await at(10, 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await check('two lines added at line 10');
    await page.keyboard.press('Backspace');
    await check('one taken away');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
