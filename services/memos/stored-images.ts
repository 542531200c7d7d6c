import { ValidationError } from '../../core/errors.js';
import type { Memo } from '../../core/model/memo.js';
import type { MemoImageAdded, MemoImageRef } from '../../core/model/memo-editing.js';
import type { Register } from '../../db/connection.js';
import {
  addMemoImage,
  imageMediatype,
  memoImagesNamed,
  readMemoImage,
} from '../../db/repositories/memo-images.js';
import { inspectImage } from '../../templates/engine/image-check.js';
import type { MemoImages } from '../../templates/engine/images.js';
import { imageSources } from '../../templates/engine/markup.js';
import type { Change } from '../../db/repositories/change.js';

/**
 * Far above a picture in a memo, and below what the local server takes in one request (20 MB as base64): the register
 * keeps every picture in every backup, so a photo straight from a camera should be made smaller first.
 */
export const MAX_STORED_IMAGE_BYTES = 10 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * Keeps a picture with a stored memo: a PNG or JPEG, checked whole by the engine's own check (the one a picture in a
 * memo's folder passes), under a name the app gives. What is wrong with it is said of the field `bestand`.
 */
export function addImage(
  db: Register,
  input: { id: number; bytes: Uint8Array },
  change: Pick<Change, 'op'>,
): MemoImageAdded {
  const refuse = (message: string): never => {
    throw new ValidationError([{ path: 'bestand', message }], 'afbeelding');
  };
  if (input.bytes.byteLength > MAX_STORED_IMAGE_BYTES) {
    refuse(
      `de afbeelding is ${(input.bytes.byteLength / MB).toFixed(1).replace('.', ',')} MB; een afbeelding bij een nota mag hoogstens ${MAX_STORED_IMAGE_BYTES / MB} MB zijn; maak haar kleiner`,
    );
  }
  const image = inspectImage(input.bytes);
  if (typeof image === 'string') return refuse(image);
  const stored = addMemoImage(
    db,
    input.id,
    { type: image.type, breedte: image.widthPx, hoogte: image.heightPx, data: input.bytes },
    change.op,
  );
  return { naam: stored.naam, breedte: stored.breedte, hoogte: stored.hoogte };
}

/** One picture of a stored memo, for the editor to show. */
export function memoImage(
  db: Register,
  ref: MemoImageRef,
): { naam: string; mediatype: string; data: Uint8Array } {
  const image = readMemoImage(db, ref.id, ref.naam);
  return { naam: image.naam, mediatype: imageMediatype(image.type), data: image.data };
}

const MISSING = 'de nota heeft deze afbeelding niet in het register; voeg haar toe in de editor';

/**
 * The pictures a stored memo's sections name, from the register; a name the memo has no picture of is refused, said
 * of the picture (the engine names its section).
 */
export function storedImagesFor(db: Register, memoId: number, memo: Pick<Memo, 'secties'>): MemoImages {
  const sources = imageSources(memo.secties.map((s) => s.inhoud));
  const stored = memoImagesNamed(db, memoId, sources);
  return new Map(
    sources.map((src) => {
      const image = stored.get(src);
      return [
        src,
        image
          ? { data: image.data, type: image.type, widthPx: image.breedte, heightPx: image.hoogte }
          : MISSING,
      ] as const;
    }),
  );
}
