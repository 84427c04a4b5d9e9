// The secint playground: a Monaco editor whose SQL is checked by the secint
// engine (Go compiled to WebAssembly, in a Web Worker) as you type.
//
// Everything comes from this origin; the page runs under a strict
// Content-Security-Policy with Trusted Types (see playground/server.go). The
// build (build.mjs) replaces the __…_URL__ names below with the hashed file
// names of this build.

import { cspNonce } from './csp-nonce.js'; // first: before Monaco makes <style>s
import { client, killWorker, DOCS_URL, first } from './engine.js'; // second: the engine starts loading now
import { monaco } from './monaco.js';
import { registerMonaco, secintMarkers } from 'secint';
import { EXAMPLES } from './examples.js';
import { WORK_KEY, openingWorksheet } from './first.js';
import { encodeShare, decodeShare, MAX_FRAGMENT } from './share.js';
import './style.css';

const $ = (id) => document.getElementById(id);

// --- themes ---
const THEME_KEY = 'secint-playground-theme';
const systemDark = matchMedia('(prefers-color-scheme: dark)');

// Squiggles must stand out from every token colour: strings are not red
// (the base themes make them red, the colour of an error's squiggle), and
// the squiggles' own colours are set, strong in both themes.
monaco.editor.defineTheme('secint-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'string', foreground: '0b6e79' },
    { token: 'string.sql', foreground: '0b6e79' },
    { token: 'number', foreground: '6f42c1' },
  ],
  colors: {
    'editor.background': '#ffffff', 'editorLineNumber.foreground': '#8c959f', 'editorGutter.background': '#ffffff',
    'editorError.foreground': '#e0001b', 'editorWarning.foreground': '#b35c00', 'editorInfo.foreground': '#1a66d6',
  },
});
monaco.editor.defineTheme('secint-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'string', foreground: 'a5d6ff' },
    { token: 'string.sql', foreground: 'a5d6ff' },
    { token: 'number', foreground: 'd2a8ff' },
  ],
  colors: {
    'editor.background': '#0d1117', 'editorLineNumber.foreground': '#6e7681', 'editorGutter.background': '#0d1117',
    'editorError.foreground': '#ff4d4f', 'editorWarning.foreground': '#e3b341', 'editorInfo.foreground': '#58a6ff',
  },
});

const stored = {
  get: () => {
    try {
      return localStorage.getItem(THEME_KEY);
    } catch {
      return null; // storage refused (private mode, policies)
    }
  },
  set: (v) => {
    try {
      localStorage.setItem(THEME_KEY, v);
    } catch {
      // the choice lasts for this page only
    }
  },
};
let sessionTheme = null;

function chosenTheme() {
  const t = sessionTheme ?? stored.get();
  if (t === 'light' || t === 'dark') return t;
  return systemDark.matches ? 'dark' : 'light';
}

function applyTheme() {
  const t = chosenTheme();
  document.documentElement.dataset.theme = t;
  monaco.editor.setTheme(t === 'dark' ? 'secint-dark' : 'secint-light');
  const btn = $('theme');
  btn.setAttribute('aria-pressed', String(t === 'dark'));
  btn.title = t === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme';
  btn.querySelector('.label').textContent = t === 'dark' ? 'Light' : 'Dark';
}

// The adapter asks the client; this wrapper sees each answered check, for
// the status line.
let lastCheck = null;
const observed = new Proxy(client, {
  get(target, prop) {
    if (prop === 'validate') {
      return async (...args) => {
        const t0 = performance.now();
        const warm = target.info != null; // else the time includes the engine's start
        const r = await target.validate(...args);
        if (r) {
          lastCheck = { at: new Date(), ms: warm ? performance.now() - t0 : null, count: r.length };
          renderStatus();
          markFirstCheck(args[0]);
        }
        return r;
      };
    }
    const v = Reflect.get(target, prop, target);
    return typeof v === 'function' ? v.bind(target) : v;
  },
});

const docsURL = (code) => new URL(`${DOCS_URL}#${encodeURIComponent(code)}`, location.href).href;

/**
 * redactSecrets replaces every secret's value by a placeholder, decided by the
 * engine's own lexer (validator.RedactSecrets). When the engine cannot answer
 * the promise rejects and no link is made: a link never carries a secret.
 */
function redactSecrets(text) {
  return client.redactSecrets(text);
}

// --- the editor ---
const narrow = matchMedia('(max-width: 700px)');
const model = monaco.editor.createModel('', 'sql', monaco.Uri.parse('inmemory://playground/worksheet.sql'));
applyThemeEarly();
const editor = monaco.editor.create($('editor'), {
  model,
  theme: document.documentElement.dataset.theme === 'dark' ? 'secint-dark' : 'secint-light',
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 14,
  lineHeight: 21,
  tabSize: 2,
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  renderLineHighlight: 'line',
  padding: { top: 10, bottom: 10 },
  lightbulb: { enabled: 'onCode' },
  // The suggestion details pane: the property's description, readable.
  suggestFontSize: 13,
  suggestLineHeight: 22,
  // Completion's keyboard options come from registerMonaco (EDITOR_OPTIONS).
  hover: { delay: 250 },
  ariaLabel: 'SQL worksheet, checked by secint',
  ...layoutOptions(),
});
narrow.addEventListener('change', () => editor.updateOptions(layoutOptions()));

function layoutOptions() {
  return narrow.matches
    ? { wordWrap: 'on', lineNumbersMinChars: 2, folding: false, lineDecorationsWidth: 6, glyphMargin: false }
    : // The glyph margin holds the lightbulb where the line has no room for it.
      { wordWrap: 'off', lineNumbersMinChars: 3, folding: true, lineDecorationsWidth: 10, glyphMargin: true };
}

function applyThemeEarly() {
  document.documentElement.dataset.theme = chosenTheme();
}

// --- the problems panel ---
const SEVERITY = {
  [monaco.MarkerSeverity.Error]: ['error', 'Error'],
  [monaco.MarkerSeverity.Warning]: ['warning', 'Warning'],
  [monaco.MarkerSeverity.Info]: ['info', 'Info'],
  [monaco.MarkerSeverity.Hint]: ['hint', 'Hint'],
};

const markers = () => secintMarkers(monaco, model); // sorted by position

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

// The engine caps what it shows (1,000 problems in a worksheet, 50 in a
// statement) and says in a note how many of each severity it left out:
// "201 more problems in this document are not shown (1 error, 200 warnings)".
// The totals count those too, so that no error goes uncounted.
const CAP_NOTE = /^\d+ more problems in this (?:statement|document) are not shown \((.+)\)$/;
const NOTE_WORDS = { error: 'error', errors: 'error', warning: 'warning', warnings: 'warning', info: 'info', infos: 'info', hint: 'hint', hints: 'hint' };

function totalsOf(ms) {
  const t = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const m of ms) {
    const code = typeof m.code === 'object' && m.code ? m.code.value : m.code;
    const note = code === 'too-many-diagnostics' && CAP_NOTE.exec(m.message);
    if (note) {
      for (const part of note[1].split(', ')) {
        const [n, word] = part.split(' ');
        if (NOTE_WORDS[word]) t[NOTE_WORDS[word]] += Number(n);
      }
      continue;
    }
    t[SEVERITY[m.severity]?.[0] ?? 'error']++;
  }
  return t;
}

const plural = (n, w) => `${n.toLocaleString('en')} ${w}${n === 1 ? '' : 's'}`;

function describeTotals(t) {
  const parts = [];
  if (t.error) parts.push(plural(t.error, 'error'));
  if (t.warning) parts.push(plural(t.warning, 'warning'));
  const notes = t.info + t.hint;
  if (notes) parts.push(plural(notes, 'note'));
  return parts.join(', ');
}

// The problems list renders what can be seen: the first rows, and more as
// it is scrolled. A worksheet with a thousand problems costs a keystroke no
// more than one with twenty.
const PAGE = 60;
let problemRows = [];
let rendered = 0;

function problemRow(m) {
  const [sev, sevLabel] = SEVERITY[m.severity] ?? ['error', 'Error'];
  const code = typeof m.code === 'object' && m.code ? m.code.value : m.code;
  const li = el(
    'li',
    { class: `problem ${sev}`, dataset: { line: m.startLineNumber, column: m.startColumn } },
    el('span', { class: 'sev', 'aria-label': sevLabel, role: 'img' }),
    el(
      'button',
      { type: 'button', class: 'jump', title: `Go to line ${m.startLineNumber}, column ${m.startColumn}` },
      m.message,
    ),
    el(
      'div',
      { class: 'meta' },
      el('span', { class: 'pos' }, `Ln ${m.startLineNumber}, Col ${m.startColumn}`),
      code ? el('a', { class: 'code', href: docsURL(code), target: '_blank', rel: 'noopener', title: `What ${code} means` }, code) : null,
    ),
  );
  // The whole row jumps; the code's link opens its docs instead.
  li.addEventListener('click', (e) => {
    if (!e.target.closest('a')) jumpTo(m);
  });
  return li;
}

function renderMore() {
  const list = $('problem-list');
  const next = problemRows.slice(rendered, rendered + PAGE);
  if (next.length === 0) return;
  list.append(...next.map(problemRow));
  rendered += next.length;
}

$('problem-list').addEventListener('scroll', () => {
  const list = $('problem-list');
  if (list.scrollTop + list.clientHeight > list.scrollHeight - 200) renderMore();
}, { passive: true });

let problemsFrame = 0;
function scheduleProblems() {
  if (!problemsFrame) problemsFrame = requestAnimationFrame(renderProblems);
}

function renderProblems() {
  problemsFrame = 0;
  const ms = markers();
  problemRows = ms;
  rendered = 0;
  $('problem-list').replaceChildren();
  // Enough rows to fill the panel, and more on scrolling.
  renderMore();
  $('no-problems').hidden = ms.length > 0;
  const t = totalsOf(ms);
  const text = describeTotals(t);
  $('problem-counts').textContent = text || 'none';
  $('totals').textContent = text ? `problems: ${text}` : 'no problems';
  $('problems').dataset.state = t.error ? 'error' : t.warning ? 'warning' : 'clean';
  lastTotals = t;
}
let lastTotals = { error: 0, warning: 0, info: 0, hint: 0 };

function jumpTo(m) {
  const range = new monaco.Range(m.startLineNumber, m.startColumn, m.endLineNumber, m.endColumn);
  editor.setSelection(range);
  editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
  editor.focus();
}

monaco.editor.onDidChangeMarkers((uris) => {
  if (uris.some((u) => u.toString() === model.uri.toString())) scheduleProblems();
});

// --- the status line ---
let engineNote = null;

function setEngineNote(text, kind = 'info') {
  engineNote = text ? { text, kind } : null;
  renderStatus();
}

function renderStatus() {
  const info = client.info;
  $('engine').textContent = info ? `secint ${info.version} · ${info.go}` : 'starting the engine…';
  $('engine').dataset.state = info ? 'ready' : 'starting';
  if (lastCheck) {
    const t = lastCheck.at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const ms = lastCheck.ms;
    $('checked').textContent = `checked at ${t}${ms == null ? '' : ` in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`}`;
    $('checked').dateTime = lastCheck.at.toISOString();
  }
  const note = $('note');
  note.textContent = engineNote?.text ?? '';
  note.dataset.kind = engineNote?.kind ?? '';
}

function renderCursor() {
  const p = editor.getPosition();
  if (p) $('cursor').textContent = `Ln ${p.lineNumber}, Col ${p.column}`;
}
editor.onDidChangeCursorPosition(renderCursor);

client.ready.then(renderStatus, (e) => setEngineNote(`the engine could not start: ${e?.message ?? e}`, 'error'));
client.onRestart(({ reason, restarts }) => {
  setEngineNote(`engine restarted (${restarts}×): ${reason}`, 'warning');
});

// --- examples ---
const picker = $('example');
for (const ex of EXAMPLES) picker.append(el('option', { value: ex.id }, ex.title));

function loadText(text, { keepUndo = true } = {}) {
  loading = true;
  try {
    setText(text, keepUndo);
  } finally {
    loading = false;
  }
}

function setText(text, keepUndo) {
  if (keepUndo && model.getValueLength() > 0) {
    editor.pushUndoStop();
    editor.executeEdits('secint-playground', [{ range: model.getFullModelRange(), text }]);
    editor.pushUndoStop();
  } else {
    model.setValue(text);
  }
  editor.setPosition({ lineNumber: 1, column: 1 });
  editor.revealLine(1);
}

// The picker names the example only while the text is the example's.
function reflectPicker() {
  const ex = EXAMPLES.find((e) => e.id === picker.value);
  if (ex && model.getValue() !== ex.text) picker.value = '';
}

// --- the worksheet kept across reloads ---
// In this browser's local storage, with every secret's value replaced by
// the engine (the same redaction as share links) before it is stored: a
// reload loses no work, and the storage never holds a secret. When the
// engine cannot redact, nothing is stored.
let saveTimer = null;
let saving = Promise.resolve();
function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saving = saveWork();
  }, 400);
}
async function saveWork() {
  const text = model.getValue();
  let clean;
  try {
    clean = await redactSecrets(text);
  } catch {
    return; // no redaction, no storage
  }
  try {
    if (clean.trim() === '') localStorage.removeItem(WORK_KEY);
    else localStorage.setItem(WORK_KEY, JSON.stringify({ text: clean, example: picker.value || null }));
  } catch {
    // storage refused or full: the work lasts for this page only
  }
}

let loading = false;
model.onDidChangeContent(() => {
  if (!loading) reflectPicker();
  scheduleSave();
});

// --- fix all: the engine's, as `secint check --fix` applies it ---
$('fix-all').addEventListener('click', async () => {
  const before = model.getValue();
  const version = model.getVersionId();
  let fixed;
  try {
    fixed = (await client.fixAll(before)).text;
  } catch (e) {
    showToast(`The engine could not fix the worksheet (${e?.message ?? e}).`, 'error');
    return;
  }
  if (model.getVersionId() !== version) return; // typed meanwhile: the answer is for another text
  if (fixed === before) {
    showToast('Nothing to fix automatically: the problems left need a choice only you can make.');
    return;
  }
  const was = lastTotals;
  editor.pushUndoStop();
  editor.executeEdits('secint-fix-all', [{ range: model.getFullModelRange(), text: fixed }]);
  editor.pushUndoStop();
  await client.validate(model.getValue()).then(
    (d) => {
      const now = totalsOf(d.map((x) => ({ code: x.code, message: x.message, severity: { error: 8, warning: 4, info: 2, hint: 1 }[x.severity] })));
      const gone = was.error + was.warning - now.error - now.warning;
      showToast(`Fixed ${plural(Math.max(gone, 0), 'problem')} (Ctrl+Z undoes it).${now.error + now.warning ? ` Left: ${describeTotals(now)}.` : ''}`);
    },
    () => showToast('Fixed what could be fixed (Ctrl+Z undoes it).'),
  );
});

picker.addEventListener('change', () => {
  const ex = EXAMPLES.find((e) => e.id === picker.value);
  if (!ex) return;
  loadText(ex.text);
  history.replaceState(null, '', location.pathname + location.search); // the link no longer holds it
  editor.focus();
});

// --- share links ---
async function makeShareLink() {
  let text;
  try {
    text = await redactSecrets(model.getValue());
  } catch (e) {
    return { error: `The engine could not prepare the link (${e?.message ?? e}); try again in a moment.` };
  }
  const fragment = await encodeShare(text);
  if (fragment.length > MAX_FRAGMENT) return { error: `This worksheet is too long to share in a link (${Math.round(fragment.length / 1024)} KiB compressed).` };
  return { url: `${location.origin}${location.pathname}#${fragment}`, redacted: text !== model.getValue() };
}

$('share').addEventListener('click', async () => {
  const r = await makeShareLink();
  const out = $('share-result');
  if (r.error) {
    showToast(r.error, 'error');
    return;
  }
  history.replaceState(null, '', r.url);
  out.value = r.url;
  $('share-panel').hidden = false;
  out.focus();
  out.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(r.url);
    copied = true;
  } catch {
    // no clipboard permission: the link is selected in the field
  }
  showToast(
    `${copied ? 'Link copied.' : 'Link ready: copy it from the field.'} The worksheet is in the link itself, never sent to a server${r.redacted ? '; client secrets are replaced by <redacted>' : ''}.`,
  );
});
$('share-close').addEventListener('click', () => {
  $('share-panel').hidden = true;
});

let toastTimer = null;
function showToast(text, kind = 'info') {
  const t = $('toast');
  t.textContent = text;
  t.dataset.kind = kind;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    t.hidden = true;
  }, 6000);
}

// openShared loads the worksheet of a share link. A link made elsewhere (or
// by hand) may still hold a secret: it is redacted before it is shown, and
// the address bar is given the redacted link.
async function openShared(hash) {
  const text = await decodeShare(hash);
  if (text == null) return false;
  const clean = await redactSecrets(text);
  loadText(clean, { keepUndo: false });
  picker.value = '';
  if (clean !== text) {
    history.replaceState(null, '', `${location.pathname}${location.search}#${await encodeShare(clean)}`);
    showToast('Client secrets in this link were replaced by <redacted>.');
  }
  return true;
}

window.addEventListener('hashchange', () => {
  openShared(location.hash);
});

// --- header controls ---
$('theme').addEventListener('click', () => {
  sessionTheme = chosenTheme() === 'dark' ? 'light' : 'dark';
  stored.set(sessionTheme);
  applyTheme();
});
systemDark.addEventListener('change', applyTheme);

// --- start ---
const started = (async () => {
  applyTheme();
  renderStatus();
  renderProblems();
  renderCursor();
  if (!(location.hash && (await openShared(location.hash)))) {
    const work = first ?? openingWorksheet(); // null: a share link that could not be read
    picker.value = work.example;
    loadText(work.text, { keepUndo: false });
  }
  await client.ready;
  document.body.dataset.ready = 'true';
})();

// The adapter is registered once the model has its first text (from a
// stored worksheet or the default example, set above before any await), so
// that the engine's first check is of that text: registered before, it
// checked the empty model first, and the worksheet only in a second round
// trip. (A shared link's text comes later, as an edit.)
registerMonaco(monaco, {
  client: observed,
  languageId: 'sql',
  diagnosticURL: docsURL,
  onError: (e) => {
    console.warn('secint:', e?.message ?? e);
    setEngineNote(`engine error: ${e?.message ?? e}`, 'error');
  },
});

// --- page-load marks ---
// What a person waits for when the page opens, on the page's own timeline
// (performance.now() counts from the navigation): make bench reads these
// with performance.getEntriesByType('mark').
//   secint:editor-visible   the first frame after the editor got its text
//   secint:engine-ready     the engine's worker said it runs
//   secint:first-answer     the first check's answer came, and the adapter
//                           set its markers
//   secint:first-markers    the first frame after that
const frameThen = (name) => requestAnimationFrame(() => performance.mark(name));
frameThen('secint:editor-visible');
client.ready.then(() => performance.mark('secint:engine-ready'), () => {});
let firstCheckMarked = false;
function markFirstCheck(ref) {
  // The answer for the worksheet as it is now: not the empty model's first
  // check, which the adapter drops when the text arrived meanwhile.
  if (firstCheckMarked || ref?.uri !== model.uri.toString() || ref.version !== model.getVersionId()) return;
  firstCheckMarked = true;
  performance.mark('secint:first-answer');
  // After the adapter's own continuation, which sets the markers.
  setTimeout(() => frameThen('secint:first-markers'), 0);
}

// For the browser tests (and the curious): what the page knows.
window.secintPlayground = {
  monaco,
  editor,
  model,
  client,
  started,
  cspNonce: Boolean(cspNonce),
  /** The markers secint set, as Monaco holds them. */
  markers: () => markers().map((m) => ({
    line: m.startLineNumber,
    column: m.startColumn,
    endLine: m.endLineNumber,
    endColumn: m.endColumn,
    code: typeof m.code === 'object' && m.code ? m.code.value : m.code,
    message: m.message,
    severity: SEVERITY[m.severity]?.[0],
  })),
  /** When the last check was answered (ms since the epoch), or 0. */
  lastCheck: () => (lastCheck ? lastCheck.at.getTime() : 0),
  /** Terminates the engine's worker, as a crash would; the client's watchdog starts a new one. */
  killWorker,
  makeShareLink,
  /** Resolves when the worksheet last saved to local storage is stored. */
  saved: async () => {
    clearTimeout(saveTimer);
    saving = saveWork();
    await saving;
  },
  /** The totals of the problems, those the engine's caps left out included. */
  totals: () => ({ ...lastTotals }),
};
