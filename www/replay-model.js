// The replay model: what the machine, the channels and the goroutines look like at any moment
// of a run, as a pure function of the event index.
//
//   state = fold(events[0 .. i))      (Recording.stateAt(i))
//
// No DOM here, and no view folds events: the views render a State, and the timeline draws the
// History that the same fold writes while it moves the head (one pass, one switch: the spans
// on a P's lane are the runs the machine view shows on that P, so the two cannot disagree). The event kinds, wait
// reasons and constants come from the runtime (`Defs`, built from trace::defs_json, which the
// wasm module exports and every CLI replay export carries), never from a copy in this file.
//
// Seeking is fast because the Recording keeps a snapshot of the state every `interval`
// events (more apart when the state is large, so snapshots cost memory in proportion to the
// events): a seek clones the nearest snapshot before the moment and folds at most one
// interval of events. Folding is incremental (`foldSome(budget_ms)`), so a million events
// arriving at once never stall the page: the page folds a few milliseconds per frame.
//
// Event record (trace::Event::to_words): 0 seq_lo, 1 ts_lo, 2 ts_hi, 3 kind, 4 m, 5 p, 6 g,
// 7 a, 8 b, 9 seq_hi, 10 c, 11 d. What a, b, c, d mean per kind is documented on
// trace::Kind in src/trace/mod.rs.

export class Defs {
  constructor(json) {
    const d = typeof json === 'string' ? JSON.parse(json) : json;
    this.raw = d;
    this.words = d.words;
    this.NONE = d.none >>> 0;
    this.K = d.kinds;                       // name -> number
    this.kindName = [];                     // number -> name
    for (const [name, n] of Object.entries(d.kinds)) this.kindName[n] = name;
    this.waitReasons = d.waitReasons;       // number (as a string key) -> Go's text
    this.Q = d.queues;                      // {runnext, runq, global}
    this.SELECT_DEFAULT = d.selectDefault >>> 0;
    this.CASE_SEND = d.caseSend >>> 0;
    this.LABEL_SEP = d.labelSep;
    this.STOP = d.stopReasons;
  }
  waitReason(r) { return this.waitReasons[r] ?? `wait reason ${r}`; }
}

// ---------- the state at one moment ----------

// A goroutine's record. `state` is Go's: running, runnable, waiting, syscall, dead.
function newG(id) {
  return {
    id, state: 'runnable', reason: 0, line: 0, func: -1, parent: 0, createLine: 0,
    waker: -1, wakerLine: 0, p: -1, m: -1, waitObj: 0, waitChans: null, lastEvent: -1,
  };
}

// The goroutines of a State: a map from id to record, in chunks of 1024 ids that are shared
// copy-on-write between a state and its clones. Cloning costs one array of chunk pointers (a
// million goroutines: a thousand pointers), and the first write to a chunk after a clone
// copies that chunk's records. Reads (get, has, values, size) are Map-like; writes go
// through State.g(id), which asks for a writable record (w).
const CHUNK = 1024;
class GMap {
  constructor() {
    this.chunks = [];       // chunk k holds ids [k*CHUNK, (k+1)*CHUNK); holes are undefined
    this.owned = [];        // owned[k]: chunk k belongs to this map alone (may be written)
    this.size = 0;
    this.order = [];        // chunk numbers in the order their first goroutine appeared
  }
  clone() {
    const m = Object.create(GMap.prototype);
    m.chunks = this.chunks.slice();
    m.owned = [];
    this.owned = [];        // from now on both share every chunk
    m.size = this.size;
    m.order = this.order.slice();
    return m;
  }
  get(id) { const c = this.chunks[Math.floor(id / CHUNK)]; return c ? c[id % CHUNK] : undefined; }
  has(id) { return this.get(id) !== undefined; }
  // The record of id, writable in this map (copied first if shared), or undefined.
  w(id) {
    const k = Math.floor(id / CHUNK);
    let c = this.chunks[k];
    if (!c) return undefined;
    if (!this.owned[k]) {
      c = this.chunks[k] = c.map((r) => r && { ...r, waitChans: r.waitChans && r.waitChans.slice() });
      this.owned[k] = true;
    }
    return c[id % CHUNK];
  }
  set(id, r) {
    const k = Math.floor(id / CHUNK);
    if (!this.chunks[k]) { this.chunks[k] = []; this.owned[k] = true; this.order.push(k); }
    else if (!this.owned[k]) this.w(id);
    if (this.chunks[k][id % CHUNK] === undefined) this.size++;
    this.chunks[k][id % CHUNK] = r;
  }
  * values() {
    for (const k of this.order) for (const r of this.chunks[k]) if (r) yield r;
  }
  * entries() { for (const r of this.values()) yield [r.id, r]; }
  * keys() { for (const r of this.values()) yield r.id; }
  [Symbol.iterator]() { return this.entries(); }
  get chunkCount() { return this.order.length; }
}

// The goroutines seen using a channel (for the wait graph's partners), at most MAX_USERS of
// them: a channel with a million waiters would otherwise make every snapshot copy a million.
const MAX_USERS = 256;
function addUser(ch, g) { if (ch.users.size < MAX_USERS) ch.users.add(g); }

function cloneMap(map, cloneValue) {
  const out = new Map();
  for (const [k, v] of map) out.set(k, cloneValue(v));
  return out;
}

export class State {
  constructor(procs) {
    this.i = 0;                      // events folded: the state after events [0, i)
    this.ts_ns = 0;
    this.gomaxprocs = procs;
    this.ps = Array.from({ length: procs }, () => ({ m: -1, g: 0, runnext: 0, runq: [], syscall: false }));
    this.global = [];
    this.ms = new Map();             // m -> {p, state: running|spinning|scheduling|idle|parked|syscall, g}
    this.gs = new GMap();            // g -> record (newG), shared copy-on-write with clones
    this.chans = new Map();          // handle -> channel card (see chanMake)
    this.mutexes = new Map();        // handle -> {owner, waiters: [g]}
    this.wgs = new Map();            // handle -> {counter, waiters: [g]}
    this.timers = new Map();         // timer id -> {g, ch, line, when_us}
    this.out = [0, 0, 0];            // bytes written so far, by fd
    this.last = null;                // the last event folded, decoded (for highlights and moves)
    this.size = 0;                   // rough count of records, to space snapshots
  }

  clone() {
    const s = Object.create(State.prototype);
    s.i = this.i;
    s.ts_ns = this.ts_ns;
    s.gomaxprocs = this.gomaxprocs;
    s.ps = this.ps.map((p) => ({ ...p, runq: p.runq.slice() }));
    s.global = this.global.slice();
    s.ms = cloneMap(this.ms, (m) => ({ ...m }));
    s.gs = this.gs.clone();
    s.chans = cloneMap(this.chans, (c) => ({
      ...c, buf: c.buf.slice(), sendq: c.sendq.map((w) => ({ ...w })), recvq: c.recvq.slice(),
      users: new Set(c.users),
    }));
    s.mutexes = cloneMap(this.mutexes, (x) => ({ ...x, waiters: x.waiters.slice() }));
    s.wgs = cloneMap(this.wgs, (x) => ({ ...x, waiters: x.waiters.slice() }));
    s.timers = cloneMap(this.timers, (t) => ({ ...t }));
    s.out = this.out.slice();
    s.last = this.last && { ...this.last };
    s.size = this.size;
    return s;
  }

  g(id) {
    let r = this.gs.w(id);
    if (!r) { r = newG(id); this.gs.set(id, r); this.size++; }
    return r;
  }

  m(id) {
    let r = this.ms.get(id);
    if (!r) { r = { id, p: -1, state: 'idle', g: 0 }; this.ms.set(id, r); }
    return r;
  }

  // Takes g off whichever run queue holds it (a G is on at most one).
  unqueue(g) {
    for (const p of this.ps) {
      if (p.runnext === g) { p.runnext = 0; return; }
      const k = p.runq.indexOf(g);
      if (k >= 0) { p.runq.splice(k, 1); return; }
    }
    const k = this.global.indexOf(g);
    if (k >= 0) this.global.splice(k, 1);
  }

  // Takes g off every wait queue it is on (it was woken, or its select completed).
  unwait(g) {
    // Writable: this clears the record's wait fields, and a shared record belongs to the
    // snapshots too (writing it through `get` changed the past for later seeks).
    const r = this.gs.w(g);
    if (!r) return;
    const objs = r.waitChans || (r.waitObj ? [r.waitObj] : []);
    for (const h of objs) {
      const c = this.chans.get(h);
      if (c) {
        const k = c.recvq.indexOf(g);
        if (k >= 0) c.recvq.splice(k, 1);
        const j = c.sendq.findIndex((w) => w.g === g);
        if (j >= 0) c.sendq.splice(j, 1);
      }
      for (const x of [this.mutexes.get(h), this.wgs.get(h)]) {
        if (!x) continue;
        const k = x.waiters.indexOf(g);
        if (k >= 0) x.waiters.splice(k, 1);
      }
    }
    r.waitChans = null;
    r.waitObj = 0;
  }

  // The P running g, if any.
  pOf(g) {
    return this.ps.findIndex((p) => p.g === g);
  }
}

// ---------- the history: what the timeline draws ----------

// Why a run span ended (Lane spans' `why`). A blocked span stores BLOCKED + the wait reason.
export const END = { OPEN: 0, PREEMPTED: 1, YIELDED: 2, END: 3, RUN_ENDED: 4, BLOCKED: 16 };
export function endText(why, defs) {
  if (why >= END.BLOCKED) return defs.waitReason(why - END.BLOCKED);
  return ['still running', 'preempted', 'yielded', 'returned', 'the program ended'][why] ?? '?';
}

// Markers drawn under the spans: where a G blocked, and where one was woken (waker's lane).
export const MARK = { BLOCK: 1, UNBLOCK: 2 };

// A growable struct of typed arrays: one column per field, `n` rows. Typed arrays keep a
// million spans compact and make the timeline's binary searches cheap.
//
// Growing a column doubles it. Copying a big one at once stalled a frame (half a million
// spans: seven columns, about 20 MB, 5-13 ms), so from GROW_AHEAD rows on, the bigger
// columns are made when the old ones are three quarters full and filled GROW_ROWS rows per
// push, which finishes before they are full. Only the last row can still change after its
// push (the open span of a lane is always its last), so the rows copied early are final.
const GROW_AHEAD = 1 << 15;
const GROW_ROWS = 4;

class Columns {
  constructor(spec) {
    this.n = 0;
    this.cap = 256;
    this.spec = spec;
    this.names = Object.keys(spec);
    this.next = null;    // the bigger columns being filled, or null
    this.copied = 0;     // rows already in `next`
    for (const [name, Type] of Object.entries(spec)) this[name] = new Type(this.cap);
  }
  push() {
    if (this.next) this.copy(Math.min(this.n - 1, this.copied + GROW_ROWS));
    else if (this.cap >= GROW_AHEAD && this.n >= (this.cap >>> 2) * 3) this.startGrowing();
    if (this.n === this.cap) {
      if (!this.next) this.startGrowing();
      this.copy(this.n);
      for (const name of this.names) this[name] = this.next[name];
      this.cap *= 2;
      this.next = null;
    }
    return this.n++;
  }
  startGrowing() {
    this.next = {};
    for (const [name, Type] of Object.entries(this.spec)) this.next[name] = new Type(this.cap * 2);
    this.copied = 0;
  }
  // Copies rows [copied, upto) into the bigger columns.
  copy(upto) {
    const from = this.copied;
    if (upto <= from) return;
    for (const name of this.names) {
      const a = this[name], b = this.next[name];
      if (upto - from > 64) b.set(a.subarray(from, upto), from);
      else for (let r = from; r < upto; r++) b[r] = a[r];
    }
    this.copied = upto;
  }
}

// One P's runs, on two axes: time (`_ns`, real or virtual) and event order (`_i`, the index
// of the event that started or ended the run). Spans are in start order and never overlap (a
// P runs one G at a time), so every start and end column is sorted: the timeline binary-
// searches whichever axis it shows. The open span (at most one, the last) ends at Infinity.
export class Lane {
  constructor() {
    this.spans = new Columns({ start_ns: Float64Array, end_ns: Float64Array, start_i: Float64Array, end_i: Float64Array, g: Uint32Array, m: Uint32Array, why: Uint16Array });
    this.open = -1;     // index of the span still running on this P, or -1
    this.marks = new Columns({ ts_ns: Float64Array, i: Float64Array, kind: Uint8Array, g: Uint32Array });
  }
}

// The timeline's part of the fold: per-P lanes of runs and markers, and wake arrows from the
// waker's P at the GoUnblock to the woken G's P at its next GoStart. Append-only and written
// only while the head folds (a seek never changes history), so drawing any window costs
// binary searches, never a fold.
export class History {
  constructor(procs) {
    this.procs = procs;
    this.lanes = Array.from({ length: procs }, () => new Lane());
    // Sorted by their end (events arrive in order): to_* columns are sorted.
    this.arrows = new Columns({ from_ns: Float64Array, to_ns: Float64Array, from_i: Float64Array, to_i: Float64Array, from_p: Uint16Array, to_p: Uint16Array, waker: Uint32Array, g: Uint32Array });
    this.maxArrow_ns = 0;         // the longest arrow on each axis, to widen searches by
    this.maxArrow_i = 0;
    this.pendingWake = new Map(); // g -> {from_ns, from_i, from_p, waker} until its next GoStart
    this.first_ns = 0;            // the first folded event's time (the run starts before it)
    this.now_ns = 0;              // the latest folded event's time
  }

  saw(ts_ns, i) {
    if (i === 0 || ts_ns < this.first_ns) this.first_ns = ts_ns;
    if (ts_ns > this.now_ns) this.now_ns = ts_ns;
  }

  start(p, g, m, ts_ns, i) {
    const lane = this.lanes[p];
    if (!lane) return;
    if (lane.open >= 0) this.close(lane, ts_ns, i, END.PREEMPTED);
    const S = lane.spans;
    // Clocks of different Ms may disagree by a little in threads mode; clamping keeps a lane's
    // spans sorted, which the binary searches rely on.
    const k = S.push();
    S.start_ns[k] = Math.max(ts_ns, k ? S.end_ns[k - 1] : 0);
    S.start_i[k] = i;
    S.end_ns[k] = S.end_i[k] = Infinity;
    S.g[k] = g; S.m[k] = m; S.why[k] = END.OPEN;
    lane.open = k;
    const wake = this.pendingWake.get(g);
    if (wake) {
      this.pendingWake.delete(g);
      const A = this.arrows, j = A.push();
      A.from_ns[j] = wake.from_ns; A.to_ns[j] = S.start_ns[k]; A.from_i[j] = wake.from_i; A.to_i[j] = i;
      A.from_p[j] = wake.from_p; A.to_p[j] = p; A.waker[j] = wake.waker; A.g[j] = g;
      this.maxArrow_ns = Math.max(this.maxArrow_ns, A.to_ns[j] - wake.from_ns);
      this.maxArrow_i = Math.max(this.maxArrow_i, i - wake.from_i);
    }
  }

  // g stopped running on p (if its run there is the open one).
  stop(g, p, ts_ns, i, why) {
    const lane = this.lanes[p];
    if (lane && lane.open >= 0 && lane.spans.g[lane.open] === g) this.close(lane, ts_ns, i, why);
  }

  close(lane, ts_ns, i, why) {
    const S = lane.spans, k = lane.open;
    S.end_ns[k] = Math.max(ts_ns, S.start_ns[k]);
    S.end_i[k] = i;
    S.why[k] = why;
    lane.open = -1;
  }

  mark(p, ts_ns, i, kind, g) {
    const lane = this.lanes[p];
    if (!lane) return;
    const M = lane.marks, k = M.push();
    M.ts_ns[k] = k ? Math.max(ts_ns, M.ts_ns[k - 1]) : ts_ns;  // keep sorted
    M.i[k] = i; M.kind[k] = kind; M.g[k] = g;
  }

  wake(g, from_p, ts_ns, i, waker) {
    if (!(from_p < this.procs)) return;
    this.mark(from_p, ts_ns, i, MARK.UNBLOCK, g);
    this.pendingWake.set(g, { from_ns: ts_ns, from_i: i, from_p, waker });
  }
}

// Index of the first element of the sorted column `arr[0..n)` that is >= v.
export function lowerBound(arr, n, v) {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < v) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// ---------- folding ----------

// Folds event `i` (at word offset `o` of `ev`) into `s`. `rec` gives strings and defs. `h` is
// the recording's History when `s` is the head (each event is folded into the head once, in
// order), and null when a seek re-folds events into a clone.
function fold(s, rec, ev, o, i, h) {
  const D = rec.defs, K = D.K, NONE = D.NONE;
  const kind = ev[o + 3], m = ev[o + 4], p = ev[o + 5], g = ev[o + 6];
  const a = ev[o + 7], b = ev[o + 8], c = ev[o + 10], d = ev[o + 11];
  s.ts_ns = ev[o + 1] + ev[o + 2] * 4294967296;
  const P = p !== NONE ? s.ps[p] : null;
  // The last event, decoded into the state's own record (an object per event would be a
  // million short-lived objects for the collector).
  const L = s.last || (s.last = {});
  L.i = i; L.kind = kind; L.m = m; L.p = p; L.g = g; L.a = a; L.b = b; L.c = c; L.d = d;
  switch (kind) {
    case K.ProcStart: {
      if (P) { P.m = m; P.g = 0; }
      const M = s.m(m);
      M.p = p; M.state = 'scheduling'; M.g = 0;
      break;
    }
    case K.ProcStop: {
      if (P) { P.m = -1; P.g = 0; }
      const M = s.m(m);
      M.p = -1; M.g = 0;
      if (M.state !== 'parked') M.state = 'idle';
      break;
    }
    case K.GoCreate: {
      const r = s.g(g);
      r.func = b; r.parent = a; r.createLine = c; r.line = c; r.state = 'runnable'; r.lastEvent = i;
      break;
    }
    case K.GoStart: {
      s.unqueue(g);
      const r = s.g(g);
      r.state = 'running'; r.p = p; r.m = m; r.reason = 0; r.lastEvent = i;
      if (c) r.line = c;
      if (P) { P.g = g; P.m = m; }
      const M = s.m(m);
      M.state = 'running'; M.g = g; M.p = p;
      if (h) h.start(p, g, m, s.ts_ns, i);
      break;
    }
    case K.GoStop:
      stopped(s, g, p, m, 'runnable', i);
      if (h) h.stop(g, p, s.ts_ns, i, a === D.STOP.yielded ? END.YIELDED : END.PREEMPTED);
      break;
    case K.GoBlock: {
      stopped(s, g, p, m, 'waiting', i);
      if (h) { h.stop(g, p, s.ts_ns, i, END.BLOCKED + a); h.mark(p, s.ts_ns, i, MARK.BLOCK, g); }
      const r = s.g(g);
      r.reason = a; r.waitObj = b;
      if (c) r.line = c;
      const ch = s.chans.get(b);
      const reason = D.waitReasons[a];
      if (ch && reason === 'chan send') { ch.sendq.push({ g, val: d }); addUser(ch, g); }
      else if (ch && reason === 'chan receive') { ch.recvq.push(g); addUser(ch, g); }
      else if (reason === 'sync.Mutex.Lock') mutex(s, b).waiters.push(g);
      else if (reason === 'semacquire') wg(s, b).waiters.push(g);
      break;
    }
    case K.GoUnblock: {
      s.unwait(g);
      const r = s.g(g);
      r.state = 'runnable'; r.reason = 0; r.waker = a; r.wakerLine = c; r.lastEvent = i;
      // The waker runs on the event's P; a timer's wake-up may have none: then the P whose run
      // queue received the G (b).
      if (h) h.wake(g, p !== NONE ? p : b, s.ts_ns, i, a);
      break;
    }
    case K.GoEnd: {
      stopped(s, g, p, m, 'dead', i);
      if (h) h.stop(g, p, s.ts_ns, i, END.END);
      break;
    }
    case K.Steal:
      s.unqueue(g);
      if (b === 1 && P) P.runq.push(g);
      break;
    case K.Output:
      s.out[b] = (s.out[b] || 0) + a;
      break;
    case K.ProcResize:
      s.gomaxprocs = b;
      break;
    case K.SyscallEnter: {
      const r = s.g(g);
      r.state = 'syscall'; r.lastEvent = i;
      if (P) { P.g = 0; P.syscall = true; }
      const M = s.m(m);
      M.state = 'syscall'; M.g = g;
      break;
    }
    case K.SyscallExit: {
      const M = s.m(m);
      if (P) P.syscall = false;
      if (a === 1) { M.state = 'scheduling'; M.p = p; }
      else { M.state = 'idle'; M.p = -1; M.g = 0; s.g(g).state = 'runnable'; }
      break;
    }
    case K.Handoff: {
      const Q = s.ps[a];
      if (Q) { Q.m = -1; Q.g = 0; Q.syscall = false; }
      const M = s.ms.get(b);
      if (M && M.p === a) M.p = -1;
      break;
    }
    case K.RunqPut:
      s.unqueue(g);
      if (a === D.Q.runnext && s.ps[b]) s.ps[b].runnext = g;
      else if (a === D.Q.runq && s.ps[b]) s.ps[b].runq.push(g);
      else s.global.push(g);
      s.size++;
      break;
    case K.RunqGet:
      s.unqueue(g);
      break;
    case K.MSpin:
      s.m(m).state = 'spinning';
      break;
    case K.MPark: {
      const M = s.m(m);
      M.state = 'parked'; M.g = 0;
      break;
    }
    case K.MUnpark:
      s.m(a).state = 'idle';
      break;
    case K.TimerAdd:
      s.timers.set(a, { id: a, g, ch: b, line: c, when_us: d });
      break;
    case K.TimerFire:
      s.timers.delete(a);
      break;
    case K.ChanMake:
      // make runs inside a goroutine: the one running on this P.
      chanMake(s, rec, a, b, c, d, g || (P ? P.g : 0));
      break;
    case K.ChanSend: {
      const ch = chanOf(s, a);
      addUser(ch, g);
      if (b !== 0) { s.unwait(b); addUser(ch, b); } else ch.buf.push(d);
      ch.lastOp = i; ch.lastKind = 'send'; ch.lastG = g;
      break;
    }
    case K.ChanRecv: {
      const ch = chanOf(s, a);
      addUser(ch, g);
      if (b === 0) ch.buf.shift();
      else {
        const w = ch.sendq.find((x) => x.g === b);
        if (ch.cap > 0) { ch.buf.shift(); if (w) ch.buf.push(w.val); }
        s.unwait(b);
        addUser(ch, b);
      }
      ch.lastOp = i; ch.lastKind = 'recv'; ch.lastG = g;
      break;
    }
    case K.ChanRecvClosed: {
      const ch = chanOf(s, a);
      ch.lastOp = i; ch.lastKind = 'recv'; ch.lastG = g;
      break;
    }
    case K.ChanClose: {
      const ch = chanOf(s, a);
      ch.closed = true; ch.lastOp = i; ch.lastKind = 'close'; ch.lastG = g;
      break;
    }
    case K.Select:
      if (b === NONE) s.g(g).waitChans = [];
      break;
    case K.SelectCase: {
      const ch = chanOf(s, a);
      const r = s.g(g);
      (r.waitChans || (r.waitChans = [])).push(a);
      if (b & D.CASE_SEND) ch.sendq.push({ g, val: d }); else ch.recvq.push(g);
      addUser(ch, g);
      break;
    }
    case K.MutexLock:
      if (b === 1) mutex(s, a).owner = g;
      break;
    case K.MutexUnlock: {
      const x = mutex(s, a);
      x.owner = d ? b : 0; // d: handed over (starvation mode); else b competes for it
      if (b) { const k = x.waiters.indexOf(b); if (k >= 0) x.waiters.splice(k, 1); }
      break;
    }
    case K.WgAdd:
      wg(s, a).counter = d | 0;
      break;
    case K.WgWait:
      wg(s, a).counter = b | 0;
      break;
    default:
      break;
  }
  s.i = i + 1;
}

function stopped(s, g, p, m, state, i) {
  const r = s.g(g);
  r.state = state;
  r.lastEvent = i;
  const P = s.ps[p];
  if (P && P.g === g) P.g = 0;
  const M = s.ms.get(m);
  if (M && M.g === g) { M.g = 0; M.state = 'scheduling'; }
}

function chanMake(s, rec, h, cap, line, label, g) {
  const text = rec.string(label) || '';
  const [name, type] = text.split(rec.defs.LABEL_SEP);
  s.chans.set(h, {
    h, name: name || `chan@${line}`, type: type || 'chan', cap, line, creator: g,
    buf: [], sendq: [], recvq: [], closed: false, lastOp: -1, lastKind: '', lastG: 0,
    users: new Set(), order: s.chans.size,
  });
  s.size++;
}

// A channel seen before its ChanMake (made before the recording, or its make was cut).
function chanOf(s, h) {
  let c = s.chans.get(h);
  if (!c) {
    c = { h, name: `chan ${h}`, type: 'chan', cap: 0, line: 0, creator: 0, buf: [], sendq: [], recvq: [],
      closed: false, lastOp: -1, lastKind: '', lastG: 0, users: new Set(), order: s.chans.size };
    s.chans.set(h, c);
  }
  return c;
}

function mutex(s, h) {
  let x = s.mutexes.get(h);
  if (!x) { x = { h, owner: 0, waiters: [] }; s.mutexes.set(h, x); }
  return x;
}

function wg(s, h) {
  let x = s.wgs.get(h);
  if (!x) { x = { h, counter: 0, waiters: [] }; s.wgs.set(h, x); }
  return x;
}

// ---------- the recording ----------

const MIN_INTERVAL = 1024;
// Events are kept in blocks of 2^16 (3 MB each): appending never copies what is already
// recorded (one growing array cost a 48 MB allocation and copy on the main thread).
const BLOCK_SHIFT = 16;
const BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;

export class Recording {
  constructor(defs, procs, funcs = []) {
    this.defs = defs instanceof Defs ? defs : new Defs(defs);
    this.W = this.defs.words;
    this.procs = procs;
    this.funcs = funcs;
    this.strings = [];
    this.blocks = [];                 // blocks[k]: events [k << BLOCK_SHIFT, ...), W words each
    this.n = 0;                       // events recorded
    this.truncated = false;
    this.ended = false;
    this.head = new State(procs);     // the state after every folded event
    this.hist = new History(procs);   // the timeline's lanes, written as the head folds
    this.snaps = [this.head.clone()]; // snaps[k].i is increasing
    this.nextSnap = MIN_INTERVAL;
    this.cache = null;                // the last state handed out by stateAt (reused forward)
    // Output index: for each Output event, its index and the fd's byte count after it; built
    // as events fold (indexOutput), not when they arrive, so a batch of 100,000 events costs
    // the message handler one copy and nothing per event.
    this.outIdx = [[], [], []];
    this.outEnd = [[], [], []];
    this.outScanned = 0;              // events [0, outScanned) are indexed
    this.version = 0;
  }

  // A Recording of a CLI replay export (`gopark run --replay FILE`), fully folded.
  static fromExport(x) {
    const r = new Recording(x.defs, x.procs, x.funcs);
    r.addStrings(x.strings);
    r.append(Uint32Array.from(x.events));
    r.truncated = x.truncated;
    r.ended = true;
    r.foldAll();
    return r;
  }

  string(id) { return id === this.defs.NONE ? '…' : this.strings[id]; }
  addStrings(list) { for (const s of list) this.strings.push(s); }
  funcName(f) { return f >= 0 ? this.funcs[f] ?? `func #${f}` : '?'; }

  // Appends a batch of events (a flat Uint32Array of W words each); folding comes later.
  append(words) {
    const W = this.W, n = (words.length / W) | 0;
    for (let done = 0; done < n;) {
      const i = this.n + done, k = i >>> BLOCK_SHIFT, at = i & BLOCK_MASK;
      const take = Math.min(n - done, (BLOCK_MASK + 1) - at);
      this.reserve(k, (at + take) * W);
      this.blocks[k].set(words.subarray(done * W, (done + take) * W), at * W);
      done += take;
    }
    this.n += n;
    this.version++;
  }

  // Makes block k hold at least `words` words. The first block starts small and doubles up to
  // its full size (a short run allocates kilobytes, not a 3 MB block); a run that filled it
  // will likely fill the next ones, which are made at full size at once (doubling them cost a
  // tenth of the page's work while a million events streamed in).
  reserve(k, words) {
    const b = this.blocks[k];
    if (b && b.length >= words) return;
    let size = b ? b.length : k > 0 ? this.W << BLOCK_SHIFT : 1024 * this.W;
    while (size < words) size *= 2;
    const bigger = new Uint32Array(Math.min(size, this.W << BLOCK_SHIFT));
    if (b) bigger.set(b);
    this.blocks[k] = bigger;
  }

  // The words of events [from, to) as one array (for tests and exports).
  words(from = 0, to = this.n) {
    const out = new Uint32Array((to - from) * this.W);
    for (let i = from; i < to; i++) out.set(this.block(i).subarray(this.off(i), this.off(i) + this.W), (i - from) * this.W);
    return out;
  }

  // Event i is at word off(i) of block(i).
  block(i) { return this.blocks[i >>> BLOCK_SHIFT]; }
  off(i) { return (i & BLOCK_MASK) * this.W; }

  get folded() { return this.head.i; }

  // Indexes the output events among the first `upTo` events (for the console's links).
  indexOutput(upTo) {
    const K = this.defs.K;
    for (let i = this.outScanned; i < upTo; i++) {
      const ev = this.block(i), o = this.off(i);
      if (ev[o + 3] !== K.Output) continue;
      const fd = ev[o + 8];
      if (fd === 1 || fd === 2) {
        const ends = this.outEnd[fd];
        ends.push((ends.length ? ends[ends.length - 1] : 0) + ev[o + 7]);
        this.outIdx[fd].push(i);
      }
    }
    this.outScanned = Math.max(this.outScanned, upTo);
  }

  // Folds recorded events into the head state for at most `budget_ms`; true when caught up.
  foldSome(budget_ms) {
    const t0 = performance.now();
    while (this.head.i < this.n) {
      const stop = Math.min(this.n, this.head.i + 64);
      this.foldHeadTo(stop);
      if (performance.now() - t0 >= budget_ms) break;
    }
    return this.head.i >= this.n;
  }

  foldAll() { this.foldHeadTo(this.n); }

  foldHeadTo(stop) {
    const h = this.head;
    const hist = this.hist;
    this.indexOutput(stop);
    for (let i = h.i; i < stop; i++) {
      fold(h, this, this.block(i), this.off(i), i, hist);
      hist.saw(h.ts_ns, i);
      if (h.i >= this.nextSnap) {
        this.snaps.push(h.clone());
        // Space snapshots by at least four times the state's size, so that cloning one
        // never costs more than folding the events between two.
        this.nextSnap = h.i + Math.max(MIN_INTERVAL, 4 * this.stateSize(h));
      }
    }
  }

  // What cloning s costs, roughly in records: the goroutines are shared by chunk (GMap), plain
  // arrays of ids copy as fast memory (counted an eighth), the rest record by record.
  stateSize(s) {
    let n = 8 * s.gs.chunkCount + s.chans.size + s.global.length / 8 + s.timers.size + s.mutexes.size + s.wgs.size;
    for (const p of s.ps) n += p.runq.length / 8;
    for (const c of s.chans.values()) n += c.buf.length + c.sendq.length + c.recvq.length / 8 + c.users.size;
    return Math.ceil(n);
  }

  // The state after the first `i` events (0 <= i <= folded). The result is owned by the
  // recording until the next call: views read it and never change it.
  stateAt(i) {
    i = Math.max(0, Math.min(i, this.n));
    if (i > this.head.i) this.foldHeadTo(i);
    if (i === this.head.i) return this.head;
    let s = this.cache;
    const k = this.snapBefore(i);
    // Reuse the cached state when it is before i and no snapshot lies between them.
    if (!s || s.i > i || this.snaps[k].i > s.i) s = this.snaps[k].clone();
    for (let j = s.i; j < i; j++) fold(s, this, this.block(j), this.off(j), j, null);
    this.cache = s;
    return s;
  }

  snapBefore(i) {
    let lo = 0, hi = this.snaps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.snaps[mid].i <= i) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // One event, decoded.
  event(i) {
    const o = this.off(i), e = this.block(i);
    return {
      i, kind: this.defs.kindName[e[o + 3]], ts_ns: e[o + 1] + e[o + 2] * 4294967296,
      m: e[o + 4], p: e[o + 5], g: e[o + 6], a: e[o + 7], b: e[o + 8], c: e[o + 10], d: e[o + 11],
    };
  }

  // Whether event i concerns goroutine g (as the actor, or as the one woken or handed to).
  touchesG(i, g) {
    const o = this.off(i), e = this.block(i), K = this.defs.K, k = e[o + 3];
    if (e[o + 6] === g) return true;
    return e[o + 8] === g && (k === K.ChanSend || k === K.ChanRecv || k === K.MutexUnlock);
  }

  // Whether event i concerns the object (channel, mutex, WaitGroup) with handle h.
  touchesObj(i, h) {
    const o = this.off(i), e = this.block(i), K = this.defs.K, k = e[o + 3];
    if (k === K.GoBlock) return e[o + 8] === h;
    if (k >= K.ChanMake && k <= K.WgWait) return e[o + 7] === h;
    return k === K.TimerAdd && e[o + 8] === h;
  }

  // The index of the next (dir = 1) or previous (dir = -1) event from `from` that `pred`
  // accepts, or -1.
  find(from, dir, pred) {
    for (let i = from; i >= 0 && i < this.n; i += dir) if (pred(i)) return i;
    return -1;
  }

  // The bytes of stream `fd` written by moment i (events [0, i) applied), or -1 when no
  // recorded output of `fd` comes after moment i (then nothing the console shows is later:
  // also when the trace stopped recording before the output did).
  outputBytesAt(fd, i) {
    this.indexOutput(this.n);
    const idx = this.outIdx[fd];
    let lo = 0, hi = idx.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (idx[mid] < i) lo = mid + 1; else hi = mid;
    }
    if (lo === idx.length) return -1;
    return lo ? this.outEnd[fd][lo - 1] : 0;
  }

  // The moment right after the output byte `byte` of `fd` was written (for the console), or
  // -1 if that output was not recorded.
  momentOfOutput(fd, byte) {
    this.indexOutput(this.n);  // a line clicked before its events folded
    const ends = this.outEnd[fd];
    let lo = 0, hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= byte) lo = mid + 1; else hi = mid;
    }
    return lo < ends.length ? this.outIdx[fd][lo] + 1 : -1;
  }
}

// ---------- derived pictures (pure functions of a State) ----------

// Who waits on what at a moment: blocked goroutines, the objects they wait on, and for each
// channel the other blocked goroutines that have used it (the only ones that could have
// completed the operation). A cycle G -> chan -> G -> chan -> G is a deadlock picture.
export function waitGraph(s, defs) {
  const nodes = [], edges = [];
  const seen = new Set();
  const node = (id, label, kind) => {
    if (!seen.has(id)) { seen.add(id); nodes.push({ id, label, kind }); }
  };
  for (const r of s.gs.values()) {
    if (r.state !== 'waiting') continue;
    node(`G${r.id}`, `G${r.id}`, 'g');
    const objs = r.waitChans && r.waitChans.length ? r.waitChans : r.waitObj ? [r.waitObj] : [];
    for (const h of objs) {
      const ch = s.chans.get(h);
      const mx = s.mutexes.get(h);
      const id = `O${h}`;
      if (ch) node(id, ch.name, 'chan');
      else if (mx) node(id, 'mutex', 'mutex');
      else node(id, 'WaitGroup', 'wg');
      edges.push({ from: `G${r.id}`, to: id, label: defs.waitReason(r.reason) });
      if (ch) {
        // Who could complete this operation: only the blocked goroutines the events show using
        // this channel (nothing is guessed when no other goroutine ever touched it).
        const partners = [...ch.users].filter((u) => u !== r.id && s.gs.get(u)?.state === 'waiting');
        for (const u of partners) edges.push({ from: id, to: `G${u}`, label: 'waits for' });
      } else if (mx && mx.owner && mx.owner !== r.id) {
        edges.push({ from: id, to: `G${mx.owner}`, label: 'held by' });
      }
    }
    if (!objs.length) {
      const id = `N${r.id}`;
      node(id, defs.waitReason(r.reason), 'nil');
      edges.push({ from: `G${r.id}`, to: id, label: 'forever' });
    }
  }
  return { nodes, edges };
}
