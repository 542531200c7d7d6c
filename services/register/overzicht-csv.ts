import type { Overzicht } from '../../core/model/overzicht.js';
import { sortOverzicht } from '../../templates/engine/overzicht.js';
import { spreadsheetCsv } from '../spreadsheet-cells.js';

/** The stand van zaken as CSV for Excel (see spreadsheetCsv). Same order as the document: overdue first. */
export function overzichtCsv(overzicht: Overzicht): string {
  const rows = sortOverzicht(overzicht.items).map((i) => [
    i.soort,
    i.nummer,
    i.onderwerp,
    i.vergadering,
    i.portefeuillehouder ?? '',
    i.termijn ?? '',
    i.status,
    i.teLaat ? 'ja' : 'nee',
  ]);
  const header = [
    'soort',
    'nummer',
    'onderwerp',
    'vergadering',
    'portefeuillehouder',
    'termijn',
    'status',
    'te laat',
  ];
  return spreadsheetCsv([header, ...rows]);
}
