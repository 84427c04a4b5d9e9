// How secint.wasm is loaded: streamed when served as application/wasm, read
// whole otherwise; and the built files keep to what a strict CSP allows.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { createSecint, wasmPath, dist } from './helpers.js';

describe('loading over HTTP', () => {
  let server;
  let base;
  const seen = [];
  before(async () => {
    const bytes = await readFile(wasmPath);
    server = http.createServer((req, res) => {
      seen.push(req.url);
      const types = { '/wasm/secint.wasm': 'application/wasm', '/octet/secint.wasm': 'application/octet-stream' };
      const type = types[req.url];
      if (!type) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': bytes.length }).end(bytes);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((r) => server.close(r)));

  const check = async (client, via) => {
    const info = await client.ready;
    assert.equal(info.loadedWith, via);
    const d = await client.validate("ALTER INTEGRATION x SET ENABLE = TRUE;");
    assert.equal(d[0].code, 'unknown-property');
    client.dispose();
  };

  it('streams a module served as application/wasm', async () => {
    await check(createSecint({ wasmURL: `${base}/wasm/secint.wasm`, worker: false }), 'streaming');
  });

  it('falls back to reading it whole under another Content-Type', async () => {
    await check(createSecint({ wasmURL: `${base}/octet/secint.wasm`, worker: false }), 'fetch');
  });

  it('streams it in a worker thread too', async () => {
    await check(createSecint({ wasmURL: `${base}/wasm/secint.wasm`, worker: true }), 'streaming');
  });

  it('rejects with the HTTP status when the module is missing', async () => {
    const client = createSecint({ wasmURL: `${base}/missing.wasm`, worker: false });
    await assert.rejects(client.ready, { code: 'failed', message: /HTTP 404/ });
    client.dispose();
  });

  it('loads a file: URL and a relative path under Node', async () => {
    await check(createSecint({ wasmURL: new URL('secint.wasm', dist), worker: false }), 'file');
    const rel = `./${new URL('secint.wasm', dist).pathname.slice(process.cwd().length + 1)}`;
    await check(createSecint({ wasmURL: rel, worker: false }), 'file');
  });
});

describe('the built files under a strict CSP', () => {
  // script-src 'self' 'wasm-unsafe-eval'; worker-src 'self': no eval, no
  // Function constructor, no Blob or data: workers, and a worker file that
  // imports nothing (in a browser) and so needs no other script.
  const forbidden = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bFunction\s*\(\s*['"`]/, /\bnew\s+Blob\b/, /createObjectURL/, /importScripts/, /data:text\/javascript/];

  for (const file of ['secint-worker.js', 'index.js', 'monaco.js']) {
    it(`${file} uses no eval, Function, Blob or importScripts`, async () => {
      const src = await readFile(new URL(file, dist), 'utf8');
      for (const re of forbidden) assert.doesNotMatch(src, re, `${file} matches ${re}`);
    });
  }

  it('the worker file is self-contained', async () => {
    const src = await readFile(new URL('secint-worker.js', dist), 'utf8');
    assert.doesNotMatch(src, /^\s*import\s/m, 'no static import');
    assert.doesNotMatch(src, /^\s*export\s/m, 'nothing exported');
    const dynamic = [...src.matchAll(/\bimport\(([^)]*)\)/g)].map((m) => m[1].replace(/\/\*[^]*?\*\//g, '').trim());
    // Only Node's built-ins, reached only under Node.
    for (const d of dynamic) assert.match(d, /^("node:[a-z_/]+"|name)$/, `import(${d})`);
  });
});
