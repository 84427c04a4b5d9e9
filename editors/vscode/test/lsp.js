'use strict';
// A client of `secint lsp` made of vscode-languageserver-protocol and
// vscode-jsonrpc, the layers VS Code's own language client is built on.
const { spawn } = require('child_process');
const net = require('net');
const proto = require('vscode-languageserver-protocol/node');

const SECINT = process.env.SECINT || require('path').join(__dirname, '..', '..', '..', 'bin', 'secint-lsp');

// offsetAt and positionAt count in UTF-16 code units, as JavaScript strings
// do and LSP does by default; lines end at \n.
function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
function offsetAt(text, pos) {
  let off = 0;
  for (let l = 0; l < pos.line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length; // past the last line: the end
    off = nl + 1;
  }
  const end = text.indexOf('\n', off);
  return Math.min(off + pos.character, end < 0 ? text.length : end);
}
function applyEdits(text, edits) {
  // Apply from the end, so that earlier offsets stay right.
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
  return text;
}

// Client wraps a connection with the diagnostics it has been sent.
class Client {
  constructor(conn) {
    this.conn = conn;
    this.diags = new Map(); // uri -> {version, diagnostics}
    this.waiters = [];
    this.messages = [];
    conn.onNotification(proto.PublishDiagnosticsNotification.type, (p) => {
      this.diags.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => !w(p));
    });
    conn.onNotification(proto.ShowMessageNotification.type, (p) => this.messages.push(p));
    conn.listen();
  }
  // diagnostics resolves with the diagnostics of uri at version (or the
  // next publication when version is undefined).
  diagnostics(uri, version) {
    const have = this.diags.get(uri);
    if (version !== undefined && have && have.version === version) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version}`)), 20000);
      this.waiters.push((p) => {
        if (p.uri !== uri || (version !== undefined && p.version !== version)) return false;
        clearTimeout(timer);
        resolve(p);
        return true;
      });
    });
  }
  async initialize(initializationOptions, capabilities = {}) {
    const r = await this.conn.sendRequest(proto.InitializeRequest.type,
      { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    await this.conn.sendNotification(proto.InitializedNotification.type, {});
    return r;
  }
}

// Doc is a document the client keeps, and edits incrementally.
class Doc {
  constructor(client, uri, text) {
    Object.assign(this, { client, uri, text, version: 1 });
  }
  open(languageId = 'sql') {
    return this.client.conn.sendNotification(proto.DidOpenTextDocumentNotification.type,
      { textDocument: { uri: this.uri, languageId, version: this.version, text: this.text } });
  }
  // change sends one didChange with the given changes ({range, text} with
  // positions in the text as each previous change left it).
  change(changes) {
    for (const c of changes) {
      this.text = c.range ? applyEdits(this.text, [{ range: c.range, newText: c.text }]) : c.text;
    }
    this.version++;
    return this.client.conn.sendNotification(proto.DidChangeTextDocumentNotification.type,
      { textDocument: { uri: this.uri, version: this.version }, contentChanges: changes });
  }
  // type sends each character of s as its own edit at offset, as a person
  // typing fast would, without waiting for anything.
  async type(offset, s) {
    for (const ch of s) {
      const at = positionAt(this.text, offset);
      await this.change([{ range: { start: at, end: at }, text: ch }]);
      offset += ch.length;
    }
  }
  diagnostics() {
    return this.client.diagnostics(this.uri, this.version);
  }
  at(needle, delta = 0) {
    const i = this.text.indexOf(needle);
    if (i < 0) throw new Error(`${needle} is not in the document`);
    return positionAt(this.text, i + delta);
  }
}

// spawnServer runs secint lsp on standard input and output. out collects
// everything it writes (standard output and error), for the secret checks.
function spawnServer(args = [], env = {}) {
  const child = spawn(SECINT, ['lsp', ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => { out.stdout += d; });
  child.stderr.on('data', (d) => { out.stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const conn = proto.createProtocolConnection(new proto.StreamMessageReader(child.stdout), new proto.StreamMessageWriter(child.stdin));
  return { client: new Client(conn), child, out, exited };
}

function socketConnection(socket) {
  return proto.createProtocolConnection(new proto.SocketMessageReader(socket), new proto.SocketMessageWriter(socket));
}

module.exports = { SECINT, proto, net, Client, Doc, spawnServer, socketConnection, applyEdits, positionAt, offsetAt };
