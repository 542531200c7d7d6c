import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { placeFindings, type B1Findings, type PlacedFinding, type Snapshot } from './placement.js';
import { FindingTips } from './tips.js';
import './b1.css';

export type { B1Findings } from './placement.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    b1Highlights: {
      /** Underlines these findings of the B1 check (their ranges in `html`); undefined takes every underline away. */
      setB1Findings: (findings: B1Findings | undefined) => ReturnType;
    };
  }
}

/** How many of the editor's recent documents a late check's findings are looked for in. */
const SNAPSHOTS = 50;

interface B1State {
  decorations: DecorationSet;
  /** The documents since the oldest kept, newest last (the current one), for findings that arrive late. */
  snapshots: readonly Snapshot[];
  /** Every change since the oldest snapshot. */
  mapping: Mapping;
}

export const b1PluginKey = new PluginKey<B1State>('b1Highlights');

interface FindingsMeta {
  findings: B1Findings | undefined;
}

/** The class names of a finding's underline: by kind and severity (the CSS gives each its own line, not only a colour). */
function decorationOf(placed: PlacedFinding): Decoration {
  const { finding, onMarker } = placed;
  const classes = ['b1-finding', `b1-${finding.kind}`, `b1-${finding.severity}`];
  if (onMarker) classes.push('b1-on-marker');
  const attrs = { class: classes.join(' '), 'data-b1-kind': finding.kind };
  // A footnote held as one piece shows its own view of its text: the class goes on the piece itself.
  return onMarker
    ? Decoration.node(placed.from, placed.to, attrs, { b1: placed })
    : Decoration.inline(placed.from, placed.to, attrs, { b1: placed });
}

/** The newest snapshots, the changes since the oldest of them. */
function trimmed(snapshots: Snapshot[], mapping: Mapping): Pick<B1State, 'snapshots' | 'mapping'> {
  if (snapshots.length <= SNAPSHOTS) return { snapshots, mapping };
  const kept = snapshots.slice(-SNAPSHOTS);
  const base = kept[0]?.mapFrom ?? 0;
  return {
    snapshots: kept.map((s) => ({ doc: s.doc, mapFrom: s.mapFrom - base })),
    // A new Mapping of the kept maps alone: `slice` would share the whole array (with an offset), and the maps that
    // the next transaction appends would then be counted from its start, not from the kept snapshots'.
    mapping: new Mapping(mapping.maps.slice(base)),
  };
}

/** The finding at a position: the narrowest one that holds it (a word inside a long sentence before the sentence). */
export function findingAt(state: EditorState, pos: number): PlacedFinding | undefined {
  const decorations = b1PluginKey.getState(state)?.decorations;
  if (!decorations) return undefined;
  let best: PlacedFinding | undefined;
  for (const decoration of decorations.find(pos, pos)) {
    const placed = (decoration.spec as { b1?: PlacedFinding }).b1;
    if (!placed || decoration.from > pos || pos > decoration.to) continue;
    if (!best || decoration.to - decoration.from < best.to - best.from) {
      best = { ...placed, from: decoration.from, to: decoration.to };
    }
  }
  return best;
}

/** The starts of every underlined finding, in document order. */
function findingStarts(state: EditorState): number[] {
  const decorations = b1PluginKey.getState(state)?.decorations;
  if (!decorations) return [];
  return [...new Set(decorations.find().map((d) => d.from))].sort((a, b) => a - b);
}

/** Moves the caret to the start of the next (or previous) finding, round the end of the section. */
function moveToFinding(view: EditorView, direction: 1 | -1): boolean {
  const starts = findingStarts(view.state);
  if (starts.length === 0) return false;
  const head = view.state.selection.head;
  const target =
    direction === 1
      ? (starts.find((s) => s > head) ?? starts[0])
      : (starts.findLast((s) => s < head) ?? starts.at(-1));
  if (target === undefined) return false;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, target)).scrollIntoView());
  return true;
}

/**
 * The B1 check's findings in the editor: each underlined at its exact range (class by kind and severity), its
 * explanation and suggestion in a tooltip on hover and in a panel under the editor (a polite live region) while the
 * caret is in it; F8 and Shift+F8 go to the next and previous finding. `setB1Findings` takes the check's findings
 * with the HTML they were found in; they are placed in the document that had that text, and mapped through what
 * the writer typed since. Placing happens only when findings arrive, never on the typing path: a keystroke maps
 * the underlines, which ProseMirror does in time proportional to the change.
 */
export const B1Highlights = Extension.create({
  name: 'b1Highlights',

  addCommands() {
    return {
      setB1Findings:
        (findings) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            const meta: FindingsMeta = { findings };
            tr.setMeta(b1PluginKey, meta).setMeta('addToHistory', false);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      F8: ({ editor }) => moveToFinding(editor.view, 1),
      'Shift-F8': ({ editor }) => moveToFinding(editor.view, -1),
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<B1State>({
        key: b1PluginKey,
        state: {
          init: (_config, state) => ({
            decorations: DecorationSet.empty,
            snapshots: [{ doc: state.doc, mapFrom: 0 }],
            mapping: new Mapping(),
          }),
          apply: (tr, previous): B1State => {
            let { decorations, snapshots, mapping } = previous;
            if (tr.docChanged) {
              decorations = decorations.map(tr.mapping, tr.doc);
              const maps = previous.mapping.maps.slice();
              for (const map of tr.mapping.maps) maps.push(map);
              ({ snapshots, mapping } = trimmed(
                [...snapshots, { doc: tr.doc, mapFrom: maps.length }],
                new Mapping(maps),
              ));
            }
            const meta = tr.getMeta(b1PluginKey) as FindingsMeta | undefined;
            if (meta) {
              if (meta.findings === undefined) decorations = DecorationSet.empty;
              else {
                const placed = placeFindings(meta.findings, snapshots, mapping, tr.doc);
                if (placed) decorations = DecorationSet.create(tr.doc, placed.map(decorationOf));
              }
            }
            return { decorations, snapshots, mapping };
          },
        },
        props: {
          decorations: (state) => b1PluginKey.getState(state)?.decorations,
        },
        view: (view) => new FindingTips(view, findingAt),
      }),
    ];
  },
});
