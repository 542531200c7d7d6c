import { ValidationError } from '../../core/errors.js';
import { parseMemo, type Memo } from '../../core/model/memo.js';
import type { MemoSource } from '../../core/model/memo-documents.js';
import type { Register } from '../../db/connection.js';
import { storedDocument } from './document.js';

/**
 * The memo document an operation works on: the one given, or a stored memo's version with its moties and toezeggingen
 * from the register, checked as strictly as a memo file. The register is asked for only when a stored memo is meant,
 * so that a memo given whole needs none.
 */
export function memoFrom(source: MemoSource, register: () => Register): Memo {
  if (source.id !== undefined) return parseMemo(storedDocument(register(), source.id, source.versie));
  if (source.nota !== undefined) return source.nota;
  throw new ValidationError([{ path: '', message: 'geef een nota (nota) of het id van een nota (id)' }]);
}
