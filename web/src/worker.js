// secint-worker.js: the engine in a worker. Host this file next to
// secint.wasm and pass its URL as `workerURL` (the default is the file next to
// the package's index.js). It is one self-contained ES module (wasm_exec.js is
// bundled in): no Blob, no eval, no import of other files, so it runs under
// `script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'`.
//
// The same file serves a Node worker thread (worker_threads), which is what
// the client uses under Node unless told `worker: false`.

import { serve } from './serve.js';

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  serve({
    post: (msg) => globalThis.postMessage(msg),
    listen: (fn) => globalThis.addEventListener('message', (e) => fn(e.data)),
  }, { tierUp: true }); // only a browser caches compiled wasm for the next visit
} else {
  const { parentPort } = await import('node:worker_threads');
  if (!parentPort) {
    throw new Error('secint-worker.js runs as a Web Worker or a Node worker thread, not as a main script');
  }
  serve({
    post: (msg) => parentPort.postMessage(msg),
    listen: (fn) => parentPort.on('message', fn),
  });
}
