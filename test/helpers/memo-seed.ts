// Memos and the register's items they answer, for the UI tests of the memo editor's panels, made through the
// operation table as the app would make them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Context } from '../../api/context.js';
import type { MemoConcept } from '../../core/model/memo-concept.js';
import type { StoredMemo } from '../../core/model/memo-register.js';
import { call } from './api.js';
import { projectRoot } from './tools.js';

export async function addMotie(ctx: Context, nummer: string, titel: string) {
  return call(ctx, 'register.add', {
    soort: 'motie',
    nummer,
    nummerreeks: '2026',
    titel,
    vergadering: 'Raad 10 november 2026',
    datumAangenomen: '2026-11-10',
    portefeuillehouder: 'J. de Vries',
    termijn: '2027-03-01',
    status: 'open',
  });
}

export async function addToezegging(ctx: Context, nummer: string, omschrijving: string) {
  return call(ctx, 'register.add', {
    soort: 'toezegging',
    nummer,
    nummerreeks: '2026',
    omschrijving,
    vergadering: 'Raad 10 november 2026',
    gedaanDoor: 'wethouder Bakker',
    gedaanOp: '2026-11-10',
    portefeuillehouder: 'M. Bakker',
    status: 'open',
  });
}

/** A new memo of `type`, its content then replaced by `change` applied to the new concept. */
export async function addMemo(
  ctx: Context,
  type: string,
  change: (concept: MemoConcept) => MemoConcept = (concept) => concept,
): Promise<StoredMemo> {
  const created = await call(ctx, 'memos.create', { type });
  return call(ctx, 'memos.update', {
    id: created.nota.id,
    revisie: created.nota.revisie,
    nota: change(created.document),
  });
}

/** Saves new content for a stored memo, at its current revisie. */
export async function updateMemo(
  ctx: Context,
  id: number,
  change: (concept: MemoConcept) => MemoConcept,
): Promise<StoredMemo> {
  const stored = await call(ctx, 'memos.get', { id });
  return call(ctx, 'memos.update', { id, revisie: stored.nota.revisie, nota: change(stored.document) });
}

/** The shipped example informatienota, read into the register with its moties and toezegging: a complete memo. */
export async function importExampleMemo(ctx: Context): Promise<number> {
  const file = JSON.parse(
    readFileSync(join(projectRoot, 'examples', 'informatienota.json'), 'utf8'),
  ) as Record<string, unknown>;
  const imported = await call(ctx, 'memos.import', file);
  return imported.nota.id;
}

/**
 * Goes to a place in the app as a link does. Playwright's goto to another fragment of the same page fires no
 * hashchange in this Chromium, so the address is set from the page.
 */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

/** axe-core's WCAG 2.1 A and AA rules on one part of the page (a panel), as the screen's own suite checks the rest. */
export async function panelViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
