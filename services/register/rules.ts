import type { Issue } from '../../core/errors.js';
import {
  isClosed,
  RUNNING_STATUSES,
  TOEZEGGING_STATUSES,
  type MotieStatus,
  type RegisterItem,
} from '../../core/model/register.js';
import { MEMO_STATUSES, type MemoStatus } from '../../core/model/memo.js';
import type { NewItem } from '../../db/repositories/rows.js';

/**
 * The register's rules, in one place: which status may follow which, what discharging an item needs, when it is
 * overdue, and how a memo moves towards the council. The functions in this folder apply them inside the transaction
 * of the change; nothing here reads the clock or the database.
 *
 * Status transitions of moties and toezeggingen:
 *
 * | from           | to                                                                           |
 * | -------------- | ---------------------------------------------------------------------------- |
 * | open           | in behandeling, deels afgedaan, afgedaan; a motie also verworpen, ingetrokken, aangehouden |
 * | aangehouden    | open (adopted later), verworpen, ingetrokken                                 |
 * | in behandeling | deels afgedaan, afgedaan                                                     |
 * | deels afgedaan | in behandeling, deels afgedaan (again, with another termijn), afgedaan       |
 * | afgedaan       | nothing, except an explicit reopen (reopenItem) back to open                 |
 * | verworpen      | nothing                                                                      |
 * | ingetrokken    | nothing                                                                      |
 *
 * Afgedaan needs an afdoening (the answering memo or a written reason, and a date); deels afgedaan needs a new
 * termijn, the old one staying in the history.
 */
const NEXT: Readonly<Record<MotieStatus, readonly MotieStatus[]>> = {
  open: ['in behandeling', 'deels afgedaan', 'afgedaan', 'verworpen', 'ingetrokken', 'aangehouden'],
  aangehouden: ['open', 'verworpen', 'ingetrokken'],
  'in behandeling': ['deels afgedaan', 'afgedaan'],
  'deels afgedaan': ['in behandeling', 'deels afgedaan', 'afgedaan'],
  afgedaan: [],
  verworpen: [],
  ingetrokken: [],
};

const toezeggingStatuses: readonly MotieStatus[] = TOEZEGGING_STATUSES;

/** Overdue: the termijn has passed (`today` is given, an ISO date) and the item still runs. Due today is not late. */
export function isOverdue(item: Pick<RegisterItem, 'status' | 'termijn'>, today: string): boolean {
  return item.termijn !== undefined && item.termijn < today && RUNNING_STATUSES.includes(item.status);
}

const named = (item: Pick<RegisterItem, 'soort' | 'nummer'>) => `${item.soort} ${item.nummer}`;

/** Whether `before` may move to status `to`; `reopen` is the one way out of afgedaan. */
export function transitionIssue(before: RegisterItem, to: MotieStatus, reopen = false): Issue | undefined {
  const issue = (message: string): Issue => ({ path: 'status', message });
  const from = before.status;
  if (before.soort === 'toezegging' && !toezeggingStatuses.includes(to)) {
    return issue(`een toezegging kan niet ${to} worden; dat kan alleen een motie`);
  }
  if (reopen)
    return from === 'afgedaan'
      ? undefined
      : issue(`${named(before)} is niet afgedaan en kan niet heropend worden`);
  if (from === to && to !== 'deels afgedaan') return issue(`${named(before)} is al ${from}`);
  if (from === 'afgedaan')
    return issue(`${named(before)} is afgedaan; heropen het eerst om de status te veranderen`);
  if (isClosed(from)) return issue(`${named(before)} is ${from}; dat is definitief`);
  if (!NEXT[from].includes(to)) {
    return issue(
      `${named(before)} kan niet van ‘${from}’ naar ‘${to}’; vanuit ‘${from}’ kan: ${NEXT[from].join(', ')}`,
    );
  }
  return undefined;
}

export interface ItemChange {
  /** The status changed, or was asked for again (deels afgedaan). */
  moved: boolean;
  /** The change comes from an import of the griffie's list. */
  imported?: boolean;
}

/**
 * What is wrong with `after` as the new state of `before` (undefined for a new item), apart from the transition:
 * afgedaan with an afdoening and only then, deels afgedaan with a termijn that is new when the item moved there, and
 * no new termijn once the item is closed. An import records what the list says, and lists rarely name the answering
 * document: it may bring in an item as afgedaan without an afdoening (and keeps one that the register has).
 */
export function itemIssues(before: RegisterItem | undefined, after: NewItem, change: ItemChange): Issue[] {
  const issues: Issue[] = [];
  if (after.status === 'afgedaan' && after.afdoening === undefined && change.imported !== true) {
    issues.push({
      path: 'afdoening',
      message: `${named(after)} kan alleen afgedaan worden met een afdoening: de nota die het beantwoordt of een geschreven reden, en de datum`,
    });
  }
  if (after.status !== 'afgedaan' && after.afdoening !== undefined) {
    issues.push({ path: 'afdoening', message: `alleen een afgedane ${after.soort} heeft een afdoening` });
  }
  if (after.status === 'deels afgedaan') {
    if (after.termijn === undefined) {
      issues.push({
        path: 'termijn',
        message: `deels afgedaan vraagt een nieuwe termijn voor de rest van ${named(after)}`,
      });
    } else if (change.moved && before?.termijn === after.termijn) {
      issues.push({
        path: 'termijn',
        message: `deels afgedaan vraagt een nieuwe termijn; ${after.termijn} is de termijn die ${named(after)} al had`,
      });
    }
  }
  if (before && isClosed(before.status) && isClosed(after.status) && before.termijn !== after.termijn) {
    issues.push({
      path: 'termijn',
      message: `${named(before)} is ${before.status}; de termijn verandert niet meer`,
    });
  }
  return issues;
}

/**
 * A memo moves forward through the approvals, one or more steps at a time (not every memo needs every one), or back
 * to concept before it is sent. Sent is final for that version: saving new content starts a new concept version.
 */
export function memoTransitionIssue(from: MemoStatus, to: MemoStatus): Issue | undefined {
  const issue = (message: string): Issue => ({ path: 'status', message });
  if (from === 'verzonden') {
    return issue('de nota is verzonden; sla nieuwe inhoud op om een nieuwe versie te beginnen');
  }
  if (from === to) return issue(`de nota is al ${from}`);
  if (to === 'concept' || MEMO_STATUSES.indexOf(to) > MEMO_STATUSES.indexOf(from)) return undefined;
  return issue(`de nota kan niet terug van ‘${from}’ naar ‘${to}’; wel terug naar concept`);
}
