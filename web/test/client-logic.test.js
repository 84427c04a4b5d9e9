// The client's bookkeeping against scripted fake workers, for the cases the
// real engine cannot be made to produce on demand: a request that kills every
// engine it reaches, a worker of another protocol, one that never starts.
// (Everything else is tested against the real secint.wasm.)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createSecint, sleep } from './helpers.js';

// FakeWorker speaks the protocol like a Web Worker. `script(msg, w)` answers
// each request; by default it answers {value: [method, ...params]}.
class FakeWorker {
  constructor(script = {}) {
    this.script = script;
    this.received = [];
    this.terminated = false;
    this.onmessage = null;
  }

  postMessage(msg) {
    this.received.push(msg);
    setTimeout(() => this.handle(msg), 1);
  }

  send(msg) {
    if (!this.terminated) this.onmessage?.({ data: msg });
  }

  handle(msg) {
    if (this.terminated) return;
    if (msg.type === 'init') {
      if (this.script.init) return this.script.init(msg, this);
      return this.send({ type: 'ready', info: { version: 'fake', go: 'go', protocol: 3, loadedWith: 'fake' }, module: this.script.module });
    }
    if (this.script.request) return this.script.request(msg, this);
    this.send({ type: 'response', id: msg.id, value: [msg.method, ...msg.params] });
  }

  terminate() {
    this.terminated = true;
  }
}

function fakes(script) {
  const made = [];
  return {
    made,
    worker: () => {
      const w = new FakeWorker(script);
      made.push(w);
      return w;
    },
  };
}

describe('client bookkeeping (fake workers)', () => {
  // A real worker keeps Node alive while it starts; these fakes do not.
  let keepAlive;
  before(() => {
    keepAlive = setInterval(() => {}, 60_000);
  });
  after(() => clearInterval(keepAlive));

  it('asks again once after a death, then rejects the request that kills', async () => {
    const f = fakes({
      request(msg, w) {
        if (msg.params[0] === 'poison') return w.send({ type: 'dead', reason: 'poisoned' });
        w.send({ type: 'response', id: msg.id, value: msg.params[0] });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await client.ready;
    const poison = client.validate('poison');
    const after = client.validate('fine');
    await assert.rejects(poison, { code: 'crashed' });
    assert.equal(await after, 'fine');
    assert.equal(client.restarts, 2);
    assert.equal(f.made.length, 3);
    assert.equal(await client.validate('still fine'), 'still fine');
    client.dispose();
    assert.ok(f.made.every((w) => w.terminated));
  });

  it('re-opens documents before asking again, and settles document changes', async () => {
    let die = true;
    const f = fakes({
      request(msg, w) {
        if (msg.method === 'validate' && die) {
          die = false;
          return w.send({ type: 'dead', reason: 'once' });
        }
        w.send({ type: 'response', id: msg.id, value: msg.method === 'validate' ? [] : true });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await client.ready;
    await client.open('file:///a', 1, 'one');
    await client.open('file:///b', 1, 'b');
    const q = client.validate({ uri: 'file:///a', version: 1 });
    const u = client.update('file:///a', 2, 'two'); // sent behind the killing request
    const q2 = client.validate({ uri: 'file:///a', version: 2 });
    await u;
    assert.equal(await q, null); // answered after version 2 came: outdated
    assert.deepEqual(await q2, []);
    const second = f.made[1].received.filter((m) => m.type === 'request');
    assert.deepEqual(
      second.map((m) => [m.method, ...m.params.slice(0, 1)]),
      [
        ['open', 'file:///a'],
        ['open', 'file:///b'],
        ['validate', { uri: 'file:///a', version: 1 }],
        ['validate', { uri: 'file:///a', version: 2 }],
      ],
    );
    assert.deepEqual(second[0].params, ['file:///a', 2, 'two']); // the latest version, not the first
    client.dispose();
  });

  it('hands the compiled module of one worker to the next', async () => {
    const module = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    let die = true;
    const f = fakes({
      module,
      request(msg, w) {
        if (die) {
          die = false;
          return w.send({ type: 'dead', reason: 'once' });
        }
        w.send({ type: 'response', id: msg.id, value: 1 });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await client.ready;
    assert.equal(await client.validate('x'), 1);
    assert.equal(f.made[0].received[0].module, undefined);
    assert.equal(f.made[0].received[0].wantModule, true);
    assert.equal(f.made[1].received[0].module, module);
    client.dispose();
  });

  it('refuses a worker of another protocol without restarting', async () => {
    const f = fakes({
      init(msg, w) {
        w.send({ type: 'ready', info: { version: 'old', go: 'go', protocol: 0 } });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await assert.rejects(client.ready, { code: 'protocol' });
    await assert.rejects(client.validate('x'), { code: 'protocol' });
    assert.equal(f.made.length, 1);
    client.dispose();
  });

  it('gives up on an engine that never says ready', async () => {
    const f = fakes({ init() {} });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker, startTimeout: 50 });
    const pending = client.validate('x');
    await assert.rejects(client.ready, { code: 'failed', message: /did not start within 50 ms/ });
    await assert.rejects(pending, { code: 'failed' });
    client.dispose();
  });

  it('ignores what a replaced worker still says', async () => {
    let first = true;
    const f = fakes({
      request(msg, w) {
        if (first) {
          first = false;
          const id = msg.id;
          w.send({ type: 'dead', reason: 'gone' });
          // A late answer from the dead worker must not settle anything.
          w.terminated = false;
          setTimeout(() => w.send({ type: 'response', id, value: 'from the dead' }), 5);
          return;
        }
        w.send({ type: 'response', id: msg.id, value: 'alive' });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await client.ready;
    assert.equal(await client.validate('x'), 'alive');
    await sleep(20);
    client.dispose();
  });
});
