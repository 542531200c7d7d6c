import type { Register } from '../connection.js';
import { readTransaction, writeTransaction } from '../transaction.js';
import { NotFound } from './errors.js';
import { getMemo } from './memos.js';
import { statement } from './statements.js';

/** A picture kept with a memo (migration 0008): checked whole before it is stored, and never changed after. */
export interface StoredImage {
  naam: string;
  type: 'png' | 'jpg';
  breedte: number;
  hoogte: number;
  data: Uint8Array;
}

export type NewImage = Omit<StoredImage, 'naam'>;

interface ImageRow {
  naam: string;
  mediatype: string;
  breedte: number;
  hoogte: number;
  inhoud: Buffer;
}

const MEDIATYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

function imageFromRow(row: ImageRow): StoredImage {
  return {
    naam: row.naam,
    type: row.mediatype === MEDIATYPES.jpg ? 'jpg' : 'png',
    breedte: row.breedte,
    hoogte: row.hoogte,
    data: new Uint8Array(row.inhoud.buffer, row.inhoud.byteOffset, row.inhoud.byteLength),
  };
}

export function imageMediatype(type: StoredImage['type']): string {
  return MEDIATYPES[type];
}

/**
 * Keeps a picture with a memo under the next free name (afbeelding-1.png, afbeelding-2.jpg, …), or gives the name of
 * the same bytes added before: a picture pasted twice is kept once. A name is never given twice, nor a picture
 * replaced, so that a version that was sent keeps showing the pictures it was sent with. Adding a picture is no
 * change of the memo's content (its sections name it at the next save), so its revisie stays.
 */
export function addMemoImage(db: Register, memoId: number, image: NewImage, op: string): StoredImage {
  return writeTransaction(db, () => {
    getMemo(db, memoId);
    const same = statement(
      db,
      'SELECT naam, mediatype, breedte, hoogte, inhoud FROM memo_afbeeldingen WHERE memo_id = ? AND grootte = ? AND inhoud = ?',
    ).get(memoId, image.data.byteLength, image.data) as ImageRow | undefined;
    if (same) return imageFromRow(same);
    const { last } = statement(
      db,
      `SELECT coalesce(max(CAST(substr(naam, 12, length(naam) - 15) AS INTEGER)), 0) AS last
       FROM memo_afbeeldingen WHERE memo_id = ?`,
    ).get(memoId) as { last: number };
    const naam = `afbeelding-${last + 1}.${image.type}`;
    statement(
      db,
      `INSERT INTO memo_afbeeldingen (memo_id, naam, mediatype, grootte, breedte, hoogte, inhoud, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      memoId,
      naam,
      MEDIATYPES[image.type],
      image.data.byteLength,
      image.breedte,
      image.hoogte,
      image.data,
      op,
    );
    return { naam, ...image };
  });
}

/** One picture of a memo by its name. */
export function readMemoImage(db: Register, memoId: number, naam: string): StoredImage {
  return readTransaction(db, () => {
    getMemo(db, memoId);
    const row = statement(
      db,
      'SELECT naam, mediatype, breedte, hoogte, inhoud FROM memo_afbeeldingen WHERE memo_id = ? AND naam = ?',
    ).get(memoId, naam) as ImageRow | undefined;
    if (!row) throw new NotFound(`nota ${memoId} heeft geen afbeelding ${naam}`);
    return imageFromRow(row);
  });
}

/** The pictures of a memo among `names`, by name; a name the memo has no picture of is left out. */
export function memoImagesNamed(
  db: Register,
  memoId: number,
  names: readonly string[],
): Map<string, StoredImage> {
  const found = new Map<string, StoredImage>();
  if (names.length === 0) return found;
  readTransaction(db, () => {
    const select = statement(
      db,
      'SELECT naam, mediatype, breedte, hoogte, inhoud FROM memo_afbeeldingen WHERE memo_id = ? AND naam = ?',
    );
    for (const naam of names) {
      const row = select.get(memoId, naam) as ImageRow | undefined;
      if (row) found.set(naam, imageFromRow(row));
    }
  });
  return found;
}
