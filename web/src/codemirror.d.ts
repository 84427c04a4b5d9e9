import type { Extension, Text, ChangeSet } from '@codemirror/state';
import type { EditorView, Command } from '@codemirror/view';
import type { SecintClient, Position, Diagnostic, TextChange } from './index.js';

export interface CodeMirrorOptions {
  /** The secint client (from createSecint); the extensions do not dispose it. */
  client: SecintClient;
  /** The engine document's URI; default a new inmemory:// URI per view. Give one only to an extension used by one view. */
  uri?: string;
  /** Milliseconds of quiet after an edit before diagnostics are refreshed; default 0: after every edit, one request at a time per view. */
  debounce?: number;
  /** Completion from the engine (and @codemirror/autocomplete with selectOnOpen: false); default true. */
  completion?: boolean;
  /** Hover tooltips from the engine; default true. */
  hover?: boolean;
  /** Characters after which a list opens by itself (besides word characters); default space . = ( , ' */
  triggerCharacters?: string[];
  /** A link for a diagnostic code, shown with its message. */
  diagnosticURL?: (code: string) => string | undefined;
  /** Called each time the diagnostics shown change (as the engine gave them). */
  onDiagnostics?: (diagnostics: Diagnostic[], view: EditorView) => void;
  /** Called with errors of the client (default: console.warn). */
  onError?: (error: unknown) => void;
}

/**
 * The extensions that check an editor with secint: diagnostics (@codemirror/lint,
 * each fix an action), completion (@codemirror/autocomplete), hover tooltips,
 * every edit sent to the engine as changes.
 */
export declare function secint(options: CodeMirrorOptions): Extension;

/** Applies every helpful preferred fix (as `secint check --fix`); resolves with how many. */
export declare function fixAll(view: EditorView): Promise<number>;
/** fixAll as a command, for a keymap. */
export declare const fixAllCommand: Command;

/** What the adapter knows of a view, or null when it has no secint extension. */
export declare function secintState(view: EditorView): { uri: string; version: number; diagnostics: Diagnostic[] } | null;

/** CodeMirror offset → LSP position (UTF-16 character in its line). */
export declare function offsetToLsp(doc: Text, offset: number): Position;
/** LSP position → CodeMirror offset, clamped to the text. */
export declare function lspToOffset(doc: Text, position: Position): number;
/** A CodeMirror ChangeSet against doc → LSP content changes, applied in order. */
export declare function cmChangesToLsp(doc: Text, changes: ChangeSet): Required<TextChange>[];
/** An LSP snippet (${1:x}, $0, ${1|a,b|}) as a CodeMirror snippet template. */
export declare function lspSnippetToCodeMirror(snippet: string): string;
/** The engine's Markdown (hovers, completion details) as DOM, without parsing HTML. */
export declare function renderMarkdown(markdown: string, document?: Document): HTMLElement;
