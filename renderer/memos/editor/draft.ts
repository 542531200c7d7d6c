import { formatPath } from '../../../core/errors.js';
import { FINANCIEN_LABELS } from '../../../core/model/financien.js';
import type { Manifest } from '../../../core/model/manifest.js';
import { memoShape } from '../../../core/model/memo.js';
import type { z } from '../../../core/model/zod-nl.js';
import type { MemoConcept } from '../../../core/model/memo-concept.js';
import { formFields, type FormFieldSpec } from './fields.js';
import { fromForm, toForm, type FormValue } from './form-values.js';

/** A section as the editor holds it: a key that stays with it while it moves (the editors are keyed by it). */
export interface DraftSection {
  key: string;
  sleutel?: string | undefined;
  titel?: string | undefined;
  inhoud: string;
}

/**
 * What the writer has on screen: the form's values as typed, the sections, and the rest of the concept (the
 * voorgesteld besluit, openbaarheid, financiën and any field the form does not know) as it is.
 */
export interface Draft {
  values: Readonly<Record<string, FormValue>>;
  sections: readonly DraftSection[];
  rest: Readonly<Record<string, unknown>>;
}

let nextKey = 0;
export function newSectionKey(): string {
  nextKey += 1;
  return `s${nextKey}`;
}

export function draftOf(concept: MemoConcept, manifest: Manifest): Draft {
  const fields = formFields(manifest);
  const own = new Set(['type', 'secties', 'versienummer', ...fields.map((field) => field.naam)]);
  const record = concept as Record<string, unknown>;
  return {
    values: Object.fromEntries(fields.map((field) => [field.naam, toForm(field, record[field.naam])])),
    sections: concept.secties.map((sectie) => ({
      key: newSectionKey(),
      sleutel: sectie.sleutel,
      titel: sectie.titel,
      inhoud: sectie.inhoud,
    })),
    rest: Object.fromEntries(Object.entries(record).filter(([key]) => !own.has(key))),
  };
}

export interface Built {
  concept: MemoConcept;
  /** What cannot be stored yet, per field or section key: shown there; the last stored value is kept meanwhile. */
  problems: ReadonlyMap<string, string>;
}

/** The parts of the openbaarheid and financiën choices, as their form names them. */
const PART_LABELS: Readonly<Record<string, string>> = {
  openbaar: 'Openbaar',
  grond: 'Grond',
  vertrouwelijkheidaanduiding: 'Vertrouwelijkheidaanduiding',
  toelichting: 'Toelichting',
  ...FINANCIEN_LABELS,
};

/** Where in a list field a problem is, for the message at the field: "regel 2, email: ". */
function placeOf(path: readonly PropertyKey[]): string {
  const [row, ...part] = path;
  if (typeof row === 'string') return `${PART_LABELS[row] ?? row}: `;
  if (typeof row !== 'number') return '';
  return part.length === 0 ? `regel ${row + 1}: ` : `regel ${row + 1}, ${formatPath(part)}: `;
}

/** The problem of one field's value by its schema, in words, or undefined when it is fine. */
function problemOf(field: FormFieldSpec, value: unknown, manifest: Manifest): string | undefined {
  const schema = memoShape(manifest)[field.naam] as z.ZodType | undefined;
  if (schema === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  return result.error.issues.map((issue) => `${placeOf(issue.path)}${issue.message}`).join('; ');
}

/**
 * The concept to store: every field the schema accepts as typed; one it refuses (half an e-mail address) keeps its
 * stored value until it is right, so that an autosave is never refused for it and the rest is saved. A free section
 * without a title keeps its stored title the same way.
 */
export function buildConcept(
  draft: Draft,
  manifest: Manifest,
  stored: MemoConcept,
  versienummer: number,
): Built {
  const problems = new Map<string, string>();
  const record: Record<string, unknown> = { type: manifest.type, ...draft.rest, versienummer };
  const before = stored as Record<string, unknown>;
  for (const field of formFields(manifest)) {
    const raw = draft.values[field.naam];
    const value = raw === undefined ? undefined : fromForm(field, raw);
    const problem = value === undefined ? undefined : problemOf(field, value, manifest);
    if (problem !== undefined) problems.set(field.naam, problem);
    const kept = problem === undefined ? value : before[field.naam];
    if (kept !== undefined) record[field.naam] = kept;
  }
  const storedTitles = new Map(stored.secties.map((sectie, i) => [i, sectie.titel]));
  record.secties = draft.sections.map((section, i) => {
    if (section.sleutel !== undefined) return { sleutel: section.sleutel, inhoud: section.inhoud };
    const titel = section.titel?.trim() ?? '';
    if (titel !== '') return { titel: section.titel, inhoud: section.inhoud };
    problems.set(section.key, 'de sectie heeft een titel nodig');
    return { titel: storedTitles.get(i) ?? 'Zonder titel', inhoud: section.inhoud };
  });
  return { concept: record as MemoConcept, problems };
}
