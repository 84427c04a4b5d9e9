// The CodeMirror adapter's parts that need no browser: positions and changes
// between CodeMirror and the engine (real @codemirror/state documents, CRLF,
// tabs, characters outside the BMP), snippets, and fix-all against the
// command line's. The real editor is typed into in Chromium by
// web/playground/test/codemirror.test.js.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EditorState, ChangeSet } from '@codemirror/state';
import { createSecint, wasmPath, dist } from './helpers.js';

const { offsetToLsp, lspToOffset, cmChangesToLsp, lspSnippetToCodeMirror } = await import(new URL('codemirror.js', dist).href);
const { applyChanges } = await import(new URL('../src/positions.js', import.meta.url).href);

const secintBin = fileURLToPath(new URL('../../bin/secint', import.meta.url));

// A small deterministic random source.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['a', 'SET ', '\t', '😀', '\n', '\r\n', "'x'", '𝔘', ' = ', 'é', ';'];

describe('positions between CodeMirror and the engine', () => {
  it('CodeMirror splits lines where the engine does, and joins them with \\n', () => {
    const text = "ALTER\r\nSECURITY\rINTEGRATION\n\tx SET 😀 = 'y';";
    const doc = EditorState.create({ doc: text }).doc;
    assert.equal(doc.lines, 4);
    assert.equal(doc.toString(), "ALTER\nSECURITY\nINTEGRATION\n\tx SET 😀 = 'y';");
    // The engine gets doc.toString(); a position after the emoji counts it as two.
    const after = doc.toString().indexOf(' = ');
    assert.deepEqual(offsetToLsp(doc, after), { line: 3, character: 9 });
    assert.equal(lspToOffset(doc, { line: 3, character: 9 }), after);
    // Clamped as the engine clamps.
    assert.equal(lspToOffset(doc, { line: 0, character: 99 }), 5);
    assert.equal(lspToOffset(doc, { line: 9, character: 0 }), doc.length);
    assert.equal(lspToOffset(doc, { line: -1, character: 3 }), 0);
  });

  it('every offset of a text round-trips through an LSP position', () => {
    const doc = EditorState.create({ doc: 'a\tb\r\n😀x\n\n𝔘é\r\nend' }).doc;
    const s = doc.toString();
    for (let o = 0; o <= doc.length; o++) {
      const p = offsetToLsp(doc, o);
      assert.equal(lspToOffset(doc, p), o, `offset ${o}`);
      // And the position is the string's own: line and UTF-16 column.
      const before = s.slice(0, o).split('\n');
      assert.deepEqual(p, { line: before.length - 1, character: before[before.length - 1].length });
    }
  });

  it("a transaction's changes, as LSP changes, give the engine CodeMirror's new text", () => {
    const rand = rng(42);
    const piece = () => PIECES[Math.floor(rand() * PIECES.length)];
    let state = EditorState.create({ doc: 'SELECT 1;\r\n\tALTER 😀\n' });
    for (let round = 0; round < 400; round++) {
      const len = state.doc.length;
      // One to three changes at once (a multi-cursor edit), in any order.
      const specs = [];
      // Cuts fall between characters, as an editor's carets do: a cut inside
      // a surrogate pair means the start of its character (positions.js,
      // as the engine reads it).
      const text = state.doc.toString();
      const atChar = (o) => (o > 0 && o < text.length && /[\udc00-\udfff]/.test(text[o]) && /[\ud800-\udbff]/.test(text[o - 1]) ? o - 1 : o);
      const cuts = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 4) }, () => atChar(Math.floor(rand() * (len + 1)))))].sort((a, b) => a - b);
      for (let i = 0; i + 1 < cuts.length; i += 2) {
        specs.push({ from: cuts[i], to: rand() < 0.5 ? cuts[i] : cuts[i + 1], insert: rand() < 0.3 ? '' : piece() + piece() });
      }
      if (specs.length === 0) specs.push({ from: cuts[0], insert: piece() });
      const tr = state.update({ changes: specs });
      const lsp = cmChangesToLsp(state.doc, tr.changes);
      assert.equal(applyChanges(state.doc.toString(), lsp), tr.state.doc.toString(), `round ${round}`);
      state = tr.state;
    }
  });

  it('several transactions in a row chain (what one view update holds)', () => {
    const s0 = EditorState.create({ doc: 'one\ntwo😀\nthree' });
    const t1 = s0.update({ changes: { from: 3, insert: '\r\n' } });
    const t2 = t1.state.update({ changes: [{ from: 0, to: 1, insert: 'O' }, { from: t1.state.doc.length, insert: '!' }] });
    const composed = t1.changes.compose(t2.changes);
    assert.ok(composed instanceof ChangeSet);
    assert.equal(applyChanges(s0.doc.toString(), cmChangesToLsp(s0.doc, composed)), t2.state.doc.toString());
  });
});

describe('snippets', () => {
  it("turns the engine's LSP snippets into CodeMirror templates", () => {
    assert.equal(lspSnippetToCodeMirror("OAUTH_GRANT = '${1|CLIENT_CREDENTIALS,AUTHORIZATION_CODE,JWT_BEARER|}'"), "OAUTH_GRANT = '${1:CLIENT_CREDENTIALS}'");
    assert.equal(lspSnippetToCodeMirror("'${1:https://}'"), "'${1:https://}'");
    assert.equal(lspSnippetToCodeMirror('a $1 b $0'), 'a ${1} b ${0}');
    assert.equal(lspSnippetToCodeMirror('cost \\$5 #{x}'), 'cost $5 #\\{x}');
    assert.equal(lspSnippetToCodeMirror('${2}'), '${2}');
  });
});

describe('fix all', () => {
  let client;
  before(() => {
    client = createSecint({ wasmURL: wasmPath, worker: false });
  });
  after(() => client?.dispose());

  const cli = (text) =>
    new Promise((resolve, reject) => {
      const p = execFile(secintBin, ['check', '--fix', '-'], (err, stdout) => {
        if (err && err.code !== 1) reject(err);
        else resolve(stdout);
      });
      p.stdin.end(text);
    });

  const worksheets = [
    "ALTER SECURITY INTEGRATION a SET OAUTH_CLIENTID = 'abc';\n",
    "CREATE SECURITY INTEGRATION broken_api\n  TYPE = API_AUTHENTICATION\n  AUTH_TYPE = OAUTH2\n  OAUTH_CLIENTID = 'client'\n  OAUTH_CLIENT_SECRET = 'made-up-secret'\n  OAUTH_GRANT = 'CLIENT_CREDENTIALS'\n  OAUTH_TOKEN_ENDPOINT = 'https://example.com/token'\n  ENABLED = 'TRUE';\n\nALTER SECURITY INTEGRATION broken_api SET ENABLED = TRUE, ENABLED = FALSE;\nALTER SECURITY INTEGRATION broken_api SET OAUTH_TOKEN_ENDPOINT = https://git.example.com/token;\n",
    "alter security integration x set enabled = 'yes', OAUTH_GRNT = JWT_BEARER;\r\n\tALTER INTEGRATION 😀 SET ENABLED = TRUE;\n",
    'SELECT 1;\n',
  ];

  for (const [i, w] of worksheets.entries()) {
    it(`gives the command line's text (worksheet ${i + 1})`, async () => {
      const { text, count } = await client.fixAll(w);
      assert.equal(text, await cli(w));
      if (i < 3) assert.ok(count > 0, 'fixes applied');
      else assert.equal(count, 0);
      // Nothing more to do afterwards.
      assert.equal((await client.fixAll(text)).count, 0);
    });
  }

  it('never copies a secret into a fix', async () => {
    const w = "ALTER SECURITY INTEGRATION a SET OAUTH_CLIENT_SECRT = 'hunter2-secret';\n";
    const diags = await client.validate(w);
    for (const d of diags) {
      assert.ok(!d.message.includes('hunter2'), d.message);
      for (const f of d.fixes) for (const e of f.edits) assert.ok(!e.newText.includes('hunter2'), e.newText);
    }
  });
});
