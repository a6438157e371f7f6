// One M (an OS thread in Go's runtime): instantiates the threaded module on the run's shared
// memory and schedules goroutines until the run ends.
//
// m_main never returns to the event loop while the run lives, so this worker cannot receive
// messages meanwhile; the runtime reaches it through shared memory (preempt and stop flags).
import { initSync, m_main } from '../pkg/gopark.js';

self.onmessage = (e) => {
  const { module, memory, runId, m } = e.data;
  let exports;
  try {
    exports = initSync({ module, memory });
    m_main(runId, m);
  } catch (err) {
    // A Rust panic arrives here as a trap (RuntimeError: unreachable) after the panic hook
    // printed its message to this worker's console. The instance is now unusable, and a lock
    // the panicking code held may never be released, so the host ends the whole run.
    self.postMessage({ type: 'error', m, message: String((err && err.stack) || err) });
    return;
  }
  // Give this thread's stack and TLS back to the shared memory before the host terminates us;
  // without it every run would leak 2 MiB of the memory.
  try {
    if (exports.__wbindgen_thread_destroy) exports.__wbindgen_thread_destroy();
  } catch (_) {
    // Nothing depends on the memory being reclaimed; the host terminates the worker either way.
  }
  self.postMessage({ type: 'exit', m });
};
