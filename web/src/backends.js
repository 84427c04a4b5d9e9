// Backends host one engine and carry the protocol's messages to it. Each has
// post(msg), terminate(), and calls its onmessage(msg) and ondeath(reason)
// (set by the client). ref()/unref() say whether Node should stay alive for
// it.

import { serve } from './serve.js';

const nodeImport = (name) => import(/* webpackIgnore: true */ /* @vite-ignore */ name);

const isNode = () => typeof process !== 'undefined' && !!process.versions?.node && typeof WorkerGlobalScope === 'undefined';

/**
 * createBackend picks the backend for the `worker` option: false runs the
 * engine in this thread; a function returns a Worker to use (a Web Worker, or
 * a Node worker_threads Worker); otherwise a Web Worker from workerURL where
 * there is one, and a Node worker thread under Node.
 */
export async function createBackend({ worker, workerURL }) {
  if (worker === false) return new InProcessBackend();
  if (typeof worker === 'function') return wrapWorker(await worker());
  if (typeof Worker === 'function' && !isNode()) {
    return new WebWorkerBackend(new Worker(workerURL, { type: 'module', name: 'secint' }));
  }
  if (isNode()) {
    const { Worker: NodeWorker } = await nodeImport('node:worker_threads');
    return new NodeWorkerBackend(new NodeWorker(new URL(workerURL)));
  }
  return new InProcessBackend();
}

function wrapWorker(w) {
  if (w && typeof w.on === 'function' && typeof w.postMessage === 'function') return new NodeWorkerBackend(w);
  if (w && typeof w.postMessage === 'function') return new WebWorkerBackend(w);
  throw new TypeError('secint: the worker option must return a Worker');
}

class Backend {
  onmessage = () => {};
  ondeath = () => {};
  ref() {}
  unref() {}
}

/** A browser Web Worker. */
class WebWorkerBackend extends Backend {
  constructor(w) {
    super();
    this.w = w;
    this.closed = false;
    w.onmessage = (e) => {
      if (!this.closed) this.onmessage(e.data);
    };
    w.onerror = (e) => {
      e?.preventDefault?.();
      if (!this.closed) this.ondeath(`the worker failed: ${e?.message || 'error event (is the worker URL right?)'}`);
    };
    w.onmessageerror = () => {
      if (!this.closed) this.ondeath('the worker sent a message that could not be read');
    };
  }

  post(msg) {
    this.w.postMessage(msg);
  }

  terminate() {
    this.closed = true;
    this.w.terminate();
  }
}

/** A Node worker_threads Worker running the same worker file. */
class NodeWorkerBackend extends Backend {
  constructor(w) {
    super();
    this.w = w;
    this.closed = false;
    w.on('message', (m) => {
      if (!this.closed) this.onmessage(m);
    });
    w.on('error', (e) => {
      if (!this.closed) this.ondeath(`the worker failed: ${e?.message ?? e}`);
    });
    w.on('messageerror', () => {
      if (!this.closed) this.ondeath('the worker sent a message that could not be read');
    });
    w.on('exit', (code) => {
      if (!this.closed) this.ondeath(`the worker exited (code ${code})`);
    });
  }

  post(msg) {
    this.w.postMessage(msg);
  }

  terminate() {
    this.closed = true;
    this.w.terminate();
  }

  ref() {
    this.w.ref();
  }

  unref() {
    this.w.unref();
  }
}

/**
 * The engine in this thread (`worker: false`): the same message loop, with
 * messages passed asynchronously as a worker would. A hung request blocks
 * this thread: no watchdog can end it here.
 */
class InProcessBackend extends Backend {
  constructor() {
    super();
    this.closed = false;
    this.deliver = null;
    serve({
      post: (msg) => {
        queueMicrotask(() => {
          if (!this.closed) this.onmessage(msg);
        });
      },
      listen: (fn) => {
        this.deliver = fn;
      },
    });
  }

  post(msg) {
    queueMicrotask(() => {
      if (!this.closed) this.deliver(msg);
    });
  }

  terminate() {
    this.closed = true;
  }
}
