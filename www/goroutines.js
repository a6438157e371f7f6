// The goroutines table: one row per G with its start function, state (Go's wait reason when
// waiting), its creator and who woke it last.
//
// render() touches only the rows of goroutines that changed since the last frame
// (model.dirtyGs), and only the cells whose text changed, so a run with thousands of
// goroutines and 100k events costs a few DOM writes per frame.
import { waitReasonText } from './trace-model.js';

// More rows than this would make the table itself slow and unreadable; the count of the
// rest is shown instead.
const MAX_ROWS = 1000;

export function stateText(r) {
  switch (r.state) {
    case 'running': return `running on P${r.p} / M${r.m}`;
    case 'waiting': return `waiting (${waitReasonText(r.reason)})`;
    default: return r.state;  // runnable, dead
  }
}

// Who made this G runnable last: a goroutine, or the runtime (a timer) for waker 0.
function wokenText(r) {
  if (r.wokenBy < 0) return '';
  return r.wokenBy === 0 ? 'woken by the runtime/timer' : `woken by G${r.wokenBy}`;
}

export class GoroutineTable {
  constructor(tbody, note) {
    this.tbody = tbody;
    this.note = note;
    this.model = null;
    this.rows = new Map();  // g -> {tr, cells: [td...], texts: [string...]}
  }

  setModel(model) {
    this.model = model;
    this.rows.clear();
    this.tbody.textContent = '';
    this.note.textContent = '';
  }

  render() {
    const { model } = this;
    if (!model || model.dirtyGs.size === 0) return;
    for (const g of model.dirtyGs) {
      const r = model.gs.get(g);
      if (!r) continue;
      let row = this.rows.get(g);
      if (!row) {
        if (this.rows.size >= MAX_ROWS) continue;
        row = this.addRow(g);
      }
      const texts = [
        `G${g}`,
        model.funcLabel(r),
        stateText(r),
        r.parent ? `G${r.parent}` : 'runtime',
        wokenText(r),
      ];
      texts.forEach((t, k) => {
        if (row.texts[k] !== t) { row.texts[k] = t; row.cells[k].textContent = t; }
      });
      if (row.state !== r.state) {
        row.tr.className = r.state;
        row.state = r.state;
      }
    }
    model.dirtyGs.clear();
    const hidden = model.gs.size - this.rows.size;
    this.note.textContent = hidden > 0 ? `${hidden} more goroutines not shown` : '';
  }

  addRow(g) {
    const tr = document.createElement('tr');
    tr.dataset.g = String(g);
    const cells = ['g', 'func', 'state', 'parent', 'woken'].map((cls) => {
      const td = document.createElement(cls === 'g' ? 'th' : 'td');
      if (cls === 'g') td.scope = 'row';
      td.className = cls;
      tr.appendChild(td);
      return td;
    });
    this.tbody.appendChild(tr);
    const row = { tr, cells, texts: [], state: '' };
    this.rows.set(g, row);
    return row;
  }
}
