// The engine: one Go runtime running secint.wasm, in whatever thread loads it
// (a worker, or the page itself with `worker: false`).

import { METHODS, SecintError, TEST_METHOD, PROTOCOL } from './protocol.js';

// A statement of each kind, a mistake and another kind of SQL: the first
// check of a runtime is several times slower than the next ones (the parser
// builds its caches, and the JavaScript engine compiles the code paths it
// meets for the first time), so a new runtime runs each feature once on this.
// The host (serve.js) does it after answering the first request, one step
// at a time while idle, so that the warm-up never delays the first
// diagnostics: the first real document warms the parser itself.
const WARM_UP = `CREATE OR REPLACE SECURITY INTEGRATION warm_up
  TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE
  OAUTH_CLIENT_ID = 'id' OAUTH_CLIENT_SECRET = 'x' OAUTH_GRANT = 'CLIENT_CREDENTIALS'
  OAUTH_TOKEN_ENDPOINT = 'https://example.com/token' OAUTH_ALLOWED_SCOPES = ('a', 'b')
  OAUTH_ACCESS_TOKEN_VALIDITY = 3600 COMMENT = 'warm-up';
ALTER SECURITY INTEGRATION IF EXISTS warm_up SET OAUTH_CLIENTID = 'x', ENABLED = 'TRUE';
ALTER INTEGRATION warm_up UNSET COMMENT;
ALTER INTEGRATION warm_up SET TAG t = 'v';
DESCRIBE INTEGRATION warm_up;
SHOW INTEGRATIONS LIKE 'warm%';
DROP INTEGRATION IF EXISTS warm_up;
SELECT 1;
ALTER SECURITY INTEGRATION warm_up SET `;

/** Thrown by Engine.call when the runtime is dead. */
export class EngineDead extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'EngineDead';
  }
}

// import() of a name the bundler must leave alone: Node built-ins, reached
// only when running under Node.
const nodeImport = (name) => import(/* webpackIgnore: true */ /* @vite-ignore */ name);

let GoClass = null;

// goClass evaluates wasm_exec.js (bundled in) once and takes the Go class it
// defines, putting back whatever globalThis.Go was before, so that another Go
// program on the same page keeps its own.
async function goClass() {
  if (!GoClass) {
    const had = Object.prototype.hasOwnProperty.call(globalThis, 'Go');
    const before = globalThis.Go;
    await import('#wasm_exec');
    GoClass = globalThis.Go;
    if (had) globalThis.Go = before;
    else delete globalThis.Go;
  }
  return GoClass;
}

/**
 * instantiate loads and instantiates the module. `source` is a compiled
 * WebAssembly.Module, bytes, or a URL string. A URL served as
 * application/wasm is compiled while it downloads (instantiateStreaming);
 * another Content-Type, or a file: URL under Node, is read whole first.
 * Returns {instance, module, via}.
 */
export async function instantiate(source, imports) {
  if (source instanceof WebAssembly.Module) {
    return { instance: await WebAssembly.instantiate(source, imports), module: source, via: 'module' };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const r = await WebAssembly.instantiate(source, imports);
    return { ...r, via: 'bytes' };
  }
  const url = new URL(String(source));
  if (url.protocol === 'file:') {
    const fs = await nodeImport('node:fs/promises');
    const r = await WebAssembly.instantiate(await fs.readFile(url), imports);
    return { ...r, via: 'file' };
  }
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    throw new SecintError('failed', `could not load ${url.href}: HTTP ${res.status}`);
  }
  const type = (res.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.instantiateStreaming === 'function') {
    const r = await WebAssembly.instantiateStreaming(res, imports);
    return { ...r, via: 'streaming' };
  }
  const r = await WebAssembly.instantiate(await res.arrayBuffer(), imports);
  return { ...r, via: 'fetch' };
}

let registrations = 0;

/**
 * startEngine starts a Go runtime on secint.wasm and checks its protocol.
 * With warmUp it also runs every warm-up step before it returns; serve.js
 * instead runs them later, when the engine is idle (warmUpSteps).
 * @param {{wasm: string | WebAssembly.Module | ArrayBuffer | ArrayBufferView, testHooks?: boolean, warmUp?: boolean}} options
 * @returns {Promise<Engine>}
 */
export async function startEngine({ wasm, testHooks = false, warmUp = false, progressEvery = 0 }) {
  const Go = await goClass();
  const go = new Go();
  const key = `__secintRegister${++registrations}_${Math.random().toString(36).slice(2)}`;
  go.argv = ['secint', key];
  // progressEvery > 0: while a request runs long, the engine calls this
  // global function at most once every progressEvery ms (wasm/main.go), and
  // the engine's onProgress listener hears it: a sign of life for the
  // client's watchdog. It lives as long as the runtime.
  let progressKey = null;
  let onProgress = () => {};
  if (progressEvery > 0) {
    progressKey = `${key}_progress`;
    globalThis[progressKey] = () => onProgress();
    go.argv.push(progressKey, String(Math.max(1, Math.floor(progressEvery))));
  }
  go.env = testHooks ? { SECINT_TEST_HOOKS: '1' } : {};
  const t0 = performance.now();
  const { instance, module, via } = await instantiate(wasm, go.importObject);
  const t1 = performance.now();

  let api = null;
  globalThis[key] = (exports) => {
    api = exports;
  };
  let exited;
  try {
    // run() executes main() until it blocks: the exports are registered
    // when it returns; the promise settles when the program exits.
    exited = go.run(instance);
  } finally {
    delete globalThis[key];
  }
  const engine = new Engine(go, api, module, via, testHooks);
  engine.startMs = { load: t1 - t0, run: performance.now() - t1 };
  onProgress = () => engine._progress?.();
  if (progressKey) engine.onDeath(() => delete globalThis[progressKey]);
  exited.then(
    () => engine._die(`the Go runtime exited${engine.exitCode ? ` (code ${engine.exitCode})` : ''}`),
    (e) => engine._die(`the Go runtime failed: ${e?.message ?? e}`),
  );
  if (!api) {
    throw new SecintError('failed', 'secint.wasm did not register its exports');
  }
  const v = engine.call('version', []);
  if (v.error) throw new SecintError('failed', v.error.message);
  if (v.value.protocol !== PROTOCOL) {
    throw new SecintError('protocol', `secint.wasm speaks protocol ${v.value.protocol}, this package ${PROTOCOL}: serve the secint.wasm of the same build`);
  }
  engine.info = v.value;
  if (warmUp) engine.warmUp();
  return engine;
}

/** Engine calls the exports of one Go runtime. */
export class Engine {
  constructor(go, api, module, via, testHooks) {
    this.go = go;
    this.api = api;
    this.module = module;
    this.via = via;
    this.testHooks = testHooks;
    this.info = null;
    this.startMs = null; // {load, run}: see EngineInfo in index.d.ts
    this.dead = null; // the reason, once dead
    this.exitCode = undefined;
    this._listeners = [];
    go.exit = (code) => {
      this.exitCode = code;
    };
  }

  /** onProgress calls fn() each time a long call says it is still working. */
  onProgress(fn) {
    this._progress = fn;
  }

  /** onDeath calls fn(reason) once, when the runtime dies. */
  onDeath(fn) {
    if (this.dead) fn(this.dead);
    else this._listeners.push(fn);
  }

  _die(reason) {
    if (this.dead) return;
    this.dead = reason;
    const ls = this._listeners;
    this._listeners = [];
    for (const fn of ls) fn(reason);
  }

  /**
   * call runs one export and returns {value} or {error: {code, message}}.
   * The exports never throw and always return one of those; anything else
   * (a throw, such as the RangeError of a stack overflow, or undefined after
   * the program exited) means the runtime is dead or no longer to be
   * trusted: call throws EngineDead, now and from then on.
   */
  call(method, params) {
    if (this.dead) throw new EngineDead(this.dead);
    const allowed = METHODS.has(method) || (method === TEST_METHOD && this.testHooks);
    const fn = allowed ? this.api[method] : undefined;
    if (typeof fn !== 'function') {
      return { error: { code: 'unknown-method', message: `no such method: ${String(method)}` } };
    }
    let r;
    try {
      r = fn(...(Array.isArray(params) ? params : []));
    } catch (e) {
      this._die(`the engine threw in ${method}: ${e?.message ?? e}`);
      throw new EngineDead(this.dead);
    }
    if (this.go.exited || r === null || typeof r !== 'object' || !('value' in r || 'error' in r)) {
      this._die(this.go.exited ? `the Go runtime exited in ${method}${this.exitCode ? ` (code ${this.exitCode})` : ''}` : `the engine returned nothing from ${method}`);
      throw new EngineDead(this.dead);
    }
    return r;
  }

  /** warmUp runs every warm-up step now. */
  warmUp() {
    for (const step of warmUpSteps) step(this);
  }
}

const WARM_LINES = WARM_UP.split('\n');
const WARM_LAST = WARM_LINES.length - 1;
// For validateVisible, whose own scanner reads the whole text: enough of it
// for the JavaScript engine to compile the scanner's loop for speed, as the
// first paste of a megabyte would otherwise wait for.
const WARM_PASTE = 'SELECT 1;\n'.repeat(5000) + WARM_UP;
const WARM_PASTE_LAST = 5000 + WARM_LAST;

/**
 * The warm-up, in steps of one call each, so that a host can run them
 * between requests. Each throws EngineDead when the runtime is dead.
 */
export const warmUpSteps = [
  (e) => e.call('validate', [WARM_UP]),
  (e) => e.call('complete', [WARM_UP, { line: WARM_LAST, character: WARM_LINES[WARM_LAST].length }]),
  (e) => e.call('complete', [WARM_UP, { line: 5, character: 50 }]),
  (e) => e.call('hover', [WARM_UP, { line: 3, character: 5 }]),
  (e) => e.call('codeActions', [WARM_UP, { start: { line: 5, character: 0 }, end: { line: 5, character: 90 } }]),
  (e) => e.call('validateVisible', [WARM_PASTE, WARM_PASTE_LAST - 20, WARM_PASTE_LAST]),
];

// The tier-up: V8 compiles a module's functions with its baseline compiler
// when first called, and with its optimising compiler once they have run
// for a while; the browser keeps compiled code in its cache (for the next
// visit, and for the next worker of this visit) only once some of it is
// optimised. The first checks of a small worksheet optimise nothing, so
// every visit compiled again what its first check runs, as a cold one does
// (docs/speed.md, "Opening the page"). A browser worker therefore runs the
// warm-up's everyday calls TIER_UP_ROUNDS more times once the page is quiet
// (serve.js), one round per step (a few ms each), after which V8 writes the
// cache: on the next visit the first check finds the code of its path
// compiled and optimised. Counted in Chromium 156 with
// web/bench/pageload.mjs: after 8 rounds nothing was cached, after 20 about
// 1.5 MB of code; 50 leaves a margin, and costs a few hundred ms of the
// worker's time, once per worker.
export const TIER_UP_ROUNDS = 50;

const tierUpRound = (e) => {
  e.call('validate', [WARM_UP]);
  e.call('complete', [WARM_UP, { line: WARM_LAST, character: WARM_LINES[WARM_LAST].length }]);
  e.call('hover', [WARM_UP, { line: 3, character: 5 }]);
};

/** The tier-up: TIER_UP_ROUNDS steps of the same round. */
export const tierUpRounds = Array(TIER_UP_ROUNDS).fill(tierUpRound);
