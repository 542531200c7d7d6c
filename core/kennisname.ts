import type { Memo, MotieVerwijzing, ToezeggingVerwijzing } from './model/memo.js';
import { formatDutchDate } from './dutch-date.js';

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
 * It continues the sentence after the colon, so it starts in lower case. The subject is quoted as a title, like a
 * motie's: only then can it keep its case as written, since no rule tells a proper noun ("Zwolle-Zuid …") from a
 * title's capital ("Uitbouw wijkgericht werken") that would be wrong in mid-sentence.
 */
export function composeKennisname(
  onderwerp: string,
  moties: readonly MotieVerwijzing[],
  toezeggingen: readonly ToezeggingVerwijzing[],
): string {
  const items = [...moties.map(motie), ...toezeggingen.map(toezegging)];
  if (items.length === 0) return `de informatie over ‘${onderwerp}’.`;
  return `de reactie van het college op ${joinDutch(items)}.`;
}

/** What follows "kennis te nemen van": the writer's own voorgesteld besluit as written, else the composed one. */
export function kennisnameOf(memo: Memo): string {
  return memo.voorgesteldBesluit ?? composeKennisname(memo.onderwerp, memo.moties, memo.toezeggingen);
}
