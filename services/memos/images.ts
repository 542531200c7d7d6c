import { sep } from 'node:path';
import type { Memo } from '../../core/model/memo.js';
import type { MemoSource } from '../../core/model/memo-documents.js';
import type { Register } from '../../db/connection.js';
import { readFileInFolder } from '../../files/folder-file.js';
import { inspectImage } from '../../templates/engine/image-check.js';
import { fileNameParts, type MemoImages } from '../../templates/engine/images.js';
import { imageSources } from '../../templates/engine/markup.js';
import type { Picture } from '../../templates/engine/tree.js';
import { storedImagesFor } from './stored-images.js';

// Far above a picture in a memo (a photo from a phone is a few MB); a larger file is a mistake, and reading it whole
// would only cost memory.
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const NO_MAP = 'geef bij de nota de map waarin zij en de afbeelding staan (map)';

/**
 * The pictures a memo's sections name, for the memo an operation works on: those the register keeps with a stored
 * memo (stored-images.ts), or read from the memo's folder (`map`) for a memo given whole. What is wrong with one is
 * said of the picture; the engine names the section of each.
 */
export async function imagesFor(
  source: MemoSource,
  memo: Memo,
  register: () => Register,
): Promise<MemoImages> {
  if (source.id !== undefined) return storedImagesFor(register(), source.id, memo);
  const sources = imageSources(memo.secties.map((s) => s.inhoud));
  if (source.map === undefined) return new Map(sources.map((src) => [src, NO_MAP]));
  const folder = source.map;
  return new Map(await Promise.all(sources.map(async (src) => [src, await readImage(folder, src)] as const)));
}

/** One picture from the memo's folder, checked whole, or what is wrong with it, said of the file. */
async function readImage(folder: string, src: string): Promise<Picture | string> {
  const read = await readFileInFolder(folder, fileNameParts(src).join(sep), MAX_IMAGE_BYTES);
  if ('missing' in read) return `het bestand bestaat niet in de map van de nota (${folder})`;
  if ('outside' in read) {
    return `verwijst naar ${read.outside}, buiten de map van de nota (${folder}); zet de afbeelding zelf in die map`;
  }
  if ('unreadable' in read) return read.unreadable;
  const image = inspectImage(read.bytes);
  return typeof image === 'string' ? image : { data: read.bytes, ...image };
}
