// One M (an OS thread in Go's runtime). The host keeps these workers in a pool across runs:
//   {type: 'init', module, memory}   instantiate the threaded module on the shared memory (once)
//   {type: 'run', runId, m}          be M `m` of run `runId` until the run ends, then report 'exit'
//   {type: 'retire'}                 give the thread's stack back, report 'retired'
//
// m_main never returns to the event loop while a run lives, so this worker cannot receive
// messages meanwhile; the runtime reaches it through shared memory (preempt and stop flags).
import { initSync, m_main } from '../pkg/gopark.js';

let exports = null;

self.onmessage = (e) => {
  const msg = e.data;
  try {
    if (msg.type === 'init') {
      exports = initSync({ module: msg.module, memory: msg.memory });
      self.postMessage({ type: 'ready' });
    } else if (msg.type === 'run') {
      m_main(msg.runId, msg.m);
      self.postMessage({ type: 'exit', m: msg.m });
    } else if (msg.type === 'retire') {
      // Frees this thread's stack and TLS in the shared memory; without it a terminated
      // worker would leak them (2 MiB each) for the life of the instance.
      if (exports && exports.__wbindgen_thread_destroy) exports.__wbindgen_thread_destroy();
      self.postMessage({ type: 'retired' });
    }
  } catch (err) {
    // A Rust panic arrives here as a trap (RuntimeError: unreachable) after the panic hook
    // printed its message to this worker's console. The instance is now unusable, and a lock
    // the panicking code held may never be released, so the host ends the whole run.
    self.postMessage({ type: 'error', m: msg.m, message: String((err && err.stack) || err) });
  }
};
