import type { Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { SecintClient, SecintOptions } from './index.js';

export interface EmbedOptions {
  /** URL of secint.wasm (required unless `client` is given). */
  wasmURL?: string | URL;
  /** URL of secint-worker.js. Under Trusted Types the embed makes a 'secint-embed' policy that admits only this URL. */
  workerURL?: string | URL;
  /** A function returning the Worker to use (as createSecint's `worker`). */
  worker?: SecintOptions['worker'];
  /** A client to share instead of starting one (the embed then does not dispose it). */
  client?: SecintClient;
  /** What to make live; default 'pre > code.language-sql, pre > code.lang-sql'. */
  selector?: string;
  /** Where to look; default document. */
  root?: ParentNode;
  /** How near the viewport a snippet comes before it becomes an editor; default '200px'. */
  rootMargin?: string;
  /** The playground's URL: each snippet gets an "Open in playground" link, its secrets redacted. */
  playgroundURL?: string;
  /** A link for a diagnostic code. */
  diagnosticURL?: (code: string) => string | undefined;
  /** The accessible name of a snippet; default "SQL example N". */
  label?: (snippet: Snippet) => string;
  /** The page's CSP nonce for CodeMirror's <style> element; default: from <meta property="csp-nonce" nonce="…">. */
  nonce?: string;
  /** More CodeMirror extensions for every snippet (a theme, keymaps, …). */
  extensions?: Extension;
  /** Called with errors of the client (default: console.warn). */
  onError?: (error: unknown) => void;
  /** Called as each snippet becomes an editor. */
  onReady?: (snippet: Snippet) => void;
  /** Milliseconds without an answer before the engine is restarted; default 5000. */
  timeout?: number;
  /** How the editor half is loaded; default import('./embed-editor.js'). */
  loadEditor?: () => Promise<unknown>;
}

export interface Snippet {
  index: number;
  /** The element the selector found. */
  code: Element;
  /** The <pre> that the editor replaces. */
  pre: Element;
  /** The snippet's text as the page had it (what Reset puts back). */
  original: string;
  /** The editor, once the snippet is live. */
  editor: EditorView | null;
}

export interface Embed {
  snippets: Snippet[];
  /** Makes every snippet live now; resolves when they are. */
  mountAll(): Promise<void[]>;
  /** The shared client, once the editor half has loaded. */
  readonly client: SecintClient | null;
  /** Puts the code blocks back and stops the engine it started. */
  dispose(): void;
}

/** Makes each SQL snippet of a page a live, checked editor as it comes into view. */
export declare function mountSnippets(options: EmbedOptions): Embed;
