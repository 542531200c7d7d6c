import { ValidationError } from '../../core/errors.js';
import type { Memo } from '../../core/model/memo.js';
import type { MemoSource } from '../../core/model/memo-documents.js';
import type { Register } from '../../db/connection.js';
import type { MemoTypes } from '../../templates/engine/memo-types.js';
import { memoDocument } from './document.js';
import { typedMemo } from './typed.js';

/**
 * The memo document an operation works on: the one given, or a stored memo's version with its moties and toezeggingen
 * from the register, checked as strictly as a memo file against its type. The register is asked for only when a
 * stored memo is meant, so that a memo given whole needs none.
 */
export function memoFrom(source: MemoSource, register: () => Register, types: MemoTypes): Memo {
  if (source.id !== undefined) return typedMemo(memoDocument(register(), source.id, source.versie), types);
  if (source.nota !== undefined) return typedMemo(source.nota, types, 'nota');
  throw new ValidationError([{ path: '', message: 'geef een nota (nota) of het id van een nota (id)' }]);
}
