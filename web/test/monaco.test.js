// The Monaco adapter against a minimal fake `monaco` that records the calls,
// with the real engine behind it (the real editor is tested in a browser by
// the playground's tests).
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createSecint, registerMonaco, secintMarkers, EDITOR_OPTIONS, wasmPath, waitFor, sleep } from './helpers.js';
import { PROTOCOL } from '../src/protocol.js';

// --- the fake ---

class Emitter {
  listeners = new Set();
  event = (fn) => {
    this.listeners.add(fn);
    return { dispose: () => this.listeners.delete(fn) };
  };
  fire(e) {
    for (const fn of [...this.listeners]) fn(e);
  }
}

class FakeModel {
  constructor(monaco, uri, text, languageId) {
    this.monaco = monaco;
    this.uri = { toString: () => uri, path: uri };
    this.text = text;
    this.languageId = languageId;
    this.version = 1;
    this.disposed = false;
    this.changed = new Emitter();
    this.onDidChangeContent = this.changed.event;
  }
  getValue() {
    return this.text;
  }
  getLineCount() {
    return this.text.split('\n').length;
  }
  getVersionId() {
    return this.version;
  }
  getLanguageId() {
    return this.languageId;
  }
  isDisposed() {
    return this.disposed;
  }
  setValue(text) {
    this.text = text;
    this.version++;
    this.changed.fire({ versionId: this.version }); // no changes listed: a whole new text
  }
  // applyEdits edits as Monaco does: ranges against the text before the
  // call, reported from the end of the document to its start.
  applyEdits(edits) {
    const offset = (line, col) => {
      const lines = this.text.split('\n');
      return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
    };
    const sorted = [...edits].sort((a, b) => offset(b.range.startLineNumber, b.range.startColumn) - offset(a.range.startLineNumber, a.range.startColumn));
    for (const e of sorted) {
      const s = offset(e.range.startLineNumber, e.range.startColumn);
      const t = offset(e.range.endLineNumber, e.range.endColumn);
      this.text = this.text.slice(0, s) + e.text + this.text.slice(t);
    }
    this.version++;
    this.changed.fire({ versionId: this.version, changes: sorted.map((e) => ({ range: e.range, text: e.text })) });
  }
  dispose() {
    this.monaco._willDispose.fire(this);
    this.disposed = true;
  }
}

function fakeMonaco() {
  const calls = { markers: [], registered: [], providers: {}, disposed: [] };
  const store = new Map(); // uri → owner → markers
  const created = new Emitter();
  const willDispose = new Emitter();
  const languageChanged = new Emitter();
  const models = [];
  const provider = (kind) => (languageId, p, meta) => {
    calls.providers[kind] = { languageId, provider: p, meta };
    return { dispose: () => calls.disposed.push(kind) };
  };
  const monaco = {
    _willDispose: willDispose,
    calls,
    models,
    MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 },
    Uri: { parse: (s) => ({ parsed: s }) },
    editor: {
      getModels: () => models.filter((m) => !m.disposed),
      onDidCreateModel: created.event,
      onWillDisposeModel: willDispose.event,
      onDidChangeModelLanguage: languageChanged.event,
      setModelMarkers: (model, owner, markers) => {
        calls.markers.push({ uri: model.uri.toString(), version: model.getVersionId(), owner, markers });
        // As Monaco's marker service keeps them: by model, then by owner in
        // the order owners first got markers; no markers removes the owner,
        // and a marker without a message is dropped.
        const uri = model.uri.toString();
        if (!store.has(uri)) store.set(uri, new Map());
        if (!markers.length) store.get(uri).delete(owner);
        else store.get(uri).set(owner, markers.filter((m) => m.message).map((m) => ({ ...m, owner })));
      },
      // {resource}: every owner's markers of the model, in the service's order.
      getModelMarkers: ({ resource }) => [...(store.get(resource.toString())?.values() ?? [])].flat(),
      createModel(text, languageId, uri) {
        const m = new FakeModel(monaco, uri, text, languageId);
        models.push(m);
        created.fire(m);
        return m;
      },
      setModelLanguage(model, languageId) {
        const old = model.languageId;
        model.languageId = languageId;
        languageChanged.fire({ model, oldLanguage: old });
      },
    },
    languages: {
      getLanguages: () => [{ id: 'plaintext' }, ...calls.registered],
      register: (l) => calls.registered.push(l),
      registerCompletionItemProvider: provider('completion'),
      registerHoverProvider: provider('hover'),
      registerCodeActionProvider: provider('codeAction'),
      CompletionItemKind: { Text: 18, Keyword: 17, Property: 9, Value: 13, Reference: 21, Snippet: 27 },
      CompletionItemInsertTextRule: { InsertAsSnippet: 4 },
    },
  };
  return monaco;
}

const token = { isCancellationRequested: false };
// withOverrides is the client with some methods replaced; the others run on
// the client itself (a spy made with __proto__ would run them with `this`
// the spy, and their bookkeeping would land on it).
const withOverrides = (client, overrides) =>
  new Proxy(client, { get: (t, k) => (k in overrides ? overrides[k] : typeof t[k] === 'function' ? t[k].bind(t) : t[k]) });

const lastMarkers = (monaco, uri) => monaco.calls.markers.filter((m) => m.uri === uri).at(-1);

// --- the tests ---

describe('registerMonaco', () => {
  let client;
  before(async () => {
    client = createSecint({ wasmURL: wasmPath, worker: true });
    await client.ready;
  });
  after(() => client.dispose());

  let monaco;
  let reg;
  beforeEach(() => {
    monaco = fakeMonaco();
  });

  it('gives editors of the language the keyboard options, and others none', () => {
    const opts = [];
    const fakeEditor = (languageId) => {
      const e = { model: { getLanguageId: () => languageId }, updates: [] };
      e.getModel = () => e.model;
      e.updateOptions = (o) => e.updates.push(o);
      e.onDidChangeModel = () => ({ dispose() {} });
      opts.push(e);
      return e;
    };
    const sqlEd = fakeEditor('sql');
    const jsonEd = fakeEditor('json');
    monaco.editor.getEditors = () => [sqlEd, jsonEd];
    const r = registerMonaco(monaco, { client, languageId: 'sql' });
    assert.equal(sqlEd.updates.length, 1);
    const o = sqlEd.updates[0];
    assert.equal(o.suggest.selectionMode, 'never', 'a list that opened by itself selects nothing: Enter is a new line');
    assert.equal(o.acceptSuggestionOnCommitCharacter, false);
    assert.equal(o.suggest.insertMode, 'insert');
    assert.deepEqual(jsonEd.updates, [], 'another language keeps its options');
    assert.ok(!monaco.calls.providers.completion.provider.triggerCharacters.includes("'"), 'a quote opens no list');
    r.dispose();
    const mine = fakeEditor('sql');
    monaco.editor.getEditors = () => [mine];
    registerMonaco(monaco, { client, languageId: 'sql', editorOptions: false }).dispose();
    assert.deepEqual(mine.updates, [], 'editorOptions: false leaves editors alone');
    assert.equal(EDITOR_OPTIONS.suggest.selectionMode, 'never');
  });

  it('registers the language and its three providers, and undoes it all', async () => {
    const pre = monaco.editor.createModel("SELECT 1;", 'secint-sql', 'file:///pre.sql');
    reg = registerMonaco(monaco, { client, languageId: 'secint-sql', debounce: 20 });
    assert.deepEqual(monaco.calls.registered, [{ id: 'secint-sql' }]);
    assert.equal(monaco.calls.providers.completion.languageId, 'secint-sql');
    assert.ok(monaco.calls.providers.completion.provider.triggerCharacters.includes(' '));
    assert.equal(monaco.calls.providers.hover.languageId, 'secint-sql');
    assert.deepEqual(monaco.calls.providers.codeAction.meta, { providedCodeActionKinds: ['quickfix'] });
    await waitFor(() => lastMarkers(monaco, 'file:///pre.sql'), 5000, 'markers of a model present before');
    reg.dispose();
    assert.deepEqual(monaco.calls.disposed.sort(), ['codeAction', 'completion', 'hover']);
    assert.deepEqual(lastMarkers(monaco, 'file:///pre.sql').markers, []); // cleared
    // Edits after dispose do nothing.
    const n = monaco.calls.markers.length;
    pre.setValue("ALTER INTEGRATION x SET ENABLE = TRUE;");
    await sleep(60);
    assert.equal(monaco.calls.markers.length, n);
    reg.dispose(); // twice is fine
    // The document was closed in the engine.
    await assert.rejects(client.validate({ uri: 'file:///pre.sql', version: 1 }), { code: 'not-open' });
  });

  it('keeps markers current, debounced, with 1-based columns after emoji', async () => {
    reg = registerMonaco(monaco, { client, languageId: 'sql', debounce: 150, diagnosticURL: (c) => `https://example.invalid/rules/${c}` });
    const uri = 'file:///markers.sql';
    const m = monaco.editor.createModel("-- 😀 漢字\nALTER SECURITY INTEGRATION x SET OAUTH_CLIENTID = 'a';", 'sql', uri);
    await waitFor(() => lastMarkers(monaco, uri), 5000, 'first markers');
    const first = lastMarkers(monaco, uri);
    assert.equal(first.owner, 'secint');
    assert.equal(first.markers.length, 1);
    const mk = first.markers[0];
    assert.equal(mk.severity, 8);
    assert.equal(mk.startLineNumber, 2);
    assert.equal(mk.startColumn, 34); // 0-based character 33, plus one
    assert.equal(mk.endColumn, 48);
    assert.deepEqual(mk.code, { value: 'unknown-property', target: { parsed: 'https://example.invalid/rules/unknown-property' } });
    assert.equal(mk.source, 'secint');

    // A burst of edits: one refresh, for the last text, after the quiet time.
    const before = monaco.calls.markers.length;
    m.setValue('-- 😀😀 a\nALTER SECURITY INTEGRATION x SET ENABL');
    m.setValue('-- 😀😀 ab\nALTER SECURITY INTEGRATION x SET ENABLE');
    m.setValue('-- 😀😀 abc\nALTER SECURITY INTEGRATION x SET ENABLE = YES;');
    await sleep(10);
    assert.equal(monaco.calls.markers.length, before, 'nothing before the debounce time');
    await waitFor(() => monaco.calls.markers.length > before, 5000, 'refreshed markers');
    await sleep(200);
    assert.equal(monaco.calls.markers.length, before + 1, 'one refresh for the burst');
    const now = lastMarkers(monaco, uri);
    assert.equal(now.version, m.getVersionId());
    assert.deepEqual(now.markers.map((x) => x.code.value), ['unknown-property']);

    // Fixed: the marker goes.
    m.setValue('ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;');
    await waitFor(() => lastMarkers(monaco, uri).markers.length === 0, 5000, 'markers cleared');

    // Disposing the model clears its markers and closes it in the engine.
    const v = m.getVersionId();
    m.dispose();
    await assert.rejects(client.validate({ uri, version: v }), { code: 'not-open' });
    reg.dispose();
  });

  it('gives Monaco the errors first, so that its first 500 squiggles hold every error', async () => {
    reg = registerMonaco(monaco, { client, languageId: 'sql' });
    const uri = 'file:///order.sql';
    const warn = "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n";
    // Few markers: one owner, errors first.
    monaco.editor.createModel(warn.repeat(200) + 'ALTER INTEGRATION x SET ENABLED = 1;\n', 'sql', uri);
    await waitFor(() => lastMarkers(monaco, uri), 10000, 'markers');
    let ms = lastMarkers(monaco, uri).markers;
    assert.equal(ms.length, 201);
    assert.equal(lastMarkers(monaco, uri).owner, 'secint');
    assert.equal(ms[0].severity, 8, 'the error comes first');
    assert.equal(ms[0].startLineNumber, 201);
    assert.deepEqual(ms.slice(1).map((m) => m.startLineNumber), [...Array(200).keys()].map((i) => i + 1), 'then the warnings, in document order');
    reg.dispose();

    // Many, spread over owners: what Monaco reads first (its first 500)
    // still holds every error, an error that appears later in a block that
    // had none too.
    reg = registerMonaco(monaco, { client, languageId: 'sql' });
    const uri2 = 'file:///order-many.sql';
    const m = monaco.editor.createModel(warn.repeat(600) + 'ALTER INTEGRATION x SET ENABLED = 1;\n', 'sql', uri2);
    const read = () => monaco.editor.getModelMarkers({ resource: m.uri });
    await waitFor(() => read().length === 601, 10000, 'markers');
    assert.ok(new Set(read().map((x) => x.owner)).size > 1, 'several owners');
    assert.equal(read()[0].severity, 8, 'the error comes first');
    assert.equal(read()[0].startLineNumber, 601);
    m.applyEdits([{ range: { startLineNumber: 3, startColumn: 1, endLineNumber: 3, endColumn: 1 }, text: 'ALTER INTEGRATION x SET ENABLED = 1; ' }]);
    await waitFor(() => read().length === 602, 10000, 'the new error');
    assert.deepEqual(read().slice(0, 2).map((x) => [x.severity, x.startLineNumber]), [[8, 3], [8, 601]], 'both errors first, in document order');
    reg.dispose();
  });

  it('checks the lines on screen of a pasted text first, then all of it, never showing a marker the whole check lacks', async () => {
    const order = [];
    const spy = withOverrides(client, {
      validateVisible: (...a) => (order.push('validateVisible'), client.validateVisible(...a)),
      update: (...a) => (order.push('update'), client.update(...a)),
    });
    reg = registerMonaco(monaco, { client: spy, languageId: 'sql' });
    const uri = 'file:///paste.sql';
    const m = monaco.editor.createModel('SELECT 1;\n', 'sql', uri);
    // An editor that shows lines 1000-1040 of the model, its caret on 1020.
    const view = { getModel: () => m, getVisibleRanges: () => [{ startLineNumber: 1000, endLineNumber: 1040 }], getPosition: () => ({ lineNumber: 1020, column: 1 }) };
    monaco.editor.getEditors = () => [view];
    await waitFor(() => lastMarkers(monaco, uri), 5000, 'first check');
    // A mistake in one statement in five (under the document's cap of 1,000
    // diagnostics, which a check of some lines cannot foresee).
    const stmt = (i) =>
      i % 3 === 0
        ? `CREATE SECURITY INTEGRATION p${i} TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = ${i % 5 === 0 ? 'maybe' : 'TRUE'} ` +
          "OAUTH_CLIENT_ID = 'c' OAUTH_CLIENT_SECRET = 's' OAUTH_GRANT = 'CLIENT_CREDENTIALS' OAUTH_TOKEN_ENDPOINT = 'https://auth.example.com/token';\n"
        : `ALTER SECURITY INTEGRATION p${i - (i % 3)} SET ${i % 5 === 1 ? 'OAUTH_CLIENTID' : 'OAUTH_CLIENT_ID'} = 'x';\n`;
    const text = Array.from({ length: 2000 }, (_, i) => stmt(i)).join('');
    const full = (await client.validate(text)).map((d) => `${d.code} ${d.range.start.line} ${d.message}`);
    assert.ok(full.length > 250 && full.length < 1000, `${full.length} diagnostics`);
    const from = monaco.calls.markers.length;
    m.applyEdits([{ range: { startLineNumber: 1, startColumn: 1, endLineNumber: 2, endColumn: 1 }, text }]);
    await waitFor(() => secintMarkers(monaco, m).length === full.length, 10000, 'every marker');
    assert.deepEqual(order.slice(-2), ['validateVisible', 'update'], 'the lines on screen are asked for first');
    const sets = monaco.calls.markers.slice(from).filter((c) => c.uri === uri);
    const wanted = new Set(full);
    const lines = new Set();
    for (const c of sets) {
      for (const mk of c.markers) {
        if (!mk.message) continue; // an owner keeping its place
        assert.ok(wanted.has(`${mk.code} ${mk.startLineNumber - 1} ${mk.message}`), `shown on the way: ${mk.code} at line ${mk.startLineNumber}`);
      }
      if (c.markers.some((mk) => mk.message) && lines.size === 0) for (const mk of c.markers) lines.add(mk.startLineNumber);
    }
    // The first markers shown are those on screen (the fake editor's view
    // stays on lines 1000-1040) and around the end of the paste (line
    // 2001), before the rest.
    assert.ok(lines.size > 0 && [...lines].every((l) => (l >= 950 && l <= 1100) || l >= 1900), `first shown: lines ${[...lines].slice(0, 5)}`);
    assert.deepEqual(secintMarkers(monaco, m).map((x) => `${x.code} ${x.startLineNumber - 1} ${x.message}`).sort(), [...full].sort());
    delete monaco.editor.getEditors;
    reg.dispose();
  });

  it('with many markers, re-sets only the owners an edit changed, and shows what a full check finds', async () => {
    reg = registerMonaco(monaco, { client, languageId: 'sql' });
    const uri = 'file:///blocks.sql';
    const warn = "ALTER INTEGRATION x SET OAUTH_CLIENT_AUTH_METHOD = 'CLIENT_SECRET_POST';\n";
    const m = monaco.editor.createModel(warn.repeat(900), 'sql', uri);
    const shown = () => secintMarkers(monaco, m).map((x) => [x.code, x.startLineNumber, x.startColumn, x.endLineNumber, x.endColumn, x.message]);
    const full = async () => (await client.validate(m.getValue())).map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, d.message]);
    await waitFor(() => secintMarkers(monaco, m).length === 900, 10000, 'markers');
    assert.deepEqual(shown(), await full());
    // An edit on line 700 that makes an error there: the owners of its
    // block only.
    const before = monaco.calls.markers.length;
    m.applyEdits([{ range: { startLineNumber: 700, startColumn: 1, endLineNumber: 700, endColumn: 1 }, text: 'ALTER INTEGRATION x SET ENABLED = 1; ' }]);
    await waitFor(() => secintMarkers(monaco, m).some((x) => x.severity === 8), 10000, 'the error');
    const sets = monaco.calls.markers.slice(before).filter((c) => c.uri === uri && c.markers.length > 0);
    assert.ok(sets.length >= 1 && sets.length <= 3, `owners re-set: ${sets.map((c) => c.owner)}`);
    assert.ok(sets.every((c) => c.owner.startsWith('secint:')), `${sets.map((c) => c.owner)}`);
    assert.deepEqual(shown(), await full());
    // Lines added above move every marker after them: still a full check's.
    m.applyEdits([{ range: { startLineNumber: 10, startColumn: 1, endLineNumber: 10, endColumn: 1 }, text: '\n\n' }]);
    await waitFor(async () => JSON.stringify(shown()) === JSON.stringify(await full()), 10000, 'the markers after lines were added');
    // Back under 250: one owner again, and the others gone.
    m.setValue(warn.repeat(3));
    await waitFor(() => secintMarkers(monaco, m).length === 3, 10000, 'few markers');
    assert.deepEqual([...new Set(monaco.editor.getModelMarkers({ resource: m.uri }).map((x) => x.owner))], ['secint']);
    m.dispose();
    assert.equal(monaco.editor.getModelMarkers({ resource: m.uri }).length, 0, 'disposing clears every owner');
    reg.dispose();
  });

  it('sends the edits Monaco reports, not the whole text, and the engine follows them', async () => {
    const sent = [];
    const spy = withOverrides(client, { update: (uri, version, changes) => (sent.push(changes), client.update(uri, version, changes)) });
    reg = registerMonaco(monaco, { client: spy, languageId: 'sql', debounce: 20 });
    const uri = 'file:///edits.sql';
    const m = monaco.editor.createModel('SELECT 1;\nALTER SECURITY INTEGRATION x SET ENABLED = TRUE;', 'sql', uri);
    await waitFor(() => lastMarkers(monaco, uri)?.markers.length === 0, 5000, 'first check');
    // Two edits in two events, then one event with two changes (multi-cursor).
    const r = (l1, c1, l2, c2) => ({ startLineNumber: l1, startColumn: c1, endLineNumber: l2, endColumn: c2 });
    m.applyEdits([{ range: r(2, 40, 2, 40), text: 'X' }]); // ENABLEXD
    m.applyEdits([{ range: r(1, 8, 1, 9), text: '2' }]); // SELECT 2
    // (ranges against the text with the X: TRUE stands at columns 45-49)
    m.applyEdits([{ range: r(2, 40, 2, 41), text: '' }, { range: r(2, 45, 2, 49), text: 'maybe' }]);
    await waitFor(() => lastMarkers(monaco, uri)?.version === m.getVersionId(), 5000, 'markers for the last version');
    assert.equal(m.getValue(), 'SELECT 2;\nALTER SECURITY INTEGRATION x SET ENABLED = maybe;');
    const now = lastMarkers(monaco, uri).markers;
    // "ALTER SECURITY INTEGRATION x SET ENABLED = " is 43 characters: maybe is columns 44-49.
    assert.deepEqual(now.map((x) => [x.code, x.startLineNumber, x.startColumn, x.endColumn]), [['invalid-enum-value', 2, 44, 49]]);
    // What went to the engine: ranged changes only, never the whole text.
    assert.ok(sent.length >= 1);
    for (const changes of sent) {
      assert.ok(Array.isArray(changes) && changes.every((c) => c.range), `sent ${JSON.stringify(changes)}`);
    }
    // A whole new text (setValue lists no changes) goes whole.
    m.setValue('SELECT 3;');
    await waitFor(() => typeof sent.at(-1) === 'string', 5000, 'the whole text');
    reg.dispose();
  });

  it('checks after every edit by default, one request at a time per model', async () => {
    let inFlight = 0;
    let most = 0;
    const asked = [];
    const spy = withOverrides(client, {
      validate: async (ref) => {
        asked.push(ref.version);
        most = Math.max(most, ++inFlight);
        try {
          await sleep(30); // a slow engine: edits arrive while it works
          return await client.validate(ref);
        } finally {
          inFlight--;
        }
      },
    });
    reg = registerMonaco(monaco, { client: spy, languageId: 'sql' });
    const uri = 'file:///every-edit.sql';
    const m = monaco.editor.createModel('ALTER SECURITY INTEGRATION x SET ENABLED = TRUE;', 'sql', uri);
    await waitFor(() => lastMarkers(monaco, uri)?.markers.length === 0, 5000, 'first check');
    // One edit, no timer to wait for: markers for it come back.
    const r = (c1, c2) => ({ startLineNumber: 1, startColumn: c1, endLineNumber: 1, endColumn: c2 });
    m.applyEdits([{ range: r(44, 48), text: 'maybe' }]); // TRUE is columns 44-47
    await waitFor(() => lastMarkers(monaco, uri)?.version === m.getVersionId(), 5000, 'markers after one edit');
    assert.deepEqual(lastMarkers(monaco, uri).markers.map((x) => x.code), ['invalid-enum-value']);
    // Five quick edits while a check is out: at most one more check, for the
    // newest version, and never two at once.
    const before = asked.length;
    for (const t of ['m', 'ma', 'may', 'mayb', 'FALSE']) m.applyEdits([{ range: r(44, m.getValue().length + 1), text: `${t};` }]);
    await waitFor(() => lastMarkers(monaco, uri)?.version === m.getVersionId(), 5000, 'markers for the newest version');
    assert.deepEqual(lastMarkers(monaco, uri).markers, []);
    assert.ok(asked.length - before <= 2, `asked for ${asked.slice(before)} after five edits`);
    assert.equal(asked.at(-1), m.getVersionId());
    assert.equal(most, 1);
    reg.dispose();
  });

  it('leaves the markers alone when an edit changes no diagnostic', async () => {
    const answered = [];
    const spy = withOverrides(client, {
      validate: async (ref) => {
        const d = await client.validate(ref);
        answered.push(ref.version);
        return d;
      },
    });
    reg = registerMonaco(monaco, { client: spy, languageId: 'sql' });
    const uri = 'file:///same-markers.sql';
    const m = monaco.editor.createModel('ALTER SECURITY INTEGRATION x SET ENABLED = maybe;\nSELECT 1;', 'sql', uri);
    await waitFor(() => lastMarkers(monaco, uri)?.markers.length === 1, 5000, 'first markers');
    const sets = monaco.calls.markers.length;
    // SELECT 1 becomes SELECT 2: the engine answers, the diagnostics are the same.
    m.applyEdits([{ range: { startLineNumber: 2, startColumn: 8, endLineNumber: 2, endColumn: 9 }, text: '2' }]);
    await waitFor(() => answered.includes(m.getVersionId()), 5000, 'the answer for the edit');
    await sleep(20);
    assert.equal(monaco.calls.markers.length, sets, 'markers set again for the same diagnostics');
    // An edit that moves the diagnostic does set them.
    m.applyEdits([{ range: { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 }, text: ' ' }]);
    await waitFor(() => lastMarkers(monaco, uri)?.version === m.getVersionId(), 5000, 'markers for the moved diagnostic');
    assert.equal(lastMarkers(monaco, uri).markers[0].startColumn, 45);
    reg.dispose();
  });

  it('follows models that change language', async () => {
    reg = registerMonaco(monaco, { client, languageId: 'sql', debounce: 10 });
    const uri = 'file:///lang.txt';
    const m = monaco.editor.createModel('ALTER INTEGRATION x SET ENABLE = TRUE;', 'plaintext', uri);
    await sleep(50);
    assert.equal(lastMarkers(monaco, uri), undefined);
    monaco.editor.setModelLanguage(m, 'sql');
    await waitFor(() => lastMarkers(monaco, uri)?.markers.length === 1, 5000, 'markers after the language change');
    monaco.editor.setModelLanguage(m, 'plaintext');
    assert.deepEqual(lastMarkers(monaco, uri).markers, []);
    reg.dispose();
  });

  it('completes at the caret, with Monaco ranges and kinds', async () => {
    reg = registerMonaco(monaco, { client, languageId: 'sql', debounce: 1000 });
    const m = monaco.editor.createModel('-- 😀\nALTER SECURITY INTEGRATION x SET OAUTH_', 'sql', 'file:///complete.sql');
    // Typed just now: the debounced update has not gone out; completion sends it.
    m.setValue('-- 😀\nALTER SECURITY INTEGRATION x SET OAUTH_G');
    const { provider } = monaco.calls.providers.completion;
    const r = await provider.provideCompletionItems(m, { lineNumber: 2, column: 41 }, {}, token);
    const grant = r.suggestions.find((s) => s.label === 'OAUTH_GRANT');
    assert.ok(grant, r.suggestions.map((s) => s.label).join(' '));
    assert.equal(grant.kind, 9);
    assert.deepEqual(grant.range, { startLineNumber: 2, startColumn: 34, endLineNumber: 2, endColumn: 41 });
    assert.equal(typeof grant.documentation.value, 'string');
    if (grant.insertText.includes('${')) assert.equal(grant.insertTextRules, 4);
    // Cancelled: nothing.
    const none = await provider.provideCompletionItems(m, { lineNumber: 2, column: 41 }, {}, { isCancellationRequested: true });
    assert.deepEqual(none.suggestions, []);
    reg.dispose();
  });

  it('hovers, with the range in Monaco columns', async () => {
    reg = registerMonaco(monaco, { client, languageId: 'sql' });
    const m = monaco.editor.createModel("-- 漢字 😀\nALTER SECURITY INTEGRATION x SET COMMENT = 'c';", 'sql', 'file:///hover.sql');
    const { provider } = monaco.calls.providers.hover;
    const h = await provider.provideHover(m, { lineNumber: 2, column: 36 }, token);
    assert.ok(h);
    assert.match(h.contents[0].value, /COMMENT/);
    assert.deepEqual(h.range, { startLineNumber: 2, startColumn: 34, endLineNumber: 2, endColumn: 41 });
    assert.equal(await provider.provideHover(m, { lineNumber: 1, column: 2 }, token), null);
    reg.dispose();
  });

  it('offers quick fixes as workspace edits tied to the marker', async () => {
    reg = registerMonaco(monaco, { client, languageId: 'sql', debounce: 10 });
    const uri = 'file:///fix.sql';
    const m = monaco.editor.createModel("-- 😀\nALTER SECURITY INTEGRATION x SET OAUTH_CLIENTID = 'a';", 'sql', uri);
    await waitFor(() => lastMarkers(monaco, uri)?.markers.length === 1, 5000, 'the marker');
    const marker = lastMarkers(monaco, uri).markers[0];
    const { provider } = monaco.calls.providers.codeAction;
    const range = { startLineNumber: 2, startColumn: 34, endLineNumber: 2, endColumn: 34 };
    const r = await provider.provideCodeActions(m, range, { markers: [marker] }, token);
    assert.equal(r.actions.length, 1);
    const a = r.actions[0];
    assert.equal(a.kind, 'quickfix');
    assert.equal(a.isPreferred, true);
    assert.equal(a.diagnostics[0], marker); // the marker Monaco has, not a copy
    assert.deepEqual(a.edit.edits, [
      { resource: m.uri, versionId: m.getVersionId(), textEdit: { range: { startLineNumber: 2, startColumn: 34, endLineNumber: 2, endColumn: 48 }, text: 'OAUTH_CLIENT_ID' } },
    ]);
    assert.equal(typeof r.dispose, 'function');
    // Another kind of action asked for: none.
    const other = await provider.provideCodeActions(m, range, { markers: [], only: 'refactor' }, token);
    assert.deepEqual(other.actions, []);
    reg.dispose();
  });

  it('keeps working across an engine restart', async () => {
    const local = createSecint({ wasmURL: wasmPath, worker: true, testHooks: true });
    await local.ready;
    reg = registerMonaco(monaco, { client: local, languageId: 'sql', debounce: 10 });
    const uri = 'file:///restart.sql';
    const m = monaco.editor.createModel('SELECT 1;', 'sql', uri);
    await waitFor(() => lastMarkers(monaco, uri), 5000, 'first markers');
    await local.__panicForTest('exit').catch(() => {});
    m.setValue('ALTER INTEGRATION x SET ENABLE = TRUE;');
    await waitFor(() => lastMarkers(monaco, uri).markers.length === 1, 5000, 'markers from the new engine');
    assert.equal(local.restarts, 1);
    reg.dispose();
    local.dispose();
  });
});

// A worker that dies whenever it is given, or asked about, a document whose
// URI says "poison", and answers everything else.
class KillingWorker {
  onmessage = null;
  terminated = false;
  postMessage(msg) {
    setTimeout(() => this.handle(msg), 1);
  }
  send(msg) {
    if (!this.terminated) this.onmessage?.({ data: msg });
  }
  handle(msg) {
    if (this.terminated) return;
    if (msg.type === 'init') return this.send({ type: 'ready', info: { version: 'fake', go: 'go', protocol: PROTOCOL } });
    const uri = typeof msg.params[0] === 'string' ? msg.params[0] : msg.params[0]?.uri;
    if (String(uri).includes('poison') && (msg.method === 'open' || msg.method === 'validate')) return this.send({ type: 'dead', reason: 'out of memory' });
    this.send({ type: 'response', id: msg.id, value: msg.method === 'validate' ? [] : true });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('registerMonaco and a quarantined document', () => {
  it('shows one marker that says the document is no longer checked, and checks the others', async () => {
    const keepAlive = setInterval(() => {}, 60_000); // fake workers keep nothing alive
    const client = createSecint({ wasmURL: 'file:///x.wasm', worker: () => new KillingWorker() });
    const monaco = fakeMonaco();
    const errors = [];
    const reg = registerMonaco(monaco, { client, languageId: 'sql', onError: (e) => errors.push(e) });
    try {
      await client.ready;
      monaco.editor.createModel('ALTER INTEGRATION x SET ENABLED = TRUE;\nSELECT 1;', 'sql', 'file:///poison.sql');
      monaco.editor.createModel('SELECT 1;', 'sql', 'file:///fine.sql');
      await waitFor(() => lastMarkers(monaco, 'file:///poison.sql')?.markers.length === 1, 5000, 'the quarantine marker');
      const [mk] = lastMarkers(monaco, 'file:///poison.sql').markers;
      assert.equal(mk.code, 'quarantined');
      assert.equal(mk.severity, 4);
      assert.match(mk.message, /^file:\/\/\/poison\.sql stopped the secint engine twice \(last: out of memory\); it is no longer checked/);
      assert.deepEqual([mk.startLineNumber, mk.startColumn, mk.endLineNumber, mk.endColumn], [1, 1, 1, 40]);
      await waitFor(() => lastMarkers(monaco, 'file:///fine.sql'), 5000, 'markers of the other model');
      assert.deepEqual(lastMarkers(monaco, 'file:///fine.sql').markers, []);
      assert.equal(client.restarts, 2);
      assert.deepEqual(errors, []); // said in the marker, not as an error
    } finally {
      reg.dispose();
      client.dispose();
      clearInterval(keepAlive);
    }
  });
});
