import type { Block, ListType } from './model.js';

/** An element's inline style as property → value, both in lower case. */
export function styleOf(style: string | undefined): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const declaration of (style ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    map.set(
      declaration.slice(0, colon).trim().toLowerCase(),
      declaration
        .slice(colon + 1)
        .trim()
        .toLowerCase(),
    );
  }
  return map;
}

/** Where Word says a paragraph is a list item: `mso-list: l0 level2 lfo1` (list, level, list override). */
export function wordListOf(style: ReadonlyMap<string, string>): { list: string; level: number } | undefined {
  const value = style.get('mso-list');
  if (value === undefined || value === 'ignore' || value === 'none') return undefined;
  const level = /level(\d+)/.exec(value);
  const lfo = /lfo(\d+)/.exec(value) ?? /\bl(\d+)/.exec(value);
  return { list: lfo?.[0] ?? value, level: level ? Number(level[1]) : 1 };
}

const ROMAN = /^(?=[ivxlc]+$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

function romanValue(text: string): number {
  const values: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text.charAt(i)] ?? 0;
    const next = values[text.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * What the number or bullet Word wrote before a list item says: the list's numbering and the item's number. "1."
 * and "1.2." are numbers, "a)" a letter, "iv." a Roman numeral (a lone "i", "v" or "x" too: Word's lists of letters
 * rarely get that far); anything else (·, o, §, –, •) is a bullet.
 */
export function markerType(marker: string): { type: ListType; start: number } {
  const text = marker
    .replace(/\s+/g, '')
    .replace(/[.)]+$/, '')
    .replace(/^\(/, '');
  if (/^\d+(\.\d+)*$/.test(text)) return { type: '1', start: Number(text.split('.').at(-1)) };
  if (ROMAN.test(text)) return { type: 'i', start: romanValue(text) };
  if (ROMAN.test(text.toLowerCase()) && text === text.toUpperCase())
    return { type: 'I', start: romanValue(text.toLowerCase()) };
  if (/^[a-z]$/.test(text)) return { type: 'a', start: text.charCodeAt(0) - 96 };
  if (/^[A-Z]$/.test(text)) return { type: 'A', start: text.charCodeAt(0) - 64 };
  return { type: 'bullet', start: 1 };
}

interface Open {
  level: number;
  list: Extract<Block, { kind: 'list' }>;
}

/**
 * Word's list paragraphs made real lists: a run of them in a row is a list, an item of a deeper level starts a list
 * inside the item before it, and another numbering at the same level starts a new list. Every other block stays.
 */
export function wordLists(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let open: Open[] = [];
  for (const block of blocks) {
    if (block.kind !== 'word-item') {
      open = [];
      out.push(block);
      continue;
    }
    while (open.length > 0 && (open.at(-1)?.level ?? 0) > block.level) open.pop();
    const top = open.at(-1);
    if (top && top.level === block.level && top.list.type !== block.type) open.pop();
    let current = open.at(-1);
    if (!current || current.level < block.level) {
      const list: Open['list'] = { kind: 'list', type: block.type, start: block.start, items: [] };
      const parentItem = current?.list.items.at(-1);
      if (parentItem) parentItem.push(list);
      else out.push(list);
      current = { level: block.level, list };
      open.push(current);
    }
    current.list.items.push([{ kind: 'p', inline: block.inline }]);
  }
  return out;
}
