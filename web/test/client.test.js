// Round trips through the real secint.wasm, in this thread and in a worker
// thread: positions in UTF-16, documents and versions, errors, panics.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { backends, createSecint, SecintError, wasmPath, slice, applyEdits, positionAt } from './helpers.js';
import { PROTOCOL } from '../src/protocol.js';

// An emoji (two UTF-16 units, one code point, four UTF-8 bytes) and CJK (one
// unit, three bytes each) before the mistake, on the same line and on the
// line above, with a CRLF line break in between.
const LINE0 = "-- 鍵の設定 🔐 for the 😀 team\r\n";
const LINE1 = "ALTER SECURITY INTEGRATION \"統合\" SET COMMENT = '🙂漢字🙂', OAUTH_CLIENTID = 'a';\n";
const TEXT = LINE0 + LINE1 + "ALTER SECURITY INTEGRATION x SET OAUTH_";

for (const backend of backends) {
  describe(`client (${backend.name})`, () => {
    let client;
    before(async () => {
      client = createSecint({ wasmURL: wasmPath, worker: backend.worker, testHooks: true });
      await client.ready;
    });
    after(() => client.dispose());

    it('sends an edited document\'s diagnostics as what changed, and they are a full check\'s', async () => {
      const warn = "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n";
      let text = warn.repeat(400);
      const uri = `file:///delta-${backend.name}.sql`;
      let version = 1;
      await client.open(uri, version, text);
      let deltas = 0;
      const answerOf = client._answerOf;
      client._answerOf = function (msg) {
        if (msg.delta) deltas++;
        return answerOf.call(this, msg);
      };
      try {
        const first = await client.validate({ uri, version });
        assert.equal(first.length, 400);
        const edits = [
          { range: { start: { line: 200, character: 0 }, end: { line: 200, character: 0 } }, text: 'ALTER INTEGRATION x SET ENABLED = 1; ' },
          { range: { start: { line: 10, character: 5 }, end: { line: 10, character: 5 } }, text: 'X' },
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' },
          { range: { start: { line: 399, character: 0 }, end: { line: 401, character: 0 } }, text: '' },
        ];
        for (const e of edits) {
          text = applyEdits(text, [{ range: e.range, newText: e.text }]);
          await client.update(uri, ++version, [e]);
          const got = await client.validate({ uri, version });
          const want = await client.validate(text);
          assert.deepEqual(got, want, `after ${JSON.stringify(e)}`);
        }
        assert.ok(deltas >= 2, `answers sent as changes: ${deltas}`);
        // Past the document's cap, where its note changes at every edit and
        // a new error moves the cut: still a few new diagnostics only.
        let fresh = 0;
        client._answerOf = function (msg) {
          if (msg.delta) fresh = msg.delta.parts.filter((p) => !Array.isArray(p)).length;
          return answerOf.call(this, msg);
        };
        text = warn.repeat(1100);
        await client.update(uri, ++version, text);
        await client.validate({ uri, version });
        const e = { range: { start: { line: 500, character: 0 }, end: { line: 500, character: 0 } }, text: 'ALTER INTEGRATION x SET ENABLED = 1; ' };
        text = applyEdits(text, [{ range: e.range, newText: e.text }]);
        await client.update(uri, ++version, [e]);
        const capped = await client.validate({ uri, version });
        assert.deepEqual(capped, await client.validate(text));
        assert.ok(fresh > 0 && fresh <= 5, `new diagnostics sent: ${fresh} of ${capped.length}`);
        // A re-opened document starts again from a whole answer.
        await client.open(uri, ++version, 'SELECT 1;');
        assert.deepEqual(await client.validate({ uri, version }), []);
      } finally {
        client._answerOf = answerOf;
        await client.close(uri);
      }
    });

    it('reports its version', async () => {
      const info = await client.version();
      assert.equal(info.protocol, PROTOCOL);
      assert.match(info.go, /^go1\./);
      assert.equal(typeof info.version, 'string');
      assert.equal(client.info.loadedWith, 'file');
    });

    it('does not check a document over the live limit, and says so once', async () => {
      const stmt = 'ALTER INTEGRATION x SET ENABLED = maybe;\n';
      const big = stmt.repeat(Math.ceil((8 * 1024 * 1024 + 1) / stmt.length));
      const uri = 'file:///too-large.sql';
      await client.open(uri, 1, big);
      const d = await client.validate({ uri, version: 1 });
      assert.deepEqual(d.map((x) => x.code), ['document-too-large']);
      assert.match(d[0].message, /^this document is 8\.0 MiB, more than the 8 MiB that secint checks as you type/);
      assert.deepEqual(d[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: stmt.length - 1 } });
      // Cut under the limit, it is checked as usual.
      await client.update(uri, 2, [{ range: { start: { line: 1000, character: 0 }, end: { line: 200000, character: 0 } }, text: '' }]);
      assert.equal((await client.validate({ uri, version: 2 })).filter((x) => x.code === 'invalid-enum-value').length, 1000);
      await client.close(uri);
      // The same for a text asked about directly.
      assert.deepEqual((await client.validate(big)).map((x) => x.code), ['document-too-large']);
    });

    it('validates, with ranges in UTF-16 after emoji and CJK', async () => {
      const diags = await client.validate(TEXT);
      const d = diags.find((x) => x.code === 'unknown-property');
      assert.ok(d, JSON.stringify(diags));
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.range.start, positionAt(TEXT, TEXT.indexOf('OAUTH_CLIENTID')));
      assert.equal(slice(TEXT, d.range), 'OAUTH_CLIENTID');
      assert.equal(d.range.start.character, LINE1.indexOf('OAUTH_CLIENTID')); // UTF-16 units, not code points or bytes
      assert.match(d.message, /OAUTH_CLIENT_ID/);
      assert.equal(d.fixes[0].edits[0].newText, 'OAUTH_CLIENT_ID');
      assert.ok(Array.isArray(d.fixes));
      for (const x of diags) assert.ok(Array.isArray(x.fixes), 'fixes is always an array');
    });

    it('returns an empty list, not null, for a clean text', async () => {
      assert.deepEqual(await client.validate('SELECT 1;'), []);
      assert.deepEqual(await client.validate(''), []);
    });

    it('completes at a UTF-16 position, replacing the typed word', async () => {
      const caret = positionAt(TEXT, TEXT.length);
      const items = await client.complete(TEXT, caret);
      const grant = items.find((i) => i.label === 'OAUTH_GRANT');
      assert.ok(grant, items.map((i) => i.label).join(' '));
      assert.equal(grant.kind, 'property');
      assert.deepEqual(grant.range.end, caret);
      assert.equal(slice(TEXT, grant.range), 'OAUTH_');
      assert.equal(typeof grant.documentation, 'string');
      // After emoji and CJK on the caret's own line.
      const afterEmoji = LINE0 + "ALTER SECURITY INTEGRATION \"統合\" SET COMMENT = '🙂漢字🙂', OAUTH_CL";
      const items2 = await client.complete(afterEmoji, positionAt(afterEmoji, afterEmoji.length));
      const id = items2.find((i) => i.label === 'OAUTH_CLIENT_ID');
      assert.ok(id, items2.map((i) => i.label).join(' '));
      assert.equal(slice(afterEmoji, id.range), 'OAUTH_CL');
    });

    it('hovers a property after emoji, with its range in UTF-16', async () => {
      const at = TEXT.indexOf('COMMENT') + 3;
      const h = await client.hover(TEXT, positionAt(TEXT, at));
      assert.ok(h);
      assert.equal(slice(TEXT, h.range), 'COMMENT');
      assert.match(h.contents, /COMMENT/);
      assert.equal(await client.hover('SELECT 1;', { line: 0, character: 2 }), null);
    });

    it('offers the quick fix as a code action, whose edit repairs the text', async () => {
      const line = { start: { line: 1, character: 0 }, end: { line: 1, character: LINE1.length - 1 } };
      const acts = await client.codeActions(TEXT, line);
      const fix = acts.find((a) => a.diagnostic.code === 'unknown-property');
      assert.ok(fix, JSON.stringify(acts));
      const fixed = applyEdits(TEXT, fix.edits);
      assert.ok(fixed.includes("OAUTH_CLIENT_ID = 'a'"));
      const after = await client.validate(fixed);
      assert.ok(!after.some((d) => d.code === 'unknown-property'));
    });

    it('answers about open documents by URI and version', async () => {
      const uri = `file:///${backend.name}/doc.sql`;
      await client.open(uri, 1, TEXT);
      const d1 = await client.validate({ uri, version: 1 });
      assert.ok(d1.some((d) => d.code === 'unknown-property'));
      await client.update(uri, 2, 'ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;');
      assert.deepEqual(await client.validate({ uri, version: 2 }), []);
      await client.update(uri, 3, [{ text: 'ALTER SECURITY INTEGRATION x SET ENABLE = TRUE;' }]);
      const d3 = await client.validate({ uri, version: 3 });
      assert.equal(d3[0].code, 'unknown-property');
      const items = await client.complete({ uri, version: 3 }, { line: 0, character: 33 });
      assert.ok(items.length > 0);
      const h = await client.hover({ uri, version: 3 }, { line: 0, character: 1 });
      assert.ok(h === null || typeof h.contents === 'string');
      const acts = await client.codeActions({ uri, version: 3 }, d3[0].range);
      assert.ok(acts.length > 0);
      await client.close(uri);
      await assert.rejects(client.validate({ uri, version: 3 }), { code: 'not-open' });
    });

    it('checks an open document as it checks its text (a document\'s first check may reuse that answer)', async () => {
      const dir = new URL('../../testdata/setup/', import.meta.url);
      const texts = [TEXT];
      for (const name of (await readdir(dir)).filter((n) => n.endsWith('.sql')).sort()) texts.push(await readFile(new URL(name, dir), 'utf8'));
      assert.ok(texts.length > 5);
      const uri = `file:///same-${backend.name}.sql`;
      let compared = 0;
      for (const [i, text] of texts.entries()) {
        const plain = await client.validate(text);
        await client.open(uri, 1, ''); // not the text: nothing to reuse
        await client.update(uri, 2, text);
        assert.deepEqual(await client.validate({ uri, version: 2 }), plain, `text ${i}`);
        await client.close(uri);
        compared += plain.length;
      }
      assert.ok(compared >= 10, `diagnostics compared: ${compared}`); // TEXT's and broken-links.sql's
    });

    it('drops the answers for outdated versions', async () => {
      const uri = `file:///${backend.name}/stale.sql`;
      await client.open(uri, 1, 'ALTER SECURITY INTEGRATION x SET ENABLE = TRUE;');
      // Asked at version 1; version 2 arrives before the answer does.
      const old = client.validate({ uri, version: 1 });
      const oldCompletion = client.complete({ uri, version: 1 }, { line: 0, character: 33 });
      const oldHover = client.hover({ uri, version: 1 }, { line: 0, character: 35 });
      client.update(uri, 2, 'SELECT 1;');
      assert.equal(await old, null);
      assert.equal(await oldCompletion, null);
      assert.equal(await oldHover, null);
      // Asked about an outdated version: null at once.
      assert.equal(await client.validate({ uri, version: 1 }), null);
      assert.deepEqual(await client.validate({ uri, version: 2 }), []);
      // Versions only go up; a version never sent is an error.
      await assert.rejects(client.update(uri, 2, 'x'), { code: 'invalid-argument' });
      await assert.rejects(client.validate({ uri, version: 7 }), { code: 'invalid-argument' });
      await client.close(uri);
    });

    it('applies edits in order, as LSP content changes', async () => {
      const uri = `file:///${backend.name}/edits.sql`;
      await client.open(uri, 1, 'SELECT 1;\n');
      const at = (line, character) => ({ line, character });
      // Insert a statement before the SELECT: an unknown property on line 0.
      await client.update(uri, 2, [{ range: { start: at(0, 0), end: at(0, 0) }, text: 'ALTER INTEGRATION x SET ENABLE = TRUE;\n' }]);
      let d = await client.validate({ uri, version: 2 });
      assert.deepEqual(d.map((x) => [x.code, x.range.start.line, x.range.start.character]), [['unknown-property', 0, 24]]);
      // Two changes in one update, the second against the text the first left:
      // an emoji comment in front (2 UTF-16 units), then the typo fixed.
      await client.update(uri, 3, [
        { range: { start: at(0, 0), end: at(0, 0) }, text: '/*😀*/' },
        { range: { start: at(0, 30), end: at(0, 36) }, text: 'ENABLED' },
      ]);
      assert.deepEqual(await client.validate({ uri, version: 3 }), []);
      // A range edit that breaks the value: the engine sees the same text as the client.
      await client.update(uri, 4, [{ range: { start: at(0, 40), end: at(0, 44) }, text: 'maybe' }]);
      d = await client.validate({ uri, version: 4 });
      assert.deepEqual(d.map((x) => [x.code, x.range.start.character, x.range.end.character]), [['invalid-enum-value', 40, 45]]);
      assert.equal(client._docs.get(uri).lines.text, '/*😀*/ALTER INTEGRATION x SET ENABLED = maybe;\nSELECT 1;\n');
      await client.close(uri);
    });

    it('keeps diagnostics current when most stay the same between versions', async () => {
      const uri = `file:///${backend.name}/reuse.sql`;
      const at = (line, character) => ({ line, character });
      await client.open(uri, 1, 'ALTER INTEGRATION a SET ENABLE = TRUE;\nSELECT 1;\nALTER INTEGRATION b SET ENABLED = maybe;\n');
      const d1 = await client.validate({ uri, version: 1 });
      assert.deepEqual(d1.map((x) => [x.code, x.range.start.line]), [['unknown-property', 0], ['invalid-enum-value', 2]]);
      // Line 1 changes; both diagnostics stay as they were.
      await client.update(uri, 2, [{ range: { start: at(1, 7), end: at(1, 8) }, text: '2' }]);
      const d2 = await client.validate({ uri, version: 2 });
      assert.deepEqual(d2, d1);
      // In one thread the engine hands back the very objects it sent before.
      if (!backend.worker) assert.ok(d2[0] === d1[0] && d2[1] === d1[1]);
      // The first is fixed and a line goes in at the top: the second moves.
      await client.update(uri, 3, [
        { range: { start: at(0, 24), end: at(0, 30) }, text: 'ENABLED' },
        { range: { start: at(0, 0), end: at(0, 0) }, text: '-- note\n' },
      ]);
      const d3 = await client.validate({ uri, version: 3 });
      assert.deepEqual(d3.map((x) => [x.code, x.range.start.line, x.range.start.character]), [['invalid-enum-value', 3, 34]]);
      await client.close(uri);
    });

    it('redacts secrets for share links, with the engine', async () => {
      const text = "ALTER INTEGRATION i SET OAUTH_CLIENT_SECRET = 'Zq9-hidden', COMMENT = 'kept';";
      const clean = await client.redactSecrets(text);
      assert.equal(clean.includes('Zq9-hidden'), false);
      assert.match(clean, /COMMENT = 'kept'/);
      await assert.rejects(client.redactSecrets(42), { code: 'invalid-argument' });
    });

    it('fixes all as check --fix does, with the engine', async () => {
      const text = "ALTER INTEGRATION i SET OAUTH_CLIENTID = 'abc';\nALTER INTEGRATION i SET OAUTH_TOKEN_ENDPOINT = https://git.example.com/token;";
      assert.deepEqual(await client.fixAll(text), {
        text: "ALTER INTEGRATION i SET OAUTH_CLIENT_ID = 'abc';\nALTER INTEGRATION i SET OAUTH_TOKEN_ENDPOINT = 'https://git.example.com/token';",
        count: 2,
      });
      assert.deepEqual(await client.fixAll('SELECT 1;'), { text: 'SELECT 1;', count: 0 });
      await assert.rejects(client.fixAll(null), { code: 'invalid-argument' });
    });

    it('refuses malformed arguments', async () => {
      const uri = `file:///${backend.name}/args.sql`;
      await client.open(uri, 1, 'SELECT 1;');
      await assert.rejects(client.update(uri, 2, [{ range: { start: { line: 0 } }, text: 'x' }]), { code: 'invalid-argument' });
      await assert.rejects(client.update('file:///nope', 2, 'x'), { code: 'not-open' });
      await assert.rejects(client.complete('x', { line: 0 }), { code: 'invalid-argument' });
      await assert.rejects(client.hover('x', { line: 0.5, character: 0 }), { code: 'invalid-argument' });
      await assert.rejects(client.codeActions('x', null), { code: 'invalid-argument' });
      await assert.rejects(client.validate(42), { code: 'invalid-argument' });
      await assert.rejects(client.open('', 1, 'x'), SecintError);
      // Positions past the end are clamped by the engine, not errors.
      assert.ok(Array.isArray(await client.complete('SELECT 1;', { line: 99, character: 99 })));
      await client.close(uri);
    });

    it('recovers from a panic in an export and stays usable', async () => {
      const uri = `file:///${backend.name}/panic.sql`;
      await client.open(uri, 1, 'ALTER SECURITY INTEGRATION x SET ENABLE = TRUE;');
      const restarts = client.restarts;
      await assert.rejects(client.__panicForTest('panic'), (e) => {
        assert.ok(e instanceof SecintError);
        assert.equal(e.code, 'panic');
        assert.match(e.message, /still running/);
        return true;
      });
      // The same runtime: no restart, and the open document is still there.
      assert.equal(client.restarts, restarts);
      const d = await client.validate({ uri, version: 1 });
      assert.equal(d[0].code, 'unknown-property');
      assert.equal((await client.validate(TEXT)).length > 0, true);
      await client.close(uri);
    });
  });
}

describe('test hooks', () => {
  it('are not there unless the client asked for them', async () => {
    const client = createSecint({ wasmURL: wasmPath, worker: false });
    try {
      await assert.rejects(client.__panicForTest('panic'), { code: 'unknown-method' });
      assert.deepEqual(await client.validate('SELECT 1;'), []);
      assert.equal(client.restarts, 0);
    } finally {
      client.dispose();
    }
  });
});
