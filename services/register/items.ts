import { ValidationError, type Issue } from '../../core/errors.js';
import { RegisterItem, type Afdoening } from '../../core/model/register.js';
import { ItemUpdate, StatusRequest, type ItemWithHistory } from '../../core/model/register-changes.js';
import { IsoDate } from '../../core/model/text.js';
import type { Register } from '../../db/connection.js';
import { Change, Moment } from '../../db/repositories/change.js';
import { itemHistory } from '../../db/repositories/history.js';
import { itemMemos } from '../../db/repositories/links.js';
import { findItem, getItem, insertItem, updateItem } from '../../db/repositories/items.js';
import type { ItemRef } from '../../db/repositories/rows.js';
import { parseInput } from '../../db/repositories/validate.js';
import { readTransaction, writeTransaction } from '../../db/transaction.js';
import { readItemInput } from './input.js';
import { nummerreeksFor, readNummering } from './numbering.js';
import { itemIssues, transitionIssue } from './rules.js';
import { append } from '../../core/lists.js';

function refuse(issues: readonly Issue[]): never {
  throw new ValidationError(issues, 'wijziging');
}

/**
 * Adds a motie or toezegging to the register, numbered as the setting says. A number already taken in its
 * nummerreeks is a Conflict that names it.
 */
export function addItem(db: Register, item: unknown, op: string): RegisterItem {
  const moment = parseInput(Moment, op, 'invoer', ['op']);
  return writeTransaction(db, () => {
    const issues: Issue[] = [];
    const next = readItemInput(readNummering(db), item, issues);
    if (next) append(issues, itemIssues(undefined, next, { moved: false }));
    if (!next || issues.length > 0) throw new ValidationError(issues, 'invoer');
    return insertItem(db, next, moment);
  });
}

/**
 * Moves an item to another status, as the transition table in rules.ts allows: afgedaan with its afdoening,
 * deels afgedaan with a new termijn. The change and its history rows (status, and termijn when it changes) are
 * written together with `change`'s who and when.
 */
export function changeStatus(
  db: Register,
  ref: ItemRef,
  request: StatusRequest,
  change: Change,
): RegisterItem {
  const wanted = parseInput(StatusRequest, request, 'wijziging');
  const checked = parseInput(Change, change, 'wijziging');
  return writeTransaction(db, () => {
    const before = getItem(db, ref.soort, ref.id);
    const refused = transitionIssue(before, wanted.status);
    if (refused) refuse([refused]);
    const after = RegisterItem.parse({
      ...before,
      status: wanted.status,
      afdoening: wanted.afdoening,
      termijn: wanted.termijn ?? before.termijn,
    });
    const issues = itemIssues(before, after, { moved: true });
    if (issues.length > 0) refuse(issues);
    return updateItem(db, after, checked);
  });
}

/** Sets or (with undefined) clears the termijn, kept in the history with who and when; a closed item keeps its own. */
export function changeTermijn(
  db: Register,
  ref: ItemRef,
  termijn: string | undefined,
  change: Change,
): RegisterItem {
  const next = parseInput(IsoDate.optional(), termijn, 'wijziging', ['termijn']);
  const checked = parseInput(Change, change, 'wijziging');
  return writeTransaction(db, () => {
    const before = getItem(db, ref.soort, ref.id);
    if (before.termijn === next) return before;
    const after = { ...before, termijn: next };
    const issues = itemIssues(before, after, { moved: false });
    if (issues.length > 0) refuse(issues);
    return updateItem(db, after, checked);
  });
}

/** A number already taken in its nummerreeks by another item, named at the field, so that a form shows it there. */
function takenNumberIssue(db: Register, item: RegisterItem): Issue | undefined {
  const holder = findItem(db, item.soort, item.nummerreeks, item.nummer);
  if (holder === undefined || holder.id === item.id) return undefined;
  return {
    path: 'nummer',
    message: `er staat al een ${item.soort} ${item.nummer} in de nummering ${item.nummerreeks}; kies een ander nummer`,
  };
}

/**
 * Changes an item's own fields, as a form edits them: the status, termijn and afdoening stay as they are (their own
 * operations change them, with the history). An optional field left out is cleared. The nummerreeks must agree with
 * the numbering setting, as for a new item. Every issue names its field as
 * the input does (`titel`, `nummer`), so that a screen shows it at that field.
 */
export function editItem(db: Register, update: ItemUpdate, change: Change): RegisterItem {
  const { toelichting, ...fields } = parseInput(ItemUpdate, update, 'wijziging');
  const checked = parseInput(Change, { ...change, ...(toelichting && { toelichting }) }, 'wijziging');
  return writeTransaction(db, () => {
    const before = getItem(db, fields.soort, fields.id);
    const after = RegisterItem.parse({
      ...fields,
      status: before.status,
      termijn: before.termijn,
      afdoening: before.afdoening,
    });
    const nummering = readNummering(db);
    const rules = (item: RegisterItem, was?: RegisterItem): Issue[] => {
      const found = itemIssues(was, item, { moved: false });
      nummerreeksFor(nummering, item, found);
      return found;
    };
    // What the rules already said of the stored item (one imported as afgedaan without an afdoening, or numbered
    // before the setting changed) is not this edit's doing, and must not keep the user from correcting a titel.
    const stored = new Set(rules(before).map((issue) => issue.path));
    const issues = rules(after, before).filter((issue) => !stored.has(issue.path));
    const taken = takenNumberIssue(db, after);
    if (taken) issues.unshift(taken);
    if (issues.length > 0) refuse(issues);
    return updateItem(db, after, checked);
  });
}

function formerAfdoening(afdoening: Afdoening | undefined): string {
  if (!afdoening) return '';
  const how =
    afdoening.memoId !== undefined
      ? `met nota ${afdoening.memoId}`
      : `met als reden: ${afdoening.reden ?? ''}`;
  return ` (was afgedaan op ${afdoening.datum} ${how})`;
}

/**
 * Takes an afgedaan item back to open, for when the council finds the answer insufficient. It needs a reason
 * (`change.toelichting`); the afdoening it had is written into that history row, as the item itself forgets it.
 */
export function reopenItem(db: Register, ref: ItemRef, change: Change): RegisterItem {
  const checked = parseInput(Change, change, 'wijziging');
  const reden = checked.toelichting;
  if (reden === undefined) refuse([{ path: 'toelichting', message: 'zeg waarom het heropend wordt' }]);
  return writeTransaction(db, () => {
    const before = getItem(db, ref.soort, ref.id);
    const refused = transitionIssue(before, 'open', true);
    if (refused) refuse([refused]);
    const toelichting = `${reden}${formerAfdoening(before.afdoening)}`;
    return updateItem(db, { ...before, status: 'open', afdoening: undefined }, { ...checked, toelichting });
  });
}

/**
 * An item with every change of its status and termijn, oldest first, and the memos that answer it, newest first,
 * read as one moment of the register.
 */
export function itemWithHistory(db: Register, ref: ItemRef): ItemWithHistory {
  return readTransaction(db, () => ({
    item: getItem(db, ref.soort, ref.id),
    historie: itemHistory(db, ref),
    memos: itemMemos(db, ref),
  }));
}
