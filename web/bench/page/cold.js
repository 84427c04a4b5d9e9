// The cold-start page: one measurement per page load (browser.mjs opens a
// fresh page for each), either of the secint package (new Worker → first
// diagnostics of a small document, through createSecint as an application
// starts it) or of an empty Go wasm program (new Worker → its ready
// message). Every URL carries the run's number and is served with
// Cache-Control: no-store, so no run finds a compiled module or a script in
// a cache the other did not have.

import { createSecint } from 'secint';

window.coldSecint = async (run, text) => {
  const t0 = performance.now();
  const client = createSecint({
    wasmURL: `/secint.wasm?run=${run}`,
    worker: () => new Worker(`/secint-worker.js?run=${run}`, { type: 'module', name: 'secint' }),
  });
  const diags = await client.validate(text);
  const ms = performance.now() - t0;
  client.dispose();
  return { ms, diagnostics: diags.length };
};

window.coldEmpty = (run) =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    const w = new Worker(`/assets/empty-worker.js?run=${run}`, { type: 'module', name: 'empty' });
    w.onmessage = (e) => {
      const ms = performance.now() - t0;
      w.terminate();
      if (e.data?.type === 'ready') resolve({ ms });
      else reject(new Error(`empty worker: ${JSON.stringify(e.data)}`));
    };
    w.onerror = (e) => reject(new Error(`empty worker: ${e.message}`));
  });
