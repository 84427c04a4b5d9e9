// The empty Go program's worker (tools/emptywasm), made like secint's:
// a module worker with wasm_exec.js bundled in, which fetches the module with
// instantiateStreaming (served as application/wasm), runs it, and posts
// {type: 'ready'} when main says it runs.

// (imported dynamically, as the package's engine.js does: web/package.json
// says sideEffects: false, which would drop a bare import)
await import('../../dist/wasm_exec.js');

const go = new globalThis.Go();
globalThis.__emptyReady = () => postMessage({ type: 'ready' });
const { instance } = await WebAssembly.instantiateStreaming(fetch(`/empty.wasm${location.search}`), go.importObject);
go.run(instance);
