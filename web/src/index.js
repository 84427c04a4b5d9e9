// secint: Snowflake security-integration SQL checked as you type. The engine
// is Go compiled to WebAssembly, run in a Web Worker (or, with
// `worker: false`, in this thread); the Monaco adapter wires it into an editor.

export { createSecint, SecintClient } from './client.js';
export { SecintError, PROTOCOL } from './protocol.js';
export { registerMonaco, secintMarkers, EDITOR_OPTIONS } from './monaco.js';
export { toLspPosition, toLspRange, toMonacoRange } from './positions.js';
