import { sep } from 'node:path';
import { ValidationError, type Issue } from '../../core/errors.js';
import type { Bijlage } from '../../core/model/memo.js';
import { readFileInFolder } from '../../files/folder-file.js';
import { fileNameParts } from '../../templates/engine/images.js';
import { MAX_BIJLAGE_TITLE, windowsSafe } from './file-names.js';

// Far above a bijlage a council reads (a report of a few hundred pages is some tens of MB); a package is held in memory
// while it is written, so a larger file is refused rather than read.
const MAX_BIJLAGE_BYTES = 200 * 1024 * 1024;

/** A bijlage's file as it goes into the package: `bijlagen/02 Evaluatie pilot.pdf`. */
export interface BijlageFile {
  pad: string;
  bytes: Uint8Array;
}

function titled(index: number, bijlage: Bijlage): string {
  const titel = bijlage.titel.length > 60 ? `${bijlage.titel.slice(0, 59)}…` : bijlage.titel;
  return `Bijlage ${String(index + 1)} ‘${titel}’`;
}

/** `02 Evaluatie pilot schoolzwemmen.pdf`: its number (the memo's order), its title, the file's own extension. */
function packageName(index: number, bijlage: Bijlage, bestand: string): string {
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(bestand)?.[1]?.toLowerCase();
  const number = String(index + 1).padStart(2, '0');
  const stem = windowsSafe(`${number} ${bijlage.titel}`, MAX_BIJLAGE_TITLE + 3, number);
  return extension === undefined ? stem : `${stem}.${extension}`;
}

/**
 * The files of the bijlagen that name one (`bestand`), read from `map` and never from outside it; a bijlage without
 * a file is only listed in the metadata. Every file that cannot be used is named at once, by its bijlage, and nothing
 * is exported: "Bijlage 2 ‘Evaluatie …’: bestand evaluatie.pdf niet gevonden".
 */
export async function readBijlagen(
  bijlagen: readonly Bijlage[],
  map: string | undefined,
): Promise<BijlageFile[]> {
  const issues: Issue[] = [];
  const files: BijlageFile[] = [];
  for (const [index, bijlage] of bijlagen.entries()) {
    const bestand = bijlage.bestand;
    if (bestand === undefined) continue;
    const refuse = (reason: string): void => {
      issues.push({
        path: `bijlagen[${String(index)}].bestand`,
        message: `${titled(index, bijlage)}: bestand ${bestand} ${reason}`,
      });
    };
    if (map === undefined) {
      refuse('niet gevonden: er is geen map gegeven waarin de bestanden van de bijlagen staan');
      continue;
    }
    const read = await readFileInFolder(map, fileNameParts(bestand).join(sep), MAX_BIJLAGE_BYTES);
    if ('missing' in read) refuse(`niet gevonden in ${map}`);
    else if ('outside' in read) refuse(`leidt naar ${read.outside}, buiten de map ${map}`);
    else if ('unreadable' in read) refuse(read.unreadable);
    else files.push({ pad: `bijlagen/${packageName(index, bijlage, bestand)}`, bytes: read.bytes });
  }
  if (issues.length > 0) throw new ValidationError(issues, 'nota');
  return files;
}
