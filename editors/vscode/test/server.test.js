'use strict';
// A session of VS Code's protocol layer with `secint lsp`, driven by the
// extension's own settings code: incremental edits typed fast, several
// changes in one notification, fixes applied as VS Code applies them, the
// settings VS Code sends, fix-all before a save, a request that panics, and
// the loopback socket modes.
const test = require('node:test');
const assert = require('node:assert/strict');
const { proto, net, Client, Doc, spawnServer, socketConnection, applyEdits, SECINT } = require('./lsp');
const { spawn } = require('child_process');
const config = require('../lib/config');

const SECRET = 'node-secret-value';
const WORKSHEET = [
  'CREATE SECURITY INTEGRATION node_int',
  '  TYPE = API_AUTHENTICATION',
  '  AUTH_TYPE = OAUTH2',
  "  OAUTH_GRANT = 'CLIENT_CREDENTIALS'",
  "  OAUTH_CLIENT_ID = 'node-client'",
  `  OAUTH_CLIENT_SECRET = '${SECRET}'`,
  "  OAUTH_TOKEN_ENDPOINT = 'https://example.com/token';",
  'SELECT 1;',
].join('\n');

test('an editing session over standard input and output', async (t) => {
  const { client, child, out, exited } = spawnServer([], { SECINT_TEST_HOOKS: '1' });
  t.after(() => child.kill()); // when an assertion fails midway
  const settings = { rules: { 'missing-property': 'off' }, fixAllOnSave: false };
  const init = await client.initialize(config.serverSettings((k) => settings[k]),
    { textDocument: { completion: { completionItem: { snippetSupport: true } } } });
  assert.equal(init.capabilities.positionEncoding, 'utf-16');
  assert.equal(init.capabilities.textDocumentSync.change, proto.TextDocumentSyncKind.Incremental);

  // The CREATE has no ENABLED: missing-property, which the settings turn off.
  const doc = new Doc(client, 'file:///w/node.sql', WORKSHEET);
  await doc.open('snowflake-sql');
  assert.deepEqual((await doc.diagnostics()).diagnostics, []);

  // A statement typed a character at a time, no waiting: the server may
  // skip publications for versions already left behind, but the last one
  // is about the last version, and right. OAUTH_AUTHORIZATION_ENDPOINT has
  // no use in the client credentials flow the CREATE chose: a warning on
  // the property's name (line 8, from character 31, 28 long).
  const typed = "\nALTER INTEGRATION node_int SET OAUTH_AUTHORIZATION_ENDPOINT = 'https://example.com/auth';";
  await doc.type(doc.text.length, typed);
  let d = await doc.diagnostics();
  assert.equal(d.version, 1 + typed.length);
  assert.equal(d.diagnostics.length, 1, JSON.stringify(d.diagnostics));
  assert.equal(d.diagnostics[0].code, 'flow-mismatch');
  assert.equal(d.diagnostics[0].severity, proto.DiagnosticSeverity.Warning);
  assert.deepEqual(d.diagnostics[0].range, { start: { line: 8, character: 31 }, end: { line: 8, character: 59 } });
  assert.match(d.diagnostics[0].codeDescription.href, /docs\/rules\/flow-mismatch\.md$/);

  // The same text opened afresh gets the same diagnostics: the incremental
  // document agrees with a whole analysis.
  const fresh = new Doc(client, 'file:///w/fresh.sql', doc.text);
  await fresh.open();
  assert.deepEqual((await fresh.diagnostics()).diagnostics, d.diagnostics);

  // Two changes in one notification, the second placed in the text the
  // first left: the property replaced by scopes (documented for the flow),
  // then a comment with an emoji put on top.
  const from = doc.at('OAUTH_AUTHORIZATION_ENDPOINT');
  const to = doc.at("auth'", 5);
  await doc.change([
    { range: { start: from, end: to }, text: "OAUTH_ALLOWED_SCOPES = ('read')" },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '-- ☕ 😀 scopes\n' },
  ]);
  assert.deepEqual((await doc.diagnostics()).diagnostics, []);

  // Lines deleted across their breaks: without TYPE the CREATE is an error;
  // typed back, it is not.
  const typeLine = doc.at('  TYPE');
  const authEnd = doc.at('  OAUTH_GRANT');
  const removed = doc.text.slice(doc.text.indexOf('  TYPE'), doc.text.indexOf('  OAUTH_GRANT'));
  await doc.change([{ range: { start: typeLine, end: authEnd }, text: '' }]);
  d = await doc.diagnostics();
  assert.ok(d.diagnostics.some((x) => x.code === 'missing-type' && x.severity === proto.DiagnosticSeverity.Error), JSON.stringify(d.diagnostics));
  await doc.change([{ range: { start: typeLine, end: typeLine }, text: removed }]);
  assert.deepEqual((await doc.diagnostics()).diagnostics, []);

  // A typo, its quick fix applied as VS Code applies a workspace edit.
  const idAt = doc.at('OAUTH_CLIENT_ID', 12);
  await doc.change([{ range: { start: idAt, end: { line: idAt.line, character: idAt.character + 1 } }, text: '' }]);
  d = await doc.diagnostics();
  assert.deepEqual(d.diagnostics.map((x) => x.code), ['unknown-property']);
  const actions = await client.conn.sendRequest(proto.CodeActionRequest.type,
    { textDocument: { uri: doc.uri }, range: d.diagnostics[0].range, context: { diagnostics: d.diagnostics, only: ['quickfix'] } });
  assert.equal(actions[0].title, 'Change to OAUTH_CLIENT_ID');
  const edits = actions[0].edit.changes[doc.uri];
  await doc.change(edits.map((e) => ({ range: e.range, text: e.newText })));
  assert.deepEqual((await doc.diagnostics()).diagnostics, []);
  assert.ok(doc.text.includes("OAUTH_CLIENT_ID = 'node-client'"));

  // Hover and completion.
  const hover = await client.conn.sendRequest(proto.HoverRequest.type, { textDocument: { uri: doc.uri }, position: doc.at('OAUTH_CLIENT_SECRET', 3) });
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(hover.contents.value, /never repeats/);
  const end = doc.at('SELECT 1;', 9);
  const line = end.line;
  await doc.change([{ range: { start: end, end }, text: '\nALTER INTEGRATION node_int SET ' }]);
  const list = await client.conn.sendRequest(proto.CompletionRequest.type, { textDocument: { uri: doc.uri }, position: { line: line + 1, character: 31 } });
  const labels = list.items.map((i) => i.label);
  assert.ok(labels.includes('OAUTH_CLIENT_SECRET') && labels.includes('ENABLED'), labels.join(' '));
  assert.ok(!labels.includes('TYPE'), 'TYPE cannot be SET');
  const secretItem = list.items.find((i) => i.label === 'OAUTH_CLIENT_SECRET');
  assert.equal(secretItem.kind, proto.CompletionItemKind.Property);
  await doc.change([{ range: { start: end, end: { line: line + 1, character: 31 } }, text: '' }]);
  await doc.diagnostics();

  // The settings as VS Code sends them ({secint: ...}, the extension's
  // synchronize.configurationSection): missing-property back, as a warning,
  // and fix-all before a save, which adds ENABLED.
  await client.conn.sendNotification(proto.DidChangeConfigurationNotification.type,
    { settings: { secint: { rules: { 'missing-property': 'warning' }, fixAllOnSave: true } } });
  d = await client.diagnostics(doc.uri);
  assert.deepEqual(d.diagnostics.map((x) => [x.code, x.severity]), [['missing-property', proto.DiagnosticSeverity.Warning]]);
  const saveEdits = await client.conn.sendRequest(proto.WillSaveTextDocumentWaitUntilRequest.type,
    { textDocument: { uri: doc.uri }, reason: proto.TextDocumentSaveReason.Manual });
  assert.equal(saveEdits.length, 1);
  assert.match(saveEdits[0].newText, /ENABLED = TRUE/);
  const saved = applyEdits(doc.text, saveEdits);
  await doc.change([{ text: saved }]); // a whole-document change
  assert.deepEqual((await doc.diagnostics()).diagnostics, []);

  // Document symbols: the one integration.
  const symbols = await client.conn.sendRequest(proto.DocumentSymbolRequest.type, { textDocument: { uri: doc.uri } });
  assert.deepEqual(symbols.map((s) => s.name), ['node_int']);

  // A request that panics is an internal error, and the server goes on.
  await assert.rejects(client.conn.sendRequest('secint/test/panic', {}), (e) => e.code === proto.ErrorCodes.InternalError);
  const again = await client.conn.sendRequest(proto.HoverRequest.type, { textDocument: { uri: doc.uri }, position: doc.at('OAUTH_GRANT', 2) });
  assert.ok(again && again.contents.value.length > 0);

  // A request cancelled at once is answered, with its result or as
  // cancelled; either way the session goes on.
  const source = new proto.CancellationTokenSource();
  const pending = client.conn.sendRequest(proto.HoverRequest.type, { textDocument: { uri: doc.uri }, position: doc.at('OAUTH_GRANT', 2) }, source.token);
  source.cancel();
  await pending.then((r) => assert.ok(r === null || r.contents), (e) => assert.equal(e.code, proto.LSPErrorCodes.RequestCancelled));

  await client.conn.sendRequest(proto.ShutdownRequest.type);
  await client.conn.sendNotification(proto.ExitNotification.type);
  assert.equal(await exited, 0);
  assert.ok(!out.stdout.includes(SECRET), 'the server wrote the secret');
  assert.ok(!out.stderr.includes(SECRET), 'the server logged the secret');
  client.conn.dispose();
});

test('--listen serves a session per connection on loopback only', async () => {
  const child = spawn(SECINT, ['lsp', '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const addr = await new Promise((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
        const m = err.match(/listening on (127\.0\.0\.1:\d+)/);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`exited: ${err}`)));
    });
    const [host, port] = addr.split(':');
    for (const n of [1, 2]) {
      const socket = net.connect(Number(port), host);
      await new Promise((r) => socket.on('connect', r));
      const client = new Client(socketConnection(socket));
      await client.initialize({});
      const doc = new Doc(client, `file:///w/socket${n}.sql`, 'ALTER INTEGRATION x SET OAUTH_CLIENTID = 1;');
      await doc.open();
      assert.deepEqual((await doc.diagnostics()).diagnostics.map((x) => x.code).slice(0, 1), ['unknown-property']);
      await client.conn.sendRequest(proto.ShutdownRequest.type);
      client.conn.dispose();
      socket.destroy();
    }
  } finally {
    child.kill();
  }
  const refused = spawn(SECINT, ['lsp', '--listen', '0.0.0.0:0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  refused.stderr.on('data', (d) => { err += d; });
  assert.equal(await new Promise((r) => refused.on('exit', r)), 1);
  assert.match(err, /loopback/);
});

test('--socket=PORT connects to a client listening on loopback, as VS Code\'s client does', async (t) => {
  const server = net.createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const accepted = new Promise((r) => server.once('connection', r));
  const child = spawn(SECINT, ['lsp', `--socket=${server.address().port}`], { stdio: 'ignore' });
  t.after(() => child.kill());
  const socket = await accepted;
  const client = new Client(socketConnection(socket));
  const init = await client.initialize({}, { general: { positionEncodings: ['utf-8'] } });
  assert.equal(init.capabilities.positionEncoding, 'utf-8');
  await client.conn.sendRequest(proto.ShutdownRequest.type);
  await client.conn.sendNotification(proto.ExitNotification.type);
  assert.equal(await new Promise((r) => child.on('exit', r)), 0);
  client.conn.dispose();
  server.close();
});
