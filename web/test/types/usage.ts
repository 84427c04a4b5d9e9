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
