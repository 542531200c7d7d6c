import { stringify } from 'csv-stringify/sync';
import type { Overzicht } from '../../core/model/overzicht.js';
import { sortOverzicht } from '../../templates/engine/overzicht.js';

/**
 * The stand van zaken as CSV for Excel as Dutch offices use it: semicolons, and a byte order mark so that Excel reads
 * the UTF-8 (ë, €) rightly. Same order as the document: overdue first.
 */
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
  return `\uFEFF${stringify([header, ...rows], { delimiter: ';', record_delimiter: 'windows' })}`;
}
