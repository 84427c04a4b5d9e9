// LineText keeps the client's copy of a document as lines: a change must
// give exactly what applying it to the whole string gives, clamping
// included, whatever line breaks meet across it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineText, applyChanges } from '../src/positions.js';

// The straightforward way: scan the string from its start.
function naiveOffset(text, position) {
  let start = 0;
  for (let line = 0; line < position.line; line++) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = start;
    const found = m.exec(text);
    if (!found) return text.length;
    start = found.index + found[0].length;
  }
  const m = /\r|\n/g;
  m.lastIndex = start;
  const found = m.exec(text);
  const end = found ? found.index : text.length;
  const at = Math.min(start + Math.max(0, position.character), end);
  // Inside a surrogate pair: the start of the character (the engine's rule).
  const c = text.charCodeAt(at);
  if (at > start && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff && c >= 0xdc00 && c <= 0xdfff) return at - 1;
  return at;
}

function naiveApply(text, change) {
  if (change.range == null) return change.text;
  let s = naiveOffset(text, change.range.start);
  let e = naiveOffset(text, change.range.end);
  if (e < s) [s, e] = [e, s];
  return text.slice(0, s) + change.text + text.slice(e);
}

describe('LineText', () => {
  it('applies random changes exactly as the whole string would', () => {
    let seed = 7;
    const rnd = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['\n', '\r', '\r\n', 'a', 'bc', '😀', ';', 'ALTER x;\n', '', '\n\r', 'é'];
    const make = (n) => Array.from({ length: n }, () => pieces[rnd(pieces.length)]).join('');
    for (let round = 0; round < 200; round++) {
      let want = make(rnd(30));
      const t = new LineText(want);
      for (let step = 0; step < 30; step++) {
        const lines = want.split(/\r\n|\r|\n/).length;
        const pos = () => ({ line: rnd(lines + 2) - 1, character: rnd(8) - 1 });
        const change = rnd(20) === 0 ? { text: make(rnd(10)) } : { range: { start: pos(), end: pos() }, text: make(rnd(4)) };
        want = naiveApply(want, change);
        t.apply(change);
        assert.equal(t.text, want, `round ${round} step ${step}: ${JSON.stringify(change)}`);
      }
    }
  });

  it('never cuts a surrogate pair: a position inside one is the start of its character', () => {
    const at = (line, character) => ({ line, character });
    // Typing between the halves of 😀 inserts before it.
    assert.equal(applyChanges('😀x', [{ range: { start: at(0, 1), end: at(0, 1) }, text: 'a' }]), 'a😀x');
    // A range that starts inside one pair and ends inside another takes
    // the first whole and leaves the second.
    assert.equal(applyChanges('a😀b😀c', [{ range: { start: at(0, 2), end: at(0, 5) }, text: '-' }]), 'a-😀c');
    // Ending inside a pair: up to the start of that character.
    assert.equal(applyChanges('😀😀', [{ range: { start: at(0, 0), end: at(0, 3) }, text: '' }]), '😀');
    // From inside a pair to just after it: the whole character.
    assert.equal(applyChanges('x\n😀;', [{ range: { start: at(1, 1), end: at(1, 2) }, text: 'y' }]), 'x\ny;');
    // A lone surrogate is left as it is: nothing to keep together.
    assert.equal(applyChanges('\ud83dx', [{ range: { start: at(0, 1), end: at(0, 1) }, text: 'a' }]), '\ud83dax');
  });

  it('joins a \\r and a \\n that a change brings together, and splits them apart', () => {
    assert.equal(applyChanges('a\rb\nc', [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }]), 'a\r\nc');
    const t = new LineText('a\r\nb');
    // Line 1 is "b": the \r\n is one break, so line 0 is "a" alone.
    t.apply({ range: { start: { line: 0, character: 5 }, end: { line: 1, character: 0 } }, text: 'X' });
    assert.equal(t.text, 'aXb');
    // A \n typed after a lone \r makes one break: line 1 is then "b".
    const u = new LineText('a\rb');
    u.apply({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' });
    u.apply({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'X' });
    assert.equal(u.text, 'a\r\nX');
  });
});
