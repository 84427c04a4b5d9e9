// The client: what an application holds. It starts the engine (in a worker
// by default), sends requests, drops answers for outdated document versions,
// and restarts the engine when it dies or hangs, re-opening the documents and
// retrying what was pending, so that the user loses nothing.

import { createBackend } from './backends.js';
import { PROTOCOL, SecintError, TEST_METHOD, errorFrom } from './protocol.js';
import { LineText } from './positions.js';

const DEFAULTS = {
  timeout: 10_000, // ms without an answer while requests are pending: the engine hangs
  startTimeout: 30_000, // ms for a new engine to load and warm up
  maxRestarts: 3, // restarts in a row with no answer in between before giving up
};

/**
 * createSecint starts the engine and returns a client at once; requests made
 * before the engine is ready wait for it. `await client.ready` to know it
 * started (it rejects, with a SecintError, when it cannot).
 * @param {import('./index').SecintOptions} options
 */
export function createSecint(options) {
  return new SecintClient(options);
}

// The default worker file: next to this module once built (dist/).
const defaultWorkerURL = () => new URL('./secint-worker.js', import.meta.url);

function baseURL() {
  if (typeof location !== 'undefined' && location?.href) return location.href;
  if (typeof process !== 'undefined' && typeof process.cwd === 'function') {
    return `file://${encodeURI(process.cwd().replace(/\\/g, '/').replace(/^(?!\/)/, '/'))}/`;
  }
  return undefined;
}

// resolveURL makes a URL absolute against the page (or, under Node, the
// working directory), because the worker resolves against its own URL.
function resolveURL(u) {
  if (u instanceof URL) return u.href;
  return new URL(String(u), baseURL()).href;
}

const isInt = (n) => Number.isSafeInteger(n);

// The requests that work on a whole document: one that kills the engine
// twice condemns the document (see _died).
const WHOLE_DOCUMENT = new Set(['open', 'update', 'validate']);

function checkPosition(p) {
  return p && typeof p === 'object' && isInt(p.line) && isInt(p.character);
}

function isChange(c) {
  return c != null && typeof c.text === 'string' &&
    (c.range == null || (checkPosition(c.range.start) && checkPosition(c.range.end)));
}

export class SecintClient {
  constructor(options = {}) {
    if (!options || (options.wasmURL == null)) {
      throw new TypeError('createSecint: wasmURL is required (the URL of secint.wasm)');
    }
    this._opts = { ...DEFAULTS, ...options };
    this._wasm = resolveURL(options.wasmURL);
    this._workerURL = options.worker === false || typeof options.worker === 'function' ? null : resolveURL(options.workerURL ?? defaultWorkerURL());
    this._module = null; // the compiled module, once a worker handed it back
    this._docs = new Map(); // uri → {version, lines: LineText}: what a new engine is given
    this._settings = null; // the settings, given again to a new engine
    this._pending = new Map(); // id → request
    this._nextId = 1;
    this._gen = 0; // which backend; answers from older ones are ignored
    this._initPosted = 0; // the backend whose init is posted: requests may follow it
    this._backend = null;
    this._state = 'starting'; // starting | running | failed | disposed
    this._everReady = false;
    this._failure = null;
    this._watchdog = null;
    this._startTimer = null;
    this._unanswered = 0; // deaths since the last answer
    this._posted = 0; // requests posted, for their order
    this._listeners = new Set();
    this._answers = new Map(); // uri → {seq, value}: the last diagnostics the engine sent (serve.js, diagnosticsAnswer)
    this._settingsGen = 0; // how many times configure was called: an answer is for the settings of its time
    this._lastText = null; // {text, gen, answer}: the last validate(text), which open may reuse
    /** How many times the engine was restarted. */
    this.restarts = 0;
    /** The engine's version information, once ready. */
    this.info = null;

    let resolveReady, rejectReady;
    /** Resolves with the engine's info once it is ready. */
    this.ready = new Promise((res, rej) => {
      resolveReady = res;
      rejectReady = rej;
    });
    this.ready.catch(() => {}); // a rejection nobody waits for is not an error
    this._resolveReady = resolveReady;
    this._rejectReady = rejectReady;
    this._start();
    if (options.settings != null) this.configure(options.settings).catch(() => {});
  }

  // --- settings ---

  /**
   * configure gives the engine a team's settings, the same as secint.toml's
   * as JSON: {rules: {code: 'off' | 'info' | 'warning' | 'error'}, include,
   * exclude}. Every later validate applies them (inline suppressions in the
   * text always apply). Bad settings reject with invalid-argument and change
   * nothing.
   */
  configure(settings) {
    if (!settings || typeof settings !== 'object' || Array.isArray(settings)) {
      return this._reject('invalid-argument', 'configure: settings must be an object like {rules: {"quoted-value": "off"}}');
    }
    let copy;
    try {
      copy = JSON.parse(JSON.stringify(settings)); // plain data, and the caller's object may change
    } catch (e) {
      return this._reject('invalid-argument', `configure: settings must be plain data: ${e?.message ?? e}`);
    }
    const before = this._settings;
    this._settings = copy; // a new engine gets it too
    this._settingsGen++;
    return this._request('configure', [copy], { sync: true }).catch((e) => {
      if (this._settings === copy) this._settings = before; // refused: nothing changed
      throw e;
    });
  }

  // --- documents ---

  /** open starts tracking a document at a version. */
  open(uri, version, text) {
    if (typeof uri !== 'string' || uri === '') return this._reject('invalid-argument', 'open: uri must be a non-empty string');
    if (!isInt(version)) return this._reject('invalid-argument', 'open: version must be an integer');
    if (typeof text !== 'string') return this._reject('invalid-argument', 'open: text must be a string');
    // Opening again is how a quarantined document is given another chance.
    this._docs.set(uri, { version, lines: new LineText(text), deaths: 0, quarantine: null, early: this._earlyAnswer(text) });
    return this._request('open', [uri, version, text], { sync: true });
  }

  // _earlyAnswer is the answer of the last validate(text) when text is the
  // same and the settings have not changed since: the engine checks an open
  // document as it checks a text (wasm/bridge.go), so a page that checked
  // its first worksheet while its editor was loading has the markers for
  // the editor's first frame. It is taken once; the engine is still sent
  // the document, for the edits that follow.
  _earlyAnswer(text) {
    const last = this._lastText;
    if (!last || last.text !== text || last.gen !== this._settingsGen) return null;
    this._lastText = null;
    return last;
  }

  /**
   * update moves a document to a newer version. `changes` is the whole new
   * text, or an array of LSP content changes applied in order: {text}
   * replaces the whole text, {range, text} replaces a range. The client keeps
   * its own copy of the text, so that a restarted engine gets it whole.
   */
  update(uri, version, changes) {
    const doc = this._docs.get(uri);
    if (!doc) return this._reject('not-open', `update: ${uri} is not open`);
    if (!isInt(version)) return this._reject('invalid-argument', 'update: version must be an integer');
    if (version <= doc.version) {
      return this._reject('invalid-argument', `update: version ${version} of ${uri} is not newer than ${doc.version}`);
    }
    const list = typeof changes === 'string' ? [{ text: changes }] : changes;
    if (!Array.isArray(list) || list.length === 0 || !list.every(isChange)) {
      return this._reject('invalid-argument', 'update: changes must be a text or an array of {text} or {range, text}');
    }
    for (const c of list) doc.lines.apply(c);
    doc.version = version;
    doc.early = null;
    if (doc.quarantine) return Promise.resolve(); // kept here, not sent
    const plain = list.map((c) => (c.range == null ? { text: c.text } : {
      range: {
        start: { line: c.range.start.line, character: c.range.start.character },
        end: { line: c.range.end.line, character: c.range.end.character },
      },
      text: c.text,
    }));
    return this._request('update', [uri, version, plain], { sync: true });
  }

  /** close stops tracking a document. */
  close(uri) {
    const doc = this._docs.get(uri);
    if (!doc) return Promise.resolve();
    this._docs.delete(uri);
    this._answers.delete(uri);
    if (doc.quarantine) return Promise.resolve(); // the engine does not have it
    return this._request('close', [uri], { sync: true });
  }

  // --- questions ---
  // Each takes a text, or {uri, version} of an open document; for a
  // document, the answer is null when the version is no longer the latest.

  /**
   * validate returns the diagnostics. A document opened with the text of
   * the last validate(text), the settings unchanged, gets that answer for
   * its first check (see _earlyAnswer).
   */
  validate(target) {
    if (typeof target === 'string') {
      const answer = this._query('validate', target, []);
      this._lastText = { text: target, gen: this._settingsGen, answer };
      return answer;
    }
    const doc = target && typeof target === 'object' ? this._docs.get(target.uri) : undefined;
    const early = doc?.early;
    if (early && target.version === doc.version && early.gen === this._settingsGen && !doc.quarantine) {
      doc.early = null;
      const ref = { uri: target.uri, version: target.version };
      return early.answer.then(
        (value) => (this._isCurrent(ref) ? value : null),
        () => this._query('validate', target, []), // it failed: ask the engine about the document
      );
    }
    return this._query('validate', target, []);
  }

  /**
   * validateVisible is for a large text about to be sent (a paste): it
   * returns the diagnostics of lines first to last (0-based) that the whole
   * check of text will hold, or null when the engine cannot tell them apart
   * from the rest, at a small part of the whole check's cost. Asked before
   * the update that sends the text, it is answered first.
   */
  validateVisible(text, first, last) {
    if (typeof text !== 'string') return this._reject('invalid-argument', 'validateVisible: text must be a string');
    if (!isInt(first) || !isInt(last)) return this._reject('invalid-argument', 'validateVisible: first and last must be line numbers');
    return this._request('validateVisible', [text, first, last]);
  }

  /** complete returns the completion items at an LSP position. */
  complete(target, position) {
    if (!checkPosition(position)) return this._reject('invalid-argument', 'complete: position must be {line, character} integers');
    return this._query('complete', target, [{ line: position.line, character: position.character }]);
  }

  /** hover returns the hover at an LSP position, or null. */
  hover(target, position) {
    if (!checkPosition(position)) return this._reject('invalid-argument', 'hover: position must be {line, character} integers');
    return this._query('hover', target, [{ line: position.line, character: position.character }]);
  }

  /**
   * redactSecrets returns text with the value of every OAUTH_CLIENT_SECRET
   * (and other secret-valued parameters) replaced by a placeholder: what a
   * share link may carry.
   */
  redactSecrets(text) {
    if (typeof text !== 'string') return this._reject('invalid-argument', 'redactSecrets: text must be a string');
    return this._request('redactSecrets', [text]);
  }

  /**
   * fixAll returns {text, count}: text with every helpful quick fix applied
   * and how many were, as `secint check --fix` does it (the engine's FixAll).
   */
  fixAll(text) {
    if (typeof text !== 'string') return this._reject('invalid-argument', 'fixAll: text must be a string');
    return this._request('fixAll', [text]);
  }

  /** codeActions returns the quick fixes for diagnostics touching a range. */
  codeActions(target, range) {
    if (!range || !checkPosition(range.start) || !checkPosition(range.end)) {
      return this._reject('invalid-argument', 'codeActions: range must be {start, end} positions');
    }
    const r = {
      start: { line: range.start.line, character: range.start.character },
      end: { line: range.end.line, character: range.end.character },
    };
    return this._query('codeActions', target, [r]);
  }

  /** version returns the engine's version information. */
  version() {
    return this._request('version', []);
  }

  /**
   * onRestart calls listener({reason, restarts}) each time the engine is
   * restarted. Returns {dispose()}.
   */
  onRestart(listener) {
    this._listeners.add(listener);
    return { dispose: () => this._listeners.delete(listener) };
  }

  /** dispose stops the engine; pending and later requests reject. */
  dispose() {
    if (this._state === 'disposed') return;
    this._state = 'disposed';
    this._stopTimers();
    this._backend?.terminate();
    this._backend = null;
    const err = new SecintError('disposed', 'the secint client was disposed');
    this._rejectReady(err);
    for (const p of this._pending.values()) p.reject(err);
    this._pending.clear();
    this._docs.clear();
  }

  /** For the package's tests: needs createSecint({testHooks: true}). */
  __panicForTest(kind) {
    return this._request(TEST_METHOD, [kind]);
  }

  // --- requests ---

  _reject(code, message) {
    return Promise.reject(new SecintError(code, message));
  }

  _query(method, target, rest) {
    if (typeof target === 'string') return this._request(method, [target, ...rest]);
    if (!target || typeof target !== 'object' || typeof target.uri !== 'string' || !isInt(target.version)) {
      return this._reject('invalid-argument', `${method}: the first argument is a text or {uri, version}`);
    }
    const doc = this._docs.get(target.uri);
    if (!doc) return this._reject('not-open', `${method}: ${target.uri} is not open`);
    if (target.version < doc.version) return Promise.resolve(null); // outdated already
    if (target.version > doc.version) {
      return this._reject('invalid-argument', `${method}: version ${target.version} of ${target.uri} was never opened or updated`);
    }
    if (doc.quarantine) return Promise.reject(doc.quarantine);
    const ref = { uri: target.uri, version: target.version };
    return this._request(method, [ref, ...rest], { ref });
  }

  _request(method, params, { ref = null, sync = false, internal = false } = {}) {
    if (this._state === 'disposed') return this._reject('disposed', 'the secint client was disposed');
    if (this._state === 'failed') return Promise.reject(this._failure);
    return new Promise((resolve, reject) => {
      const p = { id: this._nextId++, method, params, ref, sync, internal, resolve, reject, gen: 0, attempts: 0 };
      this._pending.set(p.id, p);
      if (this._state === 'running' || this._initPosted === this._gen) this._post(p);
      this._refresh();
    });
  }

  _post(p) {
    p.gen = this._gen;
    p.seq = ++this._posted; // the engine answers in this order
    try {
      this._backend.post({ type: 'request', id: p.id, method: p.method, params: p.params });
    } catch (e) {
      this._pending.delete(p.id);
      p.reject(new SecintError('invalid-argument', `${p.method}: ${e?.message ?? e}`));
      return;
    }
    if (!this._watchdog) this._armWatchdog();
  }

  _isCurrent(ref) {
    return this._docs.get(ref.uri)?.version === ref.version;
  }

  _settle(p, msg) {
    if (p.internal) return;
    if (msg.error) {
      // "stale": the engine has a newer version than the request named.
      // For a question that is an outdated answer; for an update it means
      // a restarted engine was given this version already.
      if (msg.error.code === 'stale' && (p.ref || p.sync)) return p.resolve(p.ref ? null : undefined);
      return p.reject(errorFrom(msg.error));
    }
    if (p.ref && !this._isCurrent(p.ref)) return p.resolve(null); // answered, but outdated: dropped
    p.resolve(p.sync ? undefined : msg.value);
  }

  // --- the engine's life ---

  async _start() {
    const gen = ++this._gen;
    this._answers.clear(); // a new engine sends its first answers whole
    this._state = 'starting';
    let backend;
    try {
      backend = await createBackend({ worker: this._opts.worker, workerURL: this._workerURL });
    } catch (e) {
      if (gen === this._gen && this._state === 'starting') this._died(gen, `the worker could not be created: ${e?.message ?? e}`);
      return;
    }
    if (gen !== this._gen || this._state !== 'starting') {
      backend.terminate();
      return;
    }
    this._backend = backend;
    backend.onmessage = (msg) => this._onMessage(gen, msg);
    backend.ondeath = (reason) => this._died(gen, reason);
    this._startTimer = setTimeout(() => this._died(gen, `the engine did not start within ${this._opts.startTimeout} ms`), this._opts.startTimeout);
    this._startTimer.unref?.();
    this._refresh();
    try {
      backend.post({
        type: 'init',
        protocol: PROTOCOL,
        wasm: this._wasm,
        module: this._module ?? undefined,
        wantModule: !this._module,
        testHooks: this._opts.testHooks === true,
        progressEvery: this._progressEvery(),
      });
    } catch {
      // A module that cannot be posted here: let the worker load it itself.
      this._module = null;
      backend.post({ type: 'init', protocol: PROTOCOL, wasm: this._wasm, testHooks: this._opts.testHooks === true, progressEvery: this._progressEvery() });
    }
    // Requests go out at once, behind the init: the worker keeps them until
    // its engine runs (serve.js), so the first answers do not wait for this
    // thread to hear that it is ready (a page's main thread may be busy
    // evaluating an editor for most of a second meanwhile).
    this._initPosted = gen;
    this._sendAll();
  }

  // _sendAll gives a new engine what it needs, in order: the settings and
  // the documents first (a new engine knows nothing), then what was
  // pending, in the order it was asked.
  _sendAll() {
    const waiting = [...this._pending.values()].filter((p) => p.gen !== this._gen).sort((a, b) => a.id - b.id);
    if (this._settings !== null) {
      const p = { id: this._nextId++, method: 'configure', params: [this._settings], internal: true, resolve() {}, reject() {}, gen: 0, attempts: 0 };
      this._pending.set(p.id, p);
      this._post(p);
    }
    for (const [uri, doc] of this._docs) {
      if (doc.quarantine) continue;
      const p = { id: this._nextId++, method: 'open', params: [uri, doc.version, doc.lines.text], internal: true, resolve() {}, reject() {}, gen: 0, attempts: 0 };
      this._pending.set(p.id, p);
      this._post(p);
    }
    for (const p of waiting) {
      const doc = (p.method === 'open' || p.method === 'update') && this._docs.get(p.params[0]);
      if (doc && !doc.quarantine) {
        // Opened or changed while no engine ran: the re-open above gave the
        // engine this document as it is now.
        this._pending.delete(p.id);
        p.resolve(undefined);
        continue;
      }
      this._post(p);
    }
  }

  _onMessage(gen, msg) {
    if (gen !== this._gen || this._state === 'disposed' || this._state === 'failed') return;
    switch (msg?.type) {
      case 'ready':
        return this._ready(msg);
      case 'init-error':
        if (msg.error?.code === 'protocol' || !this._everReady) return this._fail(errorFrom(msg.error));
        return this._died(gen, `the engine could not start: ${msg.error?.message}`);
      case 'response': {
        if (msg.diags) msg = this._answerOf(msg);
        const p = this._pending.get(msg.id);
        if (!p || p.gen !== gen) return;
        this._pending.delete(msg.id);
        if (!p.internal) {
          this._unanswered = 0; // a re-open answered proves little
          const c = this._documentOf(p);
          if (c) c.doc.deaths = 0;
        }
        this._armWatchdog();
        this._settle(p, msg);
        this._refresh();
        return;
      }
      case 'progress':
        // Slow is not dead: a request still being worked on re-arms the
        // watchdog (but is no answer: deaths in a row are still counted).
        if (this._state === 'running') this._armWatchdog();
        return;
      case 'dead':
        return this._died(gen, msg.reason);
    }
  }

  // _answerOf makes the diagnostics of an answer that the engine's host sent
  // as a change to the one before for the same document (serve.js,
  // diagnosticsAnswer). Every answer of this engine comes through here in
  // order, so the one it names is the last one kept; when it is not (it
  // cannot be, short of a bug), the answer is dropped as outdated. The
  // diagnostics that did not change are the objects of the answer before:
  // answers are to be read, not changed.
  _answerOf(msg) {
    const { uri, seq, base } = msg.diags;
    let value = msg.value;
    if (base !== undefined) {
      const had = this._answers.get(uri);
      if (!had || had.seq !== base || !msg.delta) {
        this._answers.delete(uri);
        return { type: 'response', id: msg.id, error: { code: 'stale', message: `validate: the answer for ${uri} names an answer this client does not have` } };
      }
      const a = had.value;
      value = [];
      for (const p of msg.delta.parts) {
        if (Array.isArray(p)) {
          for (let i = p[0]; i < p[1]; i++) value.push(a[i]);
        } else value.push(p);
      }
    }
    this._answers.set(uri, { seq, value });
    return { type: 'response', id: msg.id, value };
  }

  // How often a long request reports that it is still working: often
  // enough that the watchdog hears it a few times before it would fire.
  _progressEvery() {
    return Math.max(5, Math.floor(this._opts.timeout / 4));
  }

  _ready(msg) {
    clearTimeout(this._startTimer);
    this._startTimer = null;
    if (msg.info?.protocol !== PROTOCOL) {
      return this._fail(new SecintError('protocol', `secint.wasm speaks protocol ${msg.info?.protocol}, this package ${PROTOCOL}`));
    }
    if (msg.module) this._module = msg.module;
    this.info = msg.info;
    this._state = 'running';
    if (!this._everReady) {
      this._everReady = true;
      this._resolveReady(msg.info);
    }
    // What was sent meanwhile is out now: the watchdog starts counting.
    this._armWatchdog();
    this._refresh();
  }

  _died(gen, reason) {
    if (gen !== this._gen || this._state === 'disposed' || this._state === 'failed') return;
    // An engine that died starting was working on none of the requests sent
    // behind its init: none of them is to blame.
    const started = this._state === 'running';
    this._stopTimers();
    this._backend?.terminate();
    this._backend = null;
    this._unanswered++;

    // What was sent to the dead engine: document changes are settled, since
    // the documents are re-opened from the client's copy; questions are asked
    // again, except the one the engine was working on (the oldest) when it
    // has killed an engine before.
    // In the order they were posted, which is the order the engine takes
    // them in: after a restart the re-opens go first, ahead of older
    // requests asked again.
    const sent = [...this._pending.values()].filter((p) => p.gen === gen).sort((a, b) => a.seq - b.seq);
    // The oldest request sent is the one the engine was working on (it
    // answers in order). When it is work on a whole document (opening,
    // changing or validating it), and that document was being worked on at
    // an earlier death too, the document is what kills: it is quarantined,
    // not opened again in the new engine. A question at a position
    // (completion, hover, code actions) that kills is only that question's
    // fault: it is rejected as 'crashed' below, the document stays.
    const culprit = started && sent.length > 0 && WHOLE_DOCUMENT.has(sent[0].method) ? this._documentOf(sent[0]) : null;
    if (culprit && culprit.doc.quarantine == null && ++culprit.doc.deaths >= 2) {
      this._quarantine(culprit.uri, culprit.doc, reason);
    }
    sent.forEach((p, i) => {
      if (p.internal || p.sync) {
        this._pending.delete(p.id);
        if (!p.internal) p.resolve(undefined);
        return;
      }
      p.gen = 0;
      // The test hooks kill on purpose: asking again would only kill again.
      if (started && i === 0 && (++p.attempts > 1 || p.method === TEST_METHOD)) {
        this._pending.delete(p.id);
        p.reject(new SecintError('crashed', `${p.method} stopped the engine (${reason}); the engine was restarted`));
      }
    });

    if (!this._everReady) {
      return this._fail(new SecintError('failed', `the secint engine could not start: ${reason}`));
    }
    if (this._unanswered > this._opts.maxRestarts) {
      return this._fail(new SecintError('failed', `the secint engine died ${this._unanswered} times in a row; last: ${reason}`));
    }
    this.restarts++;
    for (const fn of this._listeners) {
      try {
        fn({ reason, restarts: this.restarts });
      } catch {
        // a listener's problem is not the client's
      }
    }
    this._start();
  }

  // _documentOf names the open document a request is about, if any.
  _documentOf(p) {
    const uri = p.ref ? p.ref.uri : (p.method === 'open' || p.method === 'update' ? p.params[0] : null);
    const doc = typeof uri === 'string' ? this._docs.get(uri) : undefined;
    return doc ? { uri, doc } : null;
  }

  // _quarantine stops sending a document to the engine: its questions
  // reject with 'quarantined' (those pending too), its changes are kept in
  // the client's copy only, and every other document goes on as before.
  // Opening it again (open) gives it another chance.
  _quarantine(uri, doc, reason) {
    doc.quarantine = new SecintError(
      'quarantined',
      `${uri} stopped the secint engine twice (last: ${reason}); it is no longer checked, and other documents are. ` +
        'Open it again to retry, or split it into smaller documents.',
    );
    for (const p of [...this._pending.values()]) {
      if (p.internal || this._documentOf(p)?.uri !== uri) continue;
      this._pending.delete(p.id);
      if (p.sync) p.resolve(undefined);
      else p.reject(doc.quarantine);
    }
    // The deaths are explained: they do not count toward giving up.
    this._unanswered = 0;
  }

  _fail(err) {
    this._state = 'failed';
    this._failure = err;
    this._stopTimers();
    this._backend?.terminate();
    this._backend = null;
    this._rejectReady(err);
    for (const p of this._pending.values()) {
      if (!p.internal) p.reject(err);
    }
    this._pending.clear();
  }

  // The watchdog: while requests are out, the engine must answer one within
  // `timeout` ms, or it is taken for hung and restarted.
  _armWatchdog() {
    clearTimeout(this._watchdog);
    this._watchdog = null;
    if (this._state !== 'running') return;
    let out = false;
    for (const p of this._pending.values()) {
      if (p.gen === this._gen) {
        out = true;
        break;
      }
    }
    if (!out) return;
    const gen = this._gen;
    this._watchdog = setTimeout(() => this._died(gen, `no answer within ${this._opts.timeout} ms`), this._opts.timeout);
    this._watchdog.unref?.();
  }

  _stopTimers() {
    clearTimeout(this._watchdog);
    clearTimeout(this._startTimer);
    this._watchdog = null;
    this._startTimer = null;
  }

  // Under Node, a worker keeps the process alive only while it has work.
  _refresh() {
    if (!this._backend) return;
    if (this._state === 'starting' || this._pending.size > 0) this._backend.ref();
    else this._backend.unref();
  }
}
