// The client's bookkeeping against scripted fake workers, for the cases the
// real engine cannot be made to produce on demand: a request that kills every
// engine it reaches, a worker of another protocol, one that never starts.
// (Everything else is tested against the real secint.wasm.)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createSecint, sleep } from './helpers.js';
import { PROTOCOL } from '../src/protocol.js';

// FakeWorker speaks the protocol like a Web Worker. `script(msg, w)` answers
// each request; by default it answers {value: [method, ...params]}. As the
// real host (serve.js) does, it holds the requests that come before it has
// said ready, and takes them once it has.
class FakeWorker {
  constructor(script = {}) {
    this.script = script;
    this.received = [];
    this.terminated = false;
    this.onmessage = null;
    this.held = []; // null once ready
  }

  postMessage(msg) {
    this.received.push(msg);
    setTimeout(() => this.handle(msg), 1);
  }

  send(msg) {
    if (this.terminated) return;
    this.onmessage?.({ data: msg });
    if (msg.type === 'ready' && this.held) {
      const held = this.held;
      this.held = null;
      for (const m of held) this.handle(m);
    }
  }

  handle(msg) {
    if (this.terminated) return;
    if (msg.type === 'request' && this.held) {
      this.held.push(msg);
      return;
    }
    if (msg.type === 'init') {
      if (this.script.init) return this.script.init(msg, this);
      return this.send({ type: 'ready', info: { version: 'fake', go: 'go', protocol: PROTOCOL, loadedWith: 'fake' }, module: this.script.module });
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

  it('takes a slow request that reports progress for slow, not hung', async () => {
    const f = fakes({
      request(msg, w) {
        if (msg.params[0] !== 'slow') return w.send({ type: 'response', id: msg.id, value: msg.params[0] });
        // Six times the watchdog's timeout, with a sign of life every third of it.
        let beats = 0;
        const beat = setInterval(() => {
          if (++beats < 18) return w.send({ type: 'progress' });
          clearInterval(beat);
          w.send({ type: 'response', id: msg.id, value: 'done' });
        }, 10);
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker, timeout: 30 });
    await client.ready;
    assert.equal(f.made[0].received[0].progressEvery, 7); // a quarter of the timeout
    const slow = client.validate('slow');
    const small = client.validate('small'); // waits behind it, is not lost
    assert.equal(await slow, 'done');
    assert.equal(await small, 'small');
    assert.equal(client.restarts, 0);
    assert.equal(f.made.length, 1);
    client.dispose();
  });

  it('still restarts an engine that stops reporting', async () => {
    let first = true;
    const f = fakes({
      request(msg, w) {
        if (first) {
          first = false;
          w.send({ type: 'progress' }); // one sign of life, then nothing
          return;
        }
        w.send({ type: 'response', id: msg.id, value: 'answered' });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker, timeout: 30 });
    await client.ready;
    assert.equal(await client.validate('x'), 'answered');
    assert.equal(client.restarts, 1);
    client.dispose();
  });

  it('quarantines a document that kills every engine, and serves the others', async () => {
    const BIG = 'file:///big.sql';
    const f = fakes({
      request(msg, w) {
        const uri = typeof msg.params[0] === 'string' ? msg.params[0] : msg.params[0]?.uri;
        if (uri === BIG && (msg.method === 'open' || msg.method === 'validate')) return w.send({ type: 'dead', reason: 'out of memory' });
        w.send({ type: 'response', id: msg.id, value: msg.method === 'validate' ? [uri ?? msg.params[0]] : true });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker, maxRestarts: 3 });
    const restarts = [];
    client.onRestart((e) => restarts.push(e.reason));
    await client.ready;
    await client.open('file:///a.sql', 1, 'a');
    const opened = client.open(BIG, 1, 'huge');
    const q = client.validate({ uri: BIG, version: 1 });
    const small = client.validate({ uri: 'file:///a.sql', version: 1 });
    await opened; // a document change is settled: the client has the text
    await assert.rejects(q, { code: 'quarantined', message: /file:\/\/\/big\.sql stopped the secint engine twice \(last: out of memory\)/ });
    assert.deepEqual(await small, ['file:///a.sql']);
    // Two deaths (the open, then its re-open into the new engine), not one per restart allowed.
    assert.equal(client.restarts, 2);
    assert.equal(f.made.length, 3);
    const third = f.made[2].received.filter((m) => m.type === 'request');
    assert.ok(third.every((m) => m.params[0] !== BIG), 'the third engine is never given the document');

    // The others keep working, for as long as it takes, and so does text.
    for (let v = 2; v < 10; v++) {
      await client.update('file:///a.sql', v, `a${v}`);
      assert.deepEqual(await client.validate({ uri: 'file:///a.sql', version: v }), ['file:///a.sql']);
    }
    assert.deepEqual(await client.validate('tiny'), ['tiny']);
    // The quarantined document: changes kept in the client only, questions refused.
    await client.update(BIG, 2, 'still huge');
    await assert.rejects(client.validate({ uri: BIG, version: 2 }), { code: 'quarantined' });
    await client.close(BIG);
    assert.ok(f.made[2].received.every((m) => m.type !== 'request' || m.params[0] !== BIG));
    // Opening it again is another try (which kills twice again here).
    await client.open(BIG, 3, 'huge again');
    await assert.rejects(client.validate({ uri: BIG, version: 3 }), { code: 'quarantined' });
    assert.equal(client.restarts, 4);
    assert.deepEqual(await client.validate({ uri: 'file:///a.sql', version: 9 }), ['file:///a.sql']);
    client.dispose();
  });

  it('blames the re-open that kills a new engine, not an older question asked again', async () => {
    let opens = 0;
    const f = fakes({
      request(msg, w) {
        // The first engine dies on a question about a.sql; every engine
        // dies when it is given big.sql.
        if (msg.method === 'open' && msg.params[0] === 'file:///big.sql' && ++opens > 1) return w.send({ type: 'dead', reason: 'out of memory' });
        if (msg.method === 'hover' && f.made.length === 1) return w.send({ type: 'dead', reason: 'once' });
        w.send({ type: 'response', id: msg.id, value: msg.method === 'validate' ? ['checked'] : true });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await client.ready;
    await client.open('file:///a.sql', 1, 'a');
    await client.open('file:///big.sql', 1, 'big'); // the first engine takes it
    const hover = client.hover({ uri: 'file:///a.sql', version: 1 }, { line: 0, character: 0 });
    // Engine 1 dies on the hover; engines 2 and 3 on the re-open of big.sql,
    // with the hover of a.sql, older, waiting behind it each time.
    assert.equal(await hover, true);
    await assert.rejects(client.validate({ uri: 'file:///big.sql', version: 1 }), { code: 'quarantined' });
    assert.deepEqual(await client.validate({ uri: 'file:///a.sql', version: 1 }), ['checked']);
    assert.equal(client.restarts, 3);
    client.dispose();
  });

  it('rejects a question at a position that kills, and keeps its document', async () => {
    const f = fakes({
      request(msg, w) {
        if (msg.method === 'complete') return w.send({ type: 'dead', reason: 'stack overflow' });
        w.send({ type: 'response', id: msg.id, value: msg.method === 'validate' ? ['checked'] : true });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await client.ready;
    await client.open('file:///a.sql', 1, 'a');
    await assert.rejects(client.complete({ uri: 'file:///a.sql', version: 1 }, { line: 0, character: 0 }), { code: 'crashed' });
    assert.deepEqual(await client.validate({ uri: 'file:///a.sql', version: 1 }), ['checked']);
    assert.equal(client.restarts, 2);
    client.dispose();
  });

  it('sends requests right behind the init, before the worker says ready', async () => {
    let readyAt = null;
    const f = fakes({
      init(msg, w) {
        setTimeout(() => {
          readyAt = w.received.length;
          w.send({ type: 'ready', info: { version: 'fake', go: 'go', protocol: PROTOCOL, loadedWith: 'fake' } });
        }, 30);
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    const opened = client.open('file:///a.sql', 1, 'a');
    const answer = client.validate({ uri: 'file:///a.sql', version: 1 });
    await opened;
    assert.deepEqual(await answer, ['validate', { uri: 'file:///a.sql', version: 1 }]);
    assert.deepEqual(f.made[0].received.slice(0, readyAt).map((m) => m.method ?? m.type), ['init', 'open', 'validate']);
    client.dispose();
  });

  it('blames no document for an engine that dies while it starts', async () => {
    const f = fakes({
      init(msg, w) {
        // Engines 2 and 3 die starting, with a.sql's re-open sent behind
        // their init; engine 4 starts.
        if (f.made.length === 2 || f.made.length === 3) return w.send({ type: 'init-error', error: { code: 'failed', message: 'no memory' } });
        w.send({ type: 'ready', info: { version: 'fake', go: 'go', protocol: PROTOCOL, loadedWith: 'fake' } });
      },
      request(msg, w) {
        if (msg.method === 'hover' && f.made.length === 1) return w.send({ type: 'dead', reason: 'once' });
        w.send({ type: 'response', id: msg.id, value: msg.method === 'validate' ? ['checked'] : true });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    await client.ready;
    await client.open('file:///a.sql', 1, 'a');
    await client.hover('text', { line: 0, character: 0 }); // kills engine 1, answered by engine 4
    assert.equal(f.made.length, 4);
    assert.deepEqual(await client.validate({ uri: 'file:///a.sql', version: 1 }), ['checked'], 'a.sql is not quarantined');
    client.dispose();
  });

  it('answers a document opened with the text it just checked without asking again', async () => {
    const f = fakes({
      request(msg, w) {
        w.send({ type: 'response', id: msg.id, value: msg.method === 'validate' ? [{ asked: msg.params[0] }] : true });
      },
    });
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: f.worker });
    const early = await client.validate('SELECT 1;');
    await client.open('file:///a.sql', 1, 'SELECT 1;');
    assert.equal(await client.validate({ uri: 'file:///a.sql', version: 1 }), early, 'the same answer');
    const asked = () => f.made[0].received.filter((m) => m.method === 'validate').map((m) => m.params[0]);
    assert.deepEqual(asked(), ['SELECT 1;'], 'and no question about the document');
    // Taken once: the next check of the document asks the engine.
    assert.deepEqual(await client.validate({ uri: 'file:///a.sql', version: 1 }), [{ asked: { uri: 'file:///a.sql', version: 1 } }]);

    // Not reused: another text, an edit before the check, new settings.
    await client.validate('SELECT 2;');
    await client.open('file:///b.sql', 1, 'SELECT 3;');
    assert.deepEqual(await client.validate({ uri: 'file:///b.sql', version: 1 }), [{ asked: { uri: 'file:///b.sql', version: 1 } }]);
    await client.validate('SELECT 4;');
    await client.open('file:///c.sql', 1, 'SELECT 4;');
    await client.update('file:///c.sql', 2, 'SELECT 5;');
    assert.deepEqual(await client.validate({ uri: 'file:///c.sql', version: 2 }), [{ asked: { uri: 'file:///c.sql', version: 2 } }]);
    await client.validate('SELECT 6;');
    await client.open('file:///d.sql', 1, 'SELECT 6;');
    await client.configure({ rules: { 'quoted-value': 'off' } });
    assert.deepEqual(await client.validate({ uri: 'file:///d.sql', version: 1 }), [{ asked: { uri: 'file:///d.sql', version: 1 } }]);
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
