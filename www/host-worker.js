// The host worker: owns one wasm instance, compiles and starts runs, spawns the M workers, and
// forwards each run's output and scheduling events to the page.
//
// The page's main thread never touches wasm (a contended lock there would need Atomics.wait,
// which throws on the main thread). This worker only makes short calls (poll, small
// deterministic steps), so it always stays responsive to the page's messages, Stop included.
//
// Messages from the page:
//   {type: 'init', build: 'mt' | 'st'}            load pkg/ (threads) or pkg-st/ (fallback)
//   {type: 'run', token, source, procs, mode, seed, trace}   trace: also export Chrome JSON
//   {type: 'stop', token}
//   {type: 'interrupt', token}                   the Ctrl-C button: SIGINT (sched/signal.rs)
//   {type: 'pause', token} / {type: 'resume', token}   deterministic mode: stop / go on driving
//   {type: 'step', token}                         deterministic mode, paused: one scheduling turn
//   {type: 'exercise', id, op, text, src}        op 'load': {title, task, starter} of an exercise
//                                                 file; op 'check': its checks run on src
//   {type: 'trace', token}                        the Chrome JSON of the last finished run
//                                                 (kept until the next run starts)
// Messages to the page:
//   {type: 'ready', threads, eventWords, defs}    defs: trace::defs_json (kinds, wait reasons)
//   | {type: 'fatal', message}
//   {type: 'compileError', token, diagnostics}
//   {type: 'started', token, mode, procs, funcs}  funcs: function names by id
//   {type: 'output', token, stdout, stderr, events, strings}  (events: Uint32Array, transferred;
//                                                  strings: new string-table entries)
//   {type: 'done', token, exitCode, trace, traceTruncated}   trace: null unless asked for
//   {type: 'trace', token, trace}                 answer to 'trace' (null when no longer kept)
//   {type: 'exercise', id, result, error}         answer to 'exercise' (src/exercise via wasm)
//   {type: 'internalError', token, message}       the instance is unusable: terminate this worker

let wasm = null;      // the loaded bindings module (pkg/gopark.js or pkg-st/gopark.js)
let threads = false;  // whether the loaded build has threads
let current = null;   // the active run, see startRun
let last = null;      // {id, token}: the last finished run, kept for a later trace export
const POLL_MS = 16;
// A poll that brought no output doubles the wait before the next, up to POLL_MAX_MS: while a
// program computes without printing, 60 polls a second (and as many messages to the page)
// cost a few percent of a core that the Ms need on a 2-core machine; output still reaches
// the page within POLL_MS once it flows.
const POLL_MAX_MS = 64;
// A run with as many Ps as there are cores leaves no core idle for this worker and the page,
// which then draws every 400 ms (app.js, LIVE_BUSY_MS): polling faster only takes time from
// the Ms.
const POLL_BUSY_MAX_MS = 200;
// Target length of one deterministic step. Short enough that a Stop message waits at most
// this long; long enough that the per-step overhead stays small.
const STEP_BUDGET_MS = 8;

self.onmessage = async (e) => {
  const msg = e.data;
  try {
    if (msg.type === 'init') await load(msg.build);
    else if (msg.type === 'run') startRun(msg);
    else if (msg.type === 'stop') stopRun(msg.token);
    else if (msg.type === 'interrupt') interruptRun(msg.token);
    else if (msg.type === 'trace') exportTrace(msg.token);
    else if (msg.type === 'exercise') exercise(msg);
    else if (msg.type === 'pause' || msg.type === 'resume' || msg.type === 'step') control(msg);
  } catch (err) {
    internalError(msg.token, err);
  }
};

async function load(build) {
  try {
    wasm = await import(build === 'mt' ? '../pkg/gopark.js' : '../pkg-st/gopark.js');
    await wasm.default();
    threads = wasm.threads_supported();
    if (threads) prewarm(Math.min(MAX_IDLE_MS, Math.max(2, navigator.hardwareConcurrency || 2)));
    self.postMessage({ type: 'ready', threads, eventWords: wasm.event_words(), defs: wasm.trace_defs() });
  } catch (err) {
    self.postMessage({ type: 'fatal', message: `could not load the ${build} build: ${err}` });
  }
}

function startRun({ token, source, procs, mode, seed, stdin, trace, paused }) {
  if (current) {
    // The page serialises runs; a second one here is a page bug, so refuse it loudly.
    throw new Error('a run is already active in this worker');
  }
  if (mode === 'threads' && !threads) mode = 'deterministic';
  releaseLast();
  let id;
  try {
    id = wasm.start_run(source, procs, mode, seed, stdin || '');
  } catch (diags) {
    if (Array.isArray(diags)) {
      self.postMessage({ type: 'compileError', token, diagnostics: diags });
      return;
    }
    throw diags;
  }
  current = {
    id, token, mode, wantTrace: !!trace,
    paused: !!paused,   // deterministic mode: not driving until 'resume' or 'step'
    pollMax: procs >= (navigator.hardwareConcurrency || 2) ? POLL_BUSY_MAX_MS : POLL_MAX_MS,
    ms: [],            // M workers (threads mode)
    msLeft: 0,         // M workers that have not exited yet
    runDone: false,    // poll reported done
    finished: false,
    stdout: new TextDecoder(),
    stderr: new TextDecoder(),
    timer: 0,
  };
  self.postMessage({ type: 'started', token, mode, procs, funcs: wasm.func_names(id) });
  if (mode === 'threads') startThreads(current);
  else startDeterministic(current);
}

// Idle M workers, already instantiated on this instance's memory. Starting a Web Worker and
// instantiating the module costs tens of milliseconds per M, so workers are kept between runs.
const pool = [];
const MAX_IDLE_MS = 8;

function newMWorker() {
  const w = new Worker(new URL('./m-worker.js', import.meta.url), { type: 'module', name: 'gopark-M' });
  // Messages posted before the worker's script has loaded are queued, so 'run' may follow at once.
  w.postMessage({ type: 'init', module: wasm.wasm_module(), memory: wasm.wasm_memory() });
  return w;
}

// Ends an idle M worker after it has freed its stack in the shared memory.
function retire(w) {
  w.onmessage = (e) => { if (e.data.type === 'retired') w.terminate(); };
  w.onerror = () => w.terminate();
  w.postMessage({ type: 'retire' });
}

// Starts idle M workers ahead of the first run, so it does not pay for their start-up.
function prewarm(n) {
  while (pool.length < n) {
    const w = newMWorker();
    w.onmessage = (e) => { if (e.data.type === 'error') internalError(undefined, e.data.message); };
    w.onerror = (e) => { e.preventDefault(); internalError(undefined, `M worker failed: ${e.message || 'script error'}`); };
    pool.push(w);
  }
}

function startThreads(run) {
  const n = wasm.m_count(run.id);
  run.msLeft = n;
  for (let m = 0; m < n; m++) {
    const w = pool.pop() || newMWorker();
    w.onmessage = (e) => {
      if (e.data.type === 'exit') {
        run.msLeft--;
        if (pool.length < MAX_IDLE_MS) pool.push(w);
        else retire(w);
        // The last M leaves only after the run has ended: report the end without waiting
        // for the next poll.
        if (run.msLeft === 0) pump(run);
      } else if (e.data.type === 'error') {
        internalError(run.token, `M${m} crashed: ${e.data.message}`);
      }
    };
    w.onerror = (e) => {
      e.preventDefault();
      internalError(run.token, `M${m} worker failed: ${e.message || 'script error'}`);
    };
    w.postMessage({ type: 'run', runId: run.id, m });
    run.ms.push(w);
  }
  schedulePoll(run, POLL_MS);
}

function schedulePoll(run, ms) {
  run.timer = setTimeout(() => {
    const printed = pump(run);
    if (!run.finished) schedulePoll(run, printed ? POLL_MS : Math.min(run.pollMax, ms * 2));
  }, ms);
}

// Deterministic mode runs on this worker in small steps, yielding to the event loop between
// them so Stop and the page's other messages are handled. A MessageChannel is used to yield
// rather than setTimeout(0), which browsers clamp to 4 ms once nested.
function startDeterministic(run) {
  const channel = new MessageChannel();
  let slices = 16;
  let lastFlush = performance.now();
  channel.port1.onmessage = () => {
    if (run.finished || run.paused) return;
    try {
      const t0 = performance.now();
      const ended = wasm.run_deterministic(run.id, slices);
      const dt = performance.now() - t0;
      // Adapt the step size so one step takes about STEP_BUDGET_MS.
      if (dt < STEP_BUDGET_MS / 2 && slices < 1 << 20) slices *= 2;
      else if (dt > STEP_BUDGET_MS * 2 && slices > 1) slices = Math.max(1, slices >> 1);
      if (ended || t0 - lastFlush >= POLL_MS) {
        lastFlush = t0;
        pump(run);
      }
      if (!run.finished) channel.port2.postMessage(0);
    } catch (err) {
      internalError(run.token, err);
    }
  };
  run.channel = channel;
  run.kick = () => channel.port2.postMessage(0);
  if (!run.paused) run.kick();
}

// Pause, resume and single steps of a deterministic run (the page's Step while running).
function control({ type, token }) {
  const run = current;
  if (!run || run.token !== token || run.finished || run.mode !== 'deterministic') return;
  if (type === 'pause') run.paused = true;
  else if (type === 'resume') { run.paused = false; run.kick(); }
  else if (type === 'step' && run.paused) {
    wasm.run_deterministic(run.id, 1);
    pump(run);
  }
}

// Drains output and events and forwards them; notices the end of the run. Returns whether
// the program printed something.
function pump(run) {
  if (run.finished) return false;
  let r;
  try {
    r = wasm.poll(run.id);
  } catch (err) {
    internalError(run.token, err);
    return false;
  }
  forward(run, r);
  const printed = r.stdout.length > 0 || r.stderr.length > 0;
  if (r.done && !run.runDone) {
    run.runDone = true;
    run.exitCode = r.exitCode;
    // Ms normally exit right after the run ends; one that does not within a second is stuck,
    // and since it may hold a lock this instance cannot be trusted any more.
    if (run.msLeft > 0) {
      run.exitTimer = setTimeout(() => {
        if (!run.finished) internalError(run.token, `${run.msLeft} M worker(s) did not exit after the run ended`);
      }, 1000);
    }
  }
  maybeFinish(run);
  return printed;
}

// Events go to the page in messages of at most BATCH_EVENTS: each message is one task on the
// page's main thread, and a poll that collected 200,000 events made one task of 17 ms (CPU)
// there; smaller ones let the page draw frames in between.
const BATCH_EVENTS = 16384;

function forward(run, r) {
  const stdout = r.stdout.length ? run.stdout.decode(r.stdout, { stream: true }) : '';
  const stderr = r.stderr.length ? run.stderr.decode(r.stderr, { stream: true }) : '';
  if (!(stdout || stderr || r.events.length || r.strings.length)) return;
  const W = wasm.event_words(), max = BATCH_EVENTS * W;
  // The first message carries the output and the strings the events refer to.
  const first = r.events.length > max ? r.events.slice(0, max) : r.events;
  self.postMessage({ type: 'output', token: run.token, stdout, stderr, events: first, strings: r.strings }, [first.buffer]);
  for (let o = max; o < r.events.length; o += max) {
    const part = r.events.slice(o, o + max);
    self.postMessage({ type: 'output', token: run.token, stdout: '', stderr: '', events: part, strings: [] }, [part.buffer]);
  }
}

function maybeFinish(run) {
  if (run.finished || !run.runDone || run.msLeft > 0) return;
  run.finished = true;
  clearTimeout(run.timer);
  clearTimeout(run.exitTimer);
  if (run.channel) run.channel.port1.close();
  // A last poll collects what the Ms emitted while exiting (their final events).
  forward(run, wasm.poll(run.id));
  // Flush the decoders: an incomplete UTF-8 sequence at the very end becomes U+FFFD, as Go's
  // own terminal would show it.
  const stdout = run.stdout.decode(), stderr = run.stderr.decode();
  if (stdout || stderr) self.postMessage({ type: 'output', token: run.token, stdout, stderr, events: new Uint32Array(0), strings: [] });
  let trace = null, traceTruncated = false;
  try {
    // The Chrome JSON of a million events is tens of megabytes: made only when asked for.
    if (run.wantTrace) trace = wasm.trace_json(run.id);
    traceTruncated = wasm.trace_truncated(run.id);
  } catch (err) {
    console.error('gopark: trace export failed', err);
  }
  // The run's recording stays until the next run starts, so the page can still ask for its
  // Chrome JSON ('trace') after the fact.
  releaseLast();
  last = { id: run.id, token: run.token };
  current = null;
  self.postMessage({ type: 'done', token: run.token, exitCode: run.exitCode, trace, traceTruncated });
}

// Exercises (src/exercise): the checks are deterministic runs made right here, a few seeds
// and P counts each; the page sends no run meanwhile.
function exercise({ id, op, text, src }) {
  let result = null, error = null;
  try {
    result = op === 'load' ? wasm.exercise_load(text) : wasm.exercise_check(text, src);
  } catch (err) {
    error = String(err && err.message ? err.message : err);
  }
  self.postMessage({ type: 'exercise', id, result, error });
}

function releaseLast() {
  if (last) { wasm.free_run(last.id); last = null; }
}

function exportTrace(token) {
  let trace = null;
  if (last && last.token === token) {
    try { trace = wasm.trace_json(last.id); } catch (err) { console.error('gopark: trace export failed', err); }
  }
  self.postMessage({ type: 'trace', token, trace });
}

function stopRun(token) {
  if (current && current.token === token && !current.finished) {
    wasm.stop(current.id);
    // A paused deterministic run must be driven once more to notice the stop and end.
    if (current.paused) { current.paused = false; current.kick(); }
  }
}

// SIGINT: delivered to the program's signal.Notify channels at its next scheduling turn, or,
// when it asked for none, the run ends ("signal: interrupt").
function interruptRun(token) {
  if (current && current.token === token && !current.finished) {
    wasm.interrupt(current.id);
    if (current.paused) { current.paused = false; current.kick(); }
  }
}

function internalError(token, err) {
  const message = String((err && err.stack) || err);
  if (current) {
    current.finished = true;
    clearInterval(current.timer);
    clearTimeout(current.exitTimer);
    for (const w of current.ms) w.terminate();
    current = null;
  }
  for (const w of pool.splice(0)) w.terminate();
  // The page terminates this worker on receipt and starts a fresh instance: after a trap the
  // shared memory may hold a lock that will never be released.
  self.postMessage({ type: 'internalError', token, message });
}
