import { checkProblems } from './checks.js';
import type { Register } from './connection.js';
import { writeTransaction } from './transaction.js';

/**
 * Rebuilds what the register can rebuild from its own tables: the search indexes (of moties and toezeggingen, and of
 * memos) and every index. Returns what `PRAGMA integrity_check` still finds afterwards, empty when the register is whole again;
 * damage that remains is in the tables themselves, which only a backup can bring back.
 */
export function repairRegister(db: Register): string[] {
  writeTransaction(db, () => {
    db.exec("INSERT INTO zoekindex (zoekindex) VALUES ('rebuild')");
    db.exec("INSERT INTO memo_zoekindex (memo_zoekindex) VALUES ('rebuild')");
    db.exec('REINDEX');
  });
  return checkProblems(db, 'integrity_check');
}
