import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { upsertItems } from '../db/repositories/upsert.js';
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

function seed(): void {
  upsertItems(
    ctx.db.write(),
    [
      {
        soort: 'motie',
        nummer: 'M-3',
        nummerreeks: '2026',
        titel: 'Financiële ruimte voor buurthuizen',
        vergadering: 'Raad 5 februari 2026',
        datumAangenomen: '2026-02-05',
        termijn: '2026-06-01',
        status: 'open',
      },
      {
        soort: 'toezegging',
        nummer: 'T-1',
        nummerreeks: '2026',
        omschrijving: 'De wethouder stuurt een brief over de speeltuinen',
        vergadering: 'commissie Samenleving',
        gedaanOp: '2026-01-22',
        termijn: '2027-03-01',
        status: 'open',
      },
    ],
    { door: 'griffie', op: '2026-02-06T10:00:00Z' },
  );
}

describe('dispatch', () => {
  it('runs register.search with its defaults filled in, and says once per item whether it is overdue', async () => {
    seed();
    const page = await call(ctx, 'register.search', { text: 'financiele' });
    expect(page.total).toBe(1);
    expect(page.peildatum).toBe('2026-12-06');
    expect(page.items.map((i) => [i.nummer, i.teLaat])).toEqual([['M-3', true]]);
    const all = await call(ctx, 'register.search', {});
    expect(all.items.map((i) => [i.nummer, i.teLaat])).toEqual([
      ['M-3', true],
      ['T-1', false],
    ]);
  });

  it('refuses input its schema refuses, naming each field, before any service runs', async () => {
    const error = await refusal(ctx, 'register.search', { limit: 0, soort: 'besluit', extra: 1 });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['extra', 'limit', 'soort']);
    expect(error.field).toBe('soort');
    expect(error.issues?.find((i) => i.path === 'extra')?.message).toBe('onbekend veld');
    expect(ctx.db.exists()).toBe(false);
  });

  it('names an operation that does not exist as such, also one named after a property of every object', async () => {
    for (const name of ['register.zoek', 'toString', '__proto__']) {
      expect((await refusal(ctx, name, {})).code).toBe('unknown_operation');
    }
  });

  it('gives a missing register as a value in Dutch, and makes no file', async () => {
    const error = await refusal(ctx, 'register.search', {});
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/er staat geen register/);
    expect(ctx.db.exists()).toBe(false);
  });
});
