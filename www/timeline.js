// The timeline: one lane per P, a colored span per goroutine run, markers for blocks and
// unblocks, and arrows from a waker to the woken goroutine's next run (like `go tool trace`).
// It draws the History of a Recording (www/replay-model.js): the lanes the same fold writes
// while it computes the machine view's state, up to the events folded so far.
//
// Two axes (`scale`): 'time' (ns: real in threads mode, virtual in deterministic mode, where a
// run's compute is nanoseconds beside its sleeps of milliseconds) and 'events' (each event one
// step, so every run is as wide as the events it spans: readable in both modes, and a Step of
// the player moves the cursor by one step). The learner picks one, or 'auto': while a run
// streams, events for deterministic runs and time for threads; once it is folded, time unless
// most runs would be thinner than AUTO_MIN_PX there (then events). A CPU-bound run keeps its
// parallel lanes in time; a ping-pong of hand-offs gets readable spans.
//
// Drawing cost must not grow with the number of events (100k+ in a busy run), so per lane:
// a binary search finds the first span in the visible window, and spans narrower than a
// pixel are merged into one 1-px column, after which a second binary search skips to the
// next column. A frame therefore issues at most a few fillRects per pixel column per lane.
//
// All conversions between the axis and pixels go through x_px_of / at_of: an axis position
// (`at`) is in ns on the time axis and an event index on the events axis.
import { lowerBound, endText, END, MARK } from './replay-model.js';

const AXIS_PX = 22;      // time axis above the lanes
const LANE_PX = 28;      // one P
const GUTTER_PX = 44;    // lane names ("P0") left of the plot
const SPAN_TOP_PX = 3;   // span rectangle inside its lane
const SPAN_H_PX = 16;
const MARK_Y_PX = SPAN_TOP_PX + SPAN_H_PX + 1;  // markers sit just under the spans
const LABEL_MIN_PX = 26; // a span this wide gets its "G7" label
const SPAN_LABEL = '#1d2330'; // dark on the light span colours, in either theme
const MAX_ARROWS = 2000; // beyond this many in view, arrows would only be noise
const ARROW_GAP_PX = 6;  // at most one arrow per this many pixels between two lanes
const MIN_PER_PX = { time: 0.05, events: 1 / 60 };  // deepest zoom: 60 px per event
const AUTO_MIN_PX = 3;   // 'auto' shows time when the median run is at least this wide

// A stable, well-spread color per goroutine (golden-angle hues), cached as CSS strings.
const colorCache = [];
export function gColor(g) {
  let c = colorCache[g];
  if (!c) c = colorCache[g] = `hsl(${(g * 137.508) % 360} 62% 64%)`;
  return c;
}

export function fmtEvents(n) {
  const a = Math.abs(n);
  const num = (v) => String(Number(v.toPrecision(4)));
  if (a < 1e4) return `#${num(n)}`;
  if (a < 1e6) return `#${num(n / 1e3)}k`;
  return `#${num(n / 1e6)}M`;
}

export function fmtTime(ns) {
  const a = Math.abs(ns);
  const num = (v) => String(Number(v.toPrecision(4)));
  if (a < 1e3) return `${num(ns)} ns`;
  if (a < 1e6) return `${num(ns / 1e3)} µs`;
  if (a < 1e9) return `${num(ns / 1e6)} ms`;
  return `${num(ns / 1e9)} s`;
}

// Canvas colours per page theme (the canvas cannot read CSS variables cheaply per draw).
const THEMES = {
  light: { laneA: '#f3f5f8', laneB: '#fafbfc', text: '#1d2330', grid: '#d8dde6', muted: '#6b7280', arrow: 'rgba(29, 35, 48, 0.55)', arrowHead: 'rgba(29, 35, 48, 0.7)' },
  dark: { laneA: '#1c2128', laneB: '#161b22', text: '#e6edf3', grid: '#30363d', muted: '#9aa4b2', arrow: 'rgba(230, 237, 243, 0.55)', arrowHead: 'rgba(230, 237, 243, 0.75)' },
};

export class Timeline {
  // requestDraw: asks the page's single animation-frame loop to call draw() once.
  constructor(canvas, tip, requestDraw) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.tip = tip;
    this.requestDraw = requestDraw;
    this.rec = null;
    this.scale = 'time';     // the axis shown: 'time' or 'events'
    this.choice = 'auto';    // the learner's choice: 'auto', 'time' or 'events'
    this.virtual = false;    // time is the deterministic mode's virtual clock
    this.view = { start: 0, per_px: 1 };   // axis units (ns or events) per CSS pixel
    this.follow = true;      // fit the whole run to the width (while running, always)
    this.width_css = canvas.clientWidth || 600;
    this.stats = { lastDraw_ms: 0, maxDraw_ms: 0, draws: 0, baseDraws: 0, lastBase_ms: 0, maxBase_ms: 0 };
    this.cursor = null;      // the player's moment: {ts_ns, i} of the last event shown
    this.theme = 'light';
    this.colors = THEMES.light;
    this.onPick = null;      // called with {ts_ns} or {i} when the learner clicks (no drag)
    new ResizeObserver((entries) => {
      this.width_css = entries[0].contentRect.width;
      this.requestDraw();
    }).observe(canvas);
    this.bindInput();
  }

  setTheme(name) {
    this.theme = THEMES[name] ? name : 'light';
    this.colors = THEMES[this.theme];
    this.requestDraw();
  }

  // Shows a recording; `virtual`: its clock is the deterministic mode's (then the events axis).
  setRecording(rec, { virtual = false } = {}) {
    this.rec = rec;
    this.virtual = virtual;
    this.scale = this.choice === 'auto' ? (virtual ? 'events' : 'time') : this.choice;
    this.autoDone = false;
    this.follow = true;
    this.stats = { lastDraw_ms: 0, maxDraw_ms: 0, draws: 0, baseDraws: 0, lastBase_ms: 0, maxBase_ms: 0 };
    this.canvas.style.height = `${AXIS_PX + rec.procs * LANE_PX + 4}px`;
    this.hideTip();
    this.requestDraw();
  }

  // Shows nothing (a run waiting for the runtime to load).
  clear() {
    this.rec = null;
    this.hideTip();
    this.requestDraw();
  }

  // The learner's choice of axis: 'auto', 'time' or 'events'.
  setScale(choice) {
    if (!['auto', 'time', 'events'].includes(choice)) return;
    this.choice = choice;
    this.autoDone = false;
    if (choice !== 'auto') this.scale = choice;
    this.follow = true;
    this.hideTip();
    this.requestDraw();
  }

  // The column suffix of the axis shown, and the run's extent on it.
  get u() { return this.scale === 'events' ? 'i' : 'ns'; }
  extent() {
    const rec = this.rec, h = rec.hist;
    if (this.scale === 'events') return [0, Math.max(0, rec.folded - 1)];
    return rec.folded ? [h.first_ns, h.now_ns] : [0, 0];
  }
  // Where an open span ends for drawing: at the latest event folded.
  spanEnd(lane, k) {
    return k === lane.open ? this.extent()[1] : lane.spans[`end_${this.u}`][k];
  }
  fmtAt(at) { return this.scale === 'events' ? fmtEvents(at) : fmtTime(at); }

  // ---------- axis <-> pixels (the only place that converts) ----------

  get plotWidth_px() { return Math.max(1, this.width_css - GUTTER_PX); }
  x_px_of(at) { return GUTTER_PX + (at - this.view.start) / this.view.per_px; }
  at_of(x_px) { return this.view.start + (x_px - GUTTER_PX) * this.view.per_px; }

  // Shows the whole run so far, from its first event to its latest, with a small margin.
  fit() {
    const [first, last] = this.rec ? this.extent() : [0, 0];
    const span = Math.max(last - first, this.scale === 'events' ? 10 : 20);
    this.view.per_px = span / (this.plotWidth_px - 8);
    this.view.start = first - 4 * this.view.per_px;
  }

  // Zooms by `factor` keeping the axis position under x_px where it is.
  zoom(factor, x_px) {
    const at = this.at_of(x_px);
    this.view.per_px = Math.max(MIN_PER_PX[this.scale], this.view.per_px * factor);
    this.view.start = at - (x_px - GUTTER_PX) * this.view.per_px;
    this.follow = false;
    this.requestDraw();
  }

  pan(dx_px) {
    this.view.start -= dx_px * this.view.per_px;
    this.follow = false;
    this.requestDraw();
  }

  // Where each lane's spans are drawn, in CSS pixels of the canvas (for the browser tests).
  laneBoxes() {
    const n = this.rec ? this.rec.procs : 0;
    return Array.from({ length: n }, (_, p) => ({
      top_px: AXIS_PX + p * LANE_PX + SPAN_TOP_PX, height_px: SPAN_H_PX, left_px: GUTTER_PX,
    }));
  }

  // ---------- drawing ----------

  // Everything but the cursor is drawn into an offscreen canvas, redrawn only when the history,
  // the view or the size changed; moving the cursor (playing, seeking) costs one blit.
  draw() {
    const t0 = performance.now();
    const { canvas, ctx, rec } = this;
    const dpr = window.devicePixelRatio || 1;
    const w_css = this.width_css, h_css = AXIS_PX + (rec ? rec.procs : 1) * LANE_PX + 4;
    if (canvas.width !== Math.round(w_css * dpr) || canvas.height !== Math.round(h_css * dpr)) {
      canvas.width = Math.round(w_css * dpr);
      canvas.height = Math.round(h_css * dpr);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!rec || !canvas.width || !canvas.height) return; // hidden (an embed without it)
    this.autoScale();
    if (this.follow || !this.ended()) this.fit();
    const key = this.baseKey();
    if (key !== this.cacheKey) {
      this.cacheKey = key;
      const tb = performance.now();
      this.drawBase(w_css, h_css, dpr);
      const db = performance.now() - tb;
      this.stats.baseDraws++;
      this.stats.lastBase_ms = db;
      this.stats.maxBase_ms = Math.max(this.stats.maxBase_ms, db);
    }
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(GUTTER_PX, 0, w_css - GUTTER_PX, h_css);
    ctx.clip();
    this.drawCursor(h_css);
    ctx.restore();

    const dt = performance.now() - t0;
    this.stats.lastDraw_ms = dt;
    this.stats.maxDraw_ms = Math.max(this.stats.maxDraw_ms, dt);
    this.stats.draws++;
  }

  // 'auto', once the recording is folded: the events axis when the median run (sampled on
  // each lane) would be thinner than AUTO_MIN_PX on the time axis fitted to the width.
  autoScale() {
    if (this.choice !== 'auto' || this.autoDone || !this.ended()) return;
    this.autoDone = true;
    const h = this.rec.hist;
    const per_px = Math.max(h.now_ns - h.first_ns, 20) / (this.plotWidth_px - 8);
    const widths = [];
    for (const lane of h.lanes) {
      const S = lane.spans, step = Math.max(1, Math.floor(S.n / 64));
      for (let k = 0; k < S.n; k += step) widths.push((Math.min(S.end_ns[k], h.now_ns) - S.start_ns[k]) / per_px);
    }
    widths.sort((a, b) => a - b);
    const median = widths.length ? widths[widths.length >> 1] : Infinity;
    const scale = median < AUTO_MIN_PX ? 'events' : 'time';
    if (scale !== this.scale) { this.scale = scale; this.follow = true; this.hideTip(); }
  }

  // What the base picture shows: drawn again only when this changes.
  baseKey() {
    const { canvas, rec } = this;
    return `${rec.folded}|${this.ended()}|${this.scale}|${this.view.start}|${this.view.per_px}|${canvas.width}x${canvas.height}|${this.theme}`;
  }

  // Whether the next draw() redraws the base picture (lanes, spans, arrows), not just the cursor.
  baseStale() {
    if (!this.rec) return false;
    this.autoScale();
    if (this.follow || !this.ended()) this.fit();
    return this.baseKey() !== this.cacheKey;
  }

  // The whole recording is folded and the run is over (zoom and pan are allowed).
  ended() { return !!this.rec && this.rec.ended && this.rec.folded >= this.rec.n; }

  // Axis, lanes, spans and arrows, into this.base (a canvas the size of the visible one).
  drawBase(w_css, h_css, dpr) {
    if (!this.base) this.base = document.createElement('canvas');
    const base = this.base;
    if (base.width !== this.canvas.width || base.height !== this.canvas.height) {
      base.width = this.canvas.width;
      base.height = this.canvas.height;
    }
    const visible = this.ctx;
    const ctx = this.ctx = base.getContext('2d');
    try {
      const rec = this.rec;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w_css, h_css);
      ctx.font = '11px ui-monospace, monospace';
      ctx.textBaseline = 'middle';
      this.drawAxis(w_css, h_css);
      ctx.save();
      ctx.beginPath();
      ctx.rect(GUTTER_PX, 0, w_css - GUTTER_PX, h_css);
      ctx.clip();
      rec.hist.lanes.forEach((lane, p) => this.drawLane(lane, AXIS_PX + p * LANE_PX, w_css));
      this.drawArrows(w_css);
      ctx.restore();
      if (rec.folded === 0) {
        ctx.fillStyle = this.colors.muted;
        ctx.fillText(this.ended() ? 'no scheduling events' : 'waiting for events…', GUTTER_PX + 8, AXIS_PX + 12);
      }
    } finally {
      this.ctx = visible;
    }
  }

  // The current moment of the player.
  drawCursor(h_css) {
    if (this.cursor === null) return;
    const at = this.scale === 'events' ? this.cursor.i : this.cursor.ts_ns;
    const x = Math.round(this.x_px_of(at)) + 0.5;
    const ctx = this.ctx;
    ctx.strokeStyle = '#d81b60';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, 2);
    ctx.lineTo(x, h_css - 2);
    ctx.stroke();
    ctx.lineWidth = 1;
  }

  // The moment shown: after event `i` (at time ts_ns), or null before the first event.
  setCursor(i, ts_ns) {
    const c = this.cursor;
    if (i === null) { if (c !== null) { this.cursor = null; this.requestDraw(); } return; }
    if (!c || c.i !== i || c.ts_ns !== ts_ns) { this.cursor = { i, ts_ns }; this.requestDraw(); }
  }

  drawAxis(w_css, h_css) {
    const { ctx, rec } = this;
    // Lane backgrounds and names.
    for (let p = 0; p < rec.procs; p++) {
      const y = AXIS_PX + p * LANE_PX;
      ctx.fillStyle = p % 2 ? this.colors.laneA : this.colors.laneB;
      ctx.fillRect(0, y, w_css, LANE_PX);
      ctx.fillStyle = this.colors.text;
      ctx.fillText(`P${p}`, 8, y + SPAN_TOP_PX + SPAN_H_PX / 2);
    }
    // The axis' unit, in the gutter: real or virtual time, or events.
    ctx.fillStyle = this.colors.muted;
    ctx.fillText(this.scale === 'events' ? 'event' : this.virtual ? 'v.time' : 'time', 2, AXIS_PX / 2 - 1, GUTTER_PX - 4);
    // Ticks every 1, 2 or 5 x 10^k units (whole events at least), about every 100 px.
    const raw = this.view.per_px * 100;
    const pow = 10 ** Math.floor(Math.log10(raw));
    const r = raw / pow;
    const step = Math.max(this.scale === 'events' ? 1 : 0, pow * (r < 2 ? 2 : r < 5 ? 5 : 10));
    const first = Math.ceil(this.at_of(GUTTER_PX) / step) * step;
    const last = this.at_of(w_css);
    ctx.strokeStyle = this.colors.grid;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let at = first; at <= last; at += step) {
      const x_px = Math.round(this.x_px_of(at)) + 0.5;
      ctx.moveTo(x_px, AXIS_PX - 5);
      ctx.lineTo(x_px, h_css);
      const label = this.fmtAt(at);
      if (x_px + 3 + ctx.measureText(label).width <= w_css) ctx.fillText(label, x_px + 3, AXIS_PX / 2 - 1);
    }
    ctx.stroke();
  }

  drawLane(lane, y_px, w_css) {
    const { ctx } = this;
    const S = lane.spans, u = this.u;
    const starts = S[`start_${u}`], ends = S[`end_${u}`];
    const from = this.at_of(GUTTER_PX), to = this.at_of(w_css);
    const top = y_px + SPAN_TOP_PX;
    let i = lowerBound(ends, S.n, from);
    let fill = '';
    while (i < S.n && starts[i] <= to) {
      const x0_px = this.x_px_of(starts[i]);
      const x1_px = this.x_px_of(this.spanEnd(lane, i));
      const g = S.g[i];
      const color = gColor(g);
      // Setting fillStyle parses the colour: only when it changes.
      if (color !== fill) { ctx.fillStyle = fill = color; }
      if (x1_px - x0_px < 1) {
        // Sub-pixel spans: one 1-px column stands for all spans that end inside it; jump
        // past them with a binary search instead of visiting each.
        const col_px = Math.floor(x0_px);
        ctx.fillRect(col_px, top, 1, SPAN_H_PX);
        i = Math.max(i + 1, lowerBound(ends, S.n, this.at_of(col_px + 1)));
        continue;
      }
      // A 1-px gap at the end keeps back-to-back runs of the same G apart.
      const w_px = x1_px - x0_px;
      ctx.fillRect(x0_px, top, w_px >= 4 ? w_px - 1 : w_px, SPAN_H_PX);
      const visible0_px = Math.max(x0_px, GUTTER_PX), visible1_px = Math.min(x1_px, w_css);
      if (visible1_px - visible0_px >= LABEL_MIN_PX) {
        ctx.fillStyle = fill = SPAN_LABEL;
        ctx.fillText(`G${g}`, visible0_px + 3, top + SPAN_H_PX / 2, visible1_px - visible0_px - 6);
      }
      i++;
    }

    // Markers: red down-triangle where a G blocked, green up-triangle where one was woken
    // (on the waker's lane). One per pixel column at most; one fill per colour.
    const M = lane.marks, at = M[u === 'i' ? 'i' : 'ts_ns'];
    const my = y_px + MARK_Y_PX;
    const blocks = new Path2D(), wakes = new Path2D();
    let j = lowerBound(at, M.n, from);
    while (j < M.n && at[j] <= to) {
      const x_px = Math.floor(this.x_px_of(at[j])) + 0.5;
      if (M.kind[j] === MARK.BLOCK) {
        blocks.moveTo(x_px - 3, my); blocks.lineTo(x_px + 3, my); blocks.lineTo(x_px, my + 5); blocks.closePath();
      } else {
        wakes.moveTo(x_px - 3, my + 5); wakes.lineTo(x_px + 3, my + 5); wakes.lineTo(x_px, my); wakes.closePath();
      }
      j = Math.max(j + 1, lowerBound(at, M.n, this.at_of(x_px + 2.5)));
    }
    ctx.fillStyle = '#c62828';
    ctx.fill(blocks);
    ctx.fillStyle = '#2e7d32';
    ctx.fill(wakes);
  }

  drawArrows(w_css) {
    const { ctx } = this;
    const h = this.rec.hist, A = h.arrows, u = this.u;
    const fromCol = A[`from_${u}`], toCol = A[`to_${u}`];
    const maxLen = u === 'i' ? h.maxArrow_i : h.maxArrow_ns;
    const from = this.at_of(GUTTER_PX), to = this.at_of(w_css);
    const mid = (p) => AXIS_PX + p * LANE_PX + SPAN_TOP_PX + SPAN_H_PX / 2;
    ctx.strokeStyle = this.colors.arrow;
    ctx.fillStyle = this.colors.arrowHead;
    ctx.lineWidth = 1;
    // Arrows closer than a few pixels to the last one drawn between the same two lanes would
    // only thicken into a black smear: keep one per ARROW_GAP_PX.
    const last = new Map();  // "from_p,to_p" -> [x0_px, x1_px] of the last arrow drawn
    let drawn = 0;
    const lines = new Path2D(), heads = new Path2D();
    // Arrows are sorted by their end; one that ends after the window may still start in it.
    for (let i = lowerBound(toCol, A.n, from); i < A.n && toCol[i] <= to + maxLen; i++) {
      if (fromCol[i] > to) continue;
      const x0_px = this.x_px_of(fromCol[i]), x1_px = this.x_px_of(toCol[i]);
      const y0_px = mid(A.from_p[i]), y1_px = mid(A.to_p[i]);
      if (A.from_p[i] === A.to_p[i] && x1_px - x0_px < 6) continue;  // nothing to see
      const key = A.from_p[i] * 65536 + A.to_p[i];
      const prev = last.get(key);
      if (prev && Math.abs(x0_px - prev[0]) < ARROW_GAP_PX && Math.abs(x1_px - prev[1]) < ARROW_GAP_PX) continue;
      last.set(key, [x0_px, x1_px]);
      if (++drawn > MAX_ARROWS) break;
      lines.moveTo(x0_px, y0_px);
      // Same lane: bow upwards so the arrow does not hide the spans it joins.
      if (y0_px === y1_px) lines.quadraticCurveTo((x0_px + x1_px) / 2, y0_px - 14, x1_px, y1_px);
      else lines.lineTo(x1_px, y1_px);
      // Arrowhead pointing along the last segment.
      const ang = y0_px === y1_px ? Math.atan2(14, (x1_px - x0_px) / 2) : Math.atan2(y1_px - y0_px, x1_px - x0_px);
      heads.moveTo(x1_px, y1_px);
      heads.lineTo(x1_px - 6 * Math.cos(ang - 0.4), y1_px - 6 * Math.sin(ang - 0.4));
      heads.lineTo(x1_px - 6 * Math.cos(ang + 0.4), y1_px - 6 * Math.sin(ang + 0.4));
      heads.closePath();
    }
    // One stroke and one fill for all arrows: a path per arrow costs far more than its pixels.
    ctx.stroke(lines);
    ctx.fill(heads);
  }

  // ---------- input ----------

  // The span under a point, or null: the last span starting at or before the point, if it
  // has not ended before it (with a couple of pixels of slack for very thin spans).
  spanAt(x_px, y_px) {
    const { rec } = this;
    if (!rec || x_px < GUTTER_PX) return null;
    const p = Math.floor((y_px - AXIS_PX) / LANE_PX);
    const lane = rec.hist.lanes[p];
    if (!lane) return null;
    const S = lane.spans;
    const slack = 2 * this.view.per_px, at = this.at_of(x_px);
    const i = lowerBound(S[`start_${this.u}`], S.n, at + slack) - 1;
    if (i < 0 || this.spanEnd(lane, i) < at - slack) return null;
    return { p, i, lane };
  }

  showTip(ev) {
    const rect = this.canvas.getBoundingClientRect();
    const x_px = ev.clientX - rect.left, y_px = ev.clientY - rect.top;
    const hit = this.spanAt(x_px, y_px);
    if (!hit) return this.hideTip();
    const { rec } = this;
    const S = hit.lane.spans, i = hit.i, open = i === hit.lane.open;
    const g = S.g[i];
    const r = rec.head.gs.get(g);
    const start_ns = S.start_ns[i], end_ns = open ? rec.hist.now_ns : S.end_ns[i];
    const end_i = open ? rec.folded - 1 : S.end_i[i];
    const ended = open ? (this.ended() ? endText(END.RUN_ENDED, rec.defs) : 'still running') : endText(S.why[i], rec.defs);
    const clock = this.virtual ? ' (virtual)' : '';
    this.tip.textContent =
      `G${g}${r ? ` ${rec.funcName(r.func)}` : ''}\nP${hit.p} · M${S.m[i]}\n` +
      `start ${fmtTime(start_ns)} · duration ${fmtTime(end_ns - start_ns)}${clock}\n` +
      `events ${S.start_i[i]}–${end_i}\nended: ${ended}`;
    this.tip.hidden = false;
    // Above the pointer (the timeline sits at the bottom of the page), inside the panel.
    const left = Math.min(x_px + 12, this.width_css - this.tip.offsetWidth);
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${this.canvas.offsetTop + y_px - this.tip.offsetHeight - 10}px`;
  }

  hideTip() { this.tip.hidden = true; }

  bindInput() {
    const c = this.canvas;
    // Zoom and pan only once the run is over; while it runs the view follows it.
    const interactive = () => this.ended();
    c.addEventListener('wheel', (e) => {
      if (!interactive()) return;
      e.preventDefault();
      const rect = c.getBoundingClientRect();
      this.zoom(Math.exp(e.deltaY * 0.0015), Math.max(GUTTER_PX, e.clientX - rect.left));
    }, { passive: false });
    let drag = null;
    c.addEventListener('pointerdown', (e) => {
      if (!interactive() || e.button !== 0) return;
      drag = { x: e.clientX, x0: e.clientX };
      c.setPointerCapture(e.pointerId);
      c.classList.add('dragging');
    });
    c.addEventListener('pointermove', (e) => {
      if (drag) {
        this.pan(e.clientX - drag.x);
        drag.x = e.clientX;
        this.hideTip();
      } else {
        this.showTip(e);
      }
    });
    const endDrag = () => { drag = null; c.classList.remove('dragging'); };
    // A click that did not drag sets the player's moment to the time under the pointer.
    c.addEventListener('pointerup', (e) => {
      const moved = drag ? Math.abs(e.clientX - drag.x0) : 0;
      endDrag();
      if (moved < 3 && this.onPick && this.rec) {
        const x = e.clientX - c.getBoundingClientRect().left;
        if (x >= GUTTER_PX) this.onPick(this.scale === 'events' ? { i: Math.round(this.at_of(x)) } : { ts_ns: this.at_of(x) });
      }
    });
    c.addEventListener('pointercancel', endDrag);
    c.addEventListener('pointerleave', () => this.hideTip());
    c.addEventListener('dblclick', () => { this.follow = true; this.requestDraw(); });
    // Keyboard: + / - zoom around the middle, arrows pan, 0 fits the whole run.
    c.addEventListener('keydown', (e) => {
      if (!interactive()) return;
      const mid_px = GUTTER_PX + this.plotWidth_px / 2;
      if (e.key === '+' || e.key === '=') this.zoom(0.7, mid_px);
      else if (e.key === '-') this.zoom(1 / 0.7, mid_px);
      else if (e.key === 'ArrowLeft') this.pan(this.plotWidth_px / 8);
      else if (e.key === 'ArrowRight') this.pan(-this.plotWidth_px / 8);
      else if (e.key === '0') { this.follow = true; this.requestDraw(); }
      else return;
      e.preventDefault();
    });
  }
}
