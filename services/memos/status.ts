import type { MemoRecord, MemoStatusChange } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import type { Change } from '../../db/repositories/change.js';
import { changeMemoStatus } from './store.js';

/** One step in a memo's life, with who, when and why in its history; sending freezes the version that was sent. */
export function setMemoStatus(
  db: Register,
  { id, status, toelichting }: MemoStatusChange,
  change: Change,
): MemoRecord {
  return changeMemoStatus(db, id, status, { ...change, ...(toelichting !== undefined && { toelichting }) });
}
