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

test('the .vsix holds the bundled extension, its notices and this platform\'s server, and nothing else', () => {
  assert.ok(VSIX && fs.existsSync(VSIX), `SECINT_VSIX (${VSIX}) must name the built .vsix (make vscodetest sets it)`);
  assert.ok(TARGET, 'SECINT_VSIX_TARGET must name its platform');
  const buf = fs.readFileSync(VSIX);
  const files = entries(buf);
  const bin = TARGET.startsWith('win32') ? 'extension/bin/secint.exe' : 'extension/bin/secint';
  assert.deepEqual([...files.keys()].sort(), [
    '[Content_Types].xml', bin, 'extension.vsixmanifest',
    'extension/out/THIRD-PARTY-NOTICES.txt', 'extension/out/extension.js',
    'extension/package.json', 'extension/readme.md',
  ].sort());
  assert.ok(files.get(bin).size > 1e6, 'the server binary is suspiciously small');
  // Built without the playground page (make vsix's overlay): about 8 MB,
  // where bin/secint with the playground is over 20.
  assert.ok(files.get(bin).size < 12e6, `the server binary is ${files.get(bin).size} bytes: is the playground embedded?`);
  if (!TARGET.startsWith('win32')) assert.equal(files.get(bin).mode & 0o111, 0o111, 'the server is not executable');
  const notices = read(buf, files.get('extension/out/THIRD-PARTY-NOTICES.txt')).toString('utf8');
  assert.match(notices, /vscode-languageclient 9\.0\.1/);
  // On this machine's platform, the packaged server runs.
  const tmp = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'secint-vsix-'));
  const exe = require('path').join(tmp, 'secint');
  fs.writeFileSync(exe, read(buf, files.get(bin)), { mode: 0o755 });
  const out = require('child_process').execFileSync(exe, ['version'], { encoding: 'utf8' });
  assert.match(out, /^secint \S+/);
  fs.rmSync(tmp, { recursive: true });
  // The manifest inside says which platform the package is for.
  const manifest = read(buf, files.get('extension.vsixmanifest')).toString('utf8');
  assert.ok(manifest.includes(`TargetPlatform="${TARGET}"`), `no TargetPlatform="${TARGET}" in the package`);
});
