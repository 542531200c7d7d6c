import type { ExportDescription, ExportProfile } from '../../core/model/export.js';
import { spreadsheetCsv } from '../spreadsheet-cells.js';
import { fillPattern } from './pattern.js';

/** The default name of a profile's import fields file. */
const DEFAULT_FILE = 'bis-velden.json';

/**
 * The profile's import fields for one memo, as the BIS takes them in: a JSON object (field → value) or a CSV with a
 * header row and one row (as Excel in a Dutch office reads it); undefined for a profile without fields.
 */
export function profileFields(
  profile: ExportProfile,
  d: ExportDescription,
): { naam: string; mediatype: string; bytes: Uint8Array } | undefined {
  if (profile.velden === undefined) return undefined;
  const entries = Object.entries(profile.velden).map(([veld, pattern]) => [veld, fillPattern(pattern, d)]);
  const naam = profile.veldenBestand ?? DEFAULT_FILE;
  if (naam.endsWith('.csv')) {
    const csv = spreadsheetCsv([
      entries.map(([veld]) => veld ?? ''),
      entries.map(([, value]) => value ?? ''),
    ]);
    return { naam, mediatype: 'text/csv', bytes: new TextEncoder().encode(csv) };
  }
  const json = `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
  return { naam, mediatype: 'application/json', bytes: new TextEncoder().encode(json) };
}
