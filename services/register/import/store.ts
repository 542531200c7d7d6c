import type { Issue } from '../../../core/errors.js';
import { NEW_ITEM_VALUES } from '../../../core/model/import-draft.js';
import type { Register } from '../../../db/connection.js';
import { Change } from '../../../db/repositories/change.js';
import {
  planUpsert,
  refuseImport,
  storePlan,
  type ReadItem,
  type UpsertCounts,
  type UpsertPlan,
} from '../../../db/repositories/upsert.js';
import { parseInput } from '../../../db/repositories/validate.js';
import { readTransaction, writeTransaction } from '../../../db/transaction.js';
import { readItemInput, under } from '../input.js';
import { readNummering } from '../numbering.js';
import { itemIssues, transitionIssue } from '../rules.js';

/**
 * The items validated, with their nummerreeks. Each keeps the object it came from, because the fields an item leaves
 * out must stay out, so that they keep what the register holds (see planUpsert); a new item gets NEW_ITEM_VALUES for
 * the fields it leaves out (a list without a status column adds its items as open).
 */
function readAll(db: Register, items: readonly unknown[]): ReadItem[] {
  const nummering = readNummering(db);
  const issues: Issue[] = [];
  const read = items.flatMap((raw, index) => {
    const item = readItemInput(nummering, { ...NEW_ITEM_VALUES, ...(raw as object) }, issues, `[${index}]`);
    return item ? [{ index, item, given: { ...(raw as object), nummerreeks: item.nummerreeks } }] : [];
  });
  if (issues.length > 0) refuseImport(issues);
  return read;
}

/** The register's rules for every item in the plan, as they hold for an import (see itemIssues). */
function ruleIssues(plan: UpsertPlan): Issue[] {
  return plan.items.flatMap(({ index, item, stored }) => {
    const moved = stored !== undefined && stored.status !== item.status;
    const refused = moved ? transitionIssue(stored, item.status) : undefined;
    // A refused move says enough; what would follow from it (an afdoening kept on an open item) is noise.
    return under(`[${index}]`, refused ? [refused] : itemIssues(stored, item, { moved, imported: true }));
  });
}

/** The plan of an import with the register's rules checked, made once: what the import would do, or its refusal. */
function checkedPlan(db: Register, items: readonly unknown[]): UpsertPlan {
  const plan = planUpsert(db, readAll(db, items));
  const issues = ruleIssues(plan);
  if (issues.length > 0) refuseImport(issues);
  return plan;
}

/** What importing `items` would do, item by item, without writing; what the import would refuse, this refuses. */
export function previewImport(db: Register, items: readonly unknown[]): UpsertPlan {
  return readTransaction(db, () => checkedPlan(db, items));
}

/**
 * Imports a list of moties and toezeggingen (numbered as the setting says) in one transaction: all of them, or none
 * when any item is bad or breaks a rule. The plan is made inside that transaction, so that what it checked is what
 * it stores.
 */
export function importItems(db: Register, items: readonly unknown[], change: Change): UpsertCounts {
  const checked = parseInput(Change, change, 'wijziging');
  return writeTransaction(db, () => storePlan(db, checkedPlan(db, items), checked));
}
