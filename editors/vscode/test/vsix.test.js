'use strict';
// The packaged extension: what a user installs. make vscodetest builds the
// .vsix for this machine's platform and names it in SECINT_VSIX.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const zlib = require('zlib');

const VSIX = process.env.SECINT_VSIX;
const TARGET = process.env.SECINT_VSIX_TARGET;

// entries lists a zip archive's files from its central directory, with
// their Unix modes.
function entries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const mode = buf.readUInt32LE(p + 38) >>> 16;
    out.set(buf.toString('utf8', p + 46, p + 46 + nameLen), {
      mode, size: buf.readUInt32LE(p + 24), method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20), local: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

// read returns one entry's bytes (stored or deflated).
function read(buf, e) {
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  const data = buf.subarray(start, start + e.compressed);
  return e.method === 8 ? zlib.inflateRawSync(data) : data;
}

test('the .vsix holds the extension, its runtime dependency and this platform\'s server, and nothing else', () => {
  assert.ok(VSIX && fs.existsSync(VSIX), `SECINT_VSIX (${VSIX}) must name the built .vsix (make vscodetest sets it)`);
  assert.ok(TARGET, 'SECINT_VSIX_TARGET must name its platform');
  const buf = fs.readFileSync(VSIX);
  const files = entries(buf);
  for (const f of ['extension/package.json', 'extension/extension.js', 'extension/lib/config.js', 'extension/readme.md',
    'extension/node_modules/vscode-languageclient/package.json', 'extension/node_modules/vscode-languageserver-protocol/package.json',
    'extension.vsixmanifest']) {
    assert.ok(files.has(f), `${f} missing from ${[...files.keys()].filter((k) => !k.includes('node_modules')).join(' ')}`);
  }
  const bin = TARGET.startsWith('win32') ? 'extension/bin/secint.exe' : 'extension/bin/secint';
  assert.ok(files.has(bin), `${bin} missing`);
  assert.ok(files.get(bin).size > 1e6, 'the server binary is suspiciously small');
  if (!TARGET.startsWith('win32')) assert.equal(files.get(bin).mode & 0o111, 0o111, 'the server is not executable');
  const names = [...files.keys()];
  assert.deepEqual(names.filter((n) => n.startsWith('extension/bin/')), [bin], 'one server binary');
  for (const n of names) {
    assert.ok(!n.startsWith('extension/test/'), `${n}: tests are not shipped`);
    assert.ok(!/node_modules\/(@vscode\/vsce|vscode-jsonrpc\/lib\/node\/test)/.test(n), `${n}: a development dependency`);
    assert.ok(!n.endsWith('.vsix'), n);
  }
  // The manifest inside says which platform the package is for.
  const manifest = read(buf, files.get('extension.vsixmanifest')).toString('utf8');
  assert.ok(manifest.includes(`TargetPlatform="${TARGET}"`), `no TargetPlatform="${TARGET}" in the package`);
});
