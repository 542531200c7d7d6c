import type { ApiError } from '../../../api/contract/api-error.js';
import { MEMO_STATUSES, type MemoStatus } from '../../../core/model/memo.js';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { sentence } from '../../components/sentence.js';

/**
 * The statuses a memo may move to, as the register's rules allow (services/register/rules.ts, memoTransitionIssue):
 * forward one or more steps, or back to concept; nothing once it is sent. The server checks again; this only keeps
 * refused steps out of the choice.
 */
export function nextStatuses(from: MemoStatus): MemoStatus[] {
  if (from === 'verzonden') return [];
  const later = MEMO_STATUSES.slice(MEMO_STATUSES.indexOf(from) + 1);
  return from === 'concept' ? [...later] : ['concept', ...later];
}

/** The linked moties and toezeggingen that memos.settleItems would make afgedaan: those not afgedaan yet. */
export function unsettled(memo: StoredMemo): { soort: string; nummer: string }[] {
  return [...memo.moties, ...memo.toezeggingen].filter((item) => item.status !== 'afgedaan');
}

/** A refusal as sentences: each issue the server named (an item the rules refuse), else its one message. */
export function messagesOf(error: ApiError): string {
  return (error.issues ?? [error]).map((issue) => sentence(issue.message)).join(' ');
}
