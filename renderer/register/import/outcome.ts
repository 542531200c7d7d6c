import type { ApiError } from '../../../api/contract/api-error.js';
import { ITEM_FIELD_LABELS, MAPPING_LABELS } from '../../../core/model/field-labels.js';
import type { ImportSummary } from '../../../core/model/import.js';
import { splitRefusal, type RowError } from './row-errors.js';

/** What the last step of the import screen came to. */
export type Outcome =
  | { kind: 'preview'; summary: ImportSummary }
  | { kind: 'done'; summary: ImportSummary }
  /** The list or the kolomindeling refused: every problem at its row and column, or at its field. */
  | { kind: 'refused'; message: string; rows: RowError[]; fields: Map<string, string[]>; general: string[] }
  /** Anything else: the register refused, or the server is gone. */
  | { kind: 'failed'; message: string; general: string[] };

export function refusalOf(error: ApiError): Outcome {
  if (error.code === 'invalid_input')
    return { kind: 'refused', message: error.message, ...splitRefusal(error) };
  return {
    kind: 'failed',
    message: error.message,
    general: (error.issues ?? []).map(({ path, message }) => (path ? `${path}: ${message}` : message)),
  };
}

/** The field errors of a refusal, for the form; none for any other outcome. */
export function fieldErrorsOf(outcome: Outcome | undefined): ReadonlyMap<string, string[]> {
  return outcome?.kind === 'refused' ? outcome.fields : new Map();
}

/** A field of the kolomindeling as the form labels it: `titel` → Titel, `soort.kolom` → Kolom met de soort. */
export function fieldLabel(field: string): string {
  return (
    (ITEM_FIELD_LABELS as Readonly<Record<string, string>>)[field] ?? MAPPING_LABELS.fields[field] ?? field
  );
}
