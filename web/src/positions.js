// The one place where positions change shape between Monaco and the engine.
//
// The engine speaks LSP: 0-based line, 0-based character counted in UTF-16
// code units. Monaco counts 1-based lines and 1-based columns, also in UTF-16
// code units (JavaScript string indices), so the conversion is ±1 and never
// has to look at the text: an emoji before a diagnostic counts 2 on both
// sides.

/** Monaco IPosition → LSP Position. */
export function toLspPosition(position) {
  return { line: position.lineNumber - 1, character: position.column - 1 };
}

/** Monaco IRange → LSP Range. */
export function toLspRange(range) {
  return {
    start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
    end: { line: range.endLineNumber - 1, character: range.endColumn - 1 },
  };
}

/** LSP Range → Monaco IRange. */
export function toMonacoRange(range) {
  return {
    startLineNumber: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLineNumber: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/**
 * offsetAt returns the string index of an LSP position in text, clamped to
 * the end of its line (and of the text), as the engine clamps it.
 */
export function offsetAt(text, position) {
  let start = 0;
  for (let line = 0; line < position.line; line++) {
    const nl = nextBreak(text, start);
    if (nl < 0) return text.length;
    start = nl + (text[nl] === '\r' && text[nl + 1] === '\n' ? 2 : 1);
  }
  let end = nextBreak(text, start);
  if (end < 0) end = text.length;
  return Math.min(start + Math.max(0, position.character), end);
}

function nextBreak(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * applyChanges applies LSP content changes in order: one with a range
 * replaces that range, one without replaces the whole text.
 */
export function applyChanges(text, changes) {
  for (const c of changes) {
    if (c.range == null) {
      text = c.text;
      continue;
    }
    let s = offsetAt(text, c.range.start);
    let e = offsetAt(text, c.range.end);
    if (e < s) [s, e] = [e, s];
    text = text.slice(0, s) + c.text + text.slice(e);
  }
  return text;
}
