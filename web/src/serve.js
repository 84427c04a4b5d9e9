// The engine host: the message loop that runs next to the engine, in the
// worker file or, for `worker: false`, in the client's own thread.

import { EngineDead, startEngine, tierUpRounds, warmUpSteps } from './engine.js';
import { PROTOCOL, plainError } from './protocol.js';

// ms after ready to start warming up when no request has come by then.
const WARM_AFTER_READY = 100;
// ms without a request before a tier-up round: the rounds are for later
// visits, and run when the page is quiet, not while it loads or is typed in.
const TIER_UP_QUIET = 1000;

/**
 * serve answers the client's messages on `port` ({post(msg), listen(fn)}):
 * one init, then requests, answered one at a time in the order they came.
 * With tierUp (a browser's worker), the warm-up goes on with the tier-up
 * rounds (engine.js).
 */
export function serve(port, { tierUp = false } = {}) {
  const steps = tierUp ? [...warmUpSteps, ...tierUpRounds] : warmUpSteps;
  let engine = null;
  let dead = false;

  // What was last sent for each open document's diagnostics (see
  // diagnosticsAnswer): an answer is sent as what changed since then.
  const answers = new Map(); // uri → {seq, value}
  let answerSeq = 0;

  // The warm-up (engine.js) runs one step per idle moment: after the first
  // answer, or a little after ready when no request comes; a request that
  // arrives meanwhile waits for one step at most. The tier-up's rounds wait
  // for TIER_UP_QUIET of quiet, again after each request.
  let warmNext = 0;
  let warmTimer = null;
  const quiet = () => (warmNext >= warmUpSteps.length ? TIER_UP_QUIET : 0);
  const warmSoon = (delay) => {
    if (warmTimer !== null || dead || !engine || warmNext >= steps.length) return;
    warmTimer = setTimeout(() => {
      warmTimer = null;
      if (dead || warmNext >= steps.length) return;
      try {
        steps[warmNext++](engine);
      } catch (e) {
        if (e instanceof EngineDead) {
          die(e.message);
          return;
        }
      }
      warmSoon(warmNext === warmUpSteps.length ? TIER_UP_QUIET : 0);
    }, delay);
    // Under Node, a pending warm-up never keeps the process alive.
    warmTimer?.unref?.();
  };

  const die = (reason) => {
    if (dead) return;
    dead = true;
    port.post({ type: 'dead', reason });
  };

  // Requests that came while the engine was starting, answered once it runs:
  // the client sends them right behind the init.
  let early = null;

  port.listen(async (msg) => {
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'request' && early) {
      early.push(msg);
      return;
    }
    switch (msg.type) {
      case 'init': {
        early = [];
        if (msg.protocol !== PROTOCOL) {
          early = null;
          port.post({
            type: 'init-error',
            error: { code: 'protocol', message: `the worker speaks protocol ${PROTOCOL}, the client ${msg.protocol}: serve the worker file of the same build` },
          });
          return;
        }
        try {
          engine = await startEngine({
            wasm: msg.module ?? msg.wasm,
            testHooks: msg.testHooks === true,
            progressEvery: Number.isFinite(msg.progressEvery) ? msg.progressEvery : 0,
          });
        } catch (e) {
          early = null; // the client asks again of its next engine
          port.post({ type: 'init-error', error: plainError(e) });
          return;
        }
        engine.onDeath(die);
        // A long request says now and then that it is still working, so that
        // the client's watchdog does not take slow for hung.
        engine.onProgress(() => {
          if (!dead) port.post({ type: 'progress' });
        });
        const ready = { type: 'ready', info: { ...engine.info, loadedWith: engine.via, startMs: engine.startMs } };
        let posted = false;
        if (msg.wantModule && engine.module) {
          // Hand the compiled module back so that a restart skips the
          // download and the compilation; where a module cannot be posted,
          // the next worker loads it again.
          try {
            port.post({ ...ready, module: engine.module });
            posted = true;
          } catch {
            // sent without it below
          }
        }
        if (!posted) port.post(ready);
        const waiting = early;
        early = null;
        for (const m of waiting) answer(m);
        if (waiting.length === 0) warmSoon(WARM_AFTER_READY);
        return;
      }
      case 'request':
        answer(msg);
        return;
    }
  });

  // answer runs one request and posts its answer.
  function answer(msg) {
    if (dead) return; // the client knows, and restarts
    if (!engine) {
      port.post({ type: 'response', id: msg.id, error: { code: 'failed', message: 'the engine is not started' } });
      return;
    }
    let r;
    try {
      r = engine.call(msg.method, msg.params);
    } catch (e) {
      if (e instanceof EngineDead) {
        die(e.message);
        return;
      }
      r = { error: plainError(e) };
    }
    const params = Array.isArray(msg.params) ? msg.params : [];
    if ((msg.method === 'open' || msg.method === 'close') && typeof params[0] === 'string') answers.delete(params[0]);
    if (msg.method === 'validate' && Array.isArray(r.value) && typeof params[0]?.uri === 'string') {
      port.post({ type: 'response', id: msg.id, ...diagnosticsAnswer(answers, ++answerSeq, params[0].uri, r.value) });
    } else {
      port.post({ type: 'response', id: msg.id, ...r });
    }
    if (warmTimer !== null) {
      // A request came first: warm up once it is answered.
      clearTimeout(warmTimer);
      warmTimer = null;
    }
    warmSoon(quiet());
  }
}

// diagnosticsAnswer makes the answer to validate of an open document. An
// edit leaves most diagnostics as they were, and the engine then gives the
// same JavaScript object for each (wasm/main.go): so the answer carries
// them as runs of the answer sent before for the document (`base`, by its
// number), which the client keeps (client.js, _answerOf), and only the
// diagnostics that are new as themselves: `parts` is a list of [from, to)
// index pairs into the base and of diagnostics. (Runs, not a common start
// and end: past the document's cap its note changes at every edit, and a
// new error moves the cut.) Copying a thousand diagnostics into each
// message, and out of it again, was most of what a keystroke cost in a
// worksheet with many problems. The first answer for a document, and any
// answer that shares nothing with the one before, is sent whole.
export function diagnosticsAnswer(answers, seq, uri, value) {
  const last = answers.get(uri);
  answers.set(uri, { seq, value });
  const diags = { uri, seq };
  if (!last || last.value.length === 0) return { value, diags };
  const at = new Map();
  last.value.forEach((d, i) => at.set(d, i));
  const parts = [];
  let run = null;
  let shared = 0;
  for (const d of value) {
    const i = at.get(d);
    if (i === undefined) {
      run = null;
      parts.push(d);
      continue;
    }
    shared++;
    if (run && run[1] === i) run[1]++;
    else parts.push((run = [i, i + 1]));
  }
  if (shared === 0) return { value, diags };
  return { delta: { parts }, diags: { ...diags, base: last.seq } };
}
