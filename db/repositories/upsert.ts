import { ValidationError, type Issue } from '../../core/errors.js';
import type { RegisterItem } from '../../core/model/register.js';
import type { Register } from '../connection.js';
import { readTransaction, writeTransaction } from '../transaction.js';
import { Change } from './change.js';
import { findItem, insertRows, updateRow } from './items.js';
import { memoExists } from './memos.js';
import { NewItem } from './rows.js';
import { issuesOf, parseInput } from './validate.js';
import { append } from '../../core/lists.js';

export type UpsertAction = 'toevoegen' | 'bijwerken' | 'overslaan';

export interface UpsertCounts {
  toegevoegd: number;
  bijgewerkt: number;
  /** Items identical to what the register holds. */
  overgeslagen: number;
}

export interface PlannedItem {
  /** The item's place in the list that was given. */
  index: number;
  actie: UpsertAction;
  item: NewItem;
  /** What the register holds under the same kind, nummerreeks and nummer; absent for a new item. */
  stored?: RegisterItem;
  /** The fields that an update changes, in the model's names. */
  velden: string[];
}

export interface UpsertPlan {
  counts: UpsertCounts;
  items: PlannedItem[];
}

/** A list of 100,000 bad rows must still give a message that a person can read. */
const MAX_ISSUES = 50;

/** Refuses an import, naming its first problems. */
export function refuseImport(issues: readonly Issue[]): never {
  const shown = issues.slice(0, MAX_ISSUES);
  if (issues.length > MAX_ISSUES) {
    shown.push({ path: '', message: `en nog ${issues.length - MAX_ISSUES} fouten` });
  }
  throw new ValidationError(shown, 'import');
}

function changedFields(stored: RegisterItem, item: NewItem): string[] {
  const before: Record<string, unknown> = { ...stored, id: undefined };
  const after: Record<string, unknown> = { ...item };
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** The stored item with the fields that `given` fills in; what it leaves out keeps what the register holds. */
function filledIn(stored: RegisterItem, given: object): NewItem {
  const kept: Partial<RegisterItem> = { ...stored };
  delete kept.id;
  return NewItem.parse({
    ...kept,
    ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
  });
}

/** An item of a list to upsert, validated: its place in the list, the item, and the object it was read from. */
export interface ReadItem {
  index: number;
  item: NewItem;
  /** The item as given, to tell the fields it fills in from those it leaves out. */
  given: object;
}

/** Validates a list of items for an upsert; every bad item is named at once, by its place in the list. */
export function readNewItems(items: readonly unknown[]): ReadItem[] {
  const issues: Issue[] = [];
  const read: ReadItem[] = [];
  items.forEach((raw, index) => {
    const result = NewItem.safeParse(raw);
    if (result.success) read.push({ index, item: result.data, given: raw as object });
    else append(issues, issuesOf(result.error, [index]));
  });
  if (issues.length > 0) refuseImport(issues);
  return read;
}

/** Refuses a list that gives one number twice, or an afdoening by a memo the register does not have. */
function checkList(db: Register, list: readonly ReadItem[]): void {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  for (const { index, item } of list) {
    const key = JSON.stringify([item.soort, item.nummerreeks, item.nummer]);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        path: `[${index}].nummer`,
        message: `${item.soort} ${item.nummer} (nummering ${item.nummerreeks}) staat ook op plaats [${first}]`,
      });
    }
    seen.set(key, first ?? index);
    const memoId = item.afdoening?.memoId;
    if (memoId !== undefined && !memoExists(db, memoId)) {
      issues.push({
        path: `[${index}].afdoening.memoId`,
        message: `nota ${memoId} staat niet in het register`,
      });
    }
  }
  if (issues.length > 0) refuseImport(issues);
}

/**
 * What an import of `list` would do, item by item, without writing: add what the register does not have (by kind,
 * nummerreeks and nummer), update what differs, skip what is identical. An import adds and corrects but does not
 * erase: a field that an item leaves out (such as an afdoening, which lists rarely hold) keeps what the register
 * has. For a list that its caller has validated; previewUpsert validates it first.
 */
export function planUpsert(db: Register, list: readonly ReadItem[]): UpsertPlan {
  return readTransaction(db, () => {
    checkList(db, list);
    const counts: UpsertCounts = { toegevoegd: 0, bijgewerkt: 0, overgeslagen: 0 };
    const planned = list.map(({ index, item: read, given }): PlannedItem => {
      const stored = findItem(db, read.soort, read.nummerreeks, read.nummer);
      if (!stored) {
        counts.toegevoegd++;
        return { index, actie: 'toevoegen', item: read, velden: [] };
      }
      const item = filledIn(stored, given);
      const velden = changedFields(stored, item);
      if (velden.length === 0) counts.overgeslagen++;
      else counts.bijgewerkt++;
      return { index, actie: velden.length === 0 ? 'overslaan' : 'bijwerken', item, stored, velden };
    });
    return { counts, items: planned };
  });
}

/** planUpsert of a list as anyone may give it: every bad item is named at once. */
export function previewUpsert(db: Register, items: readonly unknown[]): UpsertPlan {
  return planUpsert(db, readNewItems(items));
}

/** Rules that the caller adds to an import: issues found in the plan, located by the item's place in the list. */
export type PlanCheck = (plan: UpsertPlan) => Issue[];

/**
 * Adds and updates a validated list in one transaction: either every item is stored, or (on any issue that `check`
 * finds in the plan) none is. Status and termijn changes reach the history with `change`'s who and when.
 */
export function upsertReadItems(
  db: Register,
  list: readonly ReadItem[],
  change: Change,
  check: PlanCheck = () => [],
): UpsertCounts {
  const checked = parseInput(Change, change, 'wijziging');
  return writeTransaction(db, () => {
    const plan = planUpsert(db, list);
    const issues = check(plan);
    if (issues.length > 0) refuseImport(issues);
    return storePlan(db, plan, checked);
  });
}

/**
 * Writes what `plan` says: the new items with one statement per kind, and the changed columns of the others, with
 * their history. For a plan made and checked in the same write transaction, so that nothing changed in between.
 */
export function storePlan(db: Register, plan: UpsertPlan, change: Change): UpsertCounts {
  return writeTransaction(db, () => {
    const added = plan.items.filter(({ actie }) => actie === 'toevoegen').map(({ item }) => item);
    insertRows(db, added, change.op);
    for (const { actie, item, stored } of plan.items) {
      if (actie === 'bijwerken' && stored) updateRow(db, stored, item, change);
    }
    return plan.counts;
  });
}

/** upsertReadItems of a list as anyone may give it: on any bad item, nothing is stored. */
export function upsertItems(
  db: Register,
  items: readonly unknown[],
  change: Change,
  check: PlanCheck = () => [],
): UpsertCounts {
  return upsertReadItems(db, readNewItems(items), change, check);
}
