import { MotieField, ToezeggingField } from '../../../core/model/import-draft.js';
import type { ImportColumns } from '../../../core/model/import.js';
import type { ItemKind } from '../../../core/model/register.js';
import { guessMapping } from './guess.js';
import { readTable } from './table.js';

/** A griffie's list as the mapping screen gets it: the file's bytes and name, and the kind when the user chose it. */
export interface MappingInput {
  bytes: Uint8Array;
  bestandsnaam: string;
  soort?: ItemKind;
}

/**
 * How the list would be read before the user chooses: the header's names, the mapping guessed from them (the one a
 * preview without a mapping uses), the fields a column can fill and the number of rows. A file that cannot be read,
 * or whose header does not tell the kind, is refused with the preview's message. A column without a name is left
 * out, as no mapping can name it.
 */
export async function listMapping(input: MappingInput): Promise<ImportColumns> {
  const table = await readTable(input.bytes, input.bestandsnaam);
  return {
    kolommen: table.header.filter((name) => name !== ''),
    kolomindeling: guessMapping(table.header, input.soort),
    // FIELDS, by kind, with each kind's own type.
    velden: { motie: [...MotieField.options], toezegging: [...ToezeggingField.options] },
    rijen: table.rows.length,
  };
}
