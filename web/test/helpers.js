// Shared by the tests: where the built package is, and small utilities.
import { fileURLToPath } from 'node:url';

export const dist = new URL('../dist/', import.meta.url);
export const wasmPath = fileURLToPath(new URL('secint.wasm', dist));
export const { createSecint, SecintError, registerMonaco, secintMarkers, EDITOR_OPTIONS, toMonacoRange } = await import(new URL('index.js', dist).href);

/** The two ways the package runs under Node. */
export const backends = [
  { name: 'in-process', worker: false },
  { name: 'worker thread', worker: true },
];

/** offsetAt turns an LSP position into a JavaScript string index (UTF-16). */
export function offsetAt(text, pos) {
  const lines = text.split(/\r\n|\r|\n/);
  let off = 0;
  for (let i = 0; i < pos.line; i++) {
    off += lines[i].length;
    off += text.slice(off).match(/^(\r\n|\r|\n)/)[0].length;
  }
  return off + pos.character;
}

/** positionAt turns a JavaScript string index into an LSP position. */
export function positionAt(text, off) {
  const before = text.slice(0, off);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** slice returns the text of an LSP range. */
export function slice(text, range) {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** applyEdits applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) {
    text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
  }
  return text;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** waitFor polls cond until it holds or ms pass. */
export async function waitFor(cond, ms = 5000, what = 'condition') {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await cond()) return;
    await sleep(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}
