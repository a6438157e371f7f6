// The page: editor, controls, console, the player and the views of one moment (machine,
// channels, goroutines, source marks, timeline cursor, wait graph).
//
// This thread never loads wasm and never blocks: compile and run happen in the host worker
// (www/host-worker.js), which sends output and event batches here by postMessage. Events go
// into a Recording (www/replay-model.js), which folds them a few milliseconds per frame; the
// views render the State at the player's moment (`cursor`), never events themselves.
//
// `window.gopark` is the programmatic interface (used by the browser tests and embeds):
//   gopark.ready                       Promise, resolved once the page is ready to run (the
//                                      full page: the host worker has loaded; an embed loads
//                                      it on its first run)
//   gopark.run(source, {procs, mode, seed, stdin, trace})
//       -> Promise<{stdout, stderr, exitCode, mode, events, trace}>
//          trace: Chrome Trace Event JSON, only with {trace: true}; gopark.traceJSON() asks
//          for the shown run's afterwards
//   gopark.setSource(text) / getSource()
//   gopark.state()                     'idle' | 'running' | 'paused'
//   gopark.seek(i)                     shows the moment after the first i events (paused)
//   gopark.stop()                      ends the current run
//   gopark.examples, gallery(), loadExample(id)     the gallery (www/examples/index.json)
//   gopark.loadExercise(ref), check()               exercises (exercises/*.toml)
//   gopark.shareURL()                  Promise<string>: a link to program, settings, moment
//   gopark.settings(), isolation, hostStarted(), hostReleases()

const NOT_ISOLATED = {
  off: 'Isolation is off (?isolation=off): gopark runs its single-thread build, in deterministic mode.',
  unavailable: 'This page could not be made cross-origin isolated, so gopark runs its single-thread build, in deterministic mode.',
};

import { Timeline } from './timeline.js';
import { Defs, Recording, waitGraph } from './replay-model.js';
import { MachineView, ChannelView, GoroutineTable, renderWaitGraph, pColor } from './views.js';
import { createEditor } from './editor.bundle.js';
import { layout } from './layout.js';
import { encodeShare, decodeShare } from './share.js';

// ---------- configuration: the full page, or an embed (embed.html) ----------
//
// An embed takes its options from the query string:
//   panels=editor,console,machine,channels,goroutines,timeline   the panels shown
//   readonly=1   the program cannot be edited        autoplay=1   runs once it scrolls into view
//   height=450   the page's height in px              theme=light|dark
//   example=ID   a gallery example; otherwise the program in the fragment (#s=..., as in share
//                links; <gopark-embed> from www/embed.js puts an inline program there).
const EMBED = document.documentElement.dataset.embed === '1';
const params = new URLSearchParams(location.search);
const PANELS = ['editor', 'console', 'machine', 'goroutines', 'channels', 'timeline'];
const config = {
  panels: new Set((params.get('panels') || (EMBED ? 'editor,console,machine,channels' : PANELS.join(','))).split(',').map((x) => x.trim()).filter((x) => PANELS.includes(x))),
  readOnly: params.get('readonly') === '1' || params.get('readonly') === 'true',
  autoplay: params.get('autoplay') === '1' || params.get('autoplay') === 'true',
  height: Number(params.get('height')) || 0,
  theme: params.get('theme'),
};
// An embed gives its workers back after this long without a run (a page may hold many embeds).
const IDLE_RELEASE_MS = Number(params.get('idle')) || 20000;

layout(document.body);
applyLayout();

const $ = (id) => document.getElementById(id);
const ui = {
  editorBox: $('editor'), example: $('example'), run: $('run'), stop: $('stop'), interrupt: $('interrupt'), procs: $('procs'),
  mode: $('mode'), seed: $('seed'), trace: $('trace'), share: $('share'), theme: $('theme'),
  galleryBtn: $('gallery-btn'), gallery: $('gallery'), galleryList: $('gallery-list'), galleryClose: $('gallery-close'),
  about: $('about'), aboutTitle: $('about-title'), aboutText: $('about-text'), aboutClose: $('about-close'),
  check: $('check'), exercise: $('exercise'), exerciseTitle: $('exercise-title'), exerciseText: $('exercise-text'),
  checkResult: $('check-result'), stdin: $('stdin'), stdinBox: $('stdin-box'), stdinSize: $('stdin-size'),
  loading: $('loading'), loadingText: $('loading-text'), runmode: $('runmode'), openFull: $('open-full'), notice: $('notice'), output: $('output'), status: $('status'),
  machine: $('machine-view'), chans: $('channel-view'), gBody: $('gtable-body'), gNote: $('gtable-note'),
  timeline: $('timeline'), tip: $('timeline-tip'), fit: $('fit'), scale: $('timeline-scale'),
  play: $('play'), pause: $('pause'), step: $('step'), back: $('back'), scrubber: $('scrubber'),
  speed: $('speed'), moment: $('moment'), follow: $('follow'), prevEv: $('prev-ev'), nextEv: $('next-ev'),
  cut: $('cut'), waits: $('waits'), waitGraph: $('wait-graph'), eventText: $('event-text'),
};

// How the page is isolated (www/isolation.js decides before this module runs; it may reload
// the page once to let its service worker add the headers).
const isolation = await (window.goparkIsolation || Promise.resolve({ isolated: self.crossOriginIsolated === true, how: 'headers' }));
const isolated = isolation.isolated && self.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';

let host = null;          // the host worker
let hostReady = null;     // Promise resolved when it has loaded wasm
let defs = null;          // Defs from the wasm module (event kinds, wait reasons)
let current = null;       // the active run (see startRun)
let shown = null;         // the run whose recording the views show (the last one started)
let nextToken = 1;

const editor = createEditor(ui.editorBox, '', {
  onRun: () => { if (!ui.run.disabled) ui.run.click(); }, readOnly: config.readOnly,
  dark: document.documentElement.dataset.theme === 'dark',
});

// ---------- the player ----------

// The moment shown is `player.cursor` (events folded). `live`: follow the newest event while
// the run goes on. `playing`: advance by `speed` events per second.
const player = { cursor: 0, live: true, playing: false, speed: 10, acc: 0, last: 0, stepPending: 0, selG: 0, selChan: 0 };
// messages: the longest handling of each kind of message from the host worker, in ms.
const frameStats = { last_ms: 0, max_ms: 0, frames: 0, parts: {}, samples: [], slow: [], messages: {} };
// The parts of the frame being made, kept in frameStats.slow for frames over SLOW_FRAME_MS
// (the benches print where a slow frame's time went).
let frameParts = {};
const SLOW_FRAME_MS = 10;
// The page's own work per animation frame (folding takes what the views leave of it): a third of a
// 60 Hz frame, the rest is for the views, the browser's style, layout and paint (measured: a
// streaming frame with an 8 ms budget took 9 to 15 ms of CPU in all).
const FRAME_BUDGET_MS = 5;
// Playing at full speed moves at most this many events per frame, so folding them stays
// within a few milliseconds (about 2 ms per 4096 events).
const MAX_EVENTS_PER_FRAME = 4096;
// Worst time of each part of a frame, for the bench.
function timed(part, f) {
  const t0 = performance.now();
  const r = f();
  const dt = performance.now() - t0;
  frameStats.parts[part] = Math.max(frameStats.parts[part] || 0, dt);
  frameParts[part] = (frameParts[part] || 0) + dt;
  return r;
}

function recording() { return shown ? shown.rec : null; }

function seek(i, { keepPlaying = false } = {}) {
  const rec = recording();
  if (!rec) return;
  player.cursor = Math.max(0, Math.min(i, rec.n));
  player.live = false;
  if (!keepPlaying) player.playing = false;
  renderNow();
}

function state() {
  if (current && !current.done) return player.live || player.playing ? 'running' : 'paused';
  if (player.playing) return 'running';
  const rec = recording();
  return rec && player.cursor < rec.n ? 'paused' : 'idle';
}

function play() {
  const rec = recording();
  if (!rec) return;
  if (current && !current.done) {
    player.live = true;
    if (current.mode === 'deterministic' && current.paused) control('resume');
  } else {
    if (player.cursor >= rec.n) player.cursor = 0;
    player.playing = true;
    player.live = false;
    player.acc = 0;
  }
  updateButtons();
  markDirty();
}

function pause() {
  player.playing = false;
  player.live = false;
  if (current && !current.done && current.mode === 'deterministic') control('pause');
  updateButtons();
  markDirty();
}

function step(dir) {
  const rec = recording();
  if (!rec) return;
  player.playing = false;
  player.live = false;
  if (dir < 0) { seek(player.cursor - 1); return; }
  if (player.cursor < rec.n) { seek(player.cursor + 1); return; }
  // At the newest event of a deterministic run: run one more scheduling turn.
  if (current && !current.done && current.mode === 'deterministic') {
    if (!current.paused) control('pause');
    player.stepPending++;
    control('step');
  }
}

function control(type) {
  const run = current;
  if (!run || !run.worker) return;
  run.paused = type === 'pause' || (type === 'step' ? true : type === 'resume' ? false : run.paused);
  run.worker.postMessage({ type, token: run.token });
}

// Next/previous event of the followed goroutine or channel.
function jumpFollowed(dir) {
  const rec = recording();
  if (!rec) return;
  const [kind, id] = (ui.follow.value || '').split(':');
  const h = Number(id);
  if (!kind) return;
  const pred = kind === 'g' ? (i) => rec.touchesG(i, h) : (i) => rec.touchesObj(i, h);
  // The moment after event i shows it; so from the moment c, the next event is at >= c.
  const i = rec.find(dir > 0 ? player.cursor : player.cursor - 2, dir, pred);
  if (i >= 0) seek(i + 1);
}

// ---------- the animation-frame loop ----------

let frameId = 0;
let dirty = true;
const LIVE_MS = 200;
// A run whose goroutines keep every core busy (as many Ps running a G, at the folded head, as
// the machine has cores): each live render is then CPU taken from an M, so the views follow
// the head once a second. Measured on 2 cores with
// 2 Ps (tests/e2e/cpu-by-thread.mjs, primes): the renders at 400 ms cost the page's threads
// (main, compositor, raster, GPU) about 70 ms of CPU per second of run, 3-4% of the Ms'
// time; the final state is drawn as soon as the run ends either way.
const LIVE_BUSY_MS = 1000;
function liveMs() {
  const head = current && current.rec && current.rec.head;
  if (!head) return LIVE_MS;
  let running = 0;
  for (const p of head.ps) if (p.g) running++;
  return running >= (navigator.hardwareConcurrency || 2) ? LIVE_BUSY_MS : LIVE_MS;
}
let lastLive = 0;
const FAST_PLAY_MS = 100;
let lastPlayDraw = 0;
// One frame callback per animation frame: a markDirty() from inside the frame (a view asking
// for a redraw while it renders) does not schedule a second one, it is drawn in this frame or
// picked up by the request made at its end. (Before, each such call added a callback per frame,
// and during play they piled up: 14,000 callbacks in 2 s, each folding its budget.)
let inFrame = false;
function markDirty() {
  dirty = true;
  requestFrame();
}
function requestFrame() {
  if (!frameId && !inFrame) frameId = requestAnimationFrame(frame);
}
// While a run streams, the page wakes at most every LIVE_MS (a timer, not an animation frame
// each vsync): events arriving every poll only mark the views dirty and make sure this timer
// is set. A frame loop at 60 Hz that drew nothing still cost the main thread, the compositor
// and the GPU process about a tenth of a core, taken from the Ms on a 2-core machine.
let liveTimer = 0;
function requestLiveFrame() {
  dirty = true;
  if (liveTimer || frameId || inFrame) return;
  const wait = Math.max(0, liveMs() - (performance.now() - lastLive));
  if (wait === 0) requestFrame();
  else liveTimer = setTimeout(() => { liveTimer = 0; requestFrame(); }, wait);
}

// The timeline asks for a draw (its cursor moved, a zoom, new events): drawn in the frame, apart
// from the views (it does not make them render again).
let timelineWanted = false;
const timeline = new Timeline(ui.timeline, ui.tip, () => { timelineWanted = true; requestFrame(); });
// A click on the timeline: the moment right after the event under the pointer.
timeline.onPick = ({ i, ts_ns }) => {
  const rec = recording();
  if (rec) seek(i !== undefined ? i + 1 : momentAtTime(rec, ts_ns));
};
const machine = new MachineView(ui.machine);
const channels = new ChannelView(ui.chans);
const gtable = new GoroutineTable(ui.gBody, ui.gNote);
let drawn = { rec: null, i: -1, version: -1, sel: -1 };

// One frame: fold a few ms of events, move the cursor, render if the moment changed.
function frame(now) {
  frameId = 0;
  inFrame = true;
  let again = false;
  try { again = frameWork(now); } finally { inFrame = false; }
  if (frameId) return;
  // A timeline draw asked for by this frame's last render is drawn in the next one.
  if (again || timelineWanted) frameId = requestAnimationFrame(frame);
  // While the run goes on, the next render comes at the live pace (a render skipped once it
  // has ended is made by the frame that folds its last events, see frameWork).
  else if (current && !current.done) requestLiveFrame();
}

// The work of one frame; returns whether another frame is needed.
function frameWork(now) {
  const t0 = performance.now();
  const rec = recording();
  let again = false;
  if (rec) {
    if (player.live) player.cursor = rec.folded;
    if (player.playing) {
      const dt = player.last ? Math.min(now - player.last, 100) : 16;
      player.acc += (dt * player.speed) / 1000;
      const n = Math.min(Math.floor(player.acc), MAX_EVENTS_PER_FRAME);
      player.acc = Math.min(player.acc - n, MAX_EVENTS_PER_FRAME);
      player.cursor = Math.min(rec.n, player.cursor + n);
      if (player.cursor >= rec.n && (!current || current.done)) { player.playing = false; updateButtons(); }
      again = true;
    }
    player.last = now;
  }
  flushOutput();
  // While a run streams (or its events are still being folded after it ended), the views
  // follow the head at most every LIVE_MS: on a 2-core machine every millisecond the page
  // draws is taken from the Ms running the program, and nobody can read 60 redraws a second
  // of a moving head anyway.
  // Playing fast (1000 events/s and more), the views are redrawn at most every FAST_PLAY_MS:
  // rebuilding them costs the browser's style, layout and paint (about 10 ms a frame, not
  // counted in frameStats), and moving thousands of events a frame they are a blur anyway.
  // The scrubber and the timeline's cursor still move every frame (a blit).
  const behind = !!rec && rec.folded < rec.n;
  const streaming = player.live && ((current && !current.done) || behind);
  const fastPlay = player.playing && player.speed >= 1000;
  const due = streaming ? now - lastLive >= liveMs() : !fastPlay || now - lastPlayDraw >= FAST_PLAY_MS;
  let rendered = false, stagedStep = false;
  // A staged render goes on before anything else: the frame draws its next view and does no
  // folding (the moment stays the one the staged render began with).
  if (staged) {
    if (stepStaged(rec)) again = true;
    rendered = stagedStep = true;
  } else if (due && (dirty || (rec && (drawn.i !== player.cursor || drawn.rec !== rec)))) {
    // Following the head (streaming, or the final state after it): staged when slow.
    // The first renders of a run make most of the views' elements (drawn.i small): staged too.
    if (player.live && !player.playing && (drawn.rec !== rec || drawn.i < 256 || viewsMs >= SPLIT_VIEWS_MS)) {
      staged = beginRender();
      if (staged && stepStaged(rec)) again = true;
      stagedStep = true;
    } else {
      render();
    }
    rendered = true;
    if (streaming) lastLive = now;
    if (fastPlay) lastPlayDraw = now;
  } else if (!due) {
    // Streaming: the live timer brings the next frame (see requestLiveFrame).
    if (!streaming) again = true;
    if (fastPlay && rec && drawn.i !== player.cursor) {
      ui.scrubber.value = String(player.cursor);
      setTimelineCursor(rec, player.cursor);
    }
  }
  // The timeline's picture (not its cursor, a blit) is redrawn in a frame of its own: the views
  // and a redrawn timeline in one frame would take two frames' time. While streaming (a few
  // renders a second) both go in one frame when the views were quick: each frame costs the
  // browser's whole pipeline (style, layout, paint, raster, composite) on top of our drawing.
  if (timelineWanted && stagedStep) {
    again = true;  // after the staged views, in a frame of its own
  } else if (timelineWanted) {
    const viewsSlow = performance.now() - t0 > FRAME_BUDGET_MS;
    if (rendered && (!streaming || viewsSlow) && timeline.baseStale()) again = true;
    else { timelineWanted = false; timed('timeline', () => timeline.draw()); }
  }
  // While streaming the marks wait for the run to end; then they take a frame of their own
  // if this one has spent its budget (the editor's update is a few ms of its own).
  if (pendingMarks && performance.now() - t0 < FRAME_BUDGET_MS) applyMarks(now, streaming);
  if (pendingMarks && !streaming) again = true;
  dirty = false;
  // Folding gets what the rest of the frame left of its budget; a frame that drew the views
  // leaves it to the next (their style and layout come after this function, and the frames
  // between two live renders fold).
  if (behind && (rendered || staged)) again = true;
  else if (behind) {
    const left_ms = Math.max(1, FRAME_BUDGET_MS - (performance.now() - t0));
    if (!timed('fold', () => rec.foldSome(left_ms))) again = true;
  }
  // The run is over and its last events are folded but not drawn (this frame folded them,
  // or a live render was skipped): the final state is drawn in the next frame (staged if the
  // views are slow), not in this one on top of its folding.
  if (player.live && rec && !(current && !current.done) && rec.folded >= rec.n && drawn.i !== rec.n) {
    player.cursor = rec.folded;
    again = true;
  }
  const dt = performance.now() - t0;
  frameStats.last_ms = dt;
  frameStats.max_ms = Math.max(frameStats.max_ms, dt);
  frameStats.frames++;
  if (frameStats.samples.length < 50000) frameStats.samples.push(dt);
  if (dt >= SLOW_FRAME_MS && frameStats.slow.length < 1000) frameStats.slow.push({ ms: dt, parts: frameParts });
  // A label in Chrome's trace of what this frame did (the benches read it beside the frame's
  // CPU time; outside a trace it costs nothing).
  if (dt >= 1) console.timeStamp(`gopark frame: ${Object.keys(frameParts).join(' ')}`);
  frameParts = {};
  return again;
}

// A seek renders the views at once (the tests read them right after); the timeline's cursor
// and the source marks follow in the next frame (which does not render the views again).
function renderNow() { render(); requestFrame(); }

function render() {
  staged = null;
  const r = beginRender();
  if (!r) return;
  while (r.next < VIEWS.length) drawView(r);
  endRender(r);
}

// A render in parts: beginRender picks the moment, drawView draws one view of it, endRender
// the rest (marks, scrubber, texts, the timeline's cursor, the wait graph). While a run
// streams, a render whose views were slow (the first of a recording is: cold code, new
// elements, fonts) is spread over frames, one view per frame, all at the same moment (no
// folding in between): three frames of a third of the work each instead of one over budget.
const VIEWS = [
  ['machine', (r) => machine.render(r.s, r.rec, r.moved)],
  ['channels', (r) => channels.render(r.s, r.rec)],
  ['goroutines', (r) => gtable.render(r.s, r.rec)],
];
const SPLIT_VIEWS_MS = 4;    // views slower than this (in all, wall clock) are spread over frames
let viewsMs = Infinity;      // how long the last render's views took (Infinity: none yet)
let staged = null;           // a render being spread over frames, see stepStaged

function beginRender() {
  const rec = recording();
  if (!rec) return null;
  const i = Math.min(player.cursor, rec.folded === rec.n ? rec.n : Math.max(rec.folded, player.cursor));
  const s = timed('stateAt', () => rec.stateAt(i));
  const moved = drawn.rec === rec && Math.abs(drawn.i - s.i) === 1;
  return { rec, s, i: s.i, moved, next: 0, views_ms: 0 };
}

function drawView(r) {
  const [name, draw] = VIEWS[r.next++];
  const t0 = performance.now();
  timed(name, () => draw(r));
  r.views_ms += performance.now() - t0;
}

function endRender({ rec, s, views_ms }) {
  viewsMs = views_ms;
  timed('marks', () => markSource(s, rec));
  highlightSelected();
  ui.scrubber.max = String(rec.n);
  ui.scrubber.value = String(s.i);
  ui.moment.textContent = `event ${s.i} / ${rec.n}${rec.folded < rec.n ? ` (folding ${rec.folded})` : ''}`;
  ui.eventText.textContent = s.i > 0 ? describe(rec, rec.event(s.i - 1)) : 'the start of the run';
  setTimelineCursor(rec, s.i);
  renderWaits(s, rec);
  updateFollowOptions(s, rec);
  markLaterOutput(rec, s.i);
  drawn = { rec, i: s.i, version: rec.version };
  updateButtons();
}

// Draws the next view of a staged render; true while views remain for later frames.
function stepStaged(rec) {
  // Another recording, or its state moved on (a seek renders at once and drops the stage).
  if (staged.rec !== rec || staged.s.i !== staged.i) { staged = null; dirty = true; return false; }
  drawView(staged);
  if (staged.next < VIEWS.length) return true;
  endRender(staged);
  staged = null;
  return false;
}

// The timeline's cursor at moment i: on the last event shown.
function setTimelineCursor(rec, i) {
  if (i > 0) timeline.setCursor(i - 1, rec.event(i - 1).ts_ns);
  else timeline.setCursor(null);
}

// Marks each live goroutine's line in the source, with its chip in its P's colour. The
// marks are computed here but handed to the editor by the frame loop (applyMarks): at most
// one editor update per frame, none while a run streams or plays fast (they follow when it
// stops); the editor itself updates only the lines whose chips changed.
const MARKS_SCAN = 20000;   // goroutines looked at for marks (the running ones always)
let pendingMarks = null;
function markSource(s, rec) {
  const marks = new Map();
  const add = (r) => {
    if (r.state === 'dead' || !r.line) return;
    if (!marks.has(r.line)) marks.set(r.line, []);
    const list = marks.get(r.line);
    if (list.length < 6 && !list.some((c) => c.g === r.id)) list.push({ g: r.id, color: pColor(r.state === 'running' ? r.p : -1), running: r.state === 'running' });
  };
  for (const P of s.ps) if (P.g && s.gs.has(P.g)) add(s.gs.get(P.g));
  let k = 0;
  for (const r of s.gs.values()) { if (++k > MARKS_SCAN) break; add(r); }
  pendingMarks = marks;
}
function applyMarks(now, streaming) {
  if (!pendingMarks || streaming) return;
  // Playing fast the marks wait until play stops (they would flicker on every line).
  if (player.playing && player.speed >= 1000) return;
  const marks = pendingMarks;
  pendingMarks = null;
  timed('source', () => editor.setMarks(marks));
}

function highlightSelected() {
  for (const c of document.querySelectorAll('.gchip.sel')) c.classList.remove('sel');
  for (const tr of ui.gBody.querySelectorAll('tr.sel')) tr.classList.remove('sel');
  if (!player.selG) return;
  for (const c of document.querySelectorAll(`.gchip[data-g="${player.selG}"]`)) c.classList.add('sel');
  const tr = ui.gBody.querySelector(`tr[data-g="${player.selG}"]`);
  if (tr) tr.classList.add('sel');
}

// The deadlock/panic picture: who waits on what at the final moment.
function renderWaits(s, rec) {
  const run = shown;
  const show = run && run.done && run.exitCode === 2 && s.i === rec.n;
  ui.waits.hidden = !show;
  if (!show) return;
  renderWaitGraph(ui.waitGraph, waitGraph(s, rec.defs));
}

let followKey = '';
function updateFollowOptions(s, rec) {
  const key = `${rec.n}:${s.gs.size}:${s.chans.size}`;
  if (key === followKey) return;
  followKey = key;
  const keep = ui.follow.value;
  const opts = [new Option('follow…', '')];
  let nOpts = 0;
  for (const r of s.gs.values()) { if (++nOpts > 200) break; opts.push(new Option(`G${r.id} ${rec.funcName(r.func)}`, `g:${r.id}`)); }
  for (const c of [...s.chans.values()].slice(0, 100)) opts.push(new Option(`chan ${c.name}`, `c:${c.h}`));
  ui.follow.replaceChildren(...opts);
  ui.follow.value = [...ui.follow.options].some((o) => o.value === keep) ? keep : '';
}

// One line about an event, in words.
function describe(rec, e) {
  const g = e.g ? `G${e.g}` : '';
  const chan = (h) => `chan ${chanName(rec, h)}`;
  const val = (d) => rec.string(d);
  const line = e.c ? ` (line ${e.c})` : '';
  switch (e.kind) {
    case 'GoCreate': return `G${e.a} created ${g} running ${rec.funcName(e.b)}${line}`;
    case 'GoStart': return `${g} runs on P${e.p} (M${e.m})${line}`;
    case 'GoStop': return `${g} stops (${e.a === rec.defs.STOP.yielded ? 'yielded' : 'preempted'})`;
    case 'GoBlock': return `${g} blocks: ${rec.defs.waitReason(e.a)}${line}`;
    case 'GoUnblock': return `${g} is woken by ${e.a ? `G${e.a}` : 'the runtime'}${line}`;
    case 'GoEnd': return `${g} returns`;
    case 'RunqPut': return `${g} goes to ${['runnext', 'the local run queue', 'the global queue'][e.a]}${e.b !== rec.defs.NONE ? ` of P${e.b}` : ''}`;
    case 'RunqGet': return `P${e.p} takes ${g} from ${['its runnext', 'its run queue', 'the global queue'][e.a]}`;
    case 'Steal': return `P${e.p} steals ${g} from P${e.a}`;
    case 'ChanMake': return `make ${chan(e.a)} (cap ${e.b})${line}`;
    case 'ChanSend': return `${g || 'a timer'} sends ${val(e.d)} on ${chan(e.a)}${e.b ? ` to waiting G${e.b}` : ' into the buffer'}${line}`;
    case 'ChanRecv': return `${g} receives ${val(e.d)} from ${chan(e.a)}${e.b ? ` (from waiting G${e.b})` : ''}${line}`;
    case 'ChanRecvClosed': return `${g} receives the zero value from closed ${chan(e.a)}${line}`;
    case 'ChanClose': return `${g} closes ${chan(e.a)}${line}`;
    case 'Output': return `${g} prints ${e.a} bytes`;
    case 'MPark': return `M${e.m} parks`;
    case 'MUnpark': return `M${e.a} is woken`;
    case 'MSpin': return `M${e.m} spins looking for work`;
    case 'ProcStart': return `M${e.m} acquires P${e.p}`;
    case 'ProcStop': return `M${e.m} releases P${e.p}`;
    default: return `${e.kind} ${g}`;
  }
}

function chanName(rec, h) {
  const c = rec.head.chans.get(h);
  return c ? c.name : String(h);
}

function momentAtTime(rec, ts_ns) {
  // Events are in sequence order, which is time order up to small clock differences between
  // Ms: a binary search finds the first event at or after the time.
  let lo = 0, hi = rec.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rec.event(mid).ts_ns < ts_ns) lo = mid + 1; else hi = mid;
  }
  return Math.min(rec.n, lo + 1);
}

function updateButtons() {
  const rec = recording();
  const running = current && !current.done;
  ui.play.disabled = !rec;
  ui.pause.disabled = !rec || (!player.playing && !player.live) || (!running && !player.playing);
  ui.step.disabled = !rec || (player.cursor >= rec.n && !(running && current.mode === 'deterministic'));
  ui.back.disabled = !rec || player.cursor <= 0;
  ui.prevEv.disabled = ui.nextEv.disabled = !rec || !ui.follow.value;
  ui.cut.hidden = !(rec && (rec.truncated));
}

// ---------- host worker lifecycle ----------

function spawnHost() {
  host = new Worker(new URL('./host-worker.js', import.meta.url), { type: 'module', name: 'gopark-host' });
  const worker = host;
  hostReady = new Promise((resolve, reject) => {
    worker.onmessage = (e) => {
      const msg = e.data;
      if (msg.type === 'ready') {
        defs = new Defs(msg.defs);
        resolve(msg);
      } else if (msg.type === 'fatal') {
        reject(new Error(msg.message));
      } else {
        const t0 = performance.now();
        onHostMessage(worker, msg);
        const dt = performance.now() - t0;
        frameStats.messages[msg.type] = Math.max(frameStats.messages[msg.type] || 0, dt);
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
  hostReady = null;
  if (!EMBED) ensureHost().catch(() => {});
}

// The host worker, loaded on first use (the full page asks at once, an embed on its first
// run). While the wasm downloads and compiles, the page shows a loading indicator.
function ensureHost() {
  if (hostReady) return hostReady;
  ui.loading.hidden = false;
  ui.loadingText.textContent = `loading gopark (${isolated ? 'threads' : 'single-thread'} build)…`;
  const p = spawnHost();
  p.then(() => { ui.loading.hidden = true; }, (err) => { ui.loading.hidden = true; hostReady = null; if (host) host.terminate(); host = null; throw err; }).catch(() => {});
  return p;
}

// An embed gives its workers back when idle: the host worker (and with it every M worker and
// the wasm memory) ends IDLE_RELEASE_MS after the last run; the next run loads it again.
let idleTimer = 0;
function scheduleRelease() {
  clearTimeout(idleTimer);
  if (!EMBED) return;
  idleTimer = setTimeout(() => {
    if (current || !host) return;
    host.terminate();
    host = null;
    hostReady = null;
    releases++;
  }, IDLE_RELEASE_MS);
}
let releases = 0;

// ---------- runs ----------

function startRun(source, opts = {}) {
  const procs = clampInt(opts.procs ?? 2, 1, 64);
  let mode = opts.mode === 'deterministic' ? 'deterministic' : 'threads';
  if (!isolated) mode = 'deterministic';
  const seed = Number.isFinite(Number(opts.seed)) ? Number(opts.seed) : 1;
  // What os.Stdin holds (then end of input); the page's box, or gopark.run's option.
  const stdin = typeof opts.stdin === 'string' ? opts.stdin : '';
  const run = {
    token: nextToken++, worker: null, mode, procs, stdout: '', stderr: '',
    exitCode: null, trace: null, done: false, paused: !!opts.paused,
    // The recording needs the event definitions, which come with the runtime: an embed that
    // has not loaded it yet makes the recording once the host worker is ready.
    rec: defs ? new Recording(defs, procs) : null,
  };
  run.promise = new Promise((resolve) => { run.resolve = resolve; });
  run.usesSignals = /"os\/signal"/.test(source);
  current = run;
  noteEdits(source);
  resetView(run);
  // A run started paused (deterministic mode) waits for Step or Play.
  if (run.paused && mode === 'deterministic') player.live = false;
  setRunning(true);
  ensureHost().then(() => {
    if (run.done) return;
    if (!run.rec) {
      run.rec = new Recording(defs, procs);
      if (shown === run) timeline.setRecording(run.rec, { virtual: mode === 'deterministic' });
      markDirty();
    }
    run.worker = host;
    host.postMessage({ type: 'run', token: run.token, source, procs, mode, seed, stdin, trace: !!opts.trace, paused: run.paused && mode === 'deterministic' });
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
  if (msg.type === 'exercise') {
    const w = exerciseWaiters.get(msg.id);
    if (w) { exerciseWaiters.delete(msg.id); w(msg); }
    return;
  }
  if (msg.type === 'trace') {
    const w = traceWaiters.get(msg.token);
    if (w) { traceWaiters.delete(msg.token); w(msg.trace); }
    return;
  }
  if (!run || msg.token !== run.token) return;
  switch (msg.type) {
    case 'started':
      run.mode = msg.mode;
      run.rec.funcs = msg.funcs;
      if (msg.mode !== mode && shown === run) timeline.setRecording(run.rec, { virtual: msg.mode === 'deterministic' });
      setStatus(`running (${msg.mode}, GOMAXPROCS=${msg.procs})${run.usesSignals ? ' · Ctrl-C sends os.Interrupt' : ''}`);
      break;
    case 'output':
      if (msg.strings && msg.strings.length) run.rec.addStrings(msg.strings);
      if (msg.stdout) { run.stdout += msg.stdout; appendOutput(msg.stdout, 1); }
      if (msg.stderr) { run.stderr += msg.stderr; appendOutput(msg.stderr, 2); }
      if (msg.events.length) {
        run.rec.append(msg.events);
        if (player.stepPending && run.rec.n > player.cursor) {
          player.stepPending = 0;
          player.cursor++;
        }
      }
      // Output is shown at the next frame; events alone wait for the live timer.
      if (msg.stdout || msg.stderr || !player.live) markDirty();
      else requestLiveFrame();
      break;
    case 'compileError': {
      const text = msg.diagnostics.map((d) => d.text + '\n').join('');
      run.stderr += text;
      appendOutput(text, 2);
      editor.setErrors(msg.diagnostics);
      finishRun(run, 1, null, 'compile error');
      break;
    }
    case 'done':
      run.rec.truncated = !!msg.traceTruncated;
      finishRun(run, msg.exitCode ?? null, msg.trace, null);
      break;
    case 'internalError':
      console.error('gopark internal error:', msg.message);
      failRun(run, 'internal error: the runtime crashed (details in the console)');
      break;
  }
}

// The Chrome JSON of the shown run: the one it brought ({trace: true}), or asked for now from
// the host worker, which keeps the last finished run until the next one starts.
const traceWaiters = new Map();
function traceOfShown() {
  const run = shown;
  if (!run || !run.done) return Promise.resolve(null);
  if (run.trace) return Promise.resolve(run.trace);
  if (!run.worker || run.worker !== host || run.internalError) return Promise.resolve(null);
  return new Promise((resolve) => {
    traceWaiters.set(run.token, (t) => { run.trace = t; resolve(t); });
    host.postMessage({ type: 'trace', token: run.token });
  });
}

function finishRun(run, exitCode, trace, label) {
  if (run.done) return;
  run.done = true;
  run.exitCode = exitCode;
  run.trace = trace;
  if (run.rec) run.rec.ended = true;
  scheduleRelease();
  if (pendingMoment !== null && run.rec && current === run) {
    // A share link's moment: shown once the reader has run the program.
    const at = pendingMoment;
    pendingMoment = null;
    setTimeout(() => whenFolded(run, () => seek(Math.min(at, run.rec.n))), 0);
  }
  ui.trace.disabled = !run.worker || !!run.internalError;
  clearTimeout(run.killTimer);
  if (current === run) current = null;
  flushOutput();
  setRunning(false);
  const text = label ?? (exitCode === null ? 'ended' : `exit status ${exitCode}`);
  setStatus(`Program exited: ${text}.`, exitCode === 0 ? 'ok' : 'fail');
  if (player.live && run.rec) player.cursor = run.rec.n;
  timeline.requestDraw();  // it may now zoom, and 'auto' may choose its axis
  markDirty();
  run.resolve(run);
}

// The run cannot finish normally (a crash, or Stop did not take effect in time): report it,
// and replace the host worker so the next run starts from a fresh instance.
// Calls f once the run's recording is folded to its end.
function whenFolded(run, f) {
  if (shown !== run) return;
  if (run.rec.folded >= run.rec.n) f();
  else requestAnimationFrame(() => whenFolded(run, f));
}

function failRun(run, message) {
  if (run.done) return;
  appendOutput(`${message}\n`, 2);
  run.stderr += `${message}\n`;
  run.internalError = message;
  finishRun(run, null, null, message);
  setStatus(message, 'fail');
  replaceHost();
}

// The Ctrl-C button: the program receives os.Interrupt on its signal.Notify channels; one
// that registered none ends as a Go program does ("signal: interrupt").
function interruptRun() {
  const run = current;
  if (!run || run.done || !run.worker) return;
  run.worker.postMessage({ type: 'interrupt', token: run.token });
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

function resetView(run) {
  resetOutput();
  editor.setErrors([]);
  setStatus('compiling…');
  shown = run;
  Object.assign(player, { cursor: 0, live: true, playing: false, acc: 0, stepPending: 0 });
  drawn = { rec: null, i: -1, version: -1 };
  followKey = '';
  if (run.rec) timeline.setRecording(run.rec, { virtual: run.mode === 'deterministic' });
  else timeline.clear();
  timeline.setCursor(null);
  markDirty();
}

// ---------- console ----------

// The console shows the end of the output, at most MAX_SHOWN characters, as one element per
// line; clicking a line shows the moment it was printed (Recording.momentOfOutput, from the
// byte offset of the line in its stream). The result of gopark.run keeps everything.
const MAX_SHOWN = 100000;
const out = { pending: [], len: 0, omitted: 0, bytes: [0, 0, 0], open: [null, null, null], lines: [[], [], []] };
// The first line of each stream printed after the moment shown (see markLaterOutput).
let laterMarks = [null, null, null];

function resetOutput() {
  Object.assign(out, { pending: [], len: 0, omitted: 0, bytes: [0, 0, 0], open: [null, null, null], lines: [[], [], []] });
  laterMarks = [null, null, null];
  ui.output.textContent = '';
}

function appendOutput(text, fd) {
  out.pending.push({ fd, text });
  markDirty();
}

function utf8Length(s) {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) { n += 4; k++; } else n += 3;
  }
  return n;
}

function flushOutput() {
  const pending = out.pending;
  if (!pending.length) return;
  out.pending = [];
  skipHidden(pending);
  for (const { fd, text } of pending) {
    let rest = text;
    while (rest.length) {
      const nl = rest.indexOf('\n');
      const piece = nl < 0 ? rest : rest.slice(0, nl + 1);
      rest = nl < 0 ? '' : rest.slice(nl + 1);
      let line = out.open[fd];
      if (!line) {
        line = document.createElement('span');
        line.className = fd === 2 ? 'line stderr' : 'line';
        line.dataset.fd = fd;
        line.dataset.b = out.bytes[fd];
        line.dataset.stream = fd === 2 ? 'stderr' : 'stdout';
        ui.output.appendChild(line);
        out.lines[fd].push(line);
      }
      line.textContent += piece;
      out.bytes[fd] += utf8Length(piece);
      out.len += piece.length;
      out.open[fd] = piece.endsWith('\n') ? null : line;
      if (fd === 1 && !out.open[fd]) showPicture(line);
    }
  }
  let trimmed = false;
  while (out.len > MAX_SHOWN && ui.output.firstChild) {
    const first = ui.output.firstChild;
    if (first.classList.contains('omitted')) { first.remove(); continue; }
    out.len -= first.textContent.length;
    out.omitted += first.textContent.length;
    if (out.open[1] === first) out.open[1] = null;
    if (out.open[2] === first) out.open[2] = null;
    const fdLines = out.lines[Number(first.dataset.fd)];
    if (fdLines && fdLines[0] === first) fdLines.shift();
    if (laterMarks.includes(first)) laterMarks = laterMarks.map((l) => (l === first ? null : l));
    first.remove();
    trimmed = true;
  }
  if (trimmed || out.omitted) {
    let note = ui.output.querySelector('.omitted');
    if (!note) {
      note = document.createElement('span');
      note.className = 'omitted';
      ui.output.prepend(note);
    }
    note.textContent = `[${out.omitted} earlier characters of output not shown]\n`;
  }
  ui.output.scrollTop = ui.output.scrollHeight;
}

// A whole stdout line "IMAGE:" + base64 of a PNG is a picture (golang.org/x/tour/pic prints
// one, and the Go playground draws it): the console shows the image, its text stays after it,
// cut to one line by CSS but whole in the page, so that selecting and copying still give it.
const PICTURE = /^IMAGE:([A-Za-z0-9+/]+=*)\n?$/;

function showPicture(line) {
  const m = PICTURE.exec(line.textContent);
  if (!m || m[1].length < 32) return;
  // The size, from the PNG's header (signature, IHDR length and type, width, height: 24
  // bytes, 32 base64 characters), so that the console lays the picture out before it decodes
  // and still scrolls to the end.
  const head = atob(m[1].slice(0, 32));
  const word = (k) => ((head.charCodeAt(k) << 24) | (head.charCodeAt(k + 1) << 16) | (head.charCodeAt(k + 2) << 8) | head.charCodeAt(k + 3)) >>> 0;
  const img = document.createElement('img');
  img.className = 'picture';
  img.width = word(16);
  img.height = word(20);
  img.alt = `picture printed by the program, ${img.width} by ${img.height} pixels`;
  img.addEventListener('error', () => img.remove());
  img.src = `data:image/png;base64,${m[1]}`;
  const text = document.createElement('span');
  text.className = 'picture-text';
  text.textContent = line.textContent;
  line.replaceChildren(img, text);
  line.classList.add('has-picture');
}

// Output beyond what the console shows is counted (bytes, for the links to moments) but never
// made into elements: when the pending text alone fills the console, everything shown now and
// the pending text up to the line that starts its last MAX_SHOWN characters is dropped at once.
// (A program printing 200,000 lines made 200,000 spans and removed 190,000 of them one by one:
// 1.2 s frames.)
function skipHidden(pending) {
  let total = 0;
  for (const p of pending) total += p.text.length;
  if (total <= MAX_SHOWN) return;
  out.omitted += out.len;
  out.len = 0;
  out.open = [null, null, null];
  ui.output.replaceChildren();
  let drop = total - MAX_SHOWN;
  for (const p of pending) {
    if (drop <= 0) break;
    // Cut after a line break at or beyond the drop point, so that the shown text starts a line.
    let cut = drop >= p.text.length ? p.text.length : p.text.indexOf('\n', drop - 1) + 1;
    if (cut <= 0) cut = p.text.length;
    const gone = p.text.slice(0, cut);
    out.bytes[p.fd] += utf8Length(gone);
    out.omitted += gone.length;
    drop -= gone.length;
    p.text = p.text.slice(cut);
  }
}

// A replay shown at a moment before the end dims what the program printed after it, so
// that stepping through a run shows the console grow as the program wrote to it. Each
// stream's first later line carries the class `later<fd>`; CSS dims it and every later
// line of that stream after it (a sibling selector), so a step moves one class.
function markLaterOutput(rec, i) {
  for (const fd of [1, 2]) {
    let first = null;
    if (rec && !player.live) {
      const bytes = rec.outputBytesAt(fd, i);
      if (bytes >= 0) first = firstLineFrom(out.lines[fd], bytes);
    }
    if (laterMarks[fd] === first) continue;
    if (laterMarks[fd]) laterMarks[fd].classList.remove(`later${fd}`);
    if (first) first.classList.add(`later${fd}`);
    laterMarks[fd] = first;
  }
}

// The first of `lines` (in the order printed) that starts at byte `bytes` or later.
function firstLineFrom(lines, bytes) {
  let lo = 0, hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (Number(lines[mid].dataset.b) < bytes) lo = mid + 1; else hi = mid;
  }
  return lines[lo] || null;
}

ui.output.addEventListener('click', (e) => {
  const line = e.target.closest('.line');
  const rec = recording();
  if (!line || !rec) return;
  const i = rec.momentOfOutput(Number(line.dataset.fd), Number(line.dataset.b));
  if (i >= 0) {
    for (const l of ui.output.querySelectorAll('.line.at')) l.classList.remove('at');
    line.classList.add('at');
    seek(i);
  }
});

function setStatus(text, cls = '') {
  ui.status.textContent = text;
  ui.status.className = cls;
}

function setRunning(running) {
  ui.run.disabled = running;
  ui.stop.disabled = !running;
  // Only a program that uses os/signal gets the Ctrl-C button: for the others it would be a
  // second Stop.
  ui.interrupt.hidden = !(running && current && current.usesSignals);
  updateButtons();
}

function clampInt(v, lo, hi) {
  const n = Math.trunc(Number(v));
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

// ---------- controls ----------

function initControls() {
  for (let i = 1; i <= 8; i++) ui.procs.add(new Option(String(i), String(i)));
  ui.procs.value = String(Math.min(8, Math.max(2, navigator.hardwareConcurrency || 2)));
  for (const [label, v] of [['1 event/s', 1], ['2/s', 2], ['5/s', 5], ['10/s', 10], ['30/s', 30], ['100/s', 100], ['1000/s', 1000], ['full', 1e6]]) {
    ui.speed.add(new Option(label, String(v)));
  }
  ui.speed.value = '10';
  ui.speed.onchange = () => { player.speed = Number(ui.speed.value) || 10; };
  ui.runmode.textContent = isolated
    ? `threads · isolated by ${isolation.how === 'service worker' ? 'a service worker' : 'headers'}`
    : `single thread · ${isolation.how === 'off' ? 'isolation off' : 'not isolated'}`;
  ui.runmode.dataset.mode = isolated ? 'threads' : 'single';
  ui.runmode.dataset.how = isolation.how;
  if (!isolated) {
    ui.notice.textContent = NOT_ISOLATED[isolation.how] || NOT_ISOLATED.unavailable;
    ui.notice.style.display = EMBED ? 'none' : 'block';
    ui.mode.value = 'deterministic';
    ui.mode.querySelector('option[value=threads]').disabled = true;
  }
  ui.stdin.oninput = showStdinSize;
  showStdinSize();
  ui.run.onclick = () => {
    startRun(editor.getValue(), runOptions());
  };
  ui.stop.onclick = stopRun;
  ui.interrupt.onclick = interruptRun;
  ui.play.onclick = play;
  ui.pause.onclick = pause;
  ui.step.onclick = () => step(1);
  ui.back.onclick = () => step(-1);
  ui.scrubber.oninput = () => seek(Number(ui.scrubber.value));
  ui.follow.onchange = () => {
    const [kind, id] = ui.follow.value.split(':');
    player.selG = kind === 'g' ? Number(id) : 0;
    markDirty();
  };
  ui.prevEv.onclick = () => jumpFollowed(-1);
  ui.nextEv.onclick = () => jumpFollowed(1);
  ui.gBody.addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-g]');
    if (!tr) return;
    const g = Number(tr.dataset.g);
    player.selG = player.selG === g ? 0 : g;
    ui.follow.value = player.selG ? `g:${g}` : '';
    markDirty();
  });
  ui.fit.onclick = () => { timeline.follow = true; timeline.requestDraw(); };
  ui.scale.onchange = () => timeline.setScale(ui.scale.value);
  ui.trace.onclick = async () => {
    // The Chrome JSON is made only on demand: the host worker keeps the last run's recording
    // until the next run starts and exports it when asked.
    const trace = await traceOfShown();
    if (!trace) { setStatus('the trace of this run is no longer available: run it again', 'fail'); return; }
    const url = URL.createObjectURL(new Blob([trace], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'gopark.trace.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  ui.share.onclick = async () => {
    const url = await shareURL();
    history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('link copied: it holds the program, the settings and the moment shown', 'ok');
    } catch (_) {
      setStatus('the link is in the address bar (the clipboard was not available)', 'ok');
    }
  };
  ui.theme.onclick = () => setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark', true);
  ui.galleryBtn.onclick = () => showGallery(ui.gallery.hidden);
  ui.check.onclick = () => { checkExercise().catch(() => {}); };
  ui.galleryClose.onclick = () => showGallery(false);
  ui.aboutClose.onclick = () => { ui.about.hidden = true; };
  // Keys: Ctrl-Enter (or Cmd-Enter) runs from anywhere; Space plays or pauses and the arrows
  // step, except where they mean something already (the editor, fields, buttons).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      if (!ui.run.disabled) ui.run.click();
      e.preventDefault();
      return;
    }
    if (e.key === 'Escape' && !ui.gallery.hidden) { showGallery(false); return; }
    if (e.target.closest && e.target.closest('.cm-editor, input, select, textarea, button, a, #gallery')) return;
    if (e.key === 'ArrowRight') { step(1); e.preventDefault(); }
    else if (e.key === 'ArrowLeft') { step(-1); e.preventDefault(); }
    else if (e.key === ' ') { if (player.playing || (player.live && current)) pause(); else play(); e.preventDefault(); }
  });
}

// ---------- layout, theme ----------

// Shows the panels the configuration asks for (an embed shows a subset) and sizes the page.
function applyLayout() {
  const root = document.documentElement;
  if (EMBED) {
    root.classList.add('embed');
    for (const name of PANELS) root.classList.toggle(`show-${name}`, config.panels.has(name));
    if (config.height) document.body.style.height = `${config.height}px`;
    // The editor takes the left column, the other panels stack on the right.
    const others = ['console', 'machine', 'goroutines', 'channels'].filter((p) => config.panels.has(p)).length;
    root.style.setProperty('--others', String(Math.max(1, others)));
    if (config.readOnly) root.classList.add('read-only');
  }
  let theme = config.theme;
  if (theme !== 'light' && theme !== 'dark') {
    try { theme = localStorage.getItem('gopark-theme'); } catch (_) { theme = null; }
  }
  if (theme !== 'light' && theme !== 'dark') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.dataset.theme = theme;
}

function setTheme(theme, remember) {
  document.documentElement.dataset.theme = theme;
  editor.setDark(theme === 'dark');
  timeline.setTheme(theme);
  ui.theme.setAttribute('aria-label', theme === 'dark' ? 'light theme' : 'dark theme');
  if (remember) { try { localStorage.setItem('gopark-theme', theme); } catch (_) { /* private mode */ } }
  markDirty();
}

// ---------- gallery ----------

// www/examples/index.json: groups, and examples {id, file, group, title, explain, settings,
// expect}; each program is a file beside it (the CLI tests run the same files).
const GALLERY_URL = new URL('./examples/index.json', import.meta.url);
const gallery = { index: null, byId: new Map(), sources: {} };
let currentExample = '';

async function loadGallery() {
  const index = await (await fetch(GALLERY_URL)).json();
  await Promise.all(index.examples.map(async (x) => {
    x.source = await (await fetch(new URL(x.file, GALLERY_URL))).text();
  }));
  gallery.index = index;
  for (const x of index.examples) { gallery.byId.set(x.id, x); gallery.sources[x.id] = x.source; }
  const frag = document.createDocumentFragment();
  for (const g of index.groups) {
    const sec = document.createElement('section');
    sec.className = 'gallery-group';
    const h = document.createElement('h3');
    h.textContent = g.title;
    sec.appendChild(h);
    for (const x of index.examples.filter((e) => e.group === g.id)) {
      const b = document.createElement('button');
      b.className = 'gallery-item';
      b.dataset.testid = 'gallery-item';
      b.dataset.example = x.id;
      const t = document.createElement('b');
      t.textContent = x.title;
      const d = document.createElement('span');
      richText(d, x.explain);
      b.append(t, d);
      b.onclick = () => { loadExample(x.id); showGallery(false); };
      sec.appendChild(b);
    }
    frag.appendChild(sec);
  }
  if (index.exercises && index.exercises.length) {
    const sec = document.createElement('section');
    sec.className = 'gallery-group';
    const h = document.createElement('h3');
    h.textContent = `${index.groups.length + 1}. Exercises`;
    sec.appendChild(h);
    for (const x of index.exercises) {
      const b = document.createElement('button');
      b.className = 'gallery-item exercise';
      b.dataset.testid = 'exercise-item';
      b.dataset.exercise = x.id;
      const t = document.createElement('b');
      t.textContent = x.title;
      const d = document.createElement('span');
      d.textContent = 'A task, a starting program that does not pass yet, and a Check button.';
      b.append(t, d);
      b.onclick = () => { showGallery(false); loadExercise(x.id).catch((err) => setStatus(err.message, 'fail')); };
      sec.appendChild(b);
    }
    frag.appendChild(sec);
  }
  ui.galleryList.replaceChildren(frag);
}

// Text with `code` spans, as the explanations are written.
function richText(el, text) {
  el.replaceChildren(...text.split('`').map((part, k) => {
    if (k % 2 === 0) return document.createTextNode(part);
    const c = document.createElement('code');
    c.textContent = part;
    return c;
  }));
}

function showGallery(on) {
  ui.gallery.hidden = !on;
  ui.galleryBtn.setAttribute('aria-expanded', String(on));
  if (on) { const first = ui.galleryList.querySelector('.gallery-item'); if (first) first.focus(); }
}

// A new program in the editor: the views stop showing the last run (its console, machine,
// channels, goroutines and timeline belong to another program). A run still going is stopped.
function clearRunViews() {
  if (current && !current.done) stopRun();
  shown = null;
  resetOutput();
  editor.setErrors([]);
  editor.setMarks(new Map());
  pendingMarks = null;
  Object.assign(player, { cursor: 0, live: true, playing: false, acc: 0, stepPending: 0 });
  drawn = { rec: null, i: -1, version: -1 };
  followKey = '';
  machine.clear();
  channels.clear();
  gtable.clear();
  timeline.clear();
  timeline.setCursor(null);
  ui.waits.hidden = true;
  ui.scrubber.max = '0';
  ui.scrubber.value = '0';
  ui.moment.textContent = 'no run yet';
  ui.eventText.textContent = '';
  ui.follow.replaceChildren(new Option('follow…', ''));
  updateButtons();
}

// Puts a gallery example in the editor with its settings and explanation (runs nothing).
function loadExample(id) {
  const x = gallery.byId.get(id);
  if (!x) return false;
  closeExercise();
  clearRunViews();
  currentExample = id;
  editor.setValue(x.source);
  applySettings(x.settings || {});
  ui.aboutTitle.textContent = x.title;
  richText(ui.aboutText, x.explain);
  ui.about.hidden = false;
  return true;
}

// The explanation of a gallery example is about its program: a run of edited text says so in
// the title, and a run of a program with none of the example's lines (one pasted over it, or
// given to gopark.run) closes the explanation and forgets the example.
function noteEdits(source) {
  const x = gallery.byId.get(currentExample);
  if (!x || x.source === source) return;
  const telling = (l) => l.length > 14 && !/^(package|import|func main\(\))/.test(l);
  const theirs = new Set(x.source.split('\n').map((l) => l.trim()).filter(telling));
  const shared = source.split('\n').some((l) => theirs.has(l.trim()));
  if (!shared) {
    currentExample = '';
    ui.about.hidden = true;
  } else if (!ui.aboutTitle.textContent.endsWith(' (edited)')) {
    ui.aboutTitle.textContent += ' (edited)';
  }
}

function applySettings({ procs, mode, seed, stdin }) {
  if (procs !== undefined && [...ui.procs.options].some((o) => o.value === String(procs))) ui.procs.value = String(procs);
  if (mode === 'threads' || mode === 'deterministic') ui.mode.value = isolated ? mode : 'deterministic';
  if (seed !== undefined && Number.isFinite(Number(seed))) ui.seed.value = String(seed);
  setStdin(typeof stdin === 'string' ? stdin : '');
}

// The settings of a run started from the page: the header's and the standard input box's.
function runOptions() {
  return { procs: ui.procs.value, mode: ui.mode.value, seed: ui.seed.value, stdin: ui.stdin.value };
}

// Fills the standard input box (opened when it holds something, so a shared or example input
// is seen) and its summary's size.
function setStdin(text) {
  ui.stdin.value = text;
  if (text) ui.stdinBox.open = true;
  showStdinSize();
}

function showStdinSize() {
  const n = new TextEncoder().encode(ui.stdin.value).length;
  // An embed in an article shows the box only when its program comes with input.
  ui.stdinBox.hidden = EMBED && n === 0 && !ui.stdinBox.open;
  ui.stdinSize.textContent = n ? `(${n.toLocaleString('en-US')} byte${n === 1 ? '' : 's'})` : '(empty)';
}

// ---------- exercises ----------

// An exercise is a TOML file (exercises/*.toml, see src/exercise): a task, a starting program
// and checks. The page shows the task above the editor; Check runs the checks on the program
// in the host worker (deterministic runs under several seeds and P counts, as `gopark check`
// does) and lists each verdict. A teacher links to one with ?exercise=ID (a file listed in the
// gallery index) or ?exercise=URL (any exercise file on the same site).
let currentExercise = null;   // {ref, text, title, task, starter}
const exerciseWaiters = new Map();
let nextExerciseCall = 1;

async function exerciseCall(op, text, src) {
  await ensureHost();
  const id = nextExerciseCall++;
  const msg = await new Promise((resolve) => {
    exerciseWaiters.set(id, resolve);
    host.postMessage({ type: 'exercise', id, op, text, src });
  });
  if (msg.error) throw new Error(msg.error);
  return msg.result;
}

function exerciseURL(ref) {
  const x = gallery.index && (gallery.index.exercises || []).find((e) => e.id === ref);
  return x ? new URL(x.file, GALLERY_URL) : new URL(ref, location.href);
}

async function loadExercise(ref, { source } = {}) {
  const url = exerciseURL(ref);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load the exercise ${ref}: ${res.status}`);
  const text = await res.text();
  setStatus('loading the exercise…');
  const ex = await exerciseCall('load', text);
  currentExample = '';
  ui.about.hidden = true;
  currentExercise = { ref, text, ...ex };
  ui.exerciseTitle.textContent = `Exercise: ${ex.title}`;
  // The task's paragraphs (blank-line separated; single line breaks are reflowed).
  ui.exerciseText.replaceChildren(...ex.task.trim().split(/\n\s*\n/).map((para) => {
    const p = document.createElement('p');
    richText(p, para.replace(/\s*\n\s*/g, ' '));
    return p;
  }));
  ui.checkResult.replaceChildren();
  clearRunViews();
  ui.exercise.hidden = false;
  ui.check.hidden = false;
  editor.setValue(typeof source === 'string' ? source : ex.starter.replace(/^\n/, ''));
  setStatus('edit the program, then press Check');
  return ex;
}

function closeExercise() {
  currentExercise = null;
  ui.exercise.hidden = true;
  ui.check.hidden = true;
  ui.checkResult.replaceChildren();
}

// Runs the exercise's checks on the editor's program; shows and returns [{name, passed, detail}].
async function checkExercise() {
  if (!currentExercise || (current && !current.done)) return null;
  ui.check.disabled = true;
  ui.run.disabled = true;
  setStatus('checking: several runs under different seeds and Ps…');
  ui.checkResult.replaceChildren();
  try {
    const results = await exerciseCall('check', currentExercise.text, editor.getValue());
    const items = results.map((r) => {
      const li = document.createElement('li');
      li.className = r.passed ? 'pass' : 'fail';
      li.textContent = r.name;
      if (r.detail) {
        const d = document.createElement('span');
        d.className = 'detail';
        d.textContent = r.detail;
        li.appendChild(d);
      }
      return li;
    });
    const passed = results.filter((r) => r.passed).length;
    const all = passed === results.length;
    const sum = document.createElement('li');
    sum.className = `summary ${all ? 'pass' : 'fail'}`;
    sum.textContent = all ? `All ${results.length} checks pass. Well done!` : `${passed} of ${results.length} checks pass.`;
    ui.checkResult.replaceChildren(sum, ...items);
    ui.checkResult.dataset.passed = String(all);
    setStatus(all ? 'every check passes' : 'some checks fail', all ? 'ok' : 'fail');
    return results;
  } catch (err) {
    setStatus(`the checks could not run: ${err.message}`, 'fail');
    throw err;
  } finally {
    ui.check.disabled = false;
    ui.run.disabled = !!(current && !current.done);
  }
}

// ---------- share links ----------

let pendingMoment = null;   // from a share link: the moment to show once the reader runs it

async function shareURL() {
  const src = editor.getValue();
  const x = gallery.byId.get(currentExample);
  const obj = { procs: Number(ui.procs.value), mode: ui.mode.value, seed: Number(ui.seed.value) };
  if (ui.stdin.value) obj.stdin = ui.stdin.value;
  if (x) obj.example = x.id;
  if (currentExercise) obj.exercise = currentExercise.ref;
  if (!x || x.source !== src) obj.src = src;
  const rec = recording();
  if (rec && player.cursor > 0) obj.at = player.cursor;
  else if (pendingMoment !== null) obj.at = pendingMoment;
  const base = EMBED ? new URL('./', location.href) : new URL(location.href);
  base.hash = `s=${await encodeShare(obj)}`;
  if (!EMBED) return base.href;
  base.search = '';
  return base.href;
}

// Restores a share link (program, settings, moment) without running anything.
async function restoreFromURL() {
  const m = /(?:^#|&)s=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (m) {
    const obj = await decodeShare(m[1]);
    if (obj) {
      if (obj.example && gallery.byId.has(obj.example)) loadExample(obj.example);
      if (typeof obj.exercise === 'string') await loadExercise(obj.exercise, { source: obj.src }).catch((err) => setStatus(err.message, 'fail'));
      if (typeof obj.src === 'string') { editor.setValue(obj.src); if (obj.example && gallery.byId.get(obj.example)?.source !== obj.src) ui.aboutTitle.textContent += ' (edited)'; }
      applySettings(obj);
      if (Number.isInteger(obj.at) && obj.at >= 0) {
        pendingMoment = obj.at;
        setStatus(`press Run: the replay will open at event ${obj.at}`);
      }
      return true;
    }
    setStatus('this link could not be read', 'fail');
  }
  const ex = params.get('example');
  if (ex && loadExample(ex)) return true;
  const exercise = params.get('exercise');
  if (exercise) {
    try { await loadExercise(exercise); return true; } catch (err) { setStatus(err.message, 'fail'); }
  }
  return false;
}

// ---------- start-up ----------

initControls();
setTheme(document.documentElement.dataset.theme, false);
if (EMBED) {
  ui.openFull.hidden = false;
  ui.openFull.onclick = async (e) => { e.preventDefault(); window.open(await shareURL(), '_blank', 'noopener'); };
}
const ready = (async () => {
  try {
    await loadGallery();
  } catch (err) {
    setStatus(`could not load the gallery: ${err.message}`, 'fail');
  }
  const restored = await restoreFromURL();
  if (!restored && !EMBED) loadExample('ping-pong');
  ui.run.disabled = false;
  // The full page loads the runtime at once; an embed only when it first runs.
  if (!EMBED) {
    await ensureHost().then(() => setStatus(pendingMoment === null ? 'ready' : ui.status.textContent),
      (err) => { setStatus(`could not load gopark: ${err.message}`, 'fail'); throw err; });
  } else {
    setStatus('press Run');
    if (config.autoplay) whenVisible(() => { if (!current && !shown) autoplay(); });
  }
})();

// Runs the program once the embed scrolls into view, then replays it from the start.
async function autoplay() {
  const run = startRun(editor.getValue(), runOptions());
  await run.promise;
  if (shown !== run || run.exitCode === null) return;
  seek(0);
  play();
}

function whenVisible(f) {
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) { io.disconnect(); f(); }
  }, { threshold: 0.25 });
  io.observe(document.body);
}

// Runs one program; if a run is active it is stopped first. Resolves with its result.
async function run(source, opts = {}) {
  await ready;
  if (current) {
    const prev = current;
    stopRun();
    await prev.promise;
  }
  editor.setValue(source);
  const r = startRun(source, opts);
  await r.promise;
  let trace = null;
  if (r.trace) trace = JSON.parse(r.trace);
  const result = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, mode: r.mode, events: r.rec ? r.rec.n : 0, truncated: r.rec ? r.rec.truncated : false, trace };
  if (r.internalError) result.internalError = r.internalError;
  return result;
}

window.gopark = {
  ready,
  isolated,
  // {isolated, how}: how the page got (or did not get) cross-origin isolation.
  isolation,
  embed: EMBED,
  run,
  stop: stopRun,
  // Gallery example id -> program (after `ready`), and the index (groups, explanations, expect).
  examples: gallery.sources,
  gallery: () => gallery.index,
  loadExample: (id) => loadExample(String(id)),
  // Exercises: load one (a gallery id or a URL), run its checks on the editor's program.
  loadExercise: (ref) => loadExercise(String(ref)),
  check: () => checkExercise(),
  // A link to the program, its settings and the moment shown (Promise<string>).
  shareURL,
  // Whether the host worker (the wasm instance and its M workers) exists now, and how many
  // times an idle embed has released it.
  hostStarted: () => host !== null,
  hostReleases: () => releases,
  settings: () => ({ procs: Number(ui.procs.value), mode: ui.mode.value, seed: Number(ui.seed.value), example: currentExample }),
  setSource: (text) => editor.setValue(String(text)),
  getSource: () => editor.getValue(),
  state,
  seek: (i) => seek(Number(i)),
  play, pause,
  step: () => step(1),
  back: () => step(-1),
  moment: () => player.cursor,
  events: () => (recording() ? recording().n : 0),
  folded: () => (recording() ? recording().folded : 0),
  // Resolves after the first animation frame that leaves no drawing owed: the views, the
  // timeline and the source marks show the moment (a render spread over frames is complete).
  settled: () => new Promise((ok) => {
    const check = () => (frameId || inFrame || staged || timelineWanted || pendingMarks ? requestAnimationFrame(check) : ok());
    requestAnimationFrame(check);
  }),
  // Decoded event i of the shown recording (for tests): {kind, g, a, b, c, d, ...}.
  event: (i) => recording().event(i),
  // The shown run's Chrome Trace Event JSON (a string), asked for from the host if need be.
  traceJSON: () => traceOfShown(),
  frameStats: () => ({ ...frameStats, parts: { ...frameStats.parts }, samples: frameStats.samples.slice(), slow: frameStats.slow.slice(), messages: { ...frameStats.messages } }),
  resetFrameStats: () => Object.assign(frameStats, { last_ms: 0, max_ms: 0, frames: 0, parts: {}, samples: [], slow: [], messages: {} }),
  // The model's cost of a seek alone (Recording.stateAt), without rendering.
  seekModel: (i) => { const t0 = performance.now(); recording().stateAt(Number(i)); return performance.now() - t0; },
  // The timeline's draw timings {lastDraw_ms, maxDraw_ms, draws}, the shown run's event count,
  // where its lanes are drawn and how many spans each holds, for the browser tests.
  timelineStats: () => ({ ...timeline.stats, events: recording() ? recording().folded : 0, lanes: timeline.laneBoxes(),
    spans: recording() ? recording().hist.lanes.map((l) => l.spans.n) : [], scale: timeline.scale,
    view: { ...timeline.view }, width_css: timeline.width_css }),
  // Starts a run without waiting for it, for UI tests (returns once it has been sent).
  start: async (source, opts) => {
    await ready;
    if (current) { const prev = current; stopRun(); await prev.promise; }
    editor.setValue(source);
    startRun(source, opts);
  },
  // Loads a recording made elsewhere (a CLI replay export) into the views, for tests and benches.
  loadExport: (x) => {
    const run = { rec: Recording.fromExport(x), done: true, exitCode: x.exitCode, stdout: x.stdout, stderr: x.stderr };
    shown = run;
    Object.assign(player, { cursor: run.rec.n, live: false, playing: false });
    timeline.setRecording(run.rec, { virtual: x.mode === 'deterministic' });
    markDirty();
  },
};
