import { readInputFile } from '../files/read-file.js';
import { writingTo as writingToFile } from '../files/write-refusal.js';
import { shortenMiddle } from './shorten.js';

/** A file the user named: its path as typed, and the option that named it, if not a positional argument. */
export interface UserFile {
  path: string;
  option?: string;
}

/** Long enough for the path of a deeply nested folder; longer ones lose their middle, not their file name. */
const PATH_LIMIT = 120;

/** How a message names `file`: as typed, after its option, with the middle of a very long path taken out. */
export function shownName(file: UserFile): string {
  const shown = shortenMiddle(file.path, PATH_LIMIT);
  return file.option === undefined ? shown : `${file.option} ${shown}`;
}

/**
 * Runs `work`, which writes `file`, and reports a file system that refuses as bad input about the path the user
 * typed, never about the temporary file that the write went through (files/write-refusal.ts).
 */
export function writingTo<T>(file: UserFile, work: () => Promise<T>): Promise<T> {
  return writingToFile(shownName(file), work);
}

/** Reads a file the user named, whole; what is wrong with it is bad input naming it as typed. */
export async function readUserFile(file: UserFile): Promise<Uint8Array> {
  return readInputFile(file.path, { name: shownName(file) });
}
