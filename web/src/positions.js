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
