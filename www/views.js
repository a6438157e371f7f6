// The views of one moment: the machine (Ps, Ms, run queues, timers), the channels, the
// goroutines table and the wait graph. Each is a function of (State, Recording) and never
// folds events (www/replay-model.js does): render(state) may be called with any moment, in
// any order, and draws the same thing for the same moment.
//
// Rendering is incremental: each part (a P's box, a channel card, a table row) remembers a key
// of what it shows, a short string of exactly the data it is drawn from, and is rebuilt only
// when that key changes. A seek or a live update then touches the few parts that moved instead
// of recreating hundreds of elements (less work for the page, and less garbage).
//
// Goroutines appear as chips `<span class="gchip" data-g="N">GN</span>` coloured after the P
// they last ran on; the selected goroutine's chips are highlighted in every view.

export const P_COLORS = ['#1e88e5', '#43a047', '#fb8c00', '#8e24aa', '#00897b', '#e53935', '#6d4c41', '#3949ab'];
export const pColor = (p) => (p >= 0 ? P_COLORS[p % P_COLORS.length] : '#9aa3ad');

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

function chip(s, g, extra = '') {
  const r = s.gs.get(g);
  const c = el('span', `gchip${extra ? ' ' + extra : ''}`, `G${g}`);
  c.dataset.g = g;
  c.style.setProperty('--pc', pColor(r ? r.p : -1));
  if (r) c.title = `G${g}: ${r.state}`;
  return c;
}

// What a chip shows of g: its P colour and state.
function chipKey(s, g) {
  const r = s.gs.get(g);
  return r ? `${g}.${r.p}.${r.state}` : `${g}`;
}

// The key of a chip list as chips() draws it (the first 24 and the count).
function chipsKey(s, list) {
  let k = `${list.length}:`;
  for (let j = 0; j < list.length && j < 24; j++) k += `${chipKey(s, list[j])},`;
  return k;
}

// Puts `make()` in place of `old` (or appends it to parent) unless `old` already shows `key`.
function keyed(parent, old, key, make) {
  if (old && old.dataset.key === key) return old;
  const e = make();
  e.dataset.key = key;
  if (old) old.replaceWith(e); else parent.appendChild(e);
  return e;
}

// Makes parent's children exactly `list` (in order), moving only when they differ.
function setChildren(parent, list) {
  const now = parent.children;
  let same = now.length === list.length;
  for (let k = 0; same && k < list.length; k++) same = now[k] === list[k];
  if (!same) parent.replaceChildren(...list);
}

function chips(s, list, empty = '—') {
  const box = el('span', 'chips');
  if (!list.length) box.appendChild(el('span', 'none', empty));
  const shown = list.slice(0, 24);
  for (const g of shown) box.appendChild(chip(s, g));
  if (list.length > shown.length) box.appendChild(el('span', 'more', `+${list.length - shown.length}`));
  return box;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
// A drawn arrow between the parts of a channel card; solid and coloured when goroutines wait.
function arrow(active, title) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `flow-arrow${active ? ' active' : ''}`);
  svg.setAttribute('viewBox', '0 0 28 12');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '12');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.innerHTML = '<line x1="1" y1="6" x2="20" y2="6"/><path d="M19,1 L27,6 L19,11 z"/>';
  return svg;
}

function timeText(us) {
  return us >= 1000 ? `${(us / 1000).toFixed(us % 1000 ? 3 : 0)} ms` : `${us} µs`;
}

// ---------- machine ----------

// Remembers where each chip was drawn, so that a chip that moves between two renders slides
// from its old place to its new one (runnext -> P, victim's runq -> thief).
class Mover {
  constructor(root) { this.root = root; this.at = new Map(); }
  before() {
    this.at.clear();
    for (const c of this.root.querySelectorAll('.gchip[data-g]')) {
      const r = c.getBoundingClientRect();
      if (r.width) this.at.set(c.dataset.g, r);
    }
  }
  after(animate) {
    if (!animate) return;
    for (const c of this.root.querySelectorAll('.gchip[data-g]')) {
      const old = this.at.get(c.dataset.g);
      if (!old) continue;
      const now = c.getBoundingClientRect();
      const dx = old.left - now.left, dy = old.top - now.top;
      if (Math.abs(dx) + Math.abs(dy) < 2) continue;
      c.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], { duration: 260, easing: 'ease-out' });
    }
  }
}

export class MachineView {
  constructor(root) { this.root = root; this.mover = new Mover(root); }

  // Shows no run (a new program in the editor): a line saying what will appear here.
  clear() {
    this.root.replaceChildren(el('div', 'empty-view', 'Press Run: each P with its M, the goroutine it runs, runnext and its run queue appear here.'));
    this.parts = null;
    this.rec = null;
  }

  render(s, rec, animate) {
    // Measuring where chips were forces a layout: only when a one-event move will animate.
    if (animate) this.mover.before();
    const root = this.root;
    if (!this.parts || this.parts.procs !== s.ps.length || this.rec !== rec) {
      this.rec = rec;
      root.textContent = '';
      const ps = el('div', 'ps');
      root.appendChild(ps);
      this.parts = { procs: s.ps.length, ps, boxes: [], global: null, ms: null, timers: null };
    }
    const parts = this.parts;
    s.ps.forEach((P, k) => {
      const gone = k >= s.gomaxprocs;
      const key = `${gone}|${P.m}|${P.syscall}|${P.g && chipKey(s, P.g)}|${P.runnext && chipKey(s, P.runnext)}|${chipsKey(s, P.runq)}`;
      parts.boxes[k] = keyed(parts.ps, parts.boxes[k], key, () => pBox(s, P, k, gone));
    });
    parts.global = keyed(root, parts.global, chipsKey(s, s.global), () => {
      const glob = el('div', 'slot-row global');
      glob.dataset.role = 'global';
      glob.appendChild(el('span', 'lbl', `global queue (${s.global.length})`));
      glob.appendChild(chips(s, s.global));
      return glob;
    });
    const ms = [...s.ms.values()].sort((a, b) => a.id - b.id);
    parts.ms = keyed(root, parts.ms, ms.map((M) => `${M.id}.${M.state}.${M.p}`).join(','), () => mRow(ms));
    const timers = [...s.timers.values()].slice(0, 8);
    const tkey = `${s.timers.size}:${timers.map((t) => `${t.when_us}.${t.ch}.${t.g}.${t.ch && s.chans.get(t.ch)?.name}`).join(',')}`;
    parts.timers = keyed(root, parts.timers, tkey, () => timerRow(s, timers));
    this.mover.after(animate);
  }
}

// One P: its M, the G it runs, runnext and the local run queue.
function pBox(s, P, k, gone) {
  const box = el('div', 'p');
  box.dataset.p = k;
  box.style.setProperty('--pc', pColor(k));
  const idle = P.m < 0;
  if (idle) box.classList.add('idle');
  if (gone) box.classList.add('gone');
  const head = el('div', 'p-head');
  head.appendChild(el('b', '', `P${k}`));
  head.appendChild(el('span', 'p-m', gone ? 'removed by GOMAXPROCS' : idle ? 'idle' : P.syscall ? `M${P.m} in syscall` : `M${P.m}`));
  box.appendChild(head);
  const row = (role, label, content) => {
    const r = el('div', 'slot-row');
    r.dataset.role = role;
    r.appendChild(el('span', 'lbl', label));
    r.appendChild(content);
    box.appendChild(r);
  };
  row('running', 'running', P.g ? chips(s, [P.g]) : el('span', 'none', idle ? '—' : 'scheduling'));
  row('runnext', 'runnext', chips(s, P.runnext ? [P.runnext] : []));
  row('runq', `runq (${P.runq.length})`, chips(s, P.runq));
  return box;
}

function mRow(ms) {
  const row = el('div', 'slot-row ms');
  row.dataset.role = 'ms';
  row.appendChild(el('span', 'lbl', 'Ms'));
  const mlist = el('span', 'chips');
  for (const M of ms) {
    const m = el('span', `mchip ${M.state}`, `M${M.id} ${M.state}${M.p >= 0 && M.state !== 'parked' ? ` P${M.p}` : ''}`);
    m.dataset.m = M.id;
    mlist.appendChild(m);
  }
  if (!ms.length) mlist.appendChild(el('span', 'none', '—'));
  row.appendChild(mlist);
  return row;
}

function timerRow(s, timers) {
  const tm = el('div', 'slot-row timers');
  tm.dataset.role = 'timers';
  tm.appendChild(el('span', 'lbl', `timers (${s.timers.size})`));
  const tl = el('span', 'chips');
  for (const t of timers) {
    const what = t.ch ? `→ ${s.chans.get(t.ch)?.name ?? 'chan'}` : `wakes G${t.g}`;
    tl.appendChild(el('span', 'tchip', `at ${timeText(t.when_us)} ${what}`));
  }
  if (!timers.length) tl.appendChild(el('span', 'none', '—'));
  tm.appendChild(tl);
  return tm;
}

// ---------- channels ----------

export class ChannelView {
  constructor(root) { this.root = root; this.cards = new Map(); }

  clear() {
    this.root.replaceChildren(el('div', 'empty-view', 'Channels appear here with their buffers and wait queues.'));
    this.cards = new Map();
    this.rec = null;
  }

  render(s, rec) {
    const root = this.root;
    if (rec !== this.rec) { this.rec = rec; this.cards = new Map(); }  // value and name ids are per recording
    const list = [...s.chans.values()].sort((a, b) => a.order - b.order);
    const lastI = s.i - 1;
    const cards = new Map(), shown = [];
    if (!list.length) shown.push(this.empty || (this.empty = el('div', 'empty', 'no channels yet')));
    for (const c of list.slice(0, 60)) {
      const lit = c.lastOp === lastI && lastI >= 0;
      const key = chanKey(s, c, lit);
      let card = this.cards.get(c.h);
      if (!card || card.dataset.key !== key) {
        card = chanCard(s, rec, c, lit);
        card.dataset.key = key;
      }
      cards.set(c.h, card);
      shown.push(card);
    }
    if (list.length > 60) shown.push(el('div', 'more', `${list.length - 60} more channels`));
    this.cards = cards;
    setChildren(root, shown);
  }
}

// Everything a channel card shows (see chanCard).
function chanKey(s, c, lit) {
  const ws = (list, f) => `${list.length}:${list.slice(0, 8).map(f).join(',')}`;
  return `${c.name}|${c.type}|${c.cap}|${c.line}|${c.closed}|${lit ? c.lastKind : ''}|${c.buf.length}:${c.buf.slice(0, 16).join(',')}` +
    `|${ws(c.sendq, (w) => `${chipKey(s, w.g)}=${w.val}`)}|${ws(c.recvq, (g) => chipKey(s, g))}`;
}

// One channel: senders -> [buffer or hand-off] -> receivers, joined by drawn arrows: a waiting
// sender points into the channel, the channel points at its waiting receivers.
function chanCard(s, rec, c, lit) {
  const card = el('div', 'chan');
  card.dataset.chan = c.name;
  if (lit) card.classList.add('lit', `lit-${c.lastKind}`);
  if (c.closed) card.classList.add('closed');
  const head = el('div', 'chan-head');
  head.appendChild(el('b', 'chan-name', c.name));
  head.appendChild(el('span', 'chan-type', `${c.type}${c.cap ? `, cap ${c.cap}` : ' (unbuffered)'}`));
  if (c.line) head.appendChild(el('span', 'chan-line', `line ${c.line}`));
  if (c.closed) head.appendChild(el('span', 'badge', 'closed'));
  card.appendChild(head);
  const flow = el('div', 'chan-flow');
  const side = (role, label, gs, vals) => {
    const box = el('div', `q ${role}`);
    box.dataset.role = role;
    box.appendChild(el('span', 'qlbl', label));
    if (!gs.length) box.appendChild(el('span', 'none', '—'));
    gs.slice(0, 8).forEach((g, k) => {
      const w = el('span', 'waiter');
      w.appendChild(chip(s, g));
      if (vals) w.appendChild(el('span', 'wval', rec.string(vals[k])));
      box.appendChild(w);
    });
    if (gs.length > 8) box.appendChild(el('span', 'more', `+${gs.length - 8}`));
    return box;
  };
  flow.appendChild(side('sendq', 'senders', c.sendq.map((w) => w.g), c.sendq.map((w) => w.val)));
  flow.appendChild(arrow(c.sendq.length > 0, `${c.sendq.length} waiting to send`));
  const pipe = el('div', 'pipe');
  if (c.cap > 0) {
    const buf = el('div', 'buf');
    buf.dataset.role = 'buffer';
    const shown = Math.min(c.cap, 16);
    for (let k = 0; k < shown; k++) {
      const v = c.buf[k];
      buf.appendChild(el('span', v === undefined ? 'bslot empty' : 'bslot', v === undefined ? '' : rec.string(v)));
    }
    if (c.cap > shown) buf.appendChild(el('span', 'more', `${c.buf.length}/${c.cap}`));
    pipe.appendChild(buf);
  } else {
    pipe.appendChild(el('span', 'handoff', c.closed ? 'closed' : 'hand-off'));
  }
  flow.appendChild(pipe);
  flow.appendChild(arrow(c.recvq.length > 0, `${c.recvq.length} waiting to receive`));
  flow.appendChild(side('recvq', 'receivers', c.recvq));
  card.appendChild(flow);
  return card;
}

// ---------- goroutines ----------

// Rows drawn at most (the panel shows about a dozen; building thousands of rows per moment
// would cost tens of milliseconds per seek).
const MAX_ROWS = 150;

export function stateText(r, defs) {
  switch (r.state) {
    case 'running': return `running on P${r.p}`;
    case 'syscall': return 'in a system call';
    case 'waiting': return `waiting (${defs.waitReason(r.reason)})`;
    default: return r.state;
  }
}

export class GoroutineTable {
  constructor(tbody, note) { this.tbody = tbody; this.note = note; this.rows = new Map(); }

  clear() { this.tbody.textContent = ''; this.note.textContent = ''; this.rows = new Map(); this.rec = null; }

  render(s, rec) {
    // Never copies every goroutine (a million may be parked): the first MAX_ROWS, live ones
    // only when there are more.
    if (rec !== this.rec) { this.rec = rec; this.rows = new Map(); }  // function ids are per recording
    const total = s.gs.size;
    const list = [];
    for (const r of s.gs.values()) {
      if (list.length >= MAX_ROWS) break;
      if (total <= MAX_ROWS || r.state !== 'dead') list.push(r);
    }
    const rows = new Map(), shown = [];
    for (const r of list) {
      const key = `${r.state}|${r.reason}|${r.p}|${r.line}|${r.func}|${r.parent}|${r.createLine}|${r.waker}|${r.wakerLine}|${rec.funcs.length}`;
      let tr = this.rows.get(r.id);
      if (!tr || tr.dataset.key !== key) {
        tr = gRow(s, rec, r);
        tr.dataset.key = key;
      }
      rows.set(r.id, tr);
      shown.push(tr);
    }
    this.rows = rows;
    setChildren(this.tbody, shown);
    this.note.textContent = total > list.length ? `${total - list.length} more goroutines not listed` : '';
  }
}

function gRow(s, rec, r) {
  const tr = el('tr', r.state);
  tr.dataset.g = r.id;
  const th = el('th');
  th.appendChild(chip(s, r.id));
  tr.appendChild(th);
  const cell = (cls, text) => tr.appendChild(el('td', cls, text));
  cell('func', rec.funcName(r.func)).title = rec.funcName(r.func);
  cell('state', stateText(r, rec.defs));
  cell('line', r.line ? String(r.line) : '');
  // Short cells (the full words are in the title), so every column fits a third of 1366 px.
  const by = (g, line, full) => { const td = cell('', g === 0 ? 'runtime' : `G${g}${line ? ` :${line}` : ''}`); td.title = full; return td; };
  by(r.parent, r.createLine, r.parent ? `created by G${r.parent} at line ${r.createLine}` : 'created by the runtime').className = 'parent';
  if (r.waker < 0) cell('woken', '');
  else by(r.waker, r.wakerLine, r.waker === 0 ? 'woken by the runtime' : `woken by G${r.waker}${r.wakerLine ? ` at line ${r.wakerLine}` : ''}`).className = 'woken';
  return tr;
}

// ---------- who waits on what ----------

// An SVG of waitGraph(): goroutines and the objects they wait on, laid out on a circle,
// with an arrow per wait (G -> object) and per possible partner (object -> G).
export function renderWaitGraph(root, graph) {
  root.textContent = '';
  const { nodes, edges } = graph;
  if (!nodes.length) return;
  const W = 420, H = Math.max(180, Math.min(320, 90 + nodes.length * 22));
  const cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 34;
  const pos = new Map();
  nodes.forEach((n, k) => {
    const t = (2 * Math.PI * k) / nodes.length - Math.PI / 2;
    pos.set(n.id, { x: cx + R * Math.cos(t), y: cy + R * Math.sin(t) });
  });
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('width', W);
  svg.setAttribute('height', H);
  svg.innerHTML = '<defs><marker id="wg-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#b23c17"/></marker></defs>';
  for (const e of edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    if (!a || !b) continue;
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const line = document.createElementNS(NS, 'line');
    line.setAttribute('x1', a.x + (dx / len) * 24);
    line.setAttribute('y1', a.y + (dy / len) * 16);
    line.setAttribute('x2', b.x - (dx / len) * 26);
    line.setAttribute('y2', b.y - (dy / len) * 18);
    line.setAttribute('class', `wg-edge ${e.label.replace(/\W+/g, '-')}`);
    line.setAttribute('marker-end', 'url(#wg-arrow)');
    const title = document.createElementNS(NS, 'title');
    title.textContent = e.label;
    line.appendChild(title);
    svg.appendChild(line);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const g = document.createElementNS(NS, 'g');
    g.setAttribute('class', `wg-node ${n.kind}`);
    g.dataset.node = n.label;
    const w = Math.max(40, n.label.length * 7.5 + 14);
    const box = document.createElementNS(NS, n.kind === 'g' ? 'ellipse' : 'rect');
    if (n.kind === 'g') {
      box.setAttribute('cx', p.x); box.setAttribute('cy', p.y); box.setAttribute('rx', w / 2); box.setAttribute('ry', 14);
    } else {
      box.setAttribute('x', p.x - w / 2); box.setAttribute('y', p.y - 13); box.setAttribute('width', w); box.setAttribute('height', 26); box.setAttribute('rx', 4);
    }
    g.appendChild(box);
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('x', p.x); t.setAttribute('y', p.y + 4); t.setAttribute('text-anchor', 'middle');
    t.textContent = n.label;
    g.appendChild(t);
    svg.appendChild(g);
  }
  root.appendChild(svg);
}
