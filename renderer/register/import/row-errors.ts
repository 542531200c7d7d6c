import type { ApiError } from '../../../api/contract/api-error.js';

/** A problem of one cell of the list, as the import names it: `rij 4, kolom Termijn`. */
export interface RowError {
  rij: number;
  kolom: string;
  melding: string;
}

const ROW_PATH = /^rij (\d+)(?:, kolom (.+)|, (.+))?$/;

/**
 * A refusal of the list split by where it belongs: the problems of its rows (for the table), those of the
 * kolomindeling by field (`kolommen.titel` → titel, `soort.kolom` and `soort`), and the rest (the file as a whole).
 */
export function splitRefusal(error: ApiError): {
  rows: RowError[];
  fields: Map<string, string[]>;
  general: string[];
} {
  const rows: RowError[] = [];
  const fields = new Map<string, string[]>();
  const general: string[] = [];
  for (const { path, message } of error.issues ?? [{ path: error.field ?? '', message: error.message }]) {
    const row = ROW_PATH.exec(path);
    if (row) {
      rows.push({ rij: Number(row[1]), kolom: row[2] ?? row[3] ?? '', melding: message });
      continue;
    }
    const field = /^(?:mapping\.)?(?:kolommen\.)?(.+)$/.exec(path)?.[1] ?? '';
    if (
      path.startsWith('kolommen.') ||
      path.startsWith('mapping.') ||
      path === 'soort' ||
      path === 'soort.kolom'
    ) {
      fields.set(field, [...(fields.get(field) ?? []), message]);
    } else {
      general.push(path ? `${path}: ${message}` : message);
    }
  }
  return { rows, fields, general };
}
