import type { StoredMemo } from '../../../core/model/memo-register.js';
import type { MotieVerwijzing, ToezeggingVerwijzing } from '../../../core/model/memo.js';
import type { Motie } from '../../../core/model/register.js';

export interface References {
  moties: MotieVerwijzing[];
  toezeggingen: ToezeggingVerwijzing[];
  /** Linked moties the sentence cannot name yet: the register has no date of adoption for them. */
  undated: Motie[];
}

/**
 * The linked items as the memo's document names them (the register's memoReferences does the same on the server),
 * so that the sentence shown is the sentence printed.
 */
export function referencesOf(memo: StoredMemo): References {
  const moties: MotieVerwijzing[] = [];
  const undated: Motie[] = [];
  for (const motie of memo.moties) {
    const { nummer, titel, vergadering, datumAangenomen } = motie;
    if (datumAangenomen === undefined) undated.push(motie);
    else moties.push({ nummer, titel, vergadering, datumAangenomen });
  }
  const toezeggingen = memo.toezeggingen.map((t) => ({
    nummer: t.nummer,
    omschrijving: t.omschrijving,
    gedaanOp: t.gedaanOp,
    vergadering: t.vergadering,
    ...(t.gedaanDoor !== undefined && { gedaanDoor: t.gedaanDoor }),
  }));
  return { moties, toezeggingen, undated };
}
