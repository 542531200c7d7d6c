import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../api/contract/index.js';
import type { Context } from '../api/context.js';
import { PORTEFEUILLEHOUDERS_SQL, YEARS_SQL } from '../db/repositories/facets.js';
import { putSetting } from '../db/repositories/settings.js';
import { NUMMERING_SETTING } from '../services/register/numbering.js';
import { call, refusal, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';

let dir: string;
let ctx: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
});

afterEach(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

let count = 0;

function motie(nummerreeks: string, fields: Partial<InputOf<'register.add'>> = {}): InputOf<'register.add'> {
  count += 1;
  return {
    soort: 'motie',
    nummer: `M-${count}`,
    nummerreeks,
    titel: 'Bankjes',
    vergadering: 'Raad',
    status: 'open',
    ...fields,
  } as InputOf<'register.add'>;
}

function toezegging(
  nummerreeks: string,
  gedaanOp: string,
  portefeuillehouder?: string,
): InputOf<'register.add'> {
  count += 1;
  return {
    soort: 'toezegging',
    nummer: `T-${count}`,
    nummerreeks,
    omschrijving: 'Een brief',
    vergadering: nummerreeks,
    gedaanOp,
    status: 'open',
    ...(portefeuillehouder !== undefined && { portefeuillehouder }),
  };
}

describe('register.facets', () => {
  it('gives nothing for an empty register', async () => {
    ctx.db.write();
    expect(await call(ctx, 'register.facets', {})).toEqual({ portefeuillehouders: [], jaren: [] });
  });

  it('gives each portefeuillehouder once, in Dutch alphabetical order, from both kinds', async () => {
    for (const item of [
      motie('2026', { portefeuillehouder: 'Z. Zwart' }),
      motie('2026', { portefeuillehouder: 'É. Eelens' }),
      motie('2026', { portefeuillehouder: 'de Vries' }),
      motie('2026', { portefeuillehouder: 'F. Faber' }),
      motie('2026'),
      toezegging('2026', '2026-01-01', 'Dekker'),
      toezegging('2026', '2026-01-01', 'Z. Zwart'),
      toezegging('2026', '2026-01-01', 'Ä. Aalders'),
    ]) {
      await call(ctx, 'register.add', item);
    }
    const { portefeuillehouders } = await call(ctx, 'register.facets', {});
    expect(portefeuillehouders).toEqual([
      'Ä. Aalders',
      'de Vries',
      'Dekker',
      'É. Eelens',
      'F. Faber',
      'Z. Zwart',
    ]);
  });

  it('gives the years that the search filter finds something for, the newest first', async () => {
    // Toezeggingen numbered per meeting, so that a nummerreeks can be a meeting's name.
    putSetting(ctx.db.write(), NUMMERING_SETTING, { motie: 'jaar', toezegging: 'vergadering' });
    for (const item of [
      motie('2024', { datumAangenomen: '2024-03-12' }),
      motie('2019'),
      motie('2019', { datumAangenomen: '2019-06-01' }),
      motie('20255'),
      motie('0999'),
      motie('Begroting 2027'),
      toezegging('Commissie 3 maart', '2023-03-03'),
      toezegging('2021', '2022-01-10'),
    ]) {
      await call(ctx, 'register.add', item);
    }
    const { jaren } = await call(ctx, 'register.facets', {});
    expect(jaren).toEqual([2024, 2023, 2022, 2021, 2019]);
    for (const year of jaren) {
      expect((await call(ctx, 'register.search', { year })).total).toBeGreaterThan(0);
    }
  });

  it('reads every list by seeking in an index, never by scanning a table', () => {
    const db = ctx.db.write();
    for (const sql of [PORTEFEUILLEHOUDERS_SQL, YEARS_SQL]) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map(
        (r) => r.detail,
      );
      const reads = plan.filter((detail) => /\b(moties|toezeggingen)\b/.test(detail));
      expect(reads.length).toBeGreaterThan(0);
      for (const detail of reads)
        expect(detail).toMatch(/^SEARCH (moties|toezeggingen) USING COVERING INDEX /);
    }
  });

  it('takes no filters', async () => {
    const error = await refusal(ctx, 'register.facets', { soort: 'motie' });
    expect([error.code, error.field]).toEqual(['invalid_input', 'soort']);
  });
});
