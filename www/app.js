// The page: editor, controls, output, and the live views of the scheduling (P rows,
// goroutines table, timeline), all fed by the event stream.
//
// This thread never loads wasm and never blocks: compile and run happen in the host worker
// (www/host-worker.js), which sends output and event batches here by postMessage.
//
// `window.gopark` is the programmatic interface (used by the browser tests and embeds):
//   gopark.ready                       Promise, resolved once the host worker has loaded
//   gopark.run(source, {procs, mode, seed})
//       -> Promise<{stdout, stderr, exitCode, mode, trace}>   trace: Chrome Trace Event JSON
//   gopark.stop()                      ends the current run

const EXAMPLES = {
  'ping-pong': `package main

import "fmt"

func main() {
	ping := make(chan string)
	pong := make(chan string)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ping
			fmt.Println(msg)
			pong <- "pong"
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ping <- "ping"
		fmt.Println(<-pong)
	}
	<-done
}
`,
  'worker pool': `package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * j
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)
}
`,
  'parallel primes': `package main

import (
	"fmt"
	"runtime"
)

func isPrime(n int) bool {
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const limit = 300000
	workers := runtime.GOMAXPROCS(0)
	counts := make(chan int)
	for w := 0; w < workers; w++ {
		// Worker w checks every workers-th odd number, so all get a similar share.
		go func(w int) {
			c := 0
			for n := 3 + 2*w; n < limit; n += 2 * workers {
				if isPrime(n) {
					c++
				}
			}
			counts <- c
		}(w)
	}
	total := 1 // the even prime, 2
	for w := 0; w < workers; w++ {
		total += <-counts
	}
	fmt.Println("primes below", limit, "=", total)
}
`,
  'select and timeout': `package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		c <- "result"
	}()
	select {
	case r := <-c:
		fmt.Println("got", r)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
`,
  'deadlock': `package main

import "fmt"

func main() {
	c := make(chan int)
	c <- 1
	fmt.Println(<-c)
}
`,
  'infinite loop': `package main

func main() {
	n := 0
	for {
		n++
	}
}
`,
};

const NOT_ISOLATED =
  'This page is not cross-origin isolated, so gopark runs in deterministic mode (one thread).';

import { Model, NONE } from './trace-model.js';
import { Timeline } from './timeline.js';
import { GoroutineTable } from './goroutines.js';

const $ = (id) => document.getElementById(id);
const ui = {
  editor: $('editor'), example: $('example'), run: $('run'), stop: $('stop'), procs: $('procs'),
  mode: $('mode'), seed: $('seed'), trace: $('trace'), notice: $('notice'), output: $('output'), status: $('status'),
  procsView: $('procs-view'), gBody: $('gtable-body'), gNote: $('gtable-note'),
  timeline: $('timeline'), tip: $('timeline-tip'), fit: $('fit'),
};

const isolated = self.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';

let host = null;          // the host worker
let hostReady = null;     // Promise resolved when it has loaded wasm
let eventWords = 10;
let current = null;       // the active run (see startRun)
let nextToken = 1;
let lastTrace = null;     // the last finished run's Chrome trace JSON, for the download button

// ---------- the animation-frame loop ----------

// Model updates only mark parts of the view dirty; one requestAnimationFrame callback redraws
// whatever is dirty, so the page renders at most once per frame however fast events arrive.
const dirty = new Set();
let frameId = 0;
function markDirty(part) {
  dirty.add(part);
  if (!frameId) frameId = requestAnimationFrame(frame);
}
// While a run is going, the costly views (the goroutines table and the timeline) redraw at
// most every THROTTLE_MS: on a 2-core machine every millisecond the page spends drawing is
// taken from the Ms (Web Workers) running the program, and a learner cannot follow 60
// redraws a second of a busy timeline anyway. Idle, they redraw every frame (zoom, pan).
const THROTTLE_MS = 200;
const lastDrawn = { goroutines: 0, timeline: 0 };
function frame(now) {
  frameId = 0;
  const parts = [...dirty];
  dirty.clear();
  for (const part of parts) {
    if (part in lastDrawn && current && now - lastDrawn[part] < THROTTLE_MS) {
      markDirty(part); // not yet: try again on a later frame
      continue;
    }
    if (part in lastDrawn) lastDrawn[part] = now;
    if (part === 'output') flushOutput();
    else if (part === 'procs' && shown) renderProcs(shown);
    else if (part === 'goroutines') gtable.render();
    else if (part === 'timeline') timeline.draw();
  }
}

const timeline = new Timeline(ui.timeline, ui.tip, () => markDirty('timeline'));
const gtable = new GoroutineTable(ui.gBody, ui.gNote);
let shown = null;  // the run whose state the views show (the last one started)

// ---------- host worker lifecycle ----------

function spawnHost() {
  host = new Worker(new URL('./host-worker.js', import.meta.url), { type: 'module', name: 'gopark-host' });
  const worker = host;
  hostReady = new Promise((resolve, reject) => {
    worker.onmessage = (e) => {
      const msg = e.data;
      if (msg.type === 'ready') {
        eventWords = msg.eventWords || eventWords;
        resolve(msg);
      } else if (msg.type === 'fatal') {
        reject(new Error(msg.message));
      } else {
        onHostMessage(worker, msg);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const message = `host worker error: ${e.message || 'script error'}`;
      reject(new Error(message));
      if (current && current.worker === worker) failRun(current, message);
    };
  });
  host.postMessage({ type: 'init', build: isolated ? 'mt' : 'st' });
  return hostReady;
}

// Ends a host worker for good (its nested M workers go with it) and prepares a fresh one, so
// the next run does not inherit a memory in which a trapped or killed M may hold a lock.
function replaceHost() {
  if (host) host.terminate();
  host = null;
  spawnHost().catch(() => {});
}

// ---------- runs ----------

function startRun(source, opts = {}) {
  const procs = clampInt(opts.procs ?? 2, 1, 64);
  let mode = opts.mode === 'deterministic' ? 'deterministic' : 'threads';
  if (!isolated) mode = 'deterministic';
  const seed = Number.isFinite(Number(opts.seed)) ? Number(opts.seed) : 1;
  const run = {
    token: nextToken++, worker: null, mode, procs, stdout: '', stderr: '',
    exitCode: null, trace: null, done: false, model: new Model(procs),
  };
  run.promise = new Promise((resolve) => { run.resolve = resolve; });
  current = run;
  resetView(run);
  setRunning(true);
  hostReady.then(() => {
    if (run.done) return;
    run.worker = host;
    host.postMessage({ type: 'run', token: run.token, source, procs, mode, seed });
    // Stop pressed while the host was still loading: deliver it now, right behind the run.
    if (run.stopRequested) host.postMessage({ type: 'stop', token: run.token });
  }, (err) => failRun(run, `could not start gopark: ${err.message}`));
  return run;
}

function onHostMessage(worker, msg) {
  const run = current;
  if (msg.type === 'internalError' && (!run || msg.token === undefined)) {
    // An idle M worker failed (e.g. it could not load): the instance is suspect, so replace it.
    console.error('gopark internal error:', msg.message);
    if (run) failRun(run, 'internal error: the runtime crashed (details in the console)');
    else if (worker === host) replaceHost();
    return;
  }
  if (!run || msg.token !== run.token) return;
  switch (msg.type) {
    case 'started':
      run.mode = msg.mode;
      setStatus(`running (${msg.mode}, GOMAXPROCS=${msg.procs})`);
      break;
    case 'output':
      if (msg.stdout) { run.stdout += msg.stdout; appendOutput(msg.stdout, 'stdout'); }
      if (msg.stderr) { run.stderr += msg.stderr; appendOutput(msg.stderr, 'stderr'); }
      if (msg.events.length) applyEvents(run, msg.events);
      break;
    case 'compileError': {
      const text = msg.diagnostics.map((d) => d.text + '\n').join('');
      run.stderr += text;
      appendOutput(text, 'stderr');
      markError(msg.diagnostics[0]);
      finishRun(run, 1, null, 'compile error');
      break;
    }
    case 'done':
      // Function names come from the trace JSON, extracted by the host worker.
      if (msg.funcs) run.model.setFuncNames(msg.funcs);
      finishRun(run, msg.exitCode ?? null, msg.trace, null);
      break;
    case 'internalError':
      console.error('gopark internal error:', msg.message);
      failRun(run, 'internal error: the runtime crashed (details in the console)');
      break;
  }
}

function finishRun(run, exitCode, trace, label) {
  if (run.done) return;
  run.done = true;
  run.exitCode = exitCode;
  run.trace = trace;
  lastTrace = trace;
  ui.trace.disabled = !trace;
  clearTimeout(run.killTimer);
  if (current === run) current = null;
  flushOutput();
  setRunning(false);
  const text = label ?? (exitCode === null ? 'ended' : `exit status ${exitCode}`);
  setStatus(`Program exited: ${text}.`, exitCode === 0 ? 'ok' : 'fail');
  run.model.finish();
  markViews();
  run.resolve(run);
}

// The run cannot finish normally (a crash, or Stop did not take effect in time): report it,
// and replace the host worker so the next run starts from a fresh instance.
function failRun(run, message) {
  if (run.done) return;
  appendOutput(`${message}\n`, 'stderr');
  run.stderr += `${message}\n`;
  run.internalError = message;
  finishRun(run, null, null, message);
  setStatus(message, 'fail');
  replaceHost();
}

function stopRun() {
  const run = current;
  if (!run || run.done) return;
  setStatus('stopping…');
  run.stopRequested = true;
  if (run.worker) run.worker.postMessage({ type: 'stop', token: run.token });
  // Backstop: a runtime that does not notice the stop flag must not keep the page's CPU.
  clearTimeout(run.killTimer);
  run.killTimer = setTimeout(() => failRun(run, 'the program did not stop in time; its workers were terminated'), 1000);
}

// ---------- view ----------

function resetView(run) {
  resetOutput();
  setStatus('compiling…');
  shown = run;
  ui.procsView.textContent = '';
  run.rows = run.model.ps.map((_, i) => {
    const row = document.createElement('div');
    row.className = 'prow';
    row.innerHTML = `<span>P${i}</span><span class="m"></span><span class="g"></span>`;
    ui.procsView.appendChild(row);
    return row;
  });
  gtable.setModel(run.model);
  timeline.setModel(run.model);
  markViews();
}

function markViews() {
  markDirty('procs');
  markDirty('goroutines');
  markDirty('timeline');
}

// Folds an event batch into the model; rendering happens at most once per frame.
function applyEvents(run, words) {
  run.model.apply(words, eventWords);
  markViews();
}

function renderProcs(run) {
  run.model.ps.forEach((ps, i) => {
    const row = run.rows[i];
    const idle = run.done || ps.m === NONE;
    row.querySelector('.m').textContent = idle ? '' : `M${ps.m}`;
    row.querySelector('.g').textContent = idle ? 'idle' : ps.g ? `G${ps.g}` : 'scheduling';
    row.classList.toggle('running', !idle && ps.g !== 0);
  });
}

// The output pane shows at most this many characters (the end of the output); the result of
// gopark.run keeps everything. Laying out a multi-megabyte <pre> on every update would block
// this thread for seconds.
const MAX_SHOWN = 100000;
const out = { segs: [], len: 0, omitted: 0, pending: [] };

function resetOutput() {
  Object.assign(out, { segs: [], len: 0, omitted: 0, pending: [] });
  ui.output.textContent = '';
}

// Queues text for the pane; the DOM is updated at most once per frame.
function appendOutput(text, stream) {
  out.pending.push({ stream, text });
  markDirty('output');
}

function flushOutput() {
  const pending = out.pending;
  out.pending = [];
  if (!pending.length) return;
  const added = [];
  for (const p of pending) {
    const last = out.segs[out.segs.length - 1];
    if (last && last.stream === p.stream) last.text += p.text;
    else out.segs.push({ stream: p.stream, text: p.text });
    out.len += p.text.length;
    added.push(p);
  }
  let trimmed = false;
  while (out.len > MAX_SHOWN) {
    const first = out.segs[0];
    const excess = out.len - MAX_SHOWN;
    if (first.text.length <= excess) {
      out.segs.shift();
      out.len -= first.text.length;
      out.omitted += first.text.length;
    } else {
      // Cut at a line end so the pane starts with a whole line.
      let cut = first.text.indexOf('\n', excess);
      cut = cut < 0 ? excess : cut + 1;
      first.text = first.text.slice(cut);
      out.len -= cut;
      out.omitted += cut;
    }
    trimmed = true;
  }
  if (trimmed) {
    // Rebuild from the kept segments; bounded by MAX_SHOWN.
    const nodes = out.segs.map((g) => makeSpan(g.stream, g.text));
    const note = document.createElement('span');
    note.className = 'omitted';
    note.textContent = `[${out.omitted} earlier characters of output not shown]\n`;
    ui.output.replaceChildren(note, ...nodes);
  } else {
    for (const p of added) {
      const last = ui.output.lastChild;
      if (last && last.dataset && last.dataset.stream === p.stream) {
        last.appendChild(document.createTextNode(p.text));
      } else {
        ui.output.appendChild(makeSpan(p.stream, p.text));
      }
    }
  }
  ui.output.scrollTop = ui.output.scrollHeight;
}

function makeSpan(stream, text) {
  const span = document.createElement('span');
  span.dataset.stream = stream;
  if (stream === 'stderr') span.className = 'stderr';
  span.textContent = text;
  return span;
}

// Puts the editor's caret on the first compile error.
function markError(d) {
  if (!d) return;
  const lines = ui.editor.value.split('\n');
  let offset = 0;
  for (let i = 0; i < d.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += Math.max(0, d.col - 1);
  ui.editor.setSelectionRange(offset, offset);
}

function setStatus(text, cls = '') {
  ui.status.textContent = text;
  ui.status.className = cls;
}

function setRunning(running) {
  ui.run.disabled = running;
  ui.stop.disabled = !running;
}

function clampInt(v, lo, hi) {
  const n = Math.trunc(Number(v));
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

// ---------- controls ----------

function initControls() {
  for (const name of Object.keys(EXAMPLES)) ui.example.add(new Option(name, name));
  ui.example.onchange = () => { ui.editor.value = EXAMPLES[ui.example.value]; };
  ui.editor.value = EXAMPLES['ping-pong'];
  for (let i = 1; i <= 8; i++) ui.procs.add(new Option(String(i), String(i)));
  ui.procs.value = String(Math.min(8, Math.max(2, navigator.hardwareConcurrency || 2)));
  if (!isolated) {
    ui.notice.textContent = NOT_ISOLATED;
    ui.notice.style.display = 'block';
    ui.mode.value = 'deterministic';
    ui.mode.querySelector('option[value=threads]').disabled = true;
  }
  ui.run.onclick = () => {
    startRun(ui.editor.value, { procs: ui.procs.value, mode: ui.mode.value, seed: ui.seed.value });
  };
  ui.stop.onclick = stopRun;
  ui.fit.onclick = () => { timeline.follow = true; markDirty('timeline'); };
  ui.trace.onclick = () => {
    if (!lastTrace) return;
    const url = URL.createObjectURL(new Blob([lastTrace], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'gopark.trace.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  // Tab inserts a tab (Go's indentation) instead of leaving the editor.
  ui.editor.addEventListener('keydown', (e) => {
    if (e.key === 'Tab' && !e.shiftKey) {
      e.preventDefault();
      ui.editor.setRangeText('\t', ui.editor.selectionStart, ui.editor.selectionEnd, 'end');
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!ui.run.disabled) ui.run.click();
    }
  });
}

initControls();
const ready = spawnHost().then(
  () => { setStatus('ready'); ui.run.disabled = false; },
  (err) => { setStatus(`could not load gopark: ${err.message}`, 'fail'); throw err; },
);

// Runs one program; if a run is active it is stopped first. Resolves with its result.
async function run(source, opts = {}) {
  await ready;
  if (current) {
    const prev = current;
    stopRun();
    await prev.promise;
  }
  ui.editor.value = source;
  const r = startRun(source, opts);
  await r.promise;
  let trace = null;
  if (r.trace) trace = JSON.parse(r.trace);
  const result = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, mode: r.mode, trace };
  if (r.internalError) result.internalError = r.internalError;
  return result;
}

window.gopark = {
  ready,
  isolated,
  run,
  stop: stopRun,
  examples: EXAMPLES,
  // The timeline's draw timings {lastDraw_ms, maxDraw_ms, draws}, the shown run's event count,
  // where its lanes are drawn and how many spans each holds, for the browser tests.
  timelineStats: () => ({ ...timeline.stats, events: shown ? shown.model.events : 0, lanes: timeline.laneBoxes(),
    spans: shown ? shown.model.lanes.map((l) => l.spans.n) : [] }),
  // Starts a run without waiting for it, for UI tests (returns once it has been sent).
  start: async (source, opts) => { await ready; startRun(source, opts); },
};
