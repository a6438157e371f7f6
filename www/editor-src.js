// The source view: CodeMirror 6 with Go highlighting, bundled into www/editor.bundle.js by
// scripts/build-editor.sh (esbuild; no CDN). It shows compile errors underlined at their
// position with the message, and, at the player's moment, each goroutine's line marked with
// a chip in the colour of the P it runs on.
import { EditorView, basicSetup } from 'codemirror';
import { go } from '@codemirror/lang-go';
import { setDiagnostics } from '@codemirror/lint';
import { StateField, StateEffect, RangeSetBuilder } from '@codemirror/state';
import { Decoration, WidgetType, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';

// Goroutine chips on a line: [{g, color, running}].
class Chips extends WidgetType {
  constructor(chips) { super(); this.chips = chips; }
  eq(o) { return JSON.stringify(o.chips) === JSON.stringify(this.chips); }
  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-gchips';
    for (const c of this.chips) {
      const chip = document.createElement('span');
      chip.className = 'gchip' + (c.running ? ' running' : '');
      chip.style.setProperty('--pc', c.color);
      chip.dataset.g = c.g;
      chip.textContent = `G${c.g}`;
      span.appendChild(chip);
    }
    return span;
  }
}

const setMarks = StateEffect.define();

// marks: Map line -> [{g, color, running}]; lines of running goroutines get a background.
const marksField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const b = new RangeSetBuilder();
      const lines = [...e.value.keys()].filter((l) => l >= 1 && l <= tr.state.doc.lines).sort((a, b) => a - b);
      for (const l of lines) {
        const line = tr.state.doc.line(l);
        const chips = e.value.get(l);
        if (chips.some((c) => c.running)) b.add(line.from, line.from, Decoration.line({ class: 'cm-running-line' }));
        b.add(line.to, line.to, Decoration.widget({ widget: new Chips(chips), side: 1 }));
      }
      deco = b.finish();
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function createEditor(parent, doc, { onRun } = {}) {
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      basicSetup,
      go(),
      keymap.of([indentWithTab, { key: 'Mod-Enter', run: () => { if (onRun) onRun(); return true; } }]),
      marksField,
      EditorView.theme({ '&': { height: '100%', fontSize: '13px' }, '.cm-scroller': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }),
    ],
  });
  return {
    view,
    getValue: () => view.state.doc.toString(),
    setValue(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // diags: [{line, col, msg}] (1-based), as the compiler reports them.
    setErrors(diags) {
      const doc = view.state.doc;
      const list = diags.map((d) => {
        const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
        const from = Math.min(line.from + Math.max(0, d.col - 1), line.to);
        // Underline the word at the position (at least one character).
        let to = from;
        while (to < line.to && /\w/.test(doc.sliceString(to, to + 1))) to++;
        return { from, to: Math.max(to, Math.min(from + 1, line.to)), severity: 'error', message: d.msg };
      });
      view.dispatch(setDiagnostics(view.state, list));
    },
    setMarks(marks) { view.dispatch({ effects: setMarks.of(marks) }); },
  };
}
