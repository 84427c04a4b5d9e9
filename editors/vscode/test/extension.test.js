'use strict';
// extension.js with stand-ins for the two modules only VS Code provides
// (vscode, and the language client that needs it): what it starts, with
// which selector and settings, when it restarts; then the server it would
// start is started the same way and given the same settings.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');
const { Client, Doc, spawnServer, SECINT, proto } = require('./lsp');

const created = [];
let userSettings = {};
let errors = [];
const listeners = { open: [], config: [] };
const fakeVscode = {
  workspace: {
    getConfiguration: (section) => {
      assert.equal(section, 'secint');
      return { get: (key) => userSettings[key] };
    },
    textDocuments: [],
    onDidOpenTextDocument: (f) => { listeners.open.push(f); return { dispose() {} }; },
    onDidChangeConfiguration: (f) => { listeners.config.push(f); return { dispose() {} }; },
  },
  window: { showErrorMessage: (m) => { errors.push(m); } },
  commands: { registerCommand: () => ({ dispose() {} }) },
};
class FakeLanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, serverOptions, clientOptions, stopped: false });
    created.push(this);
  }
  start() { return Promise.resolve(); }
  stop() { this.stopped = true; return Promise.resolve(); }
}
const fakeClientModule = { LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } };

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode' || request === 'vscode-languageclient/node') return request;
  return resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: fakeVscode };
require.cache['vscode-languageclient/node'] = { id: 'x', filename: 'x', loaded: true, exports: fakeClientModule };
const extension = require('../extension');

const sqlDoc = (languageId) => ({ languageId, uri: { scheme: 'file' } });

test('starts the bundled server for a checked document, with the settings, and restarts when the languages change', async () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'secint-ext-'));
  fs.mkdirSync(path.join(ext, 'bin'));
  fs.symlinkSync(SECINT, path.join(ext, 'bin', 'secint'));
  userSettings = { languages: ['snowflake'], rules: { 'unknown-property': 'warning' }, fixAllOnSave: true };
  const context = { extensionPath: ext, subscriptions: [] };

  await extension.activate(context);
  assert.equal(created.length, 0, 'no server before a checked document is open');
  listeners.open.forEach((f) => f(sqlDoc('markdown')));
  assert.equal(created.length, 0, 'a markdown document starts nothing');
  listeners.open.forEach((f) => f(sqlDoc('snowflake')));
  assert.equal(created.length, 1);
  listeners.open.forEach((f) => f(sqlDoc('sql')));
  assert.equal(created.length, 1, 'one server for every document');

  const c = created[0];
  assert.equal(c.serverOptions.run.command, path.join(ext, 'bin', 'secint'));
  assert.deepEqual(c.serverOptions.run.args, ['lsp']);
  assert.equal(c.serverOptions.run.transport, fakeClientModule.TransportKind.stdio);
  assert.deepEqual(c.clientOptions.documentSelector.map((s) => s.language),
    ['sql', 'sql', 'snowflake-sql', 'snowflake-sql', 'snowflake', 'snowflake']);
  assert.deepEqual(c.clientOptions.synchronize, { configurationSection: 'secint' });
  assert.deepEqual(c.clientOptions.initializationOptions, { rules: { 'unknown-property': 'warning' }, fixAllOnSave: true });

  // The same process VS Code's client would start (TransportKind.stdio
  // adds --stdio), with the same initializationOptions.
  const { client, child, exited } = spawnServer(['--stdio']);
  await client.initialize(c.clientOptions.initializationOptions);
  const doc = new Doc(client, 'file:///w/ext.sql', 'ALTER INTEGRATION x SET OAUTH_CLIENTID = 1;');
  await doc.open('snowflake');
  const d = await doc.diagnostics();
  assert.ok(d.diagnostics.length > 0 && d.diagnostics.every((x) => x.code !== 'unknown-property' || x.severity === proto.DiagnosticSeverity.Warning),
    JSON.stringify(d.diagnostics));
  assert.ok(d.diagnostics.some((x) => x.code === 'unknown-property'));
  await client.conn.sendRequest(proto.ShutdownRequest.type);
  await client.conn.sendNotification(proto.ExitNotification.type);
  assert.equal(await exited, 0);
  client.conn.dispose();
  child.kill();

  // Another language list: the old client stops, a new one starts for the
  // open documents.
  fakeVscode.workspace.textDocuments = [sqlDoc('sql')];
  userSettings.languages = ['jinja-sql'];
  for (const f of listeners.config) await f({ affectsConfiguration: (k) => k === 'secint.languages' });
  assert.equal(created.length, 2);
  assert.ok(c.stopped);
  assert.ok(created[1].clientOptions.documentSelector.some((s) => s.language === 'jinja-sql'));
  // A rules change needs no restart: the client forwards it to the server.
  for (const f of listeners.config) await f({ affectsConfiguration: (k) => k === 'secint.rules' });
  assert.equal(created.length, 2);
  await extension.deactivate();
  assert.ok(created[1].stopped);
  fs.rmSync(ext, { recursive: true });
});

test('the bundle VS Code loads (out/extension.js) compiles, and holds this extension', () => {
  // Running it needs the real vscode module (the language client's
  // classes extend VS Code's own at load), so it is compiled, not run.
  const code = fs.readFileSync(path.join(__dirname, '..', 'out', 'extension.js'), 'utf8');
  assert.doesNotThrow(() => new (require('vm').Script)(code, { filename: 'out/extension.js' }));
  assert.ok(code.includes("registerCommand(\"secint.restartServer\"") || code.includes("registerCommand('secint.restartServer'"));
  assert.ok(code.includes('configurationSection'));
});

test('with no server for the platform, it says how to get one and starts nothing', async () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'secint-ext-'));
  created.length = 0;
  errors = [];
  userSettings = {};
  listeners.open.length = 0;
  fakeVscode.workspace.textDocuments = [sqlDoc('sql')];
  await extension.activate({ extensionPath: ext, subscriptions: [] });
  assert.equal(created.length, 0);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /secint\.server\.path/);
  fs.rmSync(ext, { recursive: true });
});
