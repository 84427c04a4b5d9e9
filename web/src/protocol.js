// The messages between the client (main thread) and the engine host (a
// worker, or the same thread). One shape for all backends:
//
//   client → host   {type: 'init', protocol, wasm, testHooks, progressEvery}
//                   {type: 'request', id, method, params}
//   host → client   {type: 'ready', info, module?}
//                   {type: 'init-error', error: {code, message}}
//                   {type: 'response', id, value} | {type: 'response', id, error: {code, message}}
//                   {type: 'progress'}            a long request is still being worked on
//                   {type: 'dead', reason}        the Go runtime exited or threw
//
// `params` are the arguments of the wasm export of the same name (see
// wasm/main.go). A document-bound request names its document as
// {uri, version} in params[0]; `update` carries changes as an array of
// {text} (whole text) or {range, text} (edits), as LSP does.

/** Version of this calling convention; the wasm module reports its own. */
export const PROTOCOL = 4; // 2: redactSecrets; 3: fixAll and configure; 4: validateVisible

/** The exports a request may name. */
export const METHODS = new Set([
  'open',
  'update',
  'close',
  'validate',
  'validateVisible',
  'complete',
  'hover',
  'codeActions',
  'version',
  'redactSecrets',
  'fixAll',
  'configure',
]);

/** Only honoured when the engine was started with test hooks. */
export const TEST_METHOD = '__secintPanicForTest';

/**
 * The codes a SecintError may carry: the engine's own (wasm/bridge.go, held
 * to this list by a test there), then the client's.
 */
export const ERROR_CODES = Object.freeze([
  'invalid-argument', 'not-open', 'stale', 'panic', 'unknown-method',
  'crashed', 'timeout', 'failed', 'protocol', 'disposed',
]);

/**
 * SecintError is how the client rejects: `code` is stable (ERROR_CODES).
 *
 *   invalid-argument  a malformed argument (a bad position, a non-integer version)
 *   not-open          a document reference to a URI that is not open
 *   stale             a request about a document version older than the engine's
 *   unknown-method    a request for a method the engine does not export
 *   panic             the engine hit a bug, recovered from it, and is still running
 *   crashed           the request killed the engine again after a restart
 *   quarantined       the request is about a document that stopped the engine
 *                     twice: it is no longer sent to the engine until opened again
 *   timeout           the engine did not start in time
 *   failed            the engine could not be started (or restarted too often)
 *   protocol          the worker or the wasm speaks another protocol version
 *   disposed          the client was disposed
 */
export class SecintError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = 'SecintError';
    this.code = code;
  }
}

/** errorFrom turns an {code, message} error value into a SecintError. */
export function errorFrom(e) {
  if (e instanceof SecintError) return e;
  if (e && typeof e === 'object' && typeof e.code === 'string') {
    return new SecintError(e.code, String(e.message ?? e.code));
  }
  return new SecintError('failed', String(e?.message ?? e));
}

/** plainError turns anything thrown into a structured-clonable error value. */
export function plainError(e, code = 'failed') {
  // Only our own codes travel: an fs error's ENOENT is a "failed" to the client.
  return { code: e instanceof SecintError ? e.code : code, message: String(e?.message ?? e) };
}
