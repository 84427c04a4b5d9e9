// Fix all: the preferred fix of every diagnostic, applied together when they
// help, as `secint check --fix` does it (validator.FixAll): in rounds (a fix
// may uncover another), each round kept only when it leaves fewer errors (or
// as many errors and fewer diagnostics) and brings no error of a code the
// text did not have; a round that does not help is split in halves until the
// fixes that do are found. The engine is asked through the client, with
// texts, so this works with any editor.

import { applyChanges } from './positions.js';

const MAX_ROUNDS = 8;
const MAX_CHECKS = 32;

const before = (a, b) => a.line < b.line || (a.line === b.line && a.character < b.character);
const same = (a, b) => a.line === b.line && a.character === b.character;

/**
 * fixAllText returns {text, count}: the text with every helpful fix applied,
 * and how many were.
 * @param {import('./index').SecintClient} client
 * @param {string} text
 */
export async function fixAllText(client, text) {
  let diags = await client.validate(text);
  const origCodes = new Set(diags.filter((d) => d.severity === 'error').map((d) => d.code));
  const errors = (ds) => ds.reduce((n, d) => n + (d.severity === 'error' ? 1 : 0), 0);
  const better = (b, a) => {
    const eb = errors(b);
    const ea = errors(a);
    if (ea > eb || (ea === eb && a.length >= b.length)) return false;
    return a.every((d) => d.severity !== 'error' || origCodes.has(d.code));
  };
  let count = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const skip = new Set();
    const budget = { n: MAX_CHECKS };
    let good = null;
    while (!good && budget.n > 0) {
      const { fixes, from } = chooseFixes(diags, skip);
      if (fixes.length === 0) break;
      for (const i of from) skip.add(i);
      good = await helpful(client, text, diags, fixes, better, budget);
    }
    if (!good) break;
    count += good.fixes.length;
    text = good.text;
    diags = good.diags;
  }
  return { text, count };
}

// chooseFixes takes the first fix of each diagnostic (but those in skip), in
// document order, leaving out any whose edits overlap, or insert at the same
// place as, edits already taken.
function chooseFixes(diags, skip) {
  const taken = [];
  const fixes = [];
  const from = [];
  diags.forEach((d, i) => {
    if (skip.has(i) || !d.fixes?.length) return;
    const edits = d.fixes[0].edits;
    const clash = edits.some((e) =>
      taken.some((t) => {
        if (same(e.range.start, t.range.start)) return true;
        return before(e.range.start, t.range.end) && before(t.range.start, e.range.end);
      }),
    );
    if (clash) return;
    taken.push(...edits);
    fixes.push(edits);
    from.push(i);
  });
  return { fixes, from };
}

function apply(text, fixes) {
  const edits = fixes.flat().sort((a, b) => (before(a.range.start, b.range.start) ? 1 : before(b.range.start, a.range.start) ? -1 : 0));
  return applyChanges(text, edits.map((e) => ({ range: e.range, text: e.newText })));
}

async function helpful(client, text, diags, fixes, better, budget) {
  if (fixes.length === 0 || budget.n <= 0) return null;
  budget.n--;
  const next = apply(text, fixes);
  const nextDiags = await client.validate(next);
  if (better(diags, nextDiags)) return { fixes, text: next, diags: nextDiags };
  if (fixes.length === 1) return null;
  const mid = fixes.length >> 1;
  const l = await helpful(client, text, diags, fixes.slice(0, mid), better, budget);
  const r = await helpful(client, text, diags, fixes.slice(mid), better, budget);
  if (!l) return r;
  if (!r) return l;
  if (budget.n > 0) {
    budget.n--;
    const both = [...l.fixes, ...r.fixes];
    const t = apply(text, both);
    const d = await client.validate(t);
    if (better(diags, d)) return { fixes: both, text: t, diags: d };
  }
  return l;
}
