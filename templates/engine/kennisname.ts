import type { MotieVerwijzing, ToezeggingVerwijzing } from '../../core/model/memo.js';
import { formatDutchDate } from '../../core/dutch-date.js';

/** "a", "a en b", "a, b en c". */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1) ?? ''}`;
}

function motie(m: MotieVerwijzing): string {
  return `motie ${m.nummer} ‘${m.titel}’ (aangenomen op ${formatDutchDate(m.datumAangenomen)}, ${m.vergadering})`;
}

function toezegging(t: ToezeggingVerwijzing): string {
  const door = t.gedaanDoor ? ` door ${t.gedaanDoor}` : '';
  return `toezegging ${t.nummer} ‘${t.omschrijving}’ (gedaan op ${formatDutchDate(t.gedaanOp)}${door}, ${t.vergadering})`;
}

/**
 * The object of "Wij stellen u voor kennis te nemen van:": which moties and toezeggingen the memo answers, each
 * with its number, title, date and meeting. Writers used to type this by hand from the griffie's lists; here it
 * comes from the same data as the register. Without answered items the memo is taken note of for its subject.
 */
export function composeKennisname(
  onderwerp: string,
  moties: readonly MotieVerwijzing[],
  toezeggingen: readonly ToezeggingVerwijzing[],
): string {
  const items = [...moties.map(motie), ...toezeggingen.map(toezegging)];
  if (items.length === 0) return `de informatie over ${onderwerp}.`;
  return `de reactie van het college op ${joinDutch(items)}.`;
}
