// Type-checked by test/types.test.js: every line here must compile.
import { createSecint, SecintError, registerMonaco, toMonacoRange, type Diagnostic, type EngineInfo, type CompletionItem, type CodeAction } from 'secint';
import { registerMonaco as registerFromSubpath, type MonacoOptions } from 'secint/monaco';

const client = createSecint({ wasmURL: '/secint.wasm', workerURL: new URL('https://example.invalid/w.js'), worker: false, timeout: 5000 });
const ready: Promise<EngineInfo> = client.ready;

export async function use(): Promise<void> {
  await ready;
  const all: Diagnostic[] = await client.validate('SELECT 1;');
  const forDoc: Diagnostic[] | null = await client.validate({ uri: 'file:///a.sql', version: 1 });
  const items: CompletionItem[] = await client.complete('x', { line: 0, character: 1 });
  const maybe: CompletionItem[] | null = await client.complete({ uri: 'a', version: 2 }, { line: 0, character: 1 });
  const hover = await client.hover('x', { line: 0, character: 0 });
  if (hover) hover.contents.toUpperCase();
  const fixes: CodeAction[] = await client.codeActions('x', { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  await client.open('file:///a.sql', 1, 'x');
  await client.update('file:///a.sql', 2, 'y');
  await client.update('file:///a.sql', 3, [{ text: 'z' }]);
  await client.close('file:///a.sql');
  const info: EngineInfo = await client.version();
  await client.configure({ rules: { 'quoted-value': 'off', 'empty-list': 'error' }, exclude: ['vendor/**'] });
  const sev: 'error' | 'warning' | 'info' | 'hint' = all[0].severity;
  const e = new SecintError('failed', 'message');
  const code: string = e.code;
  const options: MonacoOptions = { client, languageId: 'sql', debounce: 100, diagnosticURL: (c) => `/rules/${c}` };
  registerMonaco({}, options).dispose();
  registerFromSubpath({}, { client }).dispose();
  const column: number = toMonacoRange({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }).startColumn;
  client.onRestart(({ reason, restarts }) => `${reason} ${restarts}`).dispose();
  client.dispose();
  void [forDoc, items, maybe, fixes, info, sev, code, column];
}

// secint/codemirror and secint/embed (CodeMirror types from the peer dependencies).
import { secint, fixAll, fixAllCommand, secintState, offsetToLsp, lspToOffset, type CodeMirrorOptions } from 'secint/codemirror';
import { mountSnippets, type Embed, type EmbedOptions } from 'secint/embed';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

export async function useCodeMirror(): Promise<void> {
  const c = createSecint({ wasmURL: '/secint.wasm' });
  const options: CodeMirrorOptions = { client: c, debounce: 0, diagnosticURL: (code) => `/docs#${code}`, onDiagnostics: (ds, view) => void [ds.length, view.state] };
  const ext: Extension = secint(options);
  const view = new EditorView({ state: EditorState.create({ doc: 'SELECT 1;', extensions: [ext] }) });
  const n: number = await fixAll(view);
  const ran: boolean = fixAllCommand(view);
  const st = secintState(view);
  if (st) st.diagnostics.forEach((d) => d.code);
  const off: number = lspToOffset(view.state.doc, offsetToLsp(view.state.doc, 3));
  const eo: EmbedOptions = { wasmURL: '/secint.wasm', workerURL: '/secint-worker.js', selector: 'pre > code.sql', playgroundURL: '/' };
  const embed: Embed = mountSnippets(eo);
  await embed.mountAll();
  embed.snippets.forEach((s) => s.editor?.state.doc.length);
  embed.dispose();
  void [n, ran, off];
}
