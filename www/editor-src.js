// The source view: CodeMirror 6 with Go highlighting, bundled into www/editor.bundle.js by
// scripts/build-editor.sh (esbuild; no CDN). It shows compile errors underlined at their
// position with the message, and, at the player's moment, each goroutine's line marked with
// a chip in the colour of the P it runs on.
import { EditorView, basicSetup } from 'codemirror';
import { go } from '@codemirror/lang-go';
import { setDiagnostics } from '@codemirror/lint';
import { StateField, StateEffect, Compartment, EditorState } from '@codemirror/state';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import { Decoration, WidgetType, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';

// Goroutine chips on a line: [{g, color, running}].
class Chips extends WidgetType {
  constructor(chips) { super(); this.chips = chips; this.key = JSON.stringify(chips); }
  eq(o) { return o.key === this.key; }
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

// Changes to the goroutine marks: {lines: Map line -> chips | null}; only the lines whose
// chips changed are given, so an update touches those lines and nothing else.
const setMarks = StateEffect.define();
const clearMarks = StateEffect.define();

const marksField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(clearMarks)) { deco = Decoration.none; continue; }
      if (!e.is(setMarks)) continue;
      const doc = tr.state.doc;
      const changed = e.value;
      const add = [];
      for (const [l, chips] of changed) {
        if (!chips || l < 1 || l > doc.lines) continue;
        const line = doc.line(l);
        if (chips.some((c) => c.running)) add.push(Decoration.line({ class: 'cm-running-line', mline: l }).range(line.from));
        add.push(Decoration.widget({ widget: new Chips(chips), side: 1, mline: l }).range(line.to));
      }
      add.sort((a, b) => a.from - b.from || a.value.startSide - b.value.startSide);
      deco = deco.update({ filter: (_f, _t, v) => !changed.has(v.spec.mline), add });
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// A dark theme of our own (no extra package): editor colours plus a highlight style.
const darkTheme = [
  EditorView.theme({
    '&': { color: '#d6deeb', backgroundColor: '#161b22' },
    '.cm-content': { caretColor: '#e6edf3' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: '#e6edf3' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: '#264f78' },
    '.cm-gutters': { backgroundColor: '#161b22', color: '#6e7681', border: 'none' },
    '.cm-activeLine': { backgroundColor: '#1f262f' },
    '.cm-activeLineGutter': { backgroundColor: '#1f262f' },
    '.cm-running-line': { backgroundColor: '#12343d' },
  }, { dark: true }),
  syntaxHighlighting(HighlightStyle.define([
    { tag: t.keyword, color: '#ff7b72' },
    { tag: [t.string, t.special(t.string)], color: '#a5d6ff' },
    { tag: [t.number, t.bool, t.null], color: '#79c0ff' },
    { tag: t.comment, color: '#8b949e', fontStyle: 'italic' },
    { tag: [t.function(t.variableName), t.function(t.propertyName)], color: '#d2a8ff' },
    { tag: [t.typeName, t.className], color: '#ffa657' },
    { tag: t.operator, color: '#e6edf3' },
  ])),
];

export function createEditor(parent, doc, { onRun, readOnly = false, dark = false, label = 'Go source' } = {}) {
  const themeC = new Compartment(), roC = new Compartment();
  const ro = (on) => [EditorState.readOnly.of(on), EditorView.editable.of(!on)];
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      basicSetup,
      go(),
      keymap.of([indentWithTab, { key: 'Mod-Enter', run: () => { if (onRun) onRun(); return true; } }]),
      marksField,
      themeC.of(dark ? darkTheme : []),
      roC.of(ro(readOnly)),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.theme({ '&': { height: '100%', fontSize: '13px' }, '.cm-scroller': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }),
    ],
  });
  const shownMarks = new Map(); // line -> JSON of its chips, as shown
  return {
    view,
    setDark(on) { view.dispatch({ effects: themeC.reconfigure(on ? darkTheme : []) }); },
    setReadOnly(on) { view.dispatch({ effects: roC.reconfigure(ro(on)) }); },
    getValue: () => view.state.doc.toString(),
    setValue(text) {
      shownMarks.clear();
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, effects: clearMarks.of(null) });
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
    // marks: Map line -> [{g, color, running}] for the whole program. Compared with the marks
    // shown, line by line: nothing is dispatched when no line changed, and an update
    // replaces the decorations of the changed lines only. Returns the number of lines changed.
    setMarks(marks) {
      const changed = new Map();
      for (const [l, chips] of marks) {
        const key = JSON.stringify(chips);
        if (shownMarks.get(l) !== key) { changed.set(l, chips); shownMarks.set(l, key); }
      }
      for (const l of shownMarks.keys()) if (!marks.has(l)) { changed.set(l, null); shownMarks.delete(l); }
      if (changed.size) view.dispatch({ effects: setMarks.of(changed) });
      return changed.size;
    },
  };
}
