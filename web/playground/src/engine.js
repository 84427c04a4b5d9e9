// The engine's client, started before the rest of the page: the build
// (build.mjs) makes this module an entry of its own (boot), which
// index.html runs ahead of main.js, so the worker downloads and compiles
// secint.wasm, and checks the worksheet the page opens with, while the
// browser is still fetching and evaluating Monaco. main.js imports it too,
// and gets the same client (one shared chunk).

import { createSecint } from 'secint';
import { openingWorksheet } from './first.js';

/* global __EDITOR_WORKER_URL__, __SECINT_WORKER_URL__, __SECINT_WASM_URL__, __DOCS_URL__ */
export const EDITOR_WORKER_URL = __EDITOR_WORKER_URL__;
const SECINT_WORKER_URL = __SECINT_WORKER_URL__;
const SECINT_WASM_URL = __SECINT_WASM_URL__;
export const DOCS_URL = __DOCS_URL__;

// --- Trusted Types ---
// Under `require-trusted-types-for 'script'` a worker's URL must be a
// TrustedScriptURL. This page's one policy allows only its own hashed
// worker files.
const WORKER_URLS = new Set([EDITOR_WORKER_URL, SECINT_WORKER_URL].map((u) => new URL(u, location.href).href));
const ttPolicy = globalThis.trustedTypes?.createPolicy('secint-playground', {
  createScriptURL(url) {
    const abs = new URL(url, location.href).href;
    if (!WORKER_URLS.has(abs)) throw new TypeError(`not a worker of this page: ${url}`);
    return abs;
  },
});
export const scriptURL = (u) => (ttPolicy ? ttPolicy.createScriptURL(u) : u);

// --- Monaco's own worker (diffs, word suggestions) ---
globalThis.MonacoEnvironment = {
  getWorker: () => new Worker(scriptURL(EDITOR_WORKER_URL), { type: 'module', name: 'monaco-editor' }),
};

let currentWorker = null;
export const client = createSecint({
  wasmURL: SECINT_WASM_URL,
  worker: () => {
    currentWorker = new Worker(scriptURL(SECINT_WORKER_URL), { type: 'module', name: 'secint' });
    return currentWorker;
  },
  // A check takes milliseconds; five seconds without an answer is a dead
  // worker, and a new one is started.
  timeout: 5000,
});

/** Terminates the engine's worker, as a crash would; the client's watchdog starts a new one. */
export function killWorker() {
  currentWorker?.terminate();
}

/**
 * The worksheet the page opens with ({text, example}), checked now; null
 * when the address holds a share link, which main.js decodes.
 */
export const first = location.hash ? null : openingWorksheet();
if (first) client.validate(first.text).catch(() => {}); // main.js's editor reuses the answer
