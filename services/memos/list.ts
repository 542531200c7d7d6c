import { MemoQuery, type MemoPage } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import { findMemos } from '../../db/repositories/memo-search.js';
import { parseInput } from '../../db/repositories/validate.js';
import { readTransaction } from '../../db/transaction.js';
import { matchExpression } from '../register/match.js';

/**
 * The memos in one or more statuses, or with the words typed (diacritics folded, the last word a prefix, as the
 * register's search), one page at a time, the latest change first.
 */
export function listMemos(db: Register, raw: MemoQuery): MemoPage {
  const query = parseInput(MemoQuery, raw, 'zoekvraag');
  const match = matchExpression(query.text ?? '');
  return readTransaction(db, () =>
    findMemos(db, {
      ...(match !== undefined && { match }),
      ...(query.status && { statuses: query.status }),
      limit: query.limit,
      offset: query.offset,
    }),
  );
}
