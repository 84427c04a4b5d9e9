// The parts of monaco-editor the playground uses: the editor API and the
// contributions it needs (hover, suggest, code actions and the lightbulb,
// find, folding, ...), without the languages and workers of
// editor.main.js (TypeScript, CSS, HTML, JSON): a quarter of the size.
// SQL highlighting is Monaco's own Monarch grammar, registered directly
// instead of through its lazy loader.

import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/codeEditor/register.js';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/codeAction/register.js';
import 'monaco-editor/features/suggest/register.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/snippet/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/smartSelect/register.js';
import 'monaco-editor/features/toggleTabFocusMode/register.js';
import 'monaco-editor/features/readOnlyMessage/register.js';
import * as monaco from 'monaco-editor/editor/editor.api.js';
import { conf, language } from 'monaco-editor/languages/definitions/sql/sql.js';

monaco.languages.register({ id: 'sql', extensions: ['.sql'], aliases: ['SQL', 'Snowflake SQL'] });
monaco.languages.setMonarchTokensProvider('sql', language);
monaco.languages.setLanguageConfiguration('sql', conf);

export { monaco };
