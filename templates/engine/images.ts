import { quote } from '../../core/errors.js';
import type { Picture } from './tree.js';

/**
 * The images a memo's sections name, by `src` as written: each one's picture, read from the memo's folder and checked
 * whole, or what is wrong with it, said of the file (`bestaat niet in de map van de nota`). The caller reads them
 * before the pure pipeline runs (services/memos/images.ts); the parser reports each problem under its section.
 */
export type MemoImages = ReadonlyMap<string, Picture | string>;

/** What an image not read beforehand is: a memo rendered without a folder, whose images cannot be found. */
export const NO_FOLDER = 'bij deze nota is geen map opgegeven waaruit de afbeelding kan worden gelezen';

const EXAMPLE = 'zoals src="organogram.png"';

/**
 * Why `src` names no file in the memo's folder, or undefined when it does: an image is a file beside the memo, never
 * an address on the internet (which would be fetched from wherever it points), a path elsewhere on the computer, or a
 * way out of the folder with `..`. Said of the image as the writer named it.
 */
export function imageNameProblem(src: string): string | undefined {
  if (src.trim() === '') {
    return `een afbeelding (<img>) zonder src: geef de naam van het bestand in de map van de nota, ${EXAMPLE}`;
  }
  const named = `afbeelding ${quote(src)}`;
  if (/^([\\/]|[A-Za-z]:)/.test(src)) {
    return `${named} is een volledig pad: zet de afbeelding in de map van de nota en geef alleen haar naam, ${EXAMPLE}`;
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(src)) {
    return `${named} is een adres, geen bestand: zet de afbeelding als PNG- of JPEG-bestand in de map van de nota en geef haar naam, ${EXAMPLE}`;
  }
  if (fileNameParts(src).length === 0)
    return `${named} noemt geen bestand: geef de naam van de afbeelding, ${EXAMPLE}`;
  if (fileNameParts(src).includes('..')) {
    return `${named} verwijst met .. buiten de map van de nota: zet de afbeelding in die map (of een map daarin)`;
  }
  return undefined;
}

/** The folders and file name of a relative `src`: a writer on Windows separates them with `\`, on the web with `/`. */
export function fileNameParts(src: string): string[] {
  return src.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
}
