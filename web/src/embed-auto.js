// The one-script-tag form of the documentation embeds (built into
// dist/standalone/secint-embed.js, CodeMirror included):
//
//   <script type="module" src="/secint/standalone/secint-embed.js"
//           data-wasm="/secint/secint.wasm" data-worker="/secint/secint-worker.js"></script>
//
// It reads its options from its own <script> element's data- attributes:
// data-wasm and data-worker (by default secint.wasm and secint-worker.js in
// the folder above this file, as the package lays them out), data-selector,
// data-playground (the playground's URL, for "Open in playground" links) and
// data-diagnostics (a URL that a diagnostic code is appended to, after #).

import { mountSnippets } from './embed.js';

const here = import.meta.url;
const self = [...document.querySelectorAll('script[src]')].find((s) => s.src === here);
const data = self?.dataset ?? {};
const url = (v, fallback) => new URL(v ?? fallback, v ? document.baseURI : here).href;

const start = () => {
  const diagnostics = data.diagnostics;
  globalThis.secintEmbed = mountSnippets({
    wasmURL: url(data.wasm, '../secint.wasm'),
    workerURL: url(data.worker, '../secint-worker.js'),
    selector: data.selector || undefined,
    playgroundURL: data.playground || undefined,
    diagnosticURL: diagnostics ? (code) => `${diagnostics}#${code}` : undefined,
  });
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
