// The one place where positions change shape between an editor (Monaco or
// CodeMirror) and the engine.
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
 * LineText is a document's text kept as its lines, each with its line break
 * (\n, \r\n or a lone \r, as Monaco and the engine count them), so that a
 * change costs the lines it touches, not a scan from the start of a 1 MB
 * text. The whole string is made only when asked for (a restarted engine
 * is given it).
 */
export class LineText {
  constructor(text) {
    this._lines = splitLines(text);
    this._text = text;
  }

  /** The whole text. */
  get text() {
    if (this._text === null) this._text = this._lines.join('');
    return this._text;
  }

  /**
   * apply applies one LSP content change: {text} replaces the whole text,
   * {range, text} replaces a range, clamped as the engine clamps it (a
   * character past its line's end to that end, a line past the last to the
   * end of the text).
   */
  apply(change) {
    if (change.range == null) {
      this._lines = splitLines(change.text);
      this._text = change.text;
      return;
    }
    let s = this._locate(change.range.start);
    let e = this._locate(change.range.end);
    if (e.line < s.line || (e.line === s.line && e.index < s.index)) [s, e] = [e, s];
    const lines = this._lines;
    // Split again from the line before the change to the line after it, so
    // that a \r and a \n the change brings together make one break.
    const from = Math.max(0, s.line - 1);
    const to = Math.min(lines.length, e.line + 2);
    const chunk =
      lines.slice(from, s.line).join('') +
      lines[s.line].slice(0, s.index) +
      change.text +
      lines[e.line].slice(e.index) +
      lines.slice(e.line + 1, to).join('');
    const repl = splitLines(chunk);
    // Lines before `to` all end with a break: the empty line after the last
    // one is the start of lines[to], not a line of its own.
    if (to < lines.length) repl.pop();
    if (repl.length < 10000) lines.splice(from, to - from, ...repl);
    else this._lines = lines.slice(0, from).concat(repl, lines.slice(to));
    this._text = null;
  }

  // _locate returns the line and string index within it of an LSP position.
  // A position between the two halves of a surrogate pair stands for the
  // start of that character, as in the engine (position.LineIndex.Offset):
  // an edit there never cuts the pair, and the client's copy of the text
  // stays the engine's.
  _locate(position) {
    const lines = this._lines;
    if (position.line < 0) return { line: 0, index: 0 };
    if (position.line >= lines.length) return { line: lines.length - 1, index: lines[lines.length - 1].length };
    const l = lines[position.line];
    const content = l.length - (l.endsWith('\r\n') ? 2 : l.endsWith('\n') || l.endsWith('\r') ? 1 : 0);
    let index = Math.min(Math.max(0, position.character), content);
    if (index > 0 && isHigh(l.charCodeAt(index - 1)) && isLow(l.charCodeAt(index))) index--;
    return { line: position.line, index };
  }
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

// splitLines cuts text after each line break; the last line has none (and
// is empty when text ends with a break).
function splitLines(text) {
  const out = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * applyChanges applies LSP content changes in order: one with a range
 * replaces that range, one without replaces the whole text.
 */
export function applyChanges(text, changes) {
  const t = new LineText(text);
  for (const c of changes) t.apply(c);
  return t.text;
}

// --- CodeMirror 6 ---
//
// CodeMirror addresses a document by offset: a JavaScript string index into
// the text with each line break counted as one character, whatever break the
// file had (\r\n, \r and \n all split lines, and the lines are joined with
// \n). The CodeMirror adapter gives the engine that same text
// (doc.toString()), so its lines are CodeMirror's lines, and a character is
// the offset from the start of its line: both count UTF-16 code units, tabs
// count one, a character outside the BMP two.

/** CodeMirror offset → LSP Position, in a CodeMirror Text. */
export function offsetToLsp(doc, offset) {
  const o = Math.max(0, Math.min(offset, doc.length));
  const line = doc.lineAt(o);
  return { line: line.number - 1, character: o - line.from };
}

/**
 * LSP Position → CodeMirror offset, clamped as the engine clamps: a
 * character past its line's end to that end, a line past the last to the
 * end of the text.
 */
export function lspToOffset(doc, position) {
  if (position.line < 0) return 0;
  if (position.line >= doc.lines) return doc.length;
  const line = doc.line(position.line + 1);
  return line.from + Math.min(Math.max(0, position.character), line.length);
}

/**
 * cmChangesToLsp turns a CodeMirror ChangeSet (or ChangeDesc with inserted
 * text: a ChangeSet) against `doc` into LSP content changes applied in
 * order. CodeMirror's changes all refer to the document before them, in
 * increasing order; listed from the last to the first, each range is still
 * where it was when its turn comes.
 */
export function cmChangesToLsp(doc, changes) {
  const out = [];
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    out.push({ range: { start: offsetToLsp(doc, fromA), end: offsetToLsp(doc, toA) }, text: inserted.toString() });
  });
  return out.reverse();
}
