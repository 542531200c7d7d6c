import { memoSchema } from '../../core/model/memo.js';
import { templateSet, type MemoTypes } from '../../templates/engine/memo-types.js';
import type { MemoExported, MemoExportRequest } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import { issuesOf } from '../../db/repositories/validate.js';
import { memoDocument } from './document.js';

/**
 * A stored memo as a memo file's document, its moties and toezeggingen filled from the register. Whether it is
 * complete is said, with what is missing per field, rather than refused: a concept may be exported to work on.
 */
export function exportMemo(db: Register, { id, versie }: MemoExportRequest, types: MemoTypes): MemoExported {
  const document = memoDocument(db, id, versie);
  const strict = memoSchema(templateSet(types, document.type).manifest).safeParse(document);
  return {
    // A complete memo is written in the order of the memo file's schema, the references before the sections.
    document: strict.success ? strict.data : document,
    compleet: strict.success,
    ontbreekt: strict.success ? [] : issuesOf(strict.error),
  };
}
