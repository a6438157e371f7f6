// The scheduling model the page's views read: goroutines, and per-P lanes of run spans,
// markers and wake arrows, folded from the event stream the host worker forwards.
//
// No DOM here. Folding only updates data and records what changed (`dirtyGs`, `version`);
// the views redraw at most once per animation frame.
//
// Event record layout (src/trace/mod.rs, Event::to_words):
//   0 seq_lo, 1 ts_lo, 2 ts_hi, 3 kind, 4 m, 5 p, 6 g, 7 a, 8 b, 9 seq_hi

export const K = {
  ProcStart: 1, ProcStop: 2, GoCreate: 3, GoStart: 4, GoStop: 5, GoBlock: 6, GoUnblock: 7,
  GoEnd: 8, Steal: 9, Output: 10,
};
export const NONE = 0xffffffff;

// WaitReason::as_str (src/trace/mod.rs), mirrored: the page shows Go's own words.
export const WAIT_REASONS = {
  1: 'chan send',
  2: 'chan receive',
  3: 'chan send (nil chan)',
  4: 'chan receive (nil chan)',
  5: 'sleep',
  6: 'semacquire',
  7: 'select',
  8: 'select (no cases)',
  9: 'sync.Mutex.Lock',
  10: 'sync.RWMutex.RLock',
  11: 'sync.RWMutex.Lock',
};
export const waitReasonText = (r) => WAIT_REASONS[r] ?? `wait reason ${r}`;

// Why a run span ended (Lane.why). Blocked spans store BLOCKED + the wait reason.
export const END = { OPEN: 0, PREEMPTED: 1, YIELDED: 2, END: 3, RUN_ENDED: 4, BLOCKED: 16 };
export function endText(why) {
  if (why >= END.BLOCKED) return waitReasonText(why - END.BLOCKED);
  return ['still running', 'preempted', 'yielded', 'returned', 'the program ended'][why] ?? '?';
}

// Markers drawn under the spans.
export const MARK = { BLOCK: 1, UNBLOCK: 2 };

// A growable struct of typed arrays: one column per field, `n` rows. Typed arrays keep 100k+
// spans compact and make the timeline's binary searches cheap.
class Columns {
  constructor(spec) {
    this.n = 0;
    this.cap = 256;
    this.spec = spec;
    for (const [name, Type] of Object.entries(spec)) this[name] = new Type(this.cap);
  }
  push() {
    if (this.n === this.cap) {
      this.cap *= 2;
      for (const [name, Type] of Object.entries(this.spec)) {
        const bigger = new Type(this.cap);
        bigger.set(this[name]);
        this[name] = bigger;
      }
    }
    return this.n++;
  }
}

// One P's history. Spans are in start order and never overlap (a P runs one G at a time), so
// both start_ns and end_ns are sorted: the timeline can binary-search either. The open span
// (at most one, the last) has end_ns = Infinity.
export class Lane {
  constructor() {
    this.spans = new Columns({ start_ns: Float64Array, end_ns: Float64Array, g: Uint32Array, m: Uint32Array, why: Uint16Array });
    this.open = -1;     // index of the span still running on this P, or -1
    this.marks = new Columns({ ts_ns: Float64Array, kind: Uint8Array, g: Uint32Array });
  }
}

export class Model {
  constructor(procs) {
    this.procs = procs;
    this.lanes = Array.from({ length: procs }, () => new Lane());
    this.gs = new Map();          // g id -> goroutine record (see goroutine())
    this.dirtyGs = new Set();     // g ids whose table row must be redrawn
    this.ps = Array.from({ length: procs }, () => ({ m: NONE, g: 0 }));
    // Wake arrows, pushed when the woken G next starts: from the waker's P at the GoUnblock
    // to the woken G's P at its GoStart. Sorted by to_ns (events arrive in seq order).
    this.arrows = new Columns({ from_ns: Float64Array, to_ns: Float64Array, from_p: Uint16Array, to_p: Uint16Array, waker: Uint32Array, g: Uint32Array });
    this.maxArrow_ns = 0;         // the longest arrow, to widen the timeline's search window
    this.pendingWake = new Map(); // g -> {from_ns, from_p, waker} until its next GoStart
    this.funcNames = new Map();   // function id -> name, once the run's trace JSON is known
    this.first_ns = 0;            // earliest event time (the run starts before its first event)
    this.now_ns = 0;              // latest event time seen
    this.events = 0;
    this.version = 0;             // bumped on every change, so views know to redraw
    this.ended = false;
  }

  goroutine(g) {
    let r = this.gs.get(g);
    if (!r) {
      // A G seen before its GoCreate (should not happen, but the view must not break).
      r = { id: g, func: -1, parent: 0, state: 'runnable', p: NONE, m: NONE, reason: 0, wokenBy: -1 };
      this.gs.set(g, r);
    }
    return r;
  }

  // Folds a batch of events (a flat Uint32Array of `words` words per event).
  apply(ev, words) {
    for (let i = 0; i + words <= ev.length; i += words) {
      const ts_ns = ev[i + 1] + ev[i + 2] * 4294967296;
      const kind = ev[i + 3], m = ev[i + 4], p = ev[i + 5], g = ev[i + 6], a = ev[i + 7], b = ev[i + 8];
      if (ts_ns > this.now_ns) this.now_ns = ts_ns;
      if (this.events === 0 || ts_ns < this.first_ns) this.first_ns = ts_ns;
      this.events++;
      switch (kind) {
        case K.ProcStart:
          if (this.ps[p]) { this.ps[p].m = m; this.ps[p].g = 0; }
          break;
        case K.ProcStop:
          if (this.ps[p]) { this.ps[p].m = NONE; this.ps[p].g = 0; }
          break;
        case K.GoCreate: {
          const r = this.goroutine(g);
          r.func = b;
          r.parent = a;
          r.state = 'runnable';
          this.dirtyGs.add(g);
          break;
        }
        case K.GoStart: {
          const r = this.goroutine(g);
          Object.assign(r, { state: 'running', p, m, reason: 0 });
          this.dirtyGs.add(g);
          if (this.ps[p]) { this.ps[p].m = m; this.ps[p].g = g; }
          this.openSpan(p, g, m, ts_ns);
          const wake = this.pendingWake.get(g);
          if (wake) {
            this.pendingWake.delete(g);
            if (p < this.procs) {
              const k = this.arrows.push();
              const A = this.arrows;
              A.from_ns[k] = wake.from_ns; A.to_ns[k] = ts_ns; A.from_p[k] = wake.from_p; A.to_p[k] = p;
              A.waker[k] = wake.waker; A.g[k] = g;
              this.maxArrow_ns = Math.max(this.maxArrow_ns, ts_ns - wake.from_ns);
            }
          }
          break;
        }
        case K.GoStop:
          this.stopped(g, p, ts_ns, a === 1 ? END.YIELDED : END.PREEMPTED, 'runnable');
          break;
        case K.GoBlock:
          this.stopped(g, p, ts_ns, END.BLOCKED + a, 'waiting');
          this.goroutine(g).reason = a;
          this.mark(p, ts_ns, MARK.BLOCK, g);
          break;
        case K.GoEnd:
          this.stopped(g, p, ts_ns, END.END, 'dead');
          break;
        case K.GoUnblock: {
          const r = this.goroutine(g);
          r.state = 'runnable';
          r.reason = 0;
          r.wokenBy = a;
          this.dirtyGs.add(g);
          // The waker runs on the event's P; a timer wake-up may have none, so fall back to
          // the P whose run queue received the G.
          const from_p = p < this.procs ? p : b < this.procs ? b : NONE;
          if (from_p !== NONE) {
            this.mark(from_p, ts_ns, MARK.UNBLOCK, g);
            this.pendingWake.set(g, { from_ns: ts_ns, from_p, waker: a });
          }
          break;
        }
      }
    }
    this.version++;
  }

  openSpan(p, g, m, ts_ns) {
    const lane = this.lanes[p];
    if (!lane) return;
    if (lane.open >= 0) this.closeSpan(lane, ts_ns, END.PREEMPTED);
    const S = lane.spans;
    // Clocks of different Ms may disagree by a little in threads mode; clamping keeps a
    // lane's spans sorted, which the binary searches rely on.
    const prevEnd = S.n ? S.end_ns[S.n - 1] : 0;
    const k = S.push();
    S.start_ns[k] = Math.max(ts_ns, prevEnd);
    S.end_ns[k] = Infinity;  // open: sorts after everything; drawn up to now_ns
    S.g[k] = g; S.m[k] = m; S.why[k] = END.OPEN;
    lane.open = k;
  }

  closeSpan(lane, ts_ns, why) {
    const S = lane.spans, k = lane.open;
    S.end_ns[k] = Math.max(ts_ns, S.start_ns[k]);
    S.why[k] = why;
    lane.open = -1;
  }

  stopped(g, p, ts_ns, why, state) {
    const r = this.goroutine(g);
    r.state = state;
    this.dirtyGs.add(g);
    const lane = this.lanes[p];
    if (lane && lane.open >= 0 && lane.spans.g[lane.open] === g) this.closeSpan(lane, ts_ns, why);
    if (this.ps[p] && this.ps[p].g === g) this.ps[p].g = 0;
  }

  mark(p, ts_ns, kind, g) {
    const lane = this.lanes[p];
    if (!lane) return;
    const M = lane.marks;
    const k = M.push();
    M.ts_ns[k] = M.n > 1 ? Math.max(ts_ns, M.ts_ns[k - 1]) : ts_ns;  // keep sorted
    M.kind[k] = kind; M.g[k] = g;
  }

  // The run is over: spans still open end at the last event (main returned while they ran).
  finish() {
    for (const lane of this.lanes) if (lane.open >= 0) this.closeSpan(lane, this.now_ns, END.RUN_ENDED);
    for (const ps of this.ps) { ps.m = NONE; ps.g = 0; }
    this.ended = true;
    this.version++;
  }

  // End of an open span for drawing: it runs until the latest event seen.
  spanEnd(lane, k) {
    return k === lane.open ? this.now_ns : lane.spans.end_ns[k];
  }

  // funcs: {g id: function name} from the run's trace JSON. Names are per function id, so
  // goroutines past the trace's event cap get theirs too.
  setFuncNames(funcs) {
    for (const [g, name] of Object.entries(funcs || {})) {
      const r = this.gs.get(Number(g));
      if (r && r.func >= 0) this.funcNames.set(r.func, name);
    }
    for (const g of this.gs.keys()) this.dirtyGs.add(g);
    this.version++;
  }

  funcLabel(r) {
    if (r.func < 0) return '?';
    return this.funcNames.get(r.func) ?? `func #${r.func}`;
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
