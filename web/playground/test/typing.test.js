// Typing in the playground key by key, as a person does, with the lists
// completion opens by itself: Enter, Tab, closing quotes and Backspace must
// give exactly the text typed. The adapter's keyboard options
// (EDITOR_OPTIONS in web/src/monaco.js) and the engine's trigger rules are
// what make it so.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, openPage, editorText, shot } from './browser.js';

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

const widget = (page) => page.locator('.suggest-widget.visible');

// settle gives completion the time to answer and open its list, if it
// would: a keystroke typed before the list opens proves nothing.
const settle = (page) => page.waitForTimeout(400);

async function clear(page) {
  await page.click('#editor .view-lines');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
}

// typeLine types text character by character, lets completion answer, then
// presses the key that ends the line (if any) while any list is still open.
async function typeLine(page, text, end) {
  for (const ch of text) {
    if (ch === '\t') await page.keyboard.press('Tab');
    else await page.keyboard.type(ch);
  }
  await settle(page);
  if (end) await page.keyboard.press(end);
}

describe('typing in the playground', { timeout: 300_000 }, () => {
  it('types a CREATE line by line, with Enter, Tab and quotes, and gets exactly that text', { timeout: 120_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await clear(page);
    let listsSeen = 0;
    const lines = [
      'CREATE SECURITY INTEGRATION my_api',
      '\tTYPE = API_AUTHENTICATION',
      'AUTH_TYPE = OAUTH2',
      "OAUTH_GRANT = 'AUTHORIZATION_CODE'",
      "OAUTH_TOKEN_ENDPOINT = 'https://git.example.com/token'",
      'ENABLED = TRUE;',
    ];
    for (let i = 0; i < lines.length; i++) {
      // A list left open at the end of a line is the case that matters.
      await typeLine(page, lines[i], null);
      if (await widget(page).isVisible()) listsSeen++;
      if (i < lines.length - 1) await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    assert.equal(
      await editorText(page),
      "CREATE SECURITY INTEGRATION my_api\n  TYPE = API_AUTHENTICATION\n  AUTH_TYPE = OAUTH2\n  OAUTH_GRANT = 'AUTHORIZATION_CODE'\n" +
        "  OAUTH_TOKEN_ENDPOINT = 'https://git.example.com/token'\n  ENABLED = TRUE;",
    );
    assert.ok(listsSeen > 0, 'no completion list was open at the end of any line: the test proves nothing');
    await shot(page, 'typing-01-create');
    await page.close();
  });

  it('types an ALTER on one line, with commas, Backspace and a closing quote, and gets exactly that text', { timeout: 120_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await clear(page);
    await typeLine(page, "ALTER SECURITY INTEGRATION my_api SET OAUTH_CLIENT_ID = 'abc', ENABLED = TRUEE", 'Backspace');
    await typeLine(page, ", COMMENT = 'done'", null);
    // The closing quote opens no list of properties to glue on.
    assert.equal(await widget(page).isVisible(), false, 'a list opened on the closing quote');
    await page.keyboard.press('Enter');
    await typeLine(page, 'SELECT 1;', 'Enter');
    assert.equal(await editorText(page), "ALTER SECURITY INTEGRATION my_api SET OAUTH_CLIENT_ID = 'abc', ENABLED = TRUE, COMMENT = 'done'\nSELECT 1;\n");
    await page.close();
  });

  it('accepts an item once the person moves into the list, without deleting or gluing text', { timeout: 120_000 }, async () => {
    const { page } = await openPage(browser.context, server.url);
    await clear(page);
    await typeLine(page, 'CREATE SECURITY INTEGRATION my_api TYPE =', null);
    await widget(page).waitFor({ timeout: 10_000 });
    const labels = await widget(page).locator('.monaco-list-row .label-name').allTextContents();
    assert.deepEqual(labels, ['API_AUTHENTICATION'], 'TYPE = offers its value');
    // Nothing is selected until the person moves into the list.
    assert.equal(await widget(page).locator('.monaco-list-row.focused').count(), 0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await editorText(page), 'CREATE SECURITY INTEGRATION my_api TYPE = API_AUTHENTICATION');
    // In the middle of a word, accepting inserts and keeps the rest.
    await typeLine(page, ' ENABLED = FA', null);
    const falseRow = widget(page).locator('.monaco-list-row', { hasText: 'FALSE' });
    // On a loaded machine the list that opened on a space may have closed
    // before "FA" was typed; then the person asks for it (Ctrl+Space).
    if (!(await falseRow.waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
      await page.keyboard.press('ControlOrMeta+Space');
      await falseRow.waitFor({ timeout: 10_000 });
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    assert.equal(await editorText(page), 'CREATE SECURITY INTEGRATION my_api TYPE = API_AUTHENTICATION ENABLED = FALSE');
    await shot(page, 'typing-02-accepted');
    await page.close();
  });
});
