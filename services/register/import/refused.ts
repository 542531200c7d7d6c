import { ValidationError } from '../../../core/errors.js';

/** A file that cannot be imported at all, named in the message the way the user knows it. */
export function fileRefused(fileName: string, message: string): ValidationError {
  return new ValidationError([{ path: fileName, message }], 'importbestand', 'het');
}
