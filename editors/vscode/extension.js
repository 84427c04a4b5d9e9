'use strict';
// The secint extension for VS Code: it starts `secint lsp` (a native
// binary bundled per platform, see README.md) for SQL documents, and lets
// VS Code's language client do the rest: diagnostics, completion, hover,
// quick fixes, symbols, definitions and references all come from the
// server, so the editor says what the command line and the browser say.

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const config = require('./lib/config');

let client;
let starting;

function settings() {
  const c = vscode.workspace.getConfiguration('secint');
  return { get: (key) => c.get(key), languages: config.languages(c.get('languages')) };
}

function matches(doc, ids) {
  return ids.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

// start starts the client, once; the server runs only while a document it
// checks has been opened.
async function start(context) {
  if (client || starting) return starting;
  const s = settings();
  const server = config.serverCommand(context.extensionPath, process.platform, s.get('server.path'));
  if (server.error) {
    vscode.window.showErrorMessage(server.error);
    return;
  }
  const run = { command: server.command, args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient('secint', 'secint', { run, debug: run }, {
    documentSelector: config.documentSelector(s.languages),
    initializationOptions: config.serverSettings(s.get),
    // VS Code sends {secint: {...}} in workspace/didChangeConfiguration
    // when a secint setting changes; the server reads rules and
    // fixAllOnSave from it.
    synchronize: { configurationSection: 'secint' },
  });
  starting = client.start().finally(() => { starting = undefined; });
  return starting;
}

async function stop() {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

async function activate(context) {
  const ids = () => settings().languages;
  const maybeStart = (doc) => { if (matches(doc, ids())) start(context); };
  vscode.workspace.textDocuments.forEach(maybeStart);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The languages and the server's path are read at start: restart.
      if (e.affectsConfiguration('secint.languages') || e.affectsConfiguration('secint.server.path')) {
        await stop();
        vscode.workspace.textDocuments.forEach(maybeStart);
      }
    }),
    vscode.commands.registerCommand('secint.restartServer', async () => {
      await stop();
      await start(context);
    }),
    { dispose: () => { stop(); } },
  );
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
