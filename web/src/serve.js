// The engine host: the message loop that runs next to the engine, in the
// worker file or, for `worker: false`, in the client's own thread.

import { EngineDead, startEngine, warmUpSteps } from './engine.js';
import { PROTOCOL, plainError } from './protocol.js';

// ms after ready to start warming up when no request has come by then.
const WARM_AFTER_READY = 100;

/**
 * serve answers the client's messages on `port` ({post(msg), listen(fn)}):
 * one init, then requests, answered one at a time in the order they came.
 */
export function serve(port) {
  let engine = null;
  let dead = false;

  // The warm-up (engine.js) runs one step per idle moment: after the first
  // answer, or a little after ready when no request comes; a request that
  // arrives meanwhile waits for one step at most.
  let warmNext = 0;
  let warmTimer = null;
  const warmSoon = (delay) => {
    if (warmTimer !== null || dead || !engine || warmNext >= warmUpSteps.length) return;
    warmTimer = setTimeout(() => {
      warmTimer = null;
      if (dead || warmNext >= warmUpSteps.length) return;
      try {
        warmUpSteps[warmNext++](engine);
      } catch (e) {
        if (e instanceof EngineDead) {
          die(e.message);
          return;
        }
      }
      warmSoon(0);
    }, delay);
    // Under Node, a pending warm-up never keeps the process alive.
    warmTimer?.unref?.();
  };

  const die = (reason) => {
    if (dead) return;
    dead = true;
    port.post({ type: 'dead', reason });
  };

  port.listen(async (msg) => {
    if (!msg || typeof msg !== 'object') return;
    switch (msg.type) {
      case 'init': {
        if (msg.protocol !== PROTOCOL) {
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
          port.post({ type: 'init-error', error: plainError(e) });
          return;
        }
        engine.onDeath(die);
        // A long request says now and then that it is still working, so that
        // the client's watchdog does not take slow for hung.
        engine.onProgress(() => {
          if (!dead) port.post({ type: 'progress' });
        });
        const ready = { type: 'ready', info: { ...engine.info, loadedWith: engine.via } };
        if (msg.wantModule && engine.module) {
          // Hand the compiled module back so that a restart skips the
          // download and the compilation; where a module cannot be posted,
          // the next worker loads it again.
          try {
            port.post({ ...ready, module: engine.module });
            warmSoon(WARM_AFTER_READY);
            return;
          } catch {
            // fall through
          }
        }
        port.post(ready);
        warmSoon(WARM_AFTER_READY);
        return;
      }
      case 'request': {
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
        port.post({ type: 'response', id: msg.id, ...r });
        if (warmTimer !== null) {
          // A request came first: warm up once it is answered.
          clearTimeout(warmTimer);
          warmTimer = null;
        }
        warmSoon(0);
        return;
      }
    }
  });
}
