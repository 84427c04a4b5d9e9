import type { SecintClient, Position, Range, Disposable } from './index.js';

export interface MonacoOptions {
  /** The secint client (from createSecint); registerMonaco does not dispose it. */
  client: SecintClient;
  /** The language to serve; default 'sql'. Registered with Monaco if it is not known. */
  languageId?: string;
  /** Owner of the markers; default 'secint'. */
  owner?: string;
  /** Milliseconds of quiet after an edit before the markers are refreshed; default 0: after every edit, one request at a time per model. */
  debounce?: number;
  /** Characters that open completion; default space . = ( , */
  triggerCharacters?: string[];
  /**
   * Options given to every editor showing a model of the language (default
   * EDITOR_OPTIONS; an object is merged over them; false leaves editors alone).
   */
  editorOptions?: Record<string, unknown> | false;
  /** A link for a diagnostic code, shown with the marker. */
  diagnosticURL?: (code: string) => string | undefined;
  /** Called with errors of the client (default: console.warn). */
  onError?: (error: unknown) => void;
}

/** Monaco's 1-based position. */
export interface MonacoPosition {
  lineNumber: number;
  column: number;
}

/** Monaco's 1-based range. */
export interface MonacoRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * Wires the client into Monaco for one language: markers on every model of
 * the language (refreshed after edits), completion, hover and quick fixes.
 * `monaco` is the monaco-editor namespace. Dispose to undo it all.
 */
/** How completion meets the keyboard: no item selected in a list that opened by itself (Enter is a new line), no commit characters, insert without replacing. */
export declare const EDITOR_OPTIONS: Readonly<Record<string, unknown>>;

export declare function registerMonaco(monaco: any, options: MonacoOptions): Disposable;

/**
 * The markers secint set on a model, sorted by position. Up to 250 they are
 * all under the owner (default 'secint'); past that they are spread over
 * owners named `${owner}:…` (by severity and block of lines, so that an edit
 * re-sets only the markers it changed), and this reads them all.
 */
export declare function secintMarkers(monaco: any, model: any, owner?: string): any[];

export declare function toLspPosition(position: MonacoPosition): Position;
export declare function toLspRange(range: MonacoRange): Range;
export declare function toMonacoRange(range: Range): MonacoRange;
