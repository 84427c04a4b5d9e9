// The engine dies (the Go program exits, the call stack overflows, a request
// hangs, the worker thread is killed from outside): the client starts a new
// one, re-opens the documents and answers what was pending, with the real
// secint.wasm.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { createSecint, wasmPath, dist, waitFor } from './helpers.js';

const BAD = "ALTER SECURITY INTEGRATION x SET OAUTH_CLIENTID = 'a';";
const BAD2 = "-- 😀\nALTER SECURITY INTEGRATION x SET ENABLE = TRUE;";

async function started(options) {
  const client = createSecint({ wasmURL: wasmPath, testHooks: true, ...options });
  await client.ready;
  const events = [];
  client.onRestart((e) => events.push(e));
  return { client, events };
}

// killAndCheck kills the engine with a test hook while a document is open
// and questions are pending behind the kill, and checks that all is answered.
async function killAndCheck(client, events, kind, reason) {
  const uri = `file:///restart/${kind}.sql`;
  await client.open(uri, 1, BAD);
  // BAD becomes BAD2 by two edits: the new engine must get the client's copy.
  await client.update(uri, 2, [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '-- 😀\n' },
    { range: { start: { line: 1, character: 33 }, end: { line: 1, character: 53 } }, text: 'ENABLE = TRUE' },
  ]);
  const before = client.restarts;

  const kill = client.__panicForTest(kind);
  // Sent to the engine that is about to die: answered by the next one.
  const byRef = client.validate({ uri, version: 2 });
  const byText = client.validate(BAD);
  const completion = client.complete(BAD2, { line: 1, character: 33 });

  await assert.rejects(kill, { code: 'crashed' });
  const d = await byRef;
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'unknown-property');
  assert.deepEqual(d[0].range.start, { line: 1, character: 33 });
  assert.equal((await byText)[0].code, 'unknown-property');
  assert.ok((await completion).length > 0);

  assert.equal(client.restarts, before + 1);
  assert.match(events.at(-1).reason, reason);

  // The new engine has the document at its latest version, and takes updates.
  assert.equal((await client.validate({ uri, version: 2 }))[0].code, 'unknown-property');
  await client.update(uri, 3, 'SELECT 1;');
  assert.deepEqual(await client.validate({ uri, version: 3 }), []);
  await client.close(uri);
}

describe('restart (worker thread)', () => {
  it('after the Go program exits', async () => {
    const { client, events } = await started({ worker: true });
    try {
      await killAndCheck(client, events, 'exit', /exited/);
    } finally {
      client.dispose();
    }
  });

  it('after the call stack overflows', async () => {
    const { client, events } = await started({ worker: true });
    try {
      await killAndCheck(client, events, 'stack', /call stack|stack size/i);
    } finally {
      client.dispose();
    }
  });

  it('after a request hangs, when the watchdog fires', async () => {
    const { client, events } = await started({ worker: true, timeout: 2000 });
    try {
      const t0 = Date.now();
      await killAndCheck(client, events, 'hang', /no answer within 2000 ms/);
      assert.ok(Date.now() - t0 >= 2000);
    } finally {
      client.dispose();
    }
  });

  it('after the worker thread is terminated from outside', async () => {
    const { client, events } = await started({ worker: true });
    try {
      const uri = 'file:///restart/terminated.sql';
      await client.open(uri, 1, BAD);
      const old = client._backend.w;
      await old.terminate();
      await waitFor(() => client.restarts === 1, 5000, 'a restart');
      assert.match(events[0].reason, /exited/);
      const d = await client.validate({ uri, version: 1 });
      assert.equal(d[0].code, 'unknown-property');
      assert.notEqual(client._backend.w, old);
    } finally {
      client.dispose();
    }
  });

  it('gives the new engine the text the old one had, after edits inside surrogate pairs', async () => {
    const { client } = await started({ worker: true });
    try {
      const uri = 'file:///restart/surrogates.sql';
      await client.open(uri, 1, '/*😀*/ ALTER INTEGRATION x SET ENABLED = maybe; -- 😀😀');
      const at = (character) => ({ line: 0, character });
      // Each edit starts or ends between the halves of an emoji.
      await client.update(uri, 2, [{ range: { start: at(3), end: at(3) }, text: 'ab' }]); // before the first 😀
      await client.update(uri, 3, [{ range: { start: at(54), end: at(56) }, text: '' }]); // the first 😀 of the comment, not the second
      await client.update(uri, 4, [{ range: { start: at(5), end: at(5) }, text: '😀' }]); // inside the moved 😀
      const before = await client.validate({ uri, version: 4 });
      assert.equal(client._docs.get(uri).lines.text, '/*ab😀😀*/ ALTER INTEGRATION x SET ENABLED = maybe; -- 😀');
      await assert.rejects(client.__panicForTest('exit'), { code: 'crashed' });
      const after = await client.validate({ uri, version: 4 });
      assert.equal(client.restarts, 1);
      assert.deepEqual(after, before);
      assert.equal(before[0].code, 'invalid-enum-value');
      assert.deepEqual(before[0].range.start, at(45));
    } finally {
      client.dispose();
    }
  });

  it('twice in a row, and then keeps going', async () => {
    const { client, events } = await started({ worker: true });
    try {
      await killAndCheck(client, events, 'exit', /exited/);
      await killAndCheck(client, events, 'stack', /stack/i);
      assert.equal(client.restarts, 2);
    } finally {
      client.dispose();
    }
  });
});

describe('slow is not dead (worker thread)', () => {
  it('a long analysis reports progress, and is not taken for hung', async () => {
    // A worker whose messages are counted on their way to the client.
    let beats = 0;
    const workerFile = new URL('secint-worker.js', dist);
    const worker = () => {
      const w = new Worker(workerFile);
      w.on('message', (m) => {
        if (m?.type === 'progress') beats++;
      });
      return w;
    };
    // About 1 MB of statements: seconds of work in wasm, against a progress
    // report at least every 750 ms (a quarter of the timeout).
    const text = "ALTER SECURITY INTEGRATION x SET ENABLED = TRUE, COMMENT = 'c';\n".repeat(16_000) + BAD;
    const client = createSecint({ wasmURL: wasmPath, worker, timeout: 3000 });
    try {
      await client.ready;
      const uri = 'file:///slow.sql';
      await client.open(uri, 1, text);
      const d = await client.validate({ uri, version: 1 });
      assert.deepEqual(d.map((x) => x.code), ['unknown-property']);
      assert.ok(beats >= 1, `the engine reported no progress while it opened ${text.length} bytes`);
      assert.equal(client.restarts, 0);
      // And the engine answers a small question at once afterwards.
      assert.equal((await client.validate(BAD))[0].code, 'unknown-property');
    } finally {
      client.dispose();
    }
  });
});

describe('restart (in-process)', () => {
  it('after the Go program exits, with a new runtime', async () => {
    const { client, events } = await started({ worker: false });
    try {
      await killAndCheck(client, events, 'exit', /exited/);
    } finally {
      client.dispose();
    }
  });

  it('after the call stack overflows', async () => {
    const { client, events } = await started({ worker: false });
    try {
      await killAndCheck(client, events, 'stack', /stack/i);
    } finally {
      client.dispose();
    }
  });
});

describe('giving up', () => {
  it('fails for good after maxRestarts deaths without an answer', async () => {
    let made = 0;
    const workerFile = new URL('secint-worker.js', dist);
    const client = createSecint({
      wasmURL: wasmPath,
      testHooks: true,
      maxRestarts: 2,
      // The first worker is real; the next ones cannot even load their file.
      worker: () => (made++ === 0 ? new Worker(workerFile) : new Worker(new URL('no-such-worker.js', dist))),
    });
    try {
      await client.ready;
      const pending = client.validate(BAD);
      const kill = client.__panicForTest('exit');
      await assert.rejects(kill, { code: 'crashed' });
      // validate was sent before the kill and answered by the first worker.
      assert.equal((await pending)[0].code, 'unknown-property');
      const later = client.validate(BAD);
      await assert.rejects(later, { code: 'failed' });
      assert.equal(made, 3); // the real one and two restarts
      await assert.rejects(client.validate(BAD), { code: 'failed' });
    } finally {
      client.dispose();
    }
  });

  it('reports an engine that cannot start at all', async () => {
    const client = createSecint({ wasmURL: new URL('no-such.wasm', dist), worker: true });
    const pending = client.validate(BAD);
    await assert.rejects(client.ready, { code: 'failed' });
    await assert.rejects(pending, { code: 'failed' });
    assert.equal(client.restarts, 0);
    client.dispose();
  });
});

describe('dispose', () => {
  it('rejects what is pending and what comes after', async () => {
    const client = createSecint({ wasmURL: wasmPath, worker: true });
    const pending = client.validate(BAD);
    client.dispose();
    await assert.rejects(pending, { code: 'disposed' });
    await assert.rejects(client.ready, { code: 'disposed' });
    await assert.rejects(client.validate(BAD), { code: 'disposed' });
    client.dispose(); // twice is fine
  });
});
