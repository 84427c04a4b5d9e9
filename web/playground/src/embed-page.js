// The /embed/ demo page: a documentation page whose SQL examples become live
// editors through secint/embed, as any docs site would use it. This script
// is all the page loads at first; CodeMirror and the engine come with the
// first example that scrolls into view.

import { mountSnippets } from 'secint/embed';
import './embed.css';

/* global __SECINT_WORKER_URL__, __SECINT_WASM_URL__, __DOCS_URL__ */
const embed = mountSnippets({
  wasmURL: __SECINT_WASM_URL__,
  workerURL: __SECINT_WORKER_URL__,
  playgroundURL: '/',
  diagnosticURL: (code) => `${__DOCS_URL__}#${code}`,
});

// For the browser tests, and for anyone curious in the console.
globalThis.secintEmbed = embed;
