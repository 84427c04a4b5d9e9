// The cold-start page: one measurement per page load (browser.mjs opens a
// fresh page for each), either of the secint package (new Worker → first
// diagnostics of a small document, through createSecint as an application
// starts it) or of an empty Go wasm program (new Worker → its ready
// message). Every URL carries the run's number and is served with
// Cache-Control: no-store, so no run finds a compiled module or a script in
// a cache the other did not have.

import { createSecint } from 'secint';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Each stops its worker `stay` ms after the answer: a first visit that
// lasts (the compiled-code cache is written while the worker lives on).
window.coldSecint = async (run, text, stay = 0) => {
  const t0 = performance.now();
  const client = createSecint({
    wasmURL: `/secint.wasm?run=${run}`,
    worker: () => new Worker(`/secint-worker.js?run=${run}`, { type: 'module', name: 'secint' }),
  });
  let readyMs = null;
  client.ready.then(() => {
    readyMs = performance.now() - t0;
  });
  const diags = await client.validate(text);
  const ms = performance.now() - t0;
  await sleep(stay);
  client.dispose();
  return { ms, readyMs, startMs: client.info?.startMs, diagnostics: diags.length };
};

window.coldEmpty = (run, stay = 0) =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    const w = new Worker(`/assets/empty-worker.js?run=${run}`, { type: 'module', name: 'empty' });
    w.onmessage = (e) => {
      const ms = performance.now() - t0;
      if (e.data?.type !== 'ready') reject(new Error(`empty worker: ${JSON.stringify(e.data)}`));
      else sleep(stay).then(() => {
        w.terminate();
        resolve({ ms });
      });
    };
    w.onerror = (e) => reject(new Error(`empty worker: ${e.message}`));
  });
