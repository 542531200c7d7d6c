import type { Issue } from '../../core/errors.js';
import { ItemInput } from '../../core/model/register-changes.js';
import type { NewItem } from '../../db/repositories/rows.js';
import { issuesOf } from '../../db/repositories/validate.js';
import { nummerreeksFor, type Nummering } from './numbering.js';
import { append } from '../../core/lists.js';

/** Issues found within one item, located under the item's place in a list (`[3].status`). */
export function under(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: prefix && i.path ? `${prefix}.${i.path}` : prefix || i.path }));
}

/** Validates an item and gives it its nummerreeks; undefined (with `issues` added to) when it cannot be stored. */
export function readItemInput(
  nummering: Nummering,
  raw: unknown,
  issues: Issue[],
  prefix = '',
): NewItem | undefined {
  const result = ItemInput.safeParse(raw);
  if (!result.success) {
    append(issues, under(prefix, issuesOf(result.error)));
    return undefined;
  }
  const own: Issue[] = [];
  const nummerreeks = nummerreeksFor(nummering, result.data, own);
  append(issues, under(prefix, own));
  return nummerreeks === undefined ? undefined : { ...result.data, nummerreeks };
}
