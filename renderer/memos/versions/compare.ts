import { diffWords, type ChangeObject } from 'diff';
import type { MemoDocument } from '../../../core/model/memo-concept.js';
import type { Sectie } from '../../../core/model/memo.js';

export type Part = ChangeObject<string>;

export type SectionComparison =
  | { titel: string; wat: 'gewijzigd'; parts: Part[] }
  | { titel: string; wat: 'toegevoegd' | 'verwijderd' | 'ongewijzigd' };

export interface FieldChange {
  label: string;
  oud: string;
  nieuw: string;
}

export interface Comparison {
  velden: FieldChange[];
  secties: SectionComparison[];
}

/** How two versions name the same section: a fixed one by its key, a free one by its title. */
const keyOf = (sectie: Sectie): string =>
  sectie.sleutel === undefined ? `vrij:${sectie.titel ?? ''}` : sectie.sleutel;

/** A field's value as a reader reads it: a list one item after another, a motie by its number, yes or no. */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(shown).join('; ');
  const record = value as Record<string, unknown>;
  if (typeof record.nummer === 'string') return record.nummer;
  return Object.entries(record)
    .map(([key, part]) => `${key}: ${shown(part)}`)
    .join(', ');
}

/**
 * What changed from version `oud` to version `nieuw`: the fields whose value differs (by their labels), and per
 * section the words added and removed (jsdiff, word level), or that the section was added, removed or left as it was.
 * Sections are listed in the newer version's order, the removed ones after them.
 */
export function compareVersions(
  oud: MemoDocument,
  nieuw: MemoDocument,
  {
    titleOf,
    labelOf,
    textOf,
  }: {
    titleOf: (sectie: Sectie) => string;
    labelOf: (field: string) => string;
    textOf: (html: string) => string;
  },
): Comparison {
  const fields = new Set([...Object.keys(oud), ...Object.keys(nieuw)]);
  fields.delete('secties');
  const velden = [...fields].flatMap((field): FieldChange[] => {
    const [a, b] = [shown(oud[field]), shown(nieuw[field])];
    return a === b ? [] : [{ label: labelOf(field), oud: a, nieuw: b }];
  });
  const before = new Map(oud.secties.map((sectie) => [keyOf(sectie), sectie]));
  const after = new Set(nieuw.secties.map(keyOf));
  const secties = nieuw.secties.map((sectie): SectionComparison => {
    const titel = titleOf(sectie);
    const earlier = before.get(keyOf(sectie));
    if (earlier === undefined) return { titel, wat: 'toegevoegd' };
    const [a, b] = [textOf(earlier.inhoud), textOf(sectie.inhoud)];
    return a === b ? { titel, wat: 'ongewijzigd' } : { titel, wat: 'gewijzigd', parts: diffWords(a, b) };
  });
  const removed = oud.secties
    .filter((sectie) => !after.has(keyOf(sectie)))
    .map((sectie): SectionComparison => ({ titel: titleOf(sectie), wat: 'verwijderd' }));
  return { velden, secties: [...secties, ...removed] };
}
