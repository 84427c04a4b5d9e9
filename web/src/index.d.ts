// Types of the secint package. Positions are LSP's: 0-based line, 0-based
// character counted in UTF-16 code units (JavaScript string indices).

/** A place in a document. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open span [start, end). */
export interface Range {
  start: Position;
  end: Position;
}

/** Replaces `range` with `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** One repair of a diagnostic: edits applied together. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * One finding. `code` is stable (see docs/diagnostics.md); `message` never
 * holds the value of OAUTH_CLIENT_SECRET.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Empty when there is no quick fix. */
  fixes: Fix[];
}

/** One proposal at the caret, shaped like LSP's. */
export interface CompletionItem {
  label: string;
  /** keyword, property, value, integration or snippet */
  kind: string;
  detail: string;
  /** Markdown. */
  documentation: string;
  insertText: string;
  /** 'plain' or 'snippet' (LSP/Monaco snippet syntax). */
  insertTextFormat: string;
  /** The text the item replaces. */
  range: Range;
  sortText: string;
  /** What the typed word is matched against, when not the label ('' if none). */
  filterText?: string;
}

/** Markdown about a range. */
export interface Hover {
  contents: string;
  range: Range;
}

/** A quick fix for a range: the diagnostic it repairs and the edits. */
export interface CodeAction {
  title: string;
  diagnostic: Diagnostic;
  edits: TextEdit[];
  isPreferred: boolean;
}

/** What `ready` and `client.info` give (version() answers the first three). */
export interface EngineInfo {
  /** secint's version. */
  version: string;
  /** The Go toolchain that built secint.wasm. */
  go: string;
  /** The calling convention's version. */
  protocol: number;
  /** How the module was loaded: streaming, fetch, file, bytes or module. */
  loadedWith: string;
  /**
   * How the engine's start went in its own thread, in ms: `load`, fetching
   * and compiling the module (or taking the compiled code from the
   * browser's cache); `run`, its Go program's start until it was ready.
   */
  startMs?: { load: number; run: number };
}

/** An open document at a version. */
export interface DocumentRef {
  uri: string;
  version: number;
}

/**
 * A change of a document, as LSP's TextDocumentContentChangeEvent: with a
 * `range`, the text that replaces that range (positions in the text as the
 * previous changes of the same update left it); without, the whole new text.
 */
export interface TextChange {
  text: string;
  range?: Range;
}

export interface SecintOptions {
  /** URL of secint.wasm (relative to the page; a path or file: URL under Node). */
  wasmURL: string | URL;
  /** URL of secint-worker.js; by default the file next to this package's index.js. */
  workerURL?: string | URL;
  /**
   * true (default): run the engine in a Web Worker (a worker thread under Node);
   * false: in this thread (no watchdog can stop a hung request there);
   * a function: returns the Worker to use (for bundlers that build worker URLs).
   */
  worker?: boolean | (() => Worker | Promise<Worker> | unknown);
  /**
   * Milliseconds without an answer or a progress report (a long request
   * reports every quarter of this), while requests are pending, before the
   * engine is taken for hung and restarted. Default 10000.
   */
  timeout?: number;
  /** Milliseconds a new engine has to load and warm up. Default 30000. */
  startTimeout?: number;
  /** Restarts in a row without an answer before the client gives up. Default 3. */
  maxRestarts?: number;
  /** Settings given to the engine at once, as by configure(). */
  settings?: SecintSettings;
}

/** A rule's level in SecintSettings.rules. */
export type RuleLevel = 'off' | 'info' | 'warning' | 'error';

/** A team's settings: the fields of secint.toml, as JSON. */
export interface SecintSettings {
  /** Diagnostic code → level ('off' drops the rule's diagnostics). */
  rules?: Record<string, RuleLevel>;
  /** Globs of the files a directory walk checks (for tools that walk; the engine ignores them). */
  include?: string[];
  /** Globs of the files not to check (likewise). */
  exclude?: string[];
  /** Objects made outside the documents, as Snowflake lists them (see docs/setup.md). */
  context?: SecintContext;
}

/**
 * Objects an account already has, as the rows of SHOW INTEGRATIONS (with
 * DESCRIBE INTEGRATION's as properties), SHOW SECRETS and SHOW NETWORK RULES.
 * Rows may carry any other column Snowflake returns, in either case.
 */
export interface SecintContext {
  integrations?: Array<{ name: string; type: string; category?: string;
    properties?: Array<{ property: string; property_value: string; [column: string]: unknown }>;
    [column: string]: unknown }>;
  secrets?: Array<{ name: string; database_name?: string; schema_name?: string; secret_type: string;
    integration_name?: string; oauth_scopes?: string; [column: string]: unknown }>;
  network_rules?: Array<{ name: string; database_name?: string; schema_name?: string; mode: string;
    [column: string]: unknown }>;
}

/** Every rejection of the client. */
export class SecintError extends Error {
  /**
   * invalid-argument, not-open, panic (the engine recovered),
   * crashed (the request stopped the engine twice), quarantined (the
   * request is about a document that stopped the engine twice, which is no
   * longer sent to it until opened again), timeout, failed, protocol or
   * disposed.
   */
  readonly code: string;
  constructor(code: string, message: string);
}

export interface Disposable {
  dispose(): void;
}

export declare const PROTOCOL: number;

export class SecintClient {
  /** Resolves once the engine is loaded and warmed up; rejects when it cannot start. */
  readonly ready: Promise<EngineInfo>;
  /** The engine's information, once ready. */
  readonly info: EngineInfo | null;
  /** How many times the engine was restarted. */
  readonly restarts: number;

  /** Starts tracking a document. */
  open(uri: string, version: number, text: string): Promise<void>;
  /** Moves a document to a newer version: the whole new text, or [{text}]. */
  update(uri: string, version: number, changes: string | TextChange[]): Promise<void>;
  /** Stops tracking a document. */
  close(uri: string): Promise<void>;

  /** Diagnostics of a text, or of an open document (null: the version is outdated). */
  validate(text: string): Promise<Diagnostic[]>;
  validate(doc: DocumentRef): Promise<Diagnostic[] | null>;
  /**
   * For a large text about to be sent (a paste): the diagnostics of lines
   * first to last (0-based) that the whole check of it will hold, or null when
   * the engine cannot tell them apart, at a small part of the whole check's cost.
   */
  validateVisible(text: string, first: number, last: number): Promise<Diagnostic[] | null>;
  /** Completion at a position. */
  complete(text: string, position: Position): Promise<CompletionItem[]>;
  complete(doc: DocumentRef, position: Position): Promise<CompletionItem[] | null>;
  /** Hover at a position (null: nothing there, or an outdated version). */
  hover(target: string | DocumentRef, position: Position): Promise<Hover | null>;
  /** Quick fixes for the diagnostics touching a range. */
  /** The text with every secret's value replaced by a placeholder (for share links). */
  redactSecrets(text: string): Promise<string>;
  /** Every helpful quick fix applied, as `secint check --fix` does it. */
  fixAll(text: string): Promise<{ text: string; count: number }>;
  codeActions(text: string, range: Range): Promise<CodeAction[]>;
  codeActions(doc: DocumentRef, range: Range): Promise<CodeAction[] | null>;
  /** The engine's version information. */
  version(): Promise<EngineInfo>;
  /** Gives the engine settings that every later validate applies; rejects (invalid-argument) on an unknown key, code or level. */
  configure(settings: SecintSettings): Promise<void>;

  /** Calls listener each time the engine is restarted (after a crash or a hang). */
  onRestart(listener: (event: { reason: string; restarts: number }) => void): Disposable;
  /** Stops the engine; pending and later requests reject with code 'disposed'. */
  dispose(): void;
}

/** Starts the engine and returns its client at once. */
export declare function createSecint(options: SecintOptions): SecintClient;

export { registerMonaco, secintMarkers, EDITOR_OPTIONS, MonacoOptions, toLspPosition, toLspRange, toMonacoRange } from './monaco.js';
